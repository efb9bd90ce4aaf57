// qaytish-cli certificate ... and case photo: Certificates of Return.
#include "cli.h"

#include "core/caserepository.h"
#include "core/certificates.h"
#include "core/dates.h"
#include "core/missionsettings.h"
#include "core/personphoto.h"
#include "core/signing.h"
#include "documents/certificatepdf.h"
#include "documents/photo.h"
#include "documents/qrcode.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qaytish {

namespace {

QJsonValue dateJson(const QDate &d) {
    return d.isValid() ? QJsonValue(dates::toIso(d)) : QJsonValue();
}

QJsonObject certificateJson(const Certificate &c) {
    return {{QStringLiteral("number"), c.number},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("case_ref"), c.caseRef},
            {QStringLiteral("surname"), c.surname},
            {QStringLiteral("given_names"), c.givenNames},
            {QStringLiteral("patronymic"), c.patronymic},
            {QStringLiteral("surname_cyrillic"), c.surnameCyrillic},
            {QStringLiteral("given_names_cyrillic"), c.givenNamesCyrillic},
            {QStringLiteral("patronymic_cyrillic"), c.patronymicCyrillic},
            {QStringLiteral("birth_date"), dateJson(c.birthDate)},
            {QStringLiteral("issue_date"), dateJson(c.issueDate)},
            {QStringLiteral("valid_until"), dateJson(c.validUntil)},
            {QStringLiteral("issued_by"), c.issuedBy},
            {QStringLiteral("void_reason"), c.voidReason}};
}

} // namespace

QStringList Cli::certificateCommandNames() {
    return {QStringLiteral("certificate"), QStringLiteral("photo")};
}

int Cli::cmdCasePhoto(const QStringList &rest) {
    if (rest.size() != 2)
        return usageError(
            tr("%1 needs a case reference and an image file.").arg(QStringLiteral("case photo")));
    if (!onlyOptions(QStringLiteral("case photo"), {}))
        return 2;
    Result<std::shared_ptr<Database>> db =
        openRegister(Database::OpenMode::ExistingOnly, Permission::StorePhoto);
    if (!db)
        return fail(db.error());
    CaseRepository repo(*db.value(), m_clock);
    Result<CaseRecord> record = repo.loadByRef(rest.at(0));
    if (!record)
        return fail(record.error());
    if (Status s = storePhoto(*db.value(), record->id, rest.at(1)); !s)
        return fail(s.error());
    m_out << tr("%1: photo stored from %2.").arg(record->caseRef, rest.at(1)) << Qt::endl;
    return 0;
}

Status Cli::storePhoto(const Database &db, qint64 caseId, const QString &file) {
    Result<MissionSettings> settings = MissionSettingsStore(db, m_clock).load();
    if (!settings)
        return settings.error();
    Result<documents::PreparedPhoto> photo = documents::Photo::prepareFile(file, settings.value());
    if (!photo)
        return photo.error();
    return PersonPhotoStore(db, m_clock)
        .setForCase(actor(), caseId, photo->jpeg, photo->width, photo->height);
}

