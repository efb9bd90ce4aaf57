#include "auditlog.h"

#include "database.h"
#include "permissions.h"
#include "sodiumready.h"
#include "sqlitedirect.h"

#include <QSqlError>
#include <QSqlRecord>

#include <sodium.h>

namespace qaytish {

namespace {

// Domain separation: a hash of this log is never the hash of anything else.
constexpr char HashContext[] = "qaytish-audit-1";

void hashBytes(crypto_generichash_state *state, char tag, const QByteArray &bytes) {
    unsigned char head[9];
    head[0] = static_cast<unsigned char>(tag);
    const quint64 size = quint64(bytes.size());
    for (int i = 0; i < 8; ++i)
        head[1 + i] = static_cast<unsigned char>((size >> (8 * i)) & 0xff);
    crypto_generichash_update(state, head, sizeof head);
    crypto_generichash_update(state, reinterpret_cast<const unsigned char *>(bytes.constData()),
                              size);
}

void hashText(crypto_generichash_state *state, const QString &text) {
    hashBytes(state, 't', text.toUtf8());
}

void hashInteger(crypto_generichash_state *state, qint64 value) {
    hashBytes(state, 'i', QByteArray::number(value));
}

// A value as stored: NULL, sealed bytes (BLOB) or text.
void hashValue(crypto_generichash_state *state, const QVariant &value) {
    if (value.isNull())
        hashBytes(state, 'n', {});
    else if (value.typeId() == QMetaType::QByteArray)
        hashBytes(state, 'b', value.toByteArray());
    else
        hashText(state, value.toString());
}

QString entryColumns() {
    return QStringLiteral("id, at, user_id, actor, action, table_name, row_id, person_id, field, "
                          "old_value, new_value, prev_hash, hash");
}

} // namespace

QStringList AuditAction::all() {
    return {Insert, Update, Event, Open, Export};
}

QString AuditAction::displayName(const QString &code) {
    if (code == Insert)
        return AuditLog::tr("added");
    if (code == Update)
        return AuditLog::tr("changed");
    if (code == Event)
        return AuditLog::tr("bulk write");
    if (code == Open)
        return AuditLog::tr("opened");
    if (code == Export)
        return AuditLog::tr("exported or printed");
    return code;
}

AuditLog::AuditLog(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_statements(std::make_unique<StatementCache>(m_db, m_path)) {}

AuditLog::~AuditLog() = default;

Result<qint64> AuditLog::queryInteger(const QString &sql, qint64 parameter) {
    if (m_statements->handle()) {
        Result<DirectStatement *> q = m_statements->direct(sql);
        if (!q)
            return q.error();
        q.value()->bindInt64(0, parameter);
        Result<bool> row = q.value()->firstRow();
        if (!row)
            return row.error();
        const qint64 value = row.value() ? q.value()->columnInt64(0) : 0;
        q.value()->reset();
        return value;
    }
    Result<QSqlQuery *> q = m_statements->query(sql);
    if (!q)
        return q.error();
    q.value()->addBindValue(parameter);
    if (!q.value()->exec())
        return Database::errorFromSql(q.value()->lastError(), m_path);
    const qint64 value = q.value()->next() ? q.value()->value(0).toLongLong() : 0;
    q.value()->finish();
    return value;
}

Result<AuditLog::Head> AuditLog::readHead() {
    const QString sql = QStringLiteral("SELECT last_id, hash FROM audit_head WHERE id = 1");
    std::optional<Head> head;
    if (m_statements->handle()) {
        Result<DirectStatement *> q = m_statements->direct(sql);
        if (!q)
            return q.error();
        Result<bool> row = q.value()->firstRow();
        if (!row)
            return row.error();
        if (row.value())
            head = Head{q.value()->columnInt64(0), q.value()->columnBlob(1)};
        q.value()->reset();
    } else {
        Result<QSqlQuery *> q = m_statements->query(sql);
        if (!q)
            return q.error();
        if (!q.value()->exec())
            return Database::errorFromSql(q.value()->lastError(), m_path);
        if (q.value()->next())
            head = Head{q.value()->value(0).toLongLong(), q.value()->value(1).toByteArray()};
        q.value()->finish();
    }
    if (!head)
        return Error::make(ErrorKind::Damaged,
                           tr("The audit trail of %1 has no head: the register was changed "
                              "outside Qaytish. Run “%2”.")
                               .arg(m_path, QStringLiteral("qaytish-cli audit verify")));
    return *head;
}

QJsonObject AuditLog::toJson(const AuditEntry &e) {
    QJsonObject o{{QStringLiteral("id"), e.id},       {QStringLiteral("at"), e.at},
                  {QStringLiteral("user"), e.actor},  {QStringLiteral("action"), e.action},
                  {QStringLiteral("table"), e.table}, {QStringLiteral("row_id"), e.rowId},
                  {QStringLiteral("field"), e.field}};
    if (e.valuesHidden)
        o.insert(QStringLiteral("values"), QStringLiteral("hidden"));
    else if (e.valuesErased)
        o.insert(QStringLiteral("values"), QStringLiteral("erased"));
    if (e.oldValue)
        o.insert(QStringLiteral("old_value"), *e.oldValue);
    if (e.newValue)
        o.insert(QStringLiteral("new_value"), *e.newValue);
    return o;
}

QByteArray AuditLog::entryHash(const QByteArray &prevHash, qint64 id, const QString &at,
                               qint64 userId, const QString &actor, const QString &action,
                               const QString &table, qint64 rowId, qint64 personId,
                               const QString &field, const QVariant &oldValue,
                               const QVariant &newValue) {
    sodiumReady();
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, HashBytes);
    hashBytes(&state, 'c', QByteArray(HashContext));
    hashBytes(&state, 'h', prevHash);
    hashInteger(&state, id);
    hashText(&state, at);
    hashInteger(&state, userId);
    hashText(&state, actor);
    hashText(&state, action);
    hashText(&state, table);
    hashInteger(&state, rowId);
    hashInteger(&state, personId);
    hashText(&state, field);
    hashValue(&state, oldValue);
    hashValue(&state, newValue);
    QByteArray out(HashBytes, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(out.data()), HashBytes);
    return out;
}

QByteArray AuditLog::seal(const QByteArray &key, const QString &text) {
    sodiumReady();
    Q_ASSERT(key.size() == int(crypto_secretbox_KEYBYTES));
    const QByteArray plain = text.toUtf8();
    QByteArray out(int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) + plain.size(),
                   Qt::Uninitialized);
    auto *bytes = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(bytes, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(bytes + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(plain.constData()),
                          quint64(plain.size()), bytes,
                          reinterpret_cast<const unsigned char *>(key.constData()));
    return out;
}

std::optional<QString> AuditLog::open(const QByteArray &key, const QByteArray &sealed) {
    sodiumReady();
    const qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (key.size() != int(crypto_secretbox_KEYBYTES) || sealed.size() < overhead)
        return std::nullopt;
    QByteArray plain(sealed.size() - overhead, Qt::Uninitialized);
    const auto *bytes = reinterpret_cast<const unsigned char *>(sealed.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()),
                                   bytes + crypto_secretbox_NONCEBYTES,
                                   quint64(sealed.size()) - crypto_secretbox_NONCEBYTES, bytes,
                                   reinterpret_cast<const unsigned char *>(key.constData())) != 0)
        return std::nullopt;
    return QString::fromUtf8(plain);
}

