#include "cli.h"

#include "core/auditlog.h"

#include "core/casejson.h"

#include "core/appinfo.h"
#include "core/casequery.h"
#include "core/caserepository.h"
#include "core/dashboard.h"
#include "core/dates.h"
#include "core/demogenerator.h"
#include "core/identifiers.h"
#include "core/passwords.h"
#include "core/users.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>
#include <optional>

namespace qaytish {

namespace {

QCommandLineOption opt(const QString &name, const QString &description,
                       const QString &valueName = QString()) {
    return QCommandLineOption(QStringList{name}, description, valueName);
}

QString jsonText(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

bool Cli::rendersDocuments(int argc, char *argv[]) {
    // Certificates draw PDFs and read or scale photos and QR images (Qt Gui's QImage and
    // fonts): the whole command group gets the offscreen platform, and so does the
    // subject-access export (its PDF embeds the photo).
    const QStringList words = certificateCommandNames();
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "pdf") == 0 || std::strcmp(argv[i], "subject-access") == 0 ||
            words.contains(QString::fromLocal8Bit(argv[i])))
            return true;
    }
    return false;
}

Cli::Cli(QTextStream &out, QTextStream &err, const Clock &clock)
    : m_out(out)
    , m_err(err)
    , m_clock(clock) {
    // Command syntax, option names and codes are typed as they are: only the descriptions
    // are translated.
    auto codes = [](const QStringList &list) {
        return list.join(QStringLiteral(", "));
    };
    QStringList statusCodes;
    for (CaseStatus s : CaseStatusInfo::all())
        statusCodes << CaseStatusInfo::code(s);
    QStringList conditionCodes;
    for (CaseCondition c : CaseConditionInfo::all())
        conditionCodes << CaseConditionInfo::code(c);
    const QList<std::pair<QString, QString>> commands = {
        {QStringLiteral("init [--admin NAME [--full-name TEXT] | --no-accounts]"),
         tr("create the register, or upgrade it (idempotent); with an administrator (password "
            "from %1 or standard input) it gets user accounts")
             .arg(QStringLiteral("QAYTISH_PASSWORD"))},
        {QStringLiteral("demo --cases N [--seed S]"),
         tr("fill a new register with fictional cases (needs %1)").arg(QStringLiteral("--db"))},
        {QStringLiteral("list [--status S] [--condition C] [--search TEXT] [--limit N] [--json]"),
         tr("list the cases")},
        {QStringLiteral("dashboard [--json]"),
         tr("count the cases by status and by condition, as the register window's dashboard "
            "does")},
        {QStringLiteral("show CASE_REF [--json]"), tr("show one case")},
        {QStringLiteral("subject-access CASE_REF --out FILE.pdf|FILE.json [--lang "
                        "uz|uz-Cyrl|ru|en]"),
         tr("write everything the register holds about the person of the case (a "
            "subject-access request): a PDF report, or JSON by the file's extension; the "
            "export is recorded in the audit trail")},
        {QStringLiteral("case status CASE_REF CODE [--comment TEXT]"),
         tr("move a case to another status")},
        {QStringLiteral("case identity-request CASE_REF --number N --date D"),
         tr("log the identity request sent home")},
        {QStringLiteral("case identity-reply CASE_REF --number N --date D --result R"),
         tr("record the reply to it")},
        {QStringLiteral("mrz [LINE ...] [--json]"),
         tr("read and check a machine readable zone (lines as arguments, or from standard "
            "input); exit 1 when a check digit is wrong")},
        {QStringLiteral("pinfl NUMBER [--json]"),
         tr("check and decode a PINFL; exit 1 when its check digit is wrong")},
        {QStringLiteral("import FILE [--encoding auto|utf-8|windows-1251] [--delimiter "
                        "auto|,|;|tab] [--date-format dmy|mdy|iso] [--all-or-nothing] "
                        "[--dry-run] [--json]"),
         tr("import people from a CSV file as new cases")},
        {QStringLiteral("export-csv FILE [--search TEXT] [--status S]"),
         tr("write the cases, or those found, to a CSV file")},
        {QStringLiteral("case photo CASE_REF FILE"),
         tr("store the person's photo from a JPEG or PNG file (centred crop)")},
        {QStringLiteral("certificate issue CASE_REF [--photo FILE] [--valid-days N] "
                        "[--receipt R | --exempt REASON] [--json]"),
         tr("issue a Certificate of Return; prints its number")},
        {QStringLiteral("certificate pdf NUMBER --out FILE.pdf"),
         tr("write the certificate as PDF (again, as often as needed)")},
        {QStringLiteral("certificate spoil|cancel NUMBER --reason TEXT"),
         tr("mark a blank spoiled or a certificate cancelled; it stays in the register")},
        {QStringLiteral("certificate verify PAYLOAD|--png FILE [--key FILE] [--json]"),
         tr("check a certificate's QR code; exit 1 when forged, altered, expired or void")},
        {QStringLiteral("certificate list [--search TEXT] [--status S] [--json]"),
         tr("list the register of certificates")},
        {QStringLiteral("certificate export-csv FILE [--search TEXT] [--status S]"),
         tr("write the register of certificates to a CSV file")},
        {QStringLiteral("certificate public-key --out FILE"),
         tr("write the mission's public keys for checking QR codes offline")},
        {QStringLiteral("return-list create --flight F --date YYYY-MM-DD --from IATA --to IATA "
                        "[--capacity N] [--carrier C] [--time HH:MM]"),
         tr("create a return list (a flight manifest) and print its number")},
        {QStringLiteral("return-list add LIST_ID CASE_REF..."), tr("put cases on a draft list")},
        {QStringLiteral("return-list remove LIST_ID CASE_REF --reason T"),
         tr("take a case off a draft list")},
        {QStringLiteral("return-list check LIST_ID [--json]"),
         tr("list the hard stops and warnings; exit 3 when there is any")},
        {QStringLiteral("return-list override LIST_ID CODE [CASE_REF] --reason T"),
         tr("override a warning with the reason (hard stops cannot be overridden)")},
        {QStringLiteral("return-list finalize LIST_ID [--reason T]"),
         tr("take the hard stops off and make the list final; the reason overrides the "
            "remaining warnings")},
        {QStringLiteral("return-list reopen LIST_ID --reason T"),
         tr("make a final list a draft again")},
        {QStringLiteral("return-list boarded|not-boarded LIST_ID CASE_REF... [--reason T]"),
         tr("after the flight: who boarded, and who did not (with the reason)")},
        {QStringLiteral("return-list complete LIST_ID"), tr("close a list after the flight")},
        {QStringLiteral("return-list pdf LIST_ID --out FILE.pdf [--kind manifest|reception] "
                        "[--lang uz|uz-Cyrl|ru|en] [--paper a4|letter]"),
         tr("write the manifest or the reception list as a PDF")},
        {QStringLiteral("return-list csv LIST_ID --out FILE.csv [--kind manifest|reception]"),
         tr("write the manifest or the reception list as a CSV file")},
        {QStringLiteral("return-list list [--json]"), tr("show the return lists")},
        {QStringLiteral("check [--full] [--json]"),
         tr("check that the register is sound, without changing it (%1 reads every index "
            "too); exit 0 when it is, 2 when it is damaged or not a register")
             .arg(QStringLiteral("--full"))},
        {QStringLiteral("user add NAME --role R [--role R...] [--full-name TEXT]"),
         tr("add a user; the new password is the next line of standard input")},
        {QStringLiteral("user list [--json]"), tr("show the users and their roles")},
        {QStringLiteral("user passwd NAME"),
         tr("change your own password, or (administrator) reset another user's, who must "
            "change it at the next sign-in; the new password is the next line of standard "
            "input")},
        {QStringLiteral("user disable|enable NAME"), tr("disable or enable an account")},
        {QStringLiteral("audit verify [--json]"),
         tr("check the audit trail's hash chain; exit 1 when an entry was changed, deleted or "
            "moved")},
        {QStringLiteral("audit list [--actor NAME] [--action A] [--case REF] [--since DATE] "
                        "[--until DATE] [--limit N] [--json]"),
         tr("show the audit trail, newest first (the values only to officers and consuls)")},
        {QStringLiteral("retention preview|apply [--json]"),
         tr("list the persons whose cases are past the mission's retention period, or "
            "anonymise them (administrator)")},
        {QStringLiteral("backup FILE [--passphrase-stdin] [--overwrite]"),
         tr("write a consistent copy of the whole register to FILE (administrator); with %1 "
            "it is sealed with the passphrase on the next line of standard input")
             .arg(QStringLiteral("--passphrase-stdin"))},
        {QStringLiteral("restore FILE [--passphrase-stdin]"),
         tr("replace the register by a backup after checking the whole of it; the register as "
            "it was is kept as a safety copy (administrator, when the register has accounts)")},
    };
    QString description = tr("Qaytish: the register of return cases of a consular post.") +
                          QStringLiteral("\n\n") + tr("Commands:") + u'\n';
    for (const auto &[syntax, what] : commands)
        description += QStringLiteral("  %1\n      %2\n").arg(syntax, what);
    description +=
        u'\n' + tr("Status codes: %1.").arg(codes(statusCodes)) + u'\n' +
        tr("Conditions: %1 (an identity check waiting longer than the mission's setting), %2 "
           "(an open case's travel document expiring within the mission's window), %3 (on a "
           "draft or final return list).")
            .arg(conditionCodes.value(0), conditionCodes.value(1), conditionCodes.value(2)) +
        u'\n' + tr("Reply results: %1.").arg(codes(replyResultCodes())) + u'\n' +
        tr("Dates: %1.").arg(QStringLiteral("30.04.2025, 30042025, 2025-04-30")) +
        QStringLiteral("\n\n") + tr("Roles: %1.").arg(codes(Permissions::codes(AllRoles))) + u'\n' +
        tr("A register with user accounts needs %1 and the password, from %2 or the first line "
           "of standard input.")
            .arg(QStringLiteral("--user NAME"), QStringLiteral("QAYTISH_PASSWORD")) +
        QStringLiteral("\n\n") +
        tr("Exit codes: 0 done; 1 a check says no; 2 usage error, bad input, not found, or a "
           "foreign, damaged or newer file; 3 partly done; 4 not logged in or not allowed; "
           "5 the register is busy.");
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        opt(QStringLiteral("db"), tr("The register file (default: the officer's register)."),
            tr("path")),
        opt(QStringLiteral("user"),
            tr("The user signing in; in a register without accounts, the acting officer "
               "(default: the system user)."),
            tr("name")),
        opt(QStringLiteral("admin"), tr("init: the register's first user, its administrator."),
            tr("name")),
        opt(QStringLiteral("no-accounts"),
            tr("init: a register without user accounts, which asks for no sign-in.")),
        opt(QStringLiteral("role"),
            tr("user add: a role, one of %1 (repeat it for several).")
                .arg(codes(Permissions::codes(AllRoles))),
            tr("role")),
        opt(QStringLiteral("full-name"), tr("init, user add: the user's full name."), tr("text")),
        opt(QStringLiteral("json"), tr("Print JSON (stable keys, never translated).")),
        opt(QStringLiteral("full"),
            tr("%1: run SQLite's %2, which reads every index too, instead of %3.")
                .arg(QStringLiteral("check"), QStringLiteral("integrity_check"),
                     QStringLiteral("quick_check"))),
        opt(QStringLiteral("cases"), tr("demo: the number of cases."), tr("n")),
        opt(QStringLiteral("seed"), tr("demo: the random seed (same seed, same register)."),
            tr("n")),
        opt(QStringLiteral("status"), tr("list: only cases in this status."), tr("code")),
        opt(QStringLiteral("condition"), tr("list: only cases in this condition."), tr("code")),
        opt(QStringLiteral("search"),
            tr("list: names in any script or spelling, passport, "
               "PINFL, host reference."),
            tr("text")),
        opt(QStringLiteral("limit"),
            tr("%1: print at most this many.").arg(QStringLiteral("list, audit list")), tr("n")),
        opt(QStringLiteral("actor"),
            tr("%1: only what this user did.").arg(QStringLiteral("audit list")), tr("name")),
        opt(QStringLiteral("action"),
            tr("%1: only this action, one of %2.")
                .arg(QStringLiteral("audit list"), AuditAction::all().join(QStringLiteral(", "))),
            tr("code")),
        opt(QStringLiteral("case"),
            tr("%1: only entries about this case's person.").arg(QStringLiteral("audit list")),
            tr("ref")),
        opt(QStringLiteral("since"), tr("%1: from this day on.").arg(QStringLiteral("audit list")),
            tr("date")),
        opt(QStringLiteral("until"), tr("%1: up to this day.").arg(QStringLiteral("audit list")),
            tr("date")),
        opt(QStringLiteral("comment"), tr("case status: the reason or comment."), tr("text")),
        opt(QStringLiteral("number"), tr("identity request or reply: its number."), tr("number")),
        opt(QStringLiteral("date"), tr("identity request or reply: its date."), tr("date")),
        opt(QStringLiteral("result"),
            tr("identity reply: the result, one of %1.")
                .arg(replyResultCodes().join(QStringLiteral(", "))),
            tr("code")),
        opt(QStringLiteral("encoding"), tr("import: the file's encoding (default: auto)."),
            tr("name")),
        opt(QStringLiteral("delimiter"), tr("import: the field delimiter (default: auto)."),
            tr("char")),
        opt(QStringLiteral("date-format"),
            tr("import: how dates with slashes are read: %1.").arg(QStringLiteral("dmy, mdy, iso")),
            tr("order")),
        opt(QStringLiteral("all-or-nothing"),
            tr("import: write nothing when any row is rejected.")),
        opt(QStringLiteral("dry-run"), tr("import: check the file and write nothing.")),
        opt(QStringLiteral("photo"), tr("certificate issue: store this photo first."), tr("file")),
        opt(QStringLiteral("valid-days"),
            tr("certificate issue: days of validity (default: the mission's)."), tr("n")),
        opt(QStringLiteral("receipt"), tr("certificate issue: the receipt of the state duty."),
            tr("number")),
        opt(QStringLiteral("exempt"),
            tr("certificate issue: the reason for exemption from the state duty."), tr("reason")),
        opt(QStringLiteral("png"), tr("certificate verify: read the QR code from this image."),
            tr("file")),
        opt(QStringLiteral("key"),
            tr("certificate verify: the mission's public key file (default: the register's "
               "keys)."),
            tr("file")),
        opt(QStringLiteral("flight"), tr("return list: the flight number."), tr("flight")),
        opt(QStringLiteral("from"), tr("return list: the airport of departure (IATA code)."),
            tr("code")),
        opt(QStringLiteral("to"), tr("return list: the airport of arrival (IATA code)."),
            tr("code")),
        opt(QStringLiteral("capacity"), tr("return list: the seats for its people."), tr("n")),
        opt(QStringLiteral("carrier"), tr("return list: the airline."), tr("name")),
        opt(QStringLiteral("time"), tr("return list: the time of departure."), tr("time")),
        opt(QStringLiteral("reason"),
            tr("certificate spoil, cancel; return list: the reason (spoiling, cancelling, "
               "overrides, reopening, not boarding, taking off)."),
            tr("text")),
        opt(QStringLiteral("out"),
            tr("certificate pdf, public-key; return-list pdf, csv; subject-access: the file to "
               "write."),
            tr("file")),
        opt(QStringLiteral("kind"),
            tr("return list: %1 or %2.")
                .arg(QStringLiteral("manifest"), QStringLiteral("reception")),
            tr("kind")),
        opt(QStringLiteral("lang"),
            tr("return list, subject-access: the language of the PDF: %1.")
                .arg(QStringLiteral("uz, uz-Cyrl, ru, en")),
            tr("language")),
        opt(QStringLiteral("passphrase-stdin"),
            tr("backup, restore: the backup's passphrase is the next line of standard input "
               "(after the sign-in password when that comes from there too).")),
        opt(QStringLiteral("overwrite"), tr("backup: replace FILE when it exists.")),
        opt(QStringLiteral("paper"),
            tr("return list: the paper: %1.").arg(QStringLiteral("a4, letter")), tr("paper")),
    });
}

