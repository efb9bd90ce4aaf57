#pragma once

#include "actor.h"
#include "auditlog.h"
#include "caserecord.h"
#include "clock.h"
#include "permissions.h"
#include "result.h"
#include "sqlitedirect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

#include <memory>
#include <optional>
#include <utility>

namespace qaytish {

// The single write path (DESIGN.md, Storage): every insert and update of the register
// goes through here and yields its field-level changes, which are also appended to the
// audit trail (core/auditlog.h; an insert as one entry: the new row itself holds its first
// values).
// Permissions and the audit trail hang on this one place: a writer is made for one
// operation, which names the Permission it needs, and every write it makes is refused (an
// Error of kind Denied naming the role needed) when the actor does not hold it in the
// register. Columns named *_hash are logged as changed, without their values.
// Table and column names come from code, never from input; values are always bound.
class ChangeWriter {
public:
    ChangeWriter(QSqlDatabase db, QString path, const Clock &clock, Actor actor,
                 Permission permission);

    // Whether the actor may make this writer's writes. Checked against the register once (at
    // the first write, or earlier when asked, e.g. before validating input); every write
    // returns the same refusal.
    Status permitted();
    Permission permission() const { return m_permission; }

    // Inserts a row; created_at/updated_at and, when missing, uuid are filled in.
    Result<qint64> insert(const QString &table, QVariantMap values);

    // The same insert for writers of many rows of one shape (the demo, imports): the table
    // and its columns are named once, then each row is a list of values in that order, with
    // no map to build per row. The rules are those of insert(): uuid, created_at and
    // updated_at are filled in when the columns do not name them, values are stored as
    // toStored() gives them, and the insert is logged and its changes collected alike.
    using Shape = int;
    Result<Shape> insertShape(const QString &table, const QStringList &columns);
    Result<qint64> insertRow(Shape shape, const QVariantList &values);
    // Writes the columns whose value differs from the stored row; updated_at is set when
    // anything changed. Returns the changes, empty when nothing changed.
    Result<QList<FieldChange>> update(const QString &table, qint64 id, const QVariantMap &values);

    // Every change this writer made, in order.
    const QList<FieldChange> &changes() const { return m_changes; }
    QList<FieldChange> takeChanges() { return std::exchange(m_changes, {}); }
    // Bulk writers (the demo, imports) that never read the changes need not collect them;
    // the audit trail is written all the same.
    void setCollectChanges(bool collect) { m_collect = collect; }
    // The demo register (fictional people, never the officer's own) records its generation
    // as one audit entry instead of one per inserted row.
    void setLogInserts(bool log) { m_logInserts = log; }
    // One audit entry that describes a bulk write as a whole.
    Status logEvent(const QString &table, const QString &description);
    // The id of the audit entry this writer appended last (0: none yet).
    qint64 lastAuditEntry() const { return m_audit ? m_audit->lastAppended() : 0; }
    // One audit entry for a reading of a record that is not a write: AuditAction::Open (a
    // person's record shown) or AuditAction::Export (personal data exported or printed;
    // `what` says which output, and where to). Needs no permission of its own: the reading
    // was allowed by its own check. `field` names the kind of access when the action has
    // several (an export's kind: core/exportlog.h), so that it is seen without the values.
    Status logAccess(const QString &action, const QString &table, qint64 rowId, const QString &what,
                     const QString &field = QString());
    QString nowText() const;
    const Actor &actor() const { return m_actor; }
    const Clock &clock() const { return m_clock; }
    QSqlDatabase db() const { return m_db; }
    const QString &path() const { return m_path; }
    // Runs a statement that writes no personal field (counters); values bound in order.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values);

    static QString newUuid();

private:
    Status log(const QString &action, const FieldChange &change, qint64 personId, bool keep = true);
    Result<qint64> personOf(const QString &table, qint64 rowId);
    static bool isDerived(const QString &column);
    static bool isSecret(const QString &column);
    Result<qint64> insertValues(Shape shape, const QVariantList &values);

    QSqlDatabase m_db;
    QString m_path;
    const Clock &m_clock;
    Actor m_actor;
    Permission m_permission;
    std::optional<Status> m_permitted; // the check, once made
    QList<FieldChange> m_changes;
    bool m_collect = true;
    bool m_logInserts = true;
    StatementCache m_statements; // prepared once per statement text
    struct InsertStatement {
        QString table;
        QStringList columns; // as the caller named them
        QList<bool> derived; // per column: isDerived()
        bool addUuid = false;
        bool addCreatedAt = false;
        bool addUpdatedAt = false;
        bool logTable = false;
        PreparedInsert prepared; // owned by m_statements
    };
    QList<InsertStatement> m_shapes;
    QHash<size_t, Shape> m_inserts;    // insert(): signature of table and keys -> shape
    std::unique_ptr<AuditLog> m_audit; // made at the first entry
    mutable QDateTime m_nowCachedFor;
    mutable QString m_nowText;
};

// ISO 8601 text of a value as stored: dates as yyyy-MM-dd, date-times in UTC.
QVariant toStored(const QVariant &value);

} // namespace qaytish