Result<qint64> AuditLog::personOf(const QString &table, qint64 rowId) {
    if (table == QStringLiteral("person"))
        return rowId;
    auto found = m_personSql.constFind(table);
    if (found == m_personSql.cend()) {
        // How the table's rows name a person, from its columns. Table names come from code.
        QSqlRecord columns = m_db.record(table);
        QString sql;
        if (columns.contains(QStringLiteral("person_id")))
            sql = QStringLiteral("SELECT person_id FROM %1 WHERE id = ?").arg(table);
        else if (columns.contains(QStringLiteral("person_a")))
            sql = QStringLiteral("SELECT person_a FROM %1 WHERE id = ?").arg(table);
        else if (columns.contains(QStringLiteral("case_id")))
            sql = QStringLiteral("SELECT c.person_id FROM %1 t JOIN return_case c ON c.id = "
                                 "t.case_id WHERE t.id = ?")
                      .arg(table);
        found = m_personSql.insert(table, sql);
    }
    if (found->isEmpty() || rowId <= 0)
        return qint64(0);
    return queryInteger(*found, rowId);
}

Result<QByteArray> AuditLog::keyFor(qint64 personId) {
    Result<QSqlQuery *> read =
        m_statements->query(QStringLiteral("SELECT key FROM person_key WHERE "
                                           "person_id = ?"));
    if (!read)
        return read.error();
    read.value()->addBindValue(personId);
    if (!read.value()->exec())
        return Database::errorFromSql(read.value()->lastError(), m_path);
    if (read.value()->next()) {
        QByteArray key = read.value()->value(0).toByteArray();
        read.value()->finish();
        return key;
    }
    read.value()->finish();
    if (!sodiumReady())
        return Error::make(ErrorKind::Internal, tr("The cryptography library cannot start."));
    QByteArray key(int(crypto_secretbox_KEYBYTES), Qt::Uninitialized);
    crypto_secretbox_keygen(reinterpret_cast<unsigned char *>(key.data()));
    // OR IGNORE: another connection may have made the key meanwhile; theirs is the key.
    Result<QSqlQuery *> write = m_statements->query(
        QStringLiteral("INSERT OR IGNORE INTO person_key (person_id, key) VALUES (?, ?)"));
    if (!write)
        return write.error();
    write.value()->addBindValue(personId);
    write.value()->addBindValue(key);
    if (!write.value()->exec())
        return Database::errorFromSql(write.value()->lastError(), m_path);
    if (write.value()->numRowsAffected() == 1)
        return key;
    sodium_memzero(key.data(), size_t(key.size()));
    return keyFor(personId);
}