int Cli::usageError(const QString &message) {
    m_err << tr("qaytish-cli: %1").arg(message) << Qt::endl
          << tr("Run %1 for the commands and options.").arg(QStringLiteral("qaytish-cli --help"))
          << Qt::endl;
    return 2;
}

int Cli::fail(const Error &error) {
    QString where;
    if (!error.file.isEmpty() && error.line > 0)
        where = QStringLiteral("%1:%2: ").arg(error.file).arg(error.line);
    m_err << tr("qaytish-cli: %1").arg(where + error.message) << Qt::endl;
    return exitCodeFor(error.kind);
}

bool Cli::onlyOptions(const QString &command, const QStringList &allowed) {
    static const QStringList global = {QStringLiteral("db"), QStringLiteral("user"),
                                       QStringLiteral("help"), QStringLiteral("version")};
    for (const QString &name : m_parser.optionNames()) {
        if (!allowed.contains(name) && !global.contains(name)) {
            usageError(tr("the option --%1 does not apply to the command %2.").arg(name, command));
            return false;
        }
    }
    return true;
}

QString Cli::registerPathOption() {
    QString path = m_parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        path = Database::defaultPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    return path;
}

Result<std::shared_ptr<Database>> Cli::openRecognised(Database::OpenMode mode) {
    return Database::open(registerPathOption(), mode);
}