int Cli::cmdCertificate(const QStringList &args) {
    const QString subcommands =
        QStringLiteral("issue, pdf, spoil, cancel, verify, list, export-csv, public-key");
    if (args.isEmpty())
        return usageError(
            tr("%1 needs a subcommand: %2.").arg(QStringLiteral("certificate"), subcommands));
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    const QString command = QStringLiteral("certificate ") + sub;
    auto needs = [&](int count, const QString &what) {
        if (rest.size() == count)
            return true;
        usageError(tr("%1 needs %2.").arg(command, what));
        return false;
    };

    if (sub == QStringLiteral("verify")) {
        if (!onlyOptions(command,
                         {QStringLiteral("png"), QStringLiteral("key"), QStringLiteral("json")}))
            return 2;
        const bool fromPng = m_parser.isSet(QStringLiteral("png"));
        if (fromPng ? !rest.isEmpty() : rest.size() != 1)
            return usageError(tr("%1 needs the text of the QR code, or %2 and an image.")
                                  .arg(command, QStringLiteral("--png")));
        return verifyCertificate(fromPng ? QString() : rest.first());
    }
    if (sub == QStringLiteral("issue")) {
        if (!onlyOptions(command, {QStringLiteral("photo"), QStringLiteral("valid-days"),
                                   QStringLiteral("receipt"), QStringLiteral("exempt"),
                                   QStringLiteral("json")}) ||
            !needs(1, tr("one case reference")))
            return 2;
        return issueCertificate(rest.first());
    }
    if (sub == QStringLiteral("pdf")) {
        if (!onlyOptions(command, {QStringLiteral("out")}) ||
            !needs(1, tr("one certificate number")))
            return 2;
        const QString out = m_parser.value(QStringLiteral("out"));
        if (out.isEmpty())
            return usageError(tr("%1 needs %2.").arg(command, QStringLiteral("--out FILE.pdf")));
        Result<std::shared_ptr<Database>> db =
            openRegister(Database::OpenMode::ExistingOnly, Permission::ReadCases);
        if (!db)
            return fail(db.error());
        if (Status s =
                documents::CertificatePdf::save(*db.value(), m_clock, actor(), rest.first(), out);
            !s)
            return fail(s.error());
        m_out << tr("Wrote certificate %1 to %2.")
                     .arg(rest.first().trimmed().toUpper(), QDir::toNativeSeparators(out))
              << Qt::endl;
        return 0;
    }
    if (sub == QStringLiteral("spoil") || sub == QStringLiteral("cancel")) {
        if (!onlyOptions(command, {QStringLiteral("reason")}) ||
            !needs(1, tr("one certificate number")))
            return 2;
        if (m_parser.value(QStringLiteral("reason")).trimmed().isEmpty())
            return usageError(tr("%1 needs %2.").arg(command, QStringLiteral("--reason TEXT")));
        Result<std::shared_ptr<Database>> db =
            openRegister(Database::OpenMode::ExistingOnly, Permission::IssueCertificates);
        if (!db)
            return fail(db.error());
        Result<Certificate> c =
            CertificateRegister(*db.value(), m_clock)
                .voidCertificate(actor(), rest.first(),
                                 sub == QStringLiteral("spoil") ? QStringLiteral("spoiled")
                                                                : QStringLiteral("cancelled"),
                                 m_parser.value(QStringLiteral("reason")));
        if (!c)
            return fail(c.error());
        m_out << tr("%1: %2 (%3).")
                     .arg(c->number, CertificateRegister::statusDisplayName(c->status),
                          c->voidReason)
              << Qt::endl;
        return 0;
    }
    if (sub == QStringLiteral("list") || sub == QStringLiteral("export-csv")) {
        const bool list = sub == QStringLiteral("list");
        QStringList allowed{QStringLiteral("search"), QStringLiteral("status")};
        if (list)
            allowed << QStringLiteral("json");
        if (!onlyOptions(command, allowed) ||
            !needs(list ? 0 : 1, list ? tr("no arguments") : tr("one file")))
            return 2;
        const QString status = m_parser.value(QStringLiteral("status"));
        if (!status.isEmpty() && !CertificateRegister::statusCodes().contains(status))
            return usageError(
                tr("“%1” is not a certificate status. Use one of: %2.")
                    .arg(status, CertificateRegister::statusCodes().join(QStringLiteral(", "))));
        Result<std::shared_ptr<Database>> db =
            openRegister(Database::OpenMode::ExistingOnly, Permission::ReadCases);
        if (!db)
            return fail(db.error());
        CertificateRegister reg(*db.value(), m_clock);
        const QString search = m_parser.value(QStringLiteral("search"));
        if (!list) {
            if (Result<qint64> written = reg.exportCsv(actor(), rest.first(), search, status);
                !written)
                return fail(written.error());
            m_out << tr("Wrote the register of certificates to %1.")
                         .arg(QDir::toNativeSeparators(rest.first()))
                  << Qt::endl;
            return 0;
        }
        Result<QList<Certificate>> rows = reg.list(search, status);
        if (!rows)
            return fail(rows.error());
        if (m_parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Certificate &c : rows.value())
                array.append(certificateJson(c));
            m_out
                << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed()
                << Qt::endl;
            return 0;
        }
        for (const Certificate &c : rows.value())
            m_out << c.number << '\t' << c.status << '\t' << c.caseRef << '\t' << c.fullNameLatin()
                  << '\t' << dates::format(c.issueDate) << '\t' << dates::format(c.validUntil)
                  << (c.voidReason.isEmpty() ? QString() : u'\t' + c.voidReason) << '\n';
        m_out.flush();
        return 0;
    }
    if (sub == QStringLiteral("public-key")) {
        if (!onlyOptions(command, {QStringLiteral("out")}) || !needs(0, tr("no arguments")))
            return 2;
        const QString out = m_parser.value(QStringLiteral("out"));
        if (out.isEmpty())
            return usageError(tr("%1 needs %2.").arg(command, QStringLiteral("--out FILE")));
        Result<std::shared_ptr<Database>> db =
            openRegister(Database::OpenMode::ExistingOnly, Permission::SigningKeys);
        if (!db)
            return fail(db.error());
        Result<QList<PublicKey>> keys = Signing::ensureKeys(*db.value(), m_clock, actor());
        if (!keys)
            return fail(keys.error());
        Result<MissionSettings> settings = MissionSettingsStore(*db.value(), m_clock).load();
        if (!settings)
            return fail(settings.error());
        if (Status s = Signing::writePublicKeyFile(out, keys.value(),
                                                   settings->missionName.in(QStringLiteral("en")));
            !s)
            return fail(s.error());
        m_out << tr("Wrote %1 public keys of the mission to %2.")
                     .arg(keys->size())
                     .arg(QDir::toNativeSeparators(out))
              << Qt::endl;
        return 0;
    }
    return usageError(
        tr("unknown certificate subcommand “%1”; use one of: %2.").arg(sub, subcommands));
}