Status AuditLog::append(const QString &at, const Actor &actor, const AuditRecord &record) {
    if (!sodiumReady())
        return Error::make(ErrorKind::Internal, tr("The cryptography library cannot start."));
    QVariant oldValue;
    QVariant newValue;
    const bool hasValues = !record.oldValue.isNull() || !record.newValue.isNull();
    if (record.personId != 0 && hasValues) {
        Result<QByteArray> key = keyFor(record.personId);
        if (!key)
            return key.error();
        if (!record.oldValue.isNull())
            oldValue = seal(key.value(), record.oldValue.toString());
        if (!record.newValue.isNull())
            newValue = seal(key.value(), record.newValue.toString());
        sodium_memzero(key.value().data(), size_t(key.value().size()));
    } else {
        if (!record.oldValue.isNull())
            oldValue = record.oldValue.toString();
        if (!record.newValue.isNull())
            newValue = record.newValue.toString();
    }

    // The head as the register holds it now. The insert names the head it follows and
    // writes nothing when another connection appended in between (possible outside a
    // transaction): then the head is read again. Two entries can never claim one place.
    // While this connection holds the write lock (a transaction that has written: every
    // entry of a bulk write but its first) nobody can append in between, and a plain
    // insert does the same without the guard, which costs SQLite a temporary table per
    // entry (docs/PERFORMANCE.md, "The audit trail").
    const bool locked = SqliteDirect::holdsWriteLock(m_statements->handle());
    const QString field = record.field.isNull() ? QStringLiteral("") : record.field;
    constexpr int Attempts = 10;
    for (int attempt = 0; attempt < Attempts; ++attempt) {
        Result<Head> head = readHead();
        if (!head)
            return head.error();
        const qint64 id = head.value().lastId + 1;
        const QByteArray &prevHash = head.value().hash;
        const QByteArray hash =
            entryHash(prevHash, id, at, actor.userId, actor.name, record.action, record.table,
                      record.rowId, record.personId, field, oldValue, newValue);
        const QVariantList values{id,
                                  at,
                                  actor.userId,
                                  actor.name,
                                  record.action,
                                  record.table,
                                  record.rowId,
                                  record.personId,
                                  field,
                                  oldValue,
                                  newValue,
                                  prevHash,
                                  hash};
        const QString entry =
            QStringLiteral(":p0, :p1, :p2, :p3, :p4, :p5, :p6, :p7, :p8, :p9, :p10, :p11, :p12");
        if (locked) {
            // The write lock implies the direct path (SqliteDirect::holdsWriteLock).
            Result<DirectStatement *> insert =
                m_statements->direct(QStringLiteral("INSERT INTO audit_log (%1) VALUES (%2)")
                                         .arg(entryColumns(), entry));
            if (!insert)
                return insert.error();
            for (int i = 0; i < values.size(); ++i)
                insert.value()->bind(i, values.at(i));
            if (Result<qint64> written = insert.value()->insert(); !written)
                return written.error();
            m_lastAppended = id;
            return {};
        }
        Result<QSqlQuery *> insert = m_statements->query(
            QStringLiteral("INSERT INTO audit_log (%1) SELECT %2 WHERE (SELECT last_id FROM "
                           "audit_head WHERE id = 1) = :p13")
                .arg(entryColumns(), entry));
        if (!insert)
            return insert.error();
        QSqlQuery &q = *insert.value();
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        q.bindValue(int(values.size()), head.value().lastId);
        if (!q.exec())
            return Database::errorFromSql(q.lastError(), m_path);
        if (q.numRowsAffected() == 1) {
            m_lastAppended = id;
            return {};
        }
    }
    return Error::make(ErrorKind::Busy,
                       tr("%1 is busy: other programs kept writing to its audit trail. Try "
                          "again.")
                           .arg(m_path));
}