Result<std::shared_ptr<Database>> Cli::openRegister(Database::OpenMode mode,
                                                    Permission permission) {
    Result<std::shared_ptr<Database>> db = openRecognised(mode);
    if (!db)
        return db;
    if (Status s = signIn(*db.value(), permission); !s)
        return s.error();
    return db;
}

int Cli::run(const QStringList &arguments) {
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        return 0;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << QStringLiteral("qaytish-cli %1").arg(QCoreApplication::applicationVersion())
              << Qt::endl;
        return 0;
    }
    const QStringList args = m_parser.positionalArguments();
    if (args.isEmpty())
        return usageError(tr("no command given."));
    const QString command = args.first();
    if (command == QStringLiteral("init")) {
        if (args.size() > 1)
            return usageError(tr("init takes no arguments."));
        return onlyOptions(command, {QStringLiteral("admin"), QStringLiteral("no-accounts"),
                                     QStringLiteral("full-name")})
                   ? cmdInit()
                   : 2;
    }
    if (command == QStringLiteral("demo")) {
        if (args.size() > 1)
            return usageError(tr("%1 takes no arguments; give the number with %2.")
                                  .arg(command, QStringLiteral("--cases")));
        return onlyOptions(command, {QStringLiteral("cases"), QStringLiteral("seed")}) ? cmdDemo()
                                                                                       : 2;
    }
    if (command == QStringLiteral("list")) {
        if (args.size() > 1)
            return usageError(tr("%1 takes no arguments; search with %2.")
                                  .arg(command, QStringLiteral("--search")));
        return onlyOptions(command, {QStringLiteral("status"), QStringLiteral("condition"),
                                     QStringLiteral("search"), QStringLiteral("limit"),
                                     QStringLiteral("json")})
                   ? cmdList()
                   : 2;
    }
    if (command == QStringLiteral("dashboard")) {
        if (args.size() > 1)
            return usageError(tr("%1 takes no arguments.").arg(command));
        return onlyOptions(command, {QStringLiteral("json")}) ? cmdDashboard() : 2;
    }
    if (command == QStringLiteral("show"))
        return onlyOptions(command, {QStringLiteral("json")}) ? cmdShow(args.mid(1)) : 2;
    if (command == QStringLiteral("case"))
        return cmdCase(args.mid(1));
    if (command == QStringLiteral("subject-access"))
        return onlyOptions(command, {QStringLiteral("out"), QStringLiteral("lang")})
                   ? cmdSubjectAccess(args.mid(1))
                   : 2;
    if (command == QStringLiteral("mrz"))
        return cmdMrz(args.mid(1));
    if (command == QStringLiteral("pinfl"))
        return cmdPinfl(args.mid(1));
    if (command == QStringLiteral("check"))
        return cmdCheck(args.mid(1));
    if (command == QStringLiteral("import"))
        return onlyOptions(command,
                           {QStringLiteral("encoding"), QStringLiteral("delimiter"),
                            QStringLiteral("date-format"), QStringLiteral("all-or-nothing"),
                            QStringLiteral("dry-run"), QStringLiteral("json")})
                   ? cmdImport(args.mid(1))
                   : 2;
    if (command == QStringLiteral("certificate"))
        return cmdCertificate(args.mid(1));
    if (command == QStringLiteral("return-list"))
        return cmdReturnList(args.mid(1));
    if (command == QStringLiteral("user"))
        return cmdUser(args.mid(1));
    if (command == QStringLiteral("audit"))
        return cmdAudit(args.mid(1));
    if (command == QStringLiteral("retention"))
        return cmdRetention(args.mid(1));
    if (command == QStringLiteral("backup"))
        return onlyOptions(command,
                           {QStringLiteral("passphrase-stdin"), QStringLiteral("overwrite")})
                   ? cmdBackup(args.mid(1))
                   : 2;
    if (command == QStringLiteral("restore"))
        return onlyOptions(command, {QStringLiteral("passphrase-stdin")}) ? cmdRestore(args.mid(1))
                                                                          : 2;
    if (command == QStringLiteral("export-csv"))
        return onlyOptions(command, {QStringLiteral("search"), QStringLiteral("status")})
                   ? cmdExportCsv(args.mid(1))
                   : 2;
    return usageError(tr("unknown command “%1”.").arg(command));
}

