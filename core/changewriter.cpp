#include "changewriter.h"

#include "auditlog.h"
#include "database.h"
#include "dates.h"
#include "sqlitedirect.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QUuid>

namespace qaytish {

namespace {

bool isIdentifier(const QString &name) {
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return re.match(name).hasMatch();
}

// Tables whose rows are themselves a log: their inserts are not logged again.
bool isLogTable(const QString &table) {
    return table == QStringLiteral("status_history") || table == QStringLiteral("audit_log");
}

bool sameValue(const QVariant &a, const QVariant &b) {
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull() ||
               (a.isNull() ? b.toString().isEmpty() : a.toString().isEmpty());
    if (a.typeId() == b.typeId())
        return a == b;
    return a.toString() == b.toString();
}

} // namespace

QVariant toStored(const QVariant &value) {
    switch (value.typeId()) {
    case QMetaType::QDate: {
        const QDate d = value.toDate();
        return d.isValid() ? QVariant(dates::toIso(d)) : QVariant();
    }
    case QMetaType::QDateTime: {
        const QDateTime dt = value.toDateTime();
        return dt.isValid() ? QVariant(dates::toIsoDateTime(dt)) : QVariant();
    }
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    case QMetaType::QString:
        // A null QString binds as SQL NULL; text columns hold '' for "nothing".
        return value.toString().isNull() ? QVariant(QStringLiteral("")) : value;
    default:
        return value;
    }
}

ChangeWriter::ChangeWriter(QSqlDatabase db, QString path, const Clock &clock, Actor actor,
                           Permission permission)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_permission(permission)
    , m_statements(m_db, m_path) {}

Status ChangeWriter::permitted() {
    if (!m_permitted)
        m_permitted = Permissions::check(m_db, m_path, m_actor, m_permission);
    return *m_permitted;
}

QString ChangeWriter::newUuid() {
    // Time-ordered (version 7 layout: 48 bits of Unix milliseconds, then random bits), so
    // that new rows land at the end of the uuid index instead of at random pages.
    // Formatted by hand: QUuid's text formatting costs more than the rest of the uuid.
    quint8 bytes[16];
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8((ms >> (40 - 8 * i)) & 0xff);
    quint32 random[3];
    QRandomGenerator::global()->fillRange(random);
    bytes[6] = quint8(0x70 | (random[2] & 0x0f));
    bytes[7] = quint8((random[2] >> 8) & 0xff);
    for (int i = 0; i < 8; ++i)
        bytes[8 + i] = quint8(random[i / 4] >> (8 * (i % 4)));
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3f));
    static constexpr char16_t Hex[] = u"0123456789abcdef";
    QString text(36, Qt::Uninitialized);
    QChar *out = text.data();
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *out++ = u'-';
        *out++ = Hex[bytes[i] >> 4];
        *out++ = Hex[bytes[i] & 0x0f];
    }
    return text;
}

QString ChangeWriter::nowText() const {
    // Formatting a date-time is costly next to a row insert; bulk writes ask for the same
    // instant many times.
    const QDateTime now = m_clock.now();
    if (now != m_nowCachedFor) {
        m_nowCachedFor = now;
        m_nowText = dates::toIsoDateTime(now);
    }
    return m_nowText;
}

bool ChangeWriter::isSecret(const QString &column) {
    // A password hash: that it changed is recorded, never the value.
    return column.endsWith(QStringLiteral("_hash"));
}

bool ChangeWriter::isDerived(const QString &column) {
    return column.endsWith(QStringLiteral("_sort")) || column.endsWith(QStringLiteral("_key")) ||
           column.endsWith(QStringLiteral("_rank")) || column == QStringLiteral("created_at") ||
           column == QStringLiteral("updated_at") || column == QStringLiteral("uuid");
}

Result<QSqlQuery *> ChangeWriter::run(const QString &sql, const QVariantList &values) {
    if (Status s = permitted(); !s)
        return s.error();
    Result<QSqlQuery *> q = m_statements.query(sql);
    if (!q)
        return q;
    for (const QVariant &v : values)
        q.value()->addBindValue(v);
    if (!q.value()->exec())
        return Database::errorFromSql(q.value()->lastError(), m_path);
    return q;
}