Result<QList<AuditEntry>> AuditLog::entries(QSqlDatabase db, const QString &path,
                                            const Actor &reader, const AuditFilter &filter,
                                            qint64 beforeId, int limit) {
    if (Status s = Permissions::check(db, path, reader, Permission::ReadAuditLog); !s)
        return s.error();
    Result<Roles> roles = Permissions::effectiveRoles(db, path, reader);
    if (!roles)
        return roles.error();
    const bool showValues = Permissions::allows(roles.value(), Permission::ReadCases);
    return select(db, path, showValues, filter, beforeId, limit);
}

Result<QList<AuditEntry>> AuditLog::entriesAboutPerson(QSqlDatabase db, const QString &path,
                                                       const Actor &reader, qint64 personId,
                                                       qint64 beforeId, int limit) {
    if (Status s = Permissions::check(db, path, reader, Permission::ReadCases); !s)
        return s.error();
    if (personId <= 0)
        return QList<AuditEntry>();
    AuditFilter filter;
    filter.personId = personId;
    return select(db, path, true, filter, beforeId, limit);
}

Result<QList<AuditEntry>> AuditLog::select(QSqlDatabase db, const QString &path, bool showValues,
                                           const AuditFilter &filter, qint64 beforeId, int limit) {
    QStringList where;
    QVariantList binds;
    if (beforeId > 0) {
        where << QStringLiteral("a.id < ?");
        binds << beforeId;
    }
    if (!filter.actor.isEmpty()) {
        where << QStringLiteral("a.actor = ? COLLATE NOCASE");
        binds << filter.actor;
    }
    if (!filter.action.isEmpty()) {
        where << QStringLiteral("a.action = ?");
        binds << filter.action;
    }
    if (!filter.table.isEmpty()) {
        where << QStringLiteral("a.table_name = ?");
        binds << filter.table;
        if (filter.rowId > 0) {
            where << QStringLiteral("a.row_id = ?");
            binds << filter.rowId;
        }
    }
    if (filter.personId > 0) {
        // The entries of the person's records, and the exports of many people's records
        // that carried theirs (export_person).
        where << QStringLiteral("(a.person_id = ? AND a.person_id <> 0 OR a.id IN (SELECT "
                                "audit_id FROM export_person WHERE person_id = ?))");
        binds << filter.personId << filter.personId;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("a.at >= ?");
        binds << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("a.at < ?");
        binds << filter.to.addDays(1).toString(Qt::ISODate);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.at, a.user_id, a.actor, a.action, a.table_name, "
                             "a.row_id, a.person_id, a.field, a.old_value, a.new_value, k.key "
                             "FROM audit_log a LEFT JOIN person_key k ON k.person_id = "
                             "a.person_id %1 ORDER BY a.id DESC LIMIT ?")
                  .arg(where.isEmpty()
                           ? QString()
                           : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), path);
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.userId = q.value(2).toLongLong();
        e.actor = q.value(3).toString();
        e.action = q.value(4).toString();
        e.table = q.value(5).toString();
        e.rowId = q.value(6).toLongLong();
        e.personId = q.value(7).toLongLong();
        e.field = q.value(8).toString();
        const QVariant oldValue = q.value(9);
        const QVariant newValue = q.value(10);
        const bool hasValues = !oldValue.isNull() || !newValue.isNull();
        if (hasValues && !showValues) {
            e.valuesHidden = true;
        } else if (hasValues && e.personId != 0) {
            const QByteArray key = q.value(11).toByteArray();
            if (key.isEmpty()) {
                e.valuesErased = true;
            } else {
                auto opened = [&](const QVariant &v) -> std::optional<QString> {
                    if (v.isNull())
                        return QString();
                    return open(key, v.toByteArray());
                };
                e.oldValue = opened(oldValue);
                e.newValue = opened(newValue);
            }
        } else if (hasValues) {
            e.oldValue = oldValue.isNull() ? QString() : oldValue.toString();
            e.newValue = newValue.isNull() ? QString() : newValue.toString();
        }
        out << e;
    }
    return out;
}

Result<QStringList> AuditLog::actors(QSqlDatabase db, const QString &path) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT DISTINCT actor FROM audit_log ORDER BY actor COLLATE "
                               "NOCASE")))
        return Database::errorFromSql(q.lastError(), path);
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