int Cli::cmdInit() {
    const bool withAdmin = m_parser.isSet(QStringLiteral("admin"));
    const bool withoutAccounts = m_parser.isSet(QStringLiteral("no-accounts"));
    const QString adminName = m_parser.value(QStringLiteral("admin")).trimmed();
    if (withAdmin && withoutAccounts)
        return usageError(tr("%1 and %2 exclude each other.")
                              .arg(QStringLiteral("--admin"), QStringLiteral("--no-accounts")));
    // The administrator's password is checked before a file is made, so that a refused one
    // leaves no register without accounts behind.
    std::optional<QString> adminPassword;
    if (withAdmin) {
        if (Status s = UserStore::acceptableName(adminName); !s)
            return usageError(s.error().message);
        adminPassword = takePassword();
        if (!adminPassword || adminPassword->isEmpty())
            return fail(Error::make(ErrorKind::BadInput,
                                    tr("No password was given for the administrator %1: set %2 "
                                       "or write it on a line of standard input.")
                                        .arg(adminName, QStringLiteral("QAYTISH_PASSWORD")),
                                    QStringLiteral("password")));
        if (Status s = Passwords::acceptable(*adminPassword, adminName); !s)
            return fail(s.error());
    }
    Result<std::shared_ptr<Database>> db = openRecognised(Database::OpenMode::CreateOrUpgrade);
    if (!db)
        return fail(db.error());
    UserStore users(*db.value(), m_clock);
    Result<UserStore::Access> access = users.access();
    if (!access)
        return fail(access.error());
    if (access.value() == UserStore::Access::Accounts && (withAdmin || withoutAccounts))
        return fail(Error::make(
            ErrorKind::BadInput,
            tr("The register %1 has user accounts already: add users with "
               "%2.")
                .arg(QDir::toNativeSeparators(db.value()->path()), QStringLiteral("user add"))));
    // Upgrading a register with accounts is done by one of its users, like every command.
    if (Status s = signIn(*db.value(), Permission::OwnAccount); !s)
        return fail(s.error());
    const int before = db.value()->schemaVersionOnOpen();
    const QString path = QDir::toNativeSeparators(db.value()->path());
    if (before == 0)
        m_out << tr("Created the register %1.").arg(path) << Qt::endl;
    else if (before < Database::SchemaVersion)
        m_out << tr("Upgraded the register %1 from version %2 to %3; the copy from before is %4.")
                     .arg(path)
                     .arg(before)
                     .arg(Database::SchemaVersion)
                     .arg(QDir::toNativeSeparators(db.value()->safetyCopyPath()))
              << Qt::endl;
    else
        m_out << tr("The register %1 is up to date.").arg(path) << Qt::endl;
    if (withAdmin) {
        Result<UserAccount> added =
            users.add(actor(), adminName, m_parser.value(QStringLiteral("full-name")), AllRoles,
                      *adminPassword);
        if (!added)
            return fail(added.error());
        m_out << tr("The register %1 has user accounts now: %2 is its administrator, with "
                    "every role.")
                     .arg(path, added->name)
              << Qt::endl;
    } else if (withoutAccounts && access.value() == UserStore::Access::Pending) {
        if (Status s = users.keepOpen(actor()); !s)
            return fail(s.error());
        m_out
            << tr("The register %1 stays without user accounts: it asks for no sign-in.").arg(path)
            << Qt::endl;
    }
    return 0;
}

