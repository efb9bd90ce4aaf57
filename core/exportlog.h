#pragma once

#include "actor.h"
#include "clock.h"
#include "permissions.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <memory>

class QIODevice;

namespace qaytish {

// What left the register, as the audit entry's field says (codes, never translated).
namespace ExportKind {
inline const QString CasesCsv = QStringLiteral("cases_csv");               // export-csv
inline const QString CertificatePdf = QStringLiteral("certificate_pdf");   // one certificate
inline const QString CertificatesCsv = QStringLiteral("certificates_csv"); // the register
inline const QString ReturnListPdf = QStringLiteral("return_list_pdf");
inline const QString ReturnListCsv = QStringLiteral("return_list_csv");
inline const QString SubjectAccess =
    QStringLiteral("subject_access");                               // everything about one person
inline const QString Backup = QStringLiteral("backup");             // the whole register
inline const QString AuditLogCsv = QStringLiteral("audit_log_csv"); // the audit log window
} // namespace ExportKind

// One export or printout, described for its audit entry.
struct ExportRecord {
    QString kind;     // ExportKind
    QString table;    // the record exported: certificate, return_list; return_case for cases
    qint64 rowId = 0; // its row; 0 for a listing of many rows (then `filter` says which)
    QString output;   // manifest or reception (return lists)
    QString language; // a document's languages, e.g. "uz+ru"; empty for a CSV
    QString paper;    // a4 or letter for a document
    // A listing's filter: status and condition codes, and whether a search narrowed it
    // ("searched": true). The search text itself is never recorded: it may be a person's
    // name or number, and the audit trail cannot forget it when that person is anonymised.
    QVariantMap filter;
    // The persons whose records a listing carried (export_person, schema 10): the writer of
    // the output fills it while it writes. A return list's passengers are found by begin().
    QList<qint64> persons;
};

// Who made an output and when: printed on the output and recorded in the entry.
struct ExportStamp {
    QString user;
    QDateTime at; // UTC
    // As documents print it: local time, dd.MM.yyyy HH:mm.
    QString documentTime() const;
    // As the CSV files carry it: ISO 8601 in UTC, as the audit trail writes times.
    QString isoTime() const;
};

// The one way out of the register for personal data (CSV files, PDFs, printouts): every
// export is recorded in the audit trail as one entry of action "export" (ChangeWriter::
// logAccess), with the actor, the time, the kind, the destination (a file or "printer"), the
// number of people's records and the record or filter. A single person's output names a row
// of a person's table, so that the entry is found by person.
//
// Order, so that no output exists without its entry and no entry tells of an output that
// does not exist: the file is written to a temporary file first (QSaveFile); then, in one
// BEGIN IMMEDIATE transaction, the entry is appended, the file renamed into place, and the
// transaction committed. A failed write records nothing and leaves no file; an entry that
// cannot be appended leaves no file; a commit that fails after the rename removes the file
// again. The write lock is held only for the append and the rename, never while a long
// listing is read.
class ExportLog {
    Q_DECLARE_TR_FUNCTIONS(ExportLog)
public:
    // `permission`: what the exporting user needs; reading cases for every export of
    // personal data (the audit log window's own export needs the auditor's).
    ExportLog(QSqlDatabase db, QString path, const Clock &clock, Actor actor,
              Permission permission = Permission::ReadCases);

    // The stamp an output made now carries.
    ExportStamp stamp() const;

    // Writes `write` into a temporary file beside `filePath` and records the export as
    // above; `write` may add to the persons of `record` (the same object) as it writes. `write`
    // returns the number of people's records it wrote, or an error (then nothing is kept and
    // nothing recorded). Needs the ReadCases permission.
    using Writer = std::function<Result<qint64>(QIODevice &device, const ExportStamp &stamp)>;
    Result<qint64> toFile(const ExportRecord &record, const QString &filePath, const Writer &write);

    // An export whose entry is appended and not yet committed, for outputs that are not
    // files of ours (a printout): the caller makes the output while it is alive and then
    // calls commit(); destroyed without commit(), it rolls back and nothing is recorded.
    class Pending {
    public:
        ~Pending();
        Pending(const Pending &) = delete;
        Pending &operator=(const Pending &) = delete;
        Status commit();

    private:
        friend class ExportLog;
        Pending(QSqlDatabase db, QString path);
        QSqlDatabase m_db;
        QString m_path;
        bool m_open = true;
    };
    // `destination`: a file's path, or "printer" (with the printer's name in `device`).
    Result<std::unique_ptr<Pending>> begin(const ExportRecord &record, const QString &destination,
                                           qint64 records, const QString &device = QString());

    // The entry's description: compact JSON with the keys kind, destination, records and,
    // when set, device, output, language, paper and filter (docs/ARCHITECTURE.md).
    static QString describe(const ExportRecord &record, const QString &destination, qint64 records,
                            const QString &device = QString());
    // What `destination` is for a printer.
    static QString printerDestination() { return QStringLiteral("printer"); }

private:
    // Inside begin()'s transaction: the persons that `entry`, just appended, carried.
    Status recordPersons(const ExportRecord &record, qint64 entry);

    QSqlDatabase m_db;
    QString m_path;
    const Clock &m_clock;
    Actor m_actor;
    Permission m_permission;
};

} // namespace qaytish