Result<AuditVerification> AuditLog::verify(QSqlDatabase db, const QString &path) {
    constexpr int MostProblems = 100;
    AuditVerification result;
    auto problem = [&](qint64 id, const QString &message) {
        if (result.problems.size() < MostProblems)
            result.problems << AuditVerification::Problem{id, message};
    };
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(entryColumns())))
        return Database::errorFromSql(q.lastError(), path);
    QByteArray previous(HashBytes, '\0');
    qint64 expected = 1;
    qint64 lastId = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QByteArray prevHash = q.value(11).toByteArray();
        const QByteArray hash = q.value(12).toByteArray();
        if (id != expected) {
            problem(id, expected == id - 1
                            ? tr("Entry %1 is missing: it was deleted.").arg(expected)
                            : tr("Entries %1 to %2 are missing: they were deleted.")
                                  .arg(expected)
                                  .arg(id - 1));
        } else if (prevHash != previous) {
            problem(id, id == 1 ? tr("Entry 1 does not start the chain: entries before it "
                                     "were removed, or it was replaced.")
                                : tr("Entry %1 does not follow entry %2: an entry was "
                                     "replaced, removed or moved.")
                                      .arg(id)
                                      .arg(id - 1));
        }
        const QByteArray computed = entryHash(
            prevHash, id, q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong(),
            q.value(7).toLongLong(), q.value(8).toString(), q.value(9), q.value(10));
        if (computed != hash)
            problem(id, tr("Entry %1 was changed after it was written.").arg(id));
        previous = hash;
        expected = id + 1;
        lastId = id;
        ++result.entries;
    }
    if (q.lastError().isValid())
        return Database::errorFromSql(q.lastError(), path);

    QSqlQuery head(db);
    if (!head.exec(QStringLiteral("SELECT last_id, hash FROM audit_head WHERE id = 1")))
        return Database::errorFromSql(head.lastError(), path);
    if (!head.next()) {
        problem(0, tr("The head of the audit trail is missing."));
    } else {
        const qint64 headId = head.value(0).toLongLong();
        if (headId > lastId)
            problem(headId, lastId == headId - 1
                                ? tr("Entry %1, the last one written, is missing: it was "
                                     "deleted.")
                                      .arg(headId)
                                : tr("Entries %1 to %2, the last ones written, are missing: "
                                     "they were deleted.")
                                      .arg(lastId + 1)
                                      .arg(headId));
        else if (headId < lastId)
            problem(headId + 1, tr("Entries after %1 were added outside Qaytish.").arg(headId));
        else if (head.value(1).toByteArray() != previous)
            problem(lastId, tr("Entry %1 does not match the head of the audit trail: it was "
                               "replaced.")
                                .arg(lastId));
    }
    result.headHash = previous;
    return result;
}

Status AuditLog::adoptChangeLog(QSqlDatabase db, const QString &path) {
    AuditLog log(db, path);
    QHash<QString, qint64> userIds;
    {
        QSqlQuery users(db);
        if (!users.exec(QStringLiteral("SELECT id, name FROM app_user")))
            return Database::errorFromSql(users.lastError(), path);
        while (users.next())
            userIds.insert(users.value(1).toString().toCaseFolded(), users.value(0).toLongLong());
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT at, actor, table_name, row_id, field, old_value, "
                               "new_value FROM change_log ORDER BY id")))
        return Database::errorFromSql(q.lastError(), path);
    while (q.next()) {
        Actor actor;
        actor.name = q.value(1).toString();
        actor.userId = userIds.value(actor.name.toCaseFolded(), 0);
        AuditRecord record;
        record.table = q.value(2).toString();
        record.rowId = q.value(3).toLongLong();
        record.field = q.value(4).toString();
        record.oldValue = q.value(5);
        record.newValue = q.value(6);
        record.action = record.rowId == 0        ? AuditAction::Event
                        : record.field.isEmpty() ? AuditAction::Insert
                                                 : AuditAction::Update;
        if (record.action != AuditAction::Event) {
            Result<qint64> person = log.personOf(record.table, record.rowId);
            if (!person)
                return person.error();
            record.personId = person.value();
        }
        if (Status s = log.append(q.value(0).toString(), actor, record); !s)
            return s;
    }
    if (q.lastError().isValid())
        return Database::errorFromSql(q.lastError(), path);
    q.finish();
    QSqlQuery drop(db);
    if (!drop.exec(QStringLiteral("DROP TABLE change_log")))
        return Database::errorFromSql(drop.lastError(), path);
    return {};
}

} // namespace qaytish