int Cli::cmdDemo() {
    if (!m_parser.isSet(QStringLiteral("db")))
        return usageError(tr("The demo writes fictional cases and never into the officer's own "
                             "register: name a separate file with %1.")
                              .arg(QStringLiteral("--db")));
    bool ok = false;
    const int cases = m_parser.value(QStringLiteral("cases")).toInt(&ok);
    if (!m_parser.isSet(QStringLiteral("cases")) || !ok || cases < 1 || cases > 10000000)
        return usageError(tr("--cases needs a number from 1 to 10000000."));
    quint32 seed = 1;
    if (m_parser.isSet(QStringLiteral("seed"))) {
        seed = m_parser.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return usageError(tr("--seed needs a whole number from 0 to 4294967295."));
    }
    Result<std::shared_ptr<Database>> db =
        openRegister(Database::OpenMode::CreateOrUpgrade, Permission::ImportCases);
    if (!db)
        return fail(db.error());
    DemoGenerator::Options options;
    options.cases = cases;
    options.seed = seed;
    if (Status s = DemoGenerator::generate(*db.value(), m_clock, actor(), options); !s)
        return fail(s.error());
    m_out << tr("Wrote %1 fictional cases to %2.")
                 .arg(cases)
                 .arg(QDir::toNativeSeparators(db.value()->path()))
          << Qt::endl;
    return 0;
}