Status ChangeWriter::log(const QString &action, const FieldChange &change, qint64 personId,
                         bool keep) {
    if (keep && m_collect)
        m_changes << change;
    if (!m_audit)
        m_audit = std::make_unique<AuditLog>(m_db, m_path);
    return m_audit->append(nowText(), m_actor,
                           AuditRecord{action, change.table, change.rowId, personId, change.field,
                                       toStored(change.oldValue), toStored(change.newValue)});
}

Result<qint64> ChangeWriter::personOf(const QString &table, qint64 rowId) {
    if (!m_audit)
        m_audit = std::make_unique<AuditLog>(m_db, m_path);
    return m_audit->personOf(table, rowId);
}

Status ChangeWriter::logEvent(const QString &table, const QString &description) {
    if (Status s = permitted(); !s)
        return s;
    return log(AuditAction::Event,
               FieldChange{table, 0, QStringLiteral(""), QVariant(), description}, 0, false);
}

Status ChangeWriter::logAccess(const QString &action, const QString &table, qint64 rowId,
                               const QString &what, const QString &field) {
    Result<qint64> person = personOf(table, rowId);
    if (!person)
        return person.error();
    return log(
        action,
        FieldChange{table, rowId, field.isNull() ? QStringLiteral("") : field, QVariant(), what},
        person.value(), false);
}

Result<qint64> ChangeWriter::insert(const QString &table, QVariantMap values) {
    Q_ASSERT(isIdentifier(table));
    // The statement for this table and set of columns, built once: bulk writes insert
    // thousands of rows of the same shape.
    size_t signature = qHash(table);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        signature = qHashMulti(signature, it.key());
    auto found = m_inserts.constFind(signature);
    auto sameShape = [&](const InsertStatement &statement) {
        if (statement.table != table || statement.columns.size() != values.size())
            return false;
        qsizetype i = 0;
        for (auto it = values.cbegin(); it != values.cend(); ++it, ++i) {
            if (statement.columns.at(i) != it.key())
                return false;
        }
        return true;
    };
    Shape shape = -1;
    if (found != m_inserts.cend() && sameShape(m_shapes.at(found.value()))) {
        shape = found.value();
    } else {
        Result<Shape> made = insertShape(table, values.keys());
        if (!made)
            return made.error();
        shape = made.value();
        m_inserts.insert(signature, shape);
    }
    return insertValues(shape, values.values());
}

Result<ChangeWriter::Shape> ChangeWriter::insertShape(const QString &table,
                                                      const QStringList &columns) {
    Q_ASSERT(isIdentifier(table));
    if (Status s = permitted(); !s)
        return s.error();
    for (qsizetype i = 0; i < m_shapes.size(); ++i) {
        const InsertStatement &s = m_shapes.at(i);
        if (s.table == table && s.columns == columns)
            return Shape(i);
    }
    InsertStatement statement;
    statement.table = table;
    statement.columns = columns;
    statement.logTable = isLogTable(table);
    QStringList all = columns;
    for (const QString &column : columns) {
        Q_ASSERT(isIdentifier(column));
        statement.derived << isDerived(column);
    }
    statement.addUuid = !columns.contains(QStringLiteral("uuid"));
    if (statement.addUuid)
        all << QStringLiteral("uuid");
    if (table != QStringLiteral("status_history")) {
        statement.addCreatedAt = !columns.contains(QStringLiteral("created_at"));
        statement.addUpdatedAt = !columns.contains(QStringLiteral("updated_at"));
        if (statement.addCreatedAt)
            all << QStringLiteral("created_at");
        if (statement.addUpdatedAt)
            all << QStringLiteral("updated_at");
    }
    QStringList marks;
    for (qsizetype i = 0; i < all.size(); ++i)
        marks << namedPlaceholder(int(i));
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, all.join(u','), marks.join(u','));
    Result<PreparedInsert> prepared = m_statements.insert(sql);
    if (!prepared)
        return prepared.error();
    statement.prepared = prepared.value();
    m_shapes << statement;
    return Shape(m_shapes.size() - 1);
}