int Cli::issueCertificate(const QString &caseRef) {
    CertificateRequest request;
    if (m_parser.isSet(QStringLiteral("valid-days"))) {
        bool ok = false;
        request.validDays = m_parser.value(QStringLiteral("valid-days")).toInt(&ok);
        if (!ok || request.validDays < MissionSettings::MinValidityDays ||
            request.validDays > MissionSettings::MaxValidityDays)
            return usageError(tr("%1 needs a number of days from %2 to %3.")
                                  .arg(QStringLiteral("--valid-days"))
                                  .arg(MissionSettings::MinValidityDays)
                                  .arg(MissionSettings::MaxValidityDays));
    }
    const bool receipt = m_parser.isSet(QStringLiteral("receipt"));
    const bool exempt = m_parser.isSet(QStringLiteral("exempt"));
    if (receipt == exempt)
        return usageError(
            tr("give either %1 or %2.")
                .arg(QStringLiteral("--receipt R"), QStringLiteral("--exempt REASON")));
    request.receiptNumber = m_parser.value(QStringLiteral("receipt"));
    request.exemptionReason = m_parser.value(QStringLiteral("exempt"));
    Result<std::shared_ptr<Database>> db =
        openRegister(Database::OpenMode::ExistingOnly, Permission::IssueCertificates);
    if (!db)
        return fail(db.error());
    CaseRepository repo(*db.value(), m_clock);
    Result<CaseRecord> record = repo.loadByRef(caseRef);
    if (!record)
        return fail(record.error());
    request.caseId = record->id;
    if (m_parser.isSet(QStringLiteral("photo"))) {
        if (Status s = storePhoto(*db.value(), record->id, m_parser.value(QStringLiteral("photo")));
            !s)
            return fail(s.error());
    }
    CertificateRegister reg(*db.value(), m_clock);
    Result<QList<Error>> problems = reg.problems(request);
    if (!problems)
        return fail(problems.error());
    if (!problems->isEmpty()) {
        for (const Error &e : problems.value())
            m_err << tr("qaytish-cli: %1: %2").arg(record->caseRef, e.message) << Qt::endl;
        return 2;
    }
    Result<Certificate> issued = reg.issue(actor(), request);
    if (!issued)
        return fail(issued.error());
    if (m_parser.isSet(QStringLiteral("json")))
        m_out << QString::fromUtf8(
                     QJsonDocument(certificateJson(issued.value())).toJson(QJsonDocument::Indented))
                     .trimmed()
              << Qt::endl;
    else
        m_out << issued->number << Qt::endl;
    return 0;
}