int Cli::cmdList() {
    CaseFilter filter;
    filter.search = m_parser.value(QStringLiteral("search"));
    if (m_parser.isSet(QStringLiteral("status"))) {
        const QString code = m_parser.value(QStringLiteral("status"));
        filter.status = CaseStatusInfo::fromCode(code);
        if (!filter.status) {
            QStringList codes;
            for (CaseStatus s : CaseStatusInfo::all())
                codes << CaseStatusInfo::code(s);
            return usageError(tr("“%1” is not a status. Use one of: %2.")
                                  .arg(code, codes.join(QStringLiteral(", "))));
        }
    }
    std::optional<CaseCondition> condition;
    if (m_parser.isSet(QStringLiteral("condition"))) {
        const QString code = m_parser.value(QStringLiteral("condition"));
        condition = CaseConditionInfo::fromCode(code);
        if (!condition) {
            QStringList codes;
            for (CaseCondition c : CaseConditionInfo::all())
                codes << CaseConditionInfo::code(c);
            return usageError(tr("“%1” is not a condition. Use one of: %2.")
                                  .arg(code, codes.join(QStringLiteral(", "))));
        }
    }
    qint64 limit = -1;
    if (m_parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = m_parser.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || limit < 0)
            return usageError(tr("--limit needs a number of 0 or more."));
    }
    Result<std::shared_ptr<Database>> db =
        openRegister(Database::OpenMode::ExistingOnly, Permission::ReadCases);
    if (!db)
        return fail(db.error());
    if (condition) {
        // Measured as the dashboard measures it: today and the mission's settings.
        Result<ConditionBasis> basis = Dashboard::basis(*db.value(), m_clock);
        if (!basis)
            return fail(basis.error());
        filter.condition = condition;
        filter.basis = basis.value();
    }
    const bool asJson = m_parser.isSet(QStringLiteral("json"));
    const QDate today = m_clock.today();
    const CaseQuery query(filter, CaseSort{});
    // Pages keep memory flat however large the register; each starts after the last row of
    // the one before (by key, so the millionth row is as quick as the first). The query stops
    // at the limit and never counts all matches first.
    constexpr qint64 PageSize = 1000;
    qint64 printed = 0;
    std::optional<CaseListRow> after;
    if (asJson)
        m_out << "[";
    while (limit < 0 || printed < limit) {
        const qint64 want = limit < 0 ? PageSize : std::min(PageSize, limit - printed);
        Result<QList<CaseListRow>> rows = query.fetchAfter(
            db.value()->connection(), db.value()->path(), after ? &*after : nullptr, want);
        if (!rows) {
            if (asJson)
                m_out << "]" << Qt::endl;
            return fail(rows.error());
        }
        for (const CaseListRow &row : rows.value()) {
            if (asJson) {
                m_out << (printed == 0 ? "\n  " : ",\n  ")
                      << QString::fromUtf8(QJsonDocument(json::listRow(row, today))
                                               .toJson(QJsonDocument::Compact));
            } else {
                const std::optional<int> days =
                    row.durationOfStatus ? std::nullopt : overstayDays(row.authorizedUntil, today);
                m_out << row.caseRef << '\t' << row.fullNameLatin() << '\t'
                      << row.fullNameCyrillic() << '\t' << dates::format(row.birthDate) << '\t'
                      << row.passportNumber << '\t' << CaseStatusInfo::code(row.status) << '\t'
                      << (days ? QString::number(*days) : QStringLiteral("-")) << '\n';
            }
            ++printed;
        }
        if (rows->size() < want)
            break;
        after = rows->constLast();
    }
    if (asJson)
        m_out << (printed == 0 ? "]" : "\n]") << Qt::endl;
    m_out.flush();
    return 0;
}

