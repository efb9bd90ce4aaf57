#pragma once

#include "core/actor.h"
#include "core/casestatus.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/permissions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <memory>
#include <optional>

namespace qaytish {

struct ListProblem;

// qaytish-cli: every option may stand before or after the command (DESIGN.md, Contracts).
// Exit codes: 0 done; 1 a check says no; 2 usage error, bad input, not found, a foreign,
// damaged or newer file; 3 partly done; 4 not logged in or not allowed; 5 busy.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Cli(QTextStream &out, QTextStream &err, const Clock &clock);
    int run(const QStringList &arguments);
    // Whether the command line asks for a command that draws documents (and so needs a
    // QGuiApplication); looked at before any application object exists.
    static bool rendersDocuments(int argc, char *argv[]);

private:
    int usageError(const QString &message);
    int fail(const Error &error);
    bool onlyOptions(const QString &command, const QStringList &allowed);
    // Recognises the file first (a foreign, damaged or newer file is exit 2 whatever the
    // credentials), then signs in (cli_users.cpp) and checks that the user may do what the
    // command needs (exit 4 naming the role otherwise).
    Result<std::shared_ptr<Database>> openRegister(Database::OpenMode mode, Permission permission);
    Result<std::shared_ptr<Database>> openRecognised(Database::OpenMode mode);
    // In a register with accounts: --user and a password, checked by UserStore::signIn().
    // Without accounts the actor is --user or the system user, with every role.
    Status signIn(const Database &db, Permission permission, bool allowPasswordChange = false);
    // QAYTISH_PASSWORD for the first password asked, else (and for every later one) the
    // next line of standard input; nothing at its end.
    std::optional<QString> takePassword();
    // A further secret (a backup's passphrase): always the next line of standard input,
    // after the sign-in password when that was read from there too; never QAYTISH_PASSWORD.
    std::optional<QString> takeSecretLine();
    const Actor &actor() const { return m_actor; }

    int cmdInit();
    int cmdDemo();
    int cmdList();
    int cmdDashboard();
    int cmdShow(const QStringList &args);
    int cmdCase(const QStringList &args);
    // cli_identity.cpp: need no register.
    int cmdMrz(const QStringList &args);
    int cmdPinfl(const QStringList &args);
    // cli_check.cpp: needs no user; reads the register without changing it.
    int cmdCheck(const QStringList &args);
    // CSV import and export (cli_csv.cpp).
    int cmdImport(const QStringList &args);
    int cmdExportCsv(const QStringList &args);
    Result<std::optional<CaseStatus>> statusOption();
    // Certificates of Return (cli_certificate.cpp).
    int cmdCertificate(const QStringList &args);
    int cmdCasePhoto(const QStringList &rest);
    int issueCertificate(const QString &caseRef);
    int verifyCertificate(const QString &payload);
    Status storePhoto(const Database &db, qint64 caseId, const QString &file);
    // The words that make a command line need a QGuiApplication besides "pdf".
    static QStringList certificateCommandNames();
    // Return lists (cli_returnlist.cpp).
    int cmdReturnList(const QStringList &args);
    static QString problemLine(const ListProblem &problem);
    // User accounts (cli_users.cpp).
    int cmdUser(const QStringList &args);
    // cli_subjectaccess.cpp: everything about the person of a case, as PDF or JSON.
    int cmdSubjectAccess(const QStringList &args);
    // cli_audit.cpp
    int cmdAudit(const QStringList &args);
    int cmdAuditVerify();
    int cmdAuditList();
    // cli_retention.cpp
    int cmdRetention(const QStringList &args);
    // Backups (cli_backup.cpp): need an administrator of the register.
    int cmdBackup(const QStringList &args);
    int cmdRestore(const QStringList &args);
    QString registerPathOption();

    QTextStream &m_out;
    QTextStream &m_err;
    const Clock &m_clock;
    QCommandLineParser m_parser;
    Actor m_actor;
    QString m_loginPassword; // the password signed in with (user passwd of one's own)
    QFile m_stdin;
    int m_passwordsTaken = 0;
};

} // namespace qaytish