Result<qint64> ChangeWriter::insertRow(Shape shape, const QVariantList &values) {
    Q_ASSERT(shape >= 0 && shape < m_shapes.size());
    Q_ASSERT(values.size() == m_shapes.at(shape).columns.size());
    return insertValues(shape, values);
}

Result<qint64> ChangeWriter::insertValues(Shape shape, const QVariantList &values) {
    if (Status s = permitted(); !s)
        return s.error();
    const InsertStatement &statement = m_shapes.at(shape);
    RowBinding row(statement.prepared);
    for (const QVariant &value : values)
        row.add(toStored(value));
    if (statement.addUuid)
        row.addText(newUuid());
    if (statement.addCreatedAt || statement.addUpdatedAt) {
        const QString now = nowText();
        if (statement.addCreatedAt)
            row.addText(now);
        if (statement.addUpdatedAt)
            row.addText(now);
    }
    const Result<qint64> inserted = row.exec(m_path);
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value();
    if (!statement.logTable) {
        // The new row holds every value, so the audit trail keeps one entry for the insert; the
        // caller still gets each field as a change, unless it is a bulk writer that asked
        // not to collect them.
        for (qsizetype i = 0; m_collect && i < values.size(); ++i) {
            const QVariant stored = toStored(values.at(i));
            if (statement.derived.at(i) || isSecret(statement.columns.at(i)) || stored.isNull() ||
                stored.toString().isEmpty())
                continue;
            m_changes << FieldChange{statement.table, id, statement.columns.at(i), QVariant(),
                                     stored};
        }
        if (m_logInserts) {
            Result<qint64> person = personOf(statement.table, id);
            if (!person)
                return person.error();
            if (Status s = log(
                    AuditAction::Insert,
                    FieldChange{statement.table, id, QStringLiteral(""), QVariant(), QVariant()},
                    person.value(), false);
                !s)
                return s.error();
        }
    }
    return id;
}

Result<QList<FieldChange>> ChangeWriter::update(const QString &table, qint64 id,
                                                const QVariantMap &values) {
    Q_ASSERT(isIdentifier(table));
    if (Status s = permitted(); !s)
        return s.error();
    QStringList columns;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        Q_ASSERT(isIdentifier(it.key()));
        columns << it.key();
    }
    Result<QSqlQuery *> prepared = m_statements.query(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(u','), table));
    if (!prepared)
        return prepared.error();
    QSqlQuery &read = *prepared.value();
    read.addBindValue(id);
    if (!read.exec())
        return Database::errorFromSql(read.lastError(), m_path);
    if (!read.next())
        return Error::make(ErrorKind::NotFound, QCoreApplication::translate(
                                                    "ChangeWriter", "The record no longer exists "
                                                                    "in the register."));
    QList<FieldChange> changes;
    QStringList assignments;
    QVariantList binds;
    for (int i = 0; i < columns.size(); ++i) {
        const QVariant oldValue = read.value(i);
        const QVariant newValue = toStored(values.value(columns.at(i)));
        if (sameValue(oldValue, newValue))
            continue;
        assignments << columns.at(i) + QStringLiteral(" = ?");
        binds << newValue;
        if (isSecret(columns.at(i)))
            changes << FieldChange{table, id, columns.at(i), QVariant(), QVariant()};
        else if (!isDerived(columns.at(i)))
            changes << FieldChange{table, id, columns.at(i), oldValue, newValue};
    }
    read.finish();
    if (assignments.isEmpty())
        return changes;
    // A log table (status_history) has no updated_at: its rows are when they were written.
    if (!values.contains(QStringLiteral("updated_at")) && !isLogTable(table)) {
        assignments << QStringLiteral("updated_at = ?");
        binds << nowText();
    }
    QSqlQuery write(m_db);
    write.prepare(
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(u',')));
    for (const QVariant &v : std::as_const(binds))
        write.addBindValue(v);
    write.addBindValue(id);
    if (!write.exec())
        return Database::errorFromSql(write.lastError(), m_path);
    Result<qint64> person = personOf(table, id);
    if (!person)
        return person.error();
    for (const FieldChange &change : std::as_const(changes)) {
        if (Status s = log(AuditAction::Update, change, person.value()); !s)
            return s.error();
    }
    return changes;
}

} // namespace qaytish