int Cli::cmdDashboard() {
    Result<std::shared_ptr<Database>> db =
        openRegister(Database::OpenMode::ExistingOnly, Permission::ReadCases);
    if (!db)
        return fail(db.error());
    Result<ConditionBasis> basis = Dashboard::basis(*db.value(), m_clock);
    if (!basis)
        return fail(basis.error());
    Result<DashboardFigures> figures =
        Dashboard::compute(db.value()->connection(), db.value()->path(), basis.value());
    if (!figures)
        return fail(figures.error());
    auto code = [](const DashboardFigure &figure) {
        if (const auto *status = std::get_if<CaseStatus>(&figure))
            return CaseStatusInfo::code(*status);
        return CaseConditionInfo::code(std::get<CaseCondition>(figure));
    };
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonObject statuses;
        QJsonObject conditions;
        for (const auto &[figure, n] : figures->counts)
            (std::holds_alternative<CaseStatus>(figure) ? statuses : conditions)
                .insert(code(figure), n);
        const ConditionBasis &b = figures->basis;
        m_out << jsonText({{QStringLiteral("date"), dates::toIso(b.today)},
                           {QStringLiteral("statuses"), statuses},
                           {QStringLiteral("conditions"), conditions},
                           {QStringLiteral("identity_overdue_days"), b.identityOverdueDays},
                           {QStringLiteral("document_window_days"), b.documentWindowDays},
                           {QStringLiteral("passport_margin_days"), b.passportMarginDays}})
              << Qt::endl;
        return 0;
    }
    for (const auto &[figure, n] : figures->counts)
        m_out << code(figure) << '\t' << n << '\n';
    m_out.flush();
    return 0;
}

int Cli::cmdShow(const QStringList &args) {
    if (args.size() != 1)
        return usageError(tr("%1 needs one case reference, e.g. %2.")
                              .arg(QStringLiteral("show"), QStringLiteral("show QY-2026-000001")));
    Result<std::shared_ptr<Database>> db =
        openRegister(Database::OpenMode::ExistingOnly, Permission::ReadCases);
    if (!db)
        return fail(db.error());
    CaseRepository repo(*db.value(), m_clock);
    Result<CaseRecord> record = repo.readByRef(actor(), args.first());
    if (!record)
        return fail(record.error());
    Result<QList<IdentityRequest>> requests = repo.identityRequests(record->id);
    Result<QList<Interview>> interviews = repo.interviews(record->id);
    Result<QList<StatusChange>> history = repo.history(record->id);
    if (!requests)
        return fail(requests.error());
    if (!interviews)
        return fail(interviews.error());
    if (!history)
        return fail(history.error());
    const QJsonObject detail = json::caseDetail(
        record.value(), requests.value(), interviews.value(), history.value(), m_clock.today());
    if (m_parser.isSet(QStringLiteral("json"))) {
        m_out << jsonText(detail) << Qt::endl;
        return 0;
    }
    const CaseRecord &r = record.value();
    const PersonRecord &p = r.person;
    auto line = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            m_out << label << ": " << value << '\n';
    };
    line(tr("Case"), r.caseRef);
    line(tr("Status"), CaseStatusInfo::displayName(r.status));
    line(tr("Name (Latin)"), p.fullNameLatin());
    line(tr("Name (Cyrillic)"), p.fullNameCyrillic());
    line(tr("Sex"), p.sex);
    line(tr("Date of birth"), dates::format(p.birthDate));
    line(tr("Place of birth"), p.birthPlace);
    line(tr("Nationality"), p.nationality);
    line(tr("PINFL"), p.pinfl);
    line(tr("Passport"), p.passportNumber);
    line(tr("Host reference"), identifiers::formatANumber(r.hostReference));
    line(tr("Authorised stay until"),
         r.durationOfStatus ? QStringLiteral("D/S") : dates::format(r.authorizedUntil));
    if (const auto days = r.overstayDays(m_clock.today()))
        line(tr("Days since the authorised stay ended"), QString::number(*days));
    line(tr("Custody"), custodyDisplayName(r.custody));
    line(tr("Facility"), r.facility);
    for (const IdentityRequest &q : requests.value()) {
        line(tr("Identity request"),
             tr("%1 of %2").arg(q.outNumber, dates::format(q.outDate)) +
                 (q.hasReply() ? tr("; reply %1 of %2: %3")
                                     .arg(q.replyNumber, dates::format(q.replyDate),
                                          replyResultDisplayName(q.replyResult))
                               : tr("; no reply yet")));
    }
    for (const StatusChange &c : history.value()) {
        m_out << tr("History") << ": "
              << c.at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")) << ' ' << c.actor
              << ' ' << (c.fromCode.isEmpty() ? QStringLiteral("-") : c.fromCode) << " -> "
              << c.toCode
              << (c.comment.isEmpty() ? QString()
                                      : QStringLiteral(" (") + c.comment + QStringLiteral(")"))
              << '\n';
    }
    m_out.flush();
    return 0;
}