int Cli::verifyCertificate(const QString &text) {
    QString payload = text;
    if (payload.isEmpty()) {
        const QString png = m_parser.value(QStringLiteral("png"));
        Result<QImage> image = documents::Photo::load(png);
        if (!image)
            return fail(image.error());
        Result<QString> read = documents::QrCode::read(image.value());
        if (!read) {
            Error e = read.error();
            e.message = QStringLiteral("%1: %2").arg(png, e.message);
            return fail(e);
        }
        payload = read.value();
    }
    // The keys: an exported key file (what a border post has), or the register's own.
    QList<PublicKey> keys;
    std::shared_ptr<Database> db;
    if (m_parser.isSet(QStringLiteral("key"))) {
        Result<QList<PublicKey>> read =
            Signing::readPublicKeyFile(m_parser.value(QStringLiteral("key")));
        if (!read)
            return fail(read.error());
        keys = read.value();
    } else {
        Result<std::shared_ptr<Database>> opened =
            openRegister(Database::OpenMode::ExistingOnly, Permission::ReadCases);
        if (!opened)
            return fail(opened.error());
        db = opened.value();
        Result<QList<PublicKey>> read = Signing::publicKeys(db->connection(), db->path());
        if (!read)
            return fail(read.error());
        keys = read.value();
    }
    const PayloadVerification v = Signing::verify(payload, keys);
    bool valid = v.check == PayloadCheck::Valid;
    QStringList notes{v.message};
    QString status;
    if (valid && v.payload.validUntil < m_clock.today()) {
        valid = false;
        notes << tr("It expired on %1.").arg(dates::format(v.payload.validUntil));
    }
    if (valid && db) {
        Result<Certificate> c = CertificateRegister(*db, m_clock).byNumber(v.payload.number);
        if (!c) {
            valid = false;
            notes << c.error().message;
        } else {
            status = c->status;
            if (c->status != QStringLiteral("valid")) {
                valid = false;
                notes << tr("The register records it as “%1”: %2")
                             .arg(CertificateRegister::statusDisplayName(c->status), c->voidReason);
            }
        }
    }
    if (m_parser.isSet(QStringLiteral("json"))) {
        static const char *checks[] = {"valid", "altered", "unknown_key", "malformed"};
        QJsonObject o{{QStringLiteral("valid"), valid},
                      {QStringLiteral("signature"), QString::fromLatin1(checks[int(v.check)])},
                      {QStringLiteral("number"), v.payload.number},
                      {QStringLiteral("surname"), v.payload.surname},
                      {QStringLiteral("given_names"), v.payload.givenNames},
                      {QStringLiteral("birth_date"), dateJson(v.payload.birthDate)},
                      {QStringLiteral("valid_until"), dateJson(v.payload.validUntil)},
                      {QStringLiteral("key_id"), v.payload.keyId},
                      {QStringLiteral("register_status"),
                       status.isEmpty() ? QJsonValue() : QJsonValue(status)},
                      {QStringLiteral("message"), notes.join(u' ')}};
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed()
              << Qt::endl;
    } else {
        (valid ? m_out : m_err) << notes.join(u' ') << Qt::endl;
    }
    return valid ? 0 : 1;
}

} // namespace qaytish
