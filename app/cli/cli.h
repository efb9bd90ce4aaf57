#pragma once

#include "core/actor.h"
#include "core/casestatus.h"
#include "core/clock.h"
#include "core/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
    Result<std::shared_ptr<Database>> openRegister(Database::OpenMode mode);
    Actor actor() const;

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

    QTextStream &m_out;
    QTextStream &m_err;
    const Clock &m_clock;
    QCommandLineParser m_parser;
};

} // namespace qaytish