int Cli::cmdCase(const QStringList &args) {
    if (args.isEmpty())
        return usageError(
            tr("%1 needs a subcommand: %2.")
                .arg(QStringLiteral("case"),
                     QStringLiteral("status, identity-request, identity-reply, photo")));
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QStringLiteral("photo"))
        return cmdCasePhoto(rest);
    QStringList allowed;
    if (sub == QStringLiteral("status")) {
        allowed = {QStringLiteral("comment")};
        if (rest.size() != 2)
            return usageError(tr("case status needs a case reference and a status code."));
    } else if (sub == QStringLiteral("identity-request")) {
        allowed = {QStringLiteral("number"), QStringLiteral("date")};
        if (rest.size() != 1)
            return usageError(tr("case identity-request needs one case reference."));
    } else if (sub == QStringLiteral("identity-reply")) {
        allowed = {QStringLiteral("number"), QStringLiteral("date"), QStringLiteral("result")};
        if (rest.size() != 1)
            return usageError(tr("case identity-reply needs one case reference."));
    } else {
        return usageError(tr("unknown case subcommand “%1”.").arg(sub));
    }
    if (!onlyOptions(QStringLiteral("case ") + sub, allowed))
        return 2;

    QDate date;
    if (sub != QStringLiteral("status")) {
        for (const QString &name : allowed) {
            if (!m_parser.isSet(name) || m_parser.value(name).trimmed().isEmpty())
                return usageError(tr("case %1 needs --%2.").arg(sub, name));
        }
        const auto parsed = dates::parseInput(m_parser.value(QStringLiteral("date")));
        if (!parsed)
            return usageError(tr("--date: “%1” is not a date. Write it as 30.04.2025, 30042025 "
                                 "or 2025-04-30.")
                                  .arg(m_parser.value(QStringLiteral("date"))));
        date = *parsed;
    }
    std::optional<CaseStatus> target;
    if (sub == QStringLiteral("status")) {
        target = CaseStatusInfo::fromCode(rest.at(1));
        if (!target) {
            QStringList codes;
            for (CaseStatus s : CaseStatusInfo::all())
                codes << CaseStatusInfo::code(s);
            return usageError(tr("“%1” is not a status. Use one of: %2.")
                                  .arg(rest.at(1), codes.join(QStringLiteral(", "))));
        }
    }

    Result<std::shared_ptr<Database>> db =
        openRegister(Database::OpenMode::ExistingOnly, Permission::ReadCases);
    if (!db)
        return fail(db.error());
    CaseRepository repo(*db.value(), m_clock);
    // The case's keys and status for the command; nothing of it is shown, so this is not an
    // opening of the record (the command's own writes are in the audit trail).
    Result<CaseRecord> record = repo.loadByRef(rest.first());
    if (!record)
        return fail(record.error());

    if (sub == QStringLiteral("status")) {
        const CaseStatus from = record->status;
        if (Status s = repo.changeStatus(actor(), record->id, *target,
                                         m_parser.value(QStringLiteral("comment")));
            !s)
            return fail(s.error());
        m_out << tr("%1: %2 -> %3")
                     .arg(record->caseRef, CaseStatusInfo::code(from),
                          CaseStatusInfo::code(*target))
              << Qt::endl;
        return 0;
    }
    if (sub == QStringLiteral("identity-request")) {
        Result<IdentityRequest> request = repo.addIdentityRequest(
            actor(), record->id, m_parser.value(QStringLiteral("number")), date);
        if (!request)
            return fail(request.error());
        Result<CaseRecord> now = repo.load(record->id);
        m_out << tr("%1: identity request %2 of %3 logged; status %4.")
                     .arg(record->caseRef, request->outNumber, dates::format(request->outDate),
                          now ? CaseStatusInfo::code(now->status) : QString())
              << Qt::endl;
        return 0;
    }
    // identity-reply: the reply answers the latest request still waiting for one.
    Result<QList<IdentityRequest>> requests = repo.identityRequests(record->id);
    if (!requests)
        return fail(requests.error());
    const IdentityRequest *open = nullptr;
    for (const IdentityRequest &q : requests.value()) {
        if (!q.hasReply())
            open = &q;
    }
    if (!open)
        return fail(
            Error::make(ErrorKind::BadInput,
                        tr("Case %1 has no identity request waiting for a reply: log "
                           "the request first with %2.")
                            .arg(record->caseRef, QStringLiteral("case identity-request"))));
    Result<IdentityRequest> replied =
        repo.recordIdentityReply(actor(), open->id, m_parser.value(QStringLiteral("number")), date,
                                 m_parser.value(QStringLiteral("result")));
    if (!replied)
        return fail(replied.error());
    Result<CaseRecord> now = repo.load(record->id);
    m_out << tr("%1: reply %2 of %3 (%4) recorded for request %5; status %6.")
                 .arg(record->caseRef, replied->replyNumber, dates::format(replied->replyDate),
                      replied->replyResult, replied->outNumber,
                      now ? CaseStatusInfo::code(now->status) : QString())
          << Qt::endl;
    return 0;
}

} // namespace qaytish
