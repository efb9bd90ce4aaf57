#include "exportlog.h"

#include "auditlog.h"
#include "changewriter.h"
#include "database.h"
#include "dates.h"
#include "permissions.h"
#include "sqlitedirect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace qaytish {

QString ExportStamp::documentTime() const {
    return at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

QString ExportStamp::isoTime() const {
    return dates::toIsoDateTime(at);
}

ExportLog::ExportLog(QSqlDatabase db, QString path, const Clock &clock, Actor actor,
                     Permission permission)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_permission(permission) {}

ExportStamp ExportLog::stamp() const {
    return ExportStamp{m_actor.name, m_clock.now().toUTC()};
}

QString ExportLog::describe(const ExportRecord &record, const QString &destination, qint64 records,
                            const QString &device) {
    QJsonObject o{{QStringLiteral("kind"), record.kind},
                  {QStringLiteral("destination"), destination},
                  {QStringLiteral("records"), records}};
    if (!device.isEmpty())
        o.insert(QStringLiteral("device"), device);
    if (!record.output.isEmpty())
        o.insert(QStringLiteral("output"), record.output);
    if (!record.language.isEmpty())
        o.insert(QStringLiteral("language"), record.language);
    if (!record.paper.isEmpty())
        o.insert(QStringLiteral("paper"), record.paper);
    if (!record.filter.isEmpty())
        o.insert(QStringLiteral("filter"), QJsonObject::fromVariantMap(record.filter));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ExportLog::Pending::Pending(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path)) {}

ExportLog::Pending::~Pending() {
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

Status ExportLog::Pending::commit() {
    if (!m_open)
        return {};
    m_open = false;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("COMMIT")))
        return {};
    Error e = Database::errorFromSql(q.lastError(), m_path);
    q.exec(QStringLiteral("ROLLBACK"));
    return e;
}

Result<std::unique_ptr<ExportLog::Pending>> ExportLog::begin(const ExportRecord &record,
                                                             const QString &destination,
                                                             qint64 records,
                                                             const QString &device) {
    ChangeWriter writer(m_db, m_path, m_clock, m_actor, m_permission);
    // Only a reader of cases exports them; the check comes before anything is written.
    if (Status s = writer.permitted(); !s)
        return s.error();
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Database::errorFromSql(begin.lastError(), m_path);
    std::unique_ptr<Pending> pending(new Pending(m_db, m_path));
    if (Status s = writer.logAccess(AuditAction::Export, record.table, record.rowId,
                                    describe(record, destination, records, device), record.kind);
        !s)
        return s.error(); // `pending` rolls back
    if (Status s = recordPersons(record, writer.lastAuditEntry()); !s)
        return s.error();
    return pending;
}

Status ExportLog::recordPersons(const ExportRecord &record, qint64 entry) {
    if (record.table == u"return_list" && record.rowId > 0) {
        // A return list's outputs carry its passengers.
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO export_person (audit_id, person_id) "
            "SELECT ?, c.person_id FROM return_list_passenger p JOIN "
            "return_case c ON c.id = p.case_id WHERE p.list_id = ? AND p.removed = 0"));
        q.addBindValue(entry);
        q.addBindValue(record.rowId);
        if (!q.exec())
            return Database::errorFromSql(q.lastError(), m_path);
    }
    if (record.persons.isEmpty())
        return {};
    StatementCache statements(m_db, m_path);
    Result<PreparedInsert> insert =
        statements.insert(QStringLiteral("INSERT OR IGNORE INTO export_person (audit_id, "
                                         "person_id) VALUES (%1, %2)")
                              .arg(namedPlaceholder(0), namedPlaceholder(1)));
    if (!insert)
        return insert.error();
    for (const qint64 person : record.persons) {
        RowBinding row(insert.value());
        row.addInteger(entry);
        row.addInteger(person);
        if (Result<qint64> done = row.exec(m_path); !done)
            return done.error();
    }
    return {};
}

Result<qint64> ExportLog::toFile(const ExportRecord &record, const QString &filePath,
                                 const Writer &write) {
    // Refused before a byte is written.
    if (Status s = ChangeWriter(m_db, m_path, m_clock, m_actor, m_permission).permitted(); !s)
        return s.error();
    auto cannotWrite = [&](const QString &reason) {
        return Error::inFile(
            ErrorKind::Io,
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(filePath), reason),
            filePath);
    };
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    Result<qint64> written = write(file, stamp());
    if (!written) {
        file.cancelWriting();
        // A writer's own I/O error does not know the file's name.
        if (written.error().kind == ErrorKind::Io && written.error().file.isEmpty())
            return cannotWrite(written.error().message);
        return written.error();
    }
    if (file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return cannotWrite(reason);
    }
    const QString destination = QDir::toNativeSeparators(QFileInfo(filePath).absoluteFilePath());
    Result<std::unique_ptr<Pending>> pending = begin(record, destination, written.value());
    if (!pending) {
        file.cancelWriting();
        return pending.error();
    }
    if (!file.commit())
        return cannotWrite(file.errorString()); // the entry rolls back with `pending`
    if (Status s = pending.value()->commit(); !s) {
        // The entry is not there: neither may the file be.
        QFile::remove(filePath);
        Error e = s.error();
        e.message = tr("%1 was not kept, because its export could not be recorded in the audit "
                       "trail: %2")
                        .arg(QDir::toNativeSeparators(filePath), e.message);
        return e;
    }
    return written;
}

} // namespace qaytish
