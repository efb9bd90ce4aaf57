#include "searchkeys.h"

#include "caserecord.h"
#include "caserepository.h"
#include "database.h"
#include "names.h"

#include <QSqlQuery>

namespace qaytish {

namespace {

const QString VersionKey = QStringLiteral("search_key_version");

} // namespace

Result<int> SearchKeys::storedVersion(QSqlDatabase db, const QString &path) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM register_info WHERE key = ?"));
    q.addBindValue(VersionKey);
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), path);
    return q.next() ? q.value(0).toInt() : 0;
}

Result<qint64> SearchKeys::upgrade(QSqlDatabase db, const QString &path) {
    const Result<int> stored = storedVersion(db, path);
    if (!stored)
        return stored.error();
    if (stored.value() >= names::SearchKeyVersion)
        return qint64(0);
    return recomputeAll(db, path);
}

Result<qint64> SearchKeys::recomputeAll(QSqlDatabase db, const QString &path) {
    qint64 count = 0;
    const Status s = Database::transaction(db, path, [&]() -> Status {
        // Read first, then write: SQLite must not update rows under an open cursor.
        struct Row {
            qint64 id;
            PersonRecord person;
        };
        QList<Row> rows;
        {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT id, surname, given_names, patronymic, "
                                       "surname_cyrillic, given_names_cyrillic, "
                                       "patronymic_cyrillic FROM person")))
                return Database::errorFromSql(q.lastError(), path);
            while (q.next()) {
                Row r{q.value(0).toLongLong(), {}};
                r.person.surname = q.value(1).toString();
                r.person.givenNames = q.value(2).toString();
                r.person.patronymic = q.value(3).toString();
                r.person.surnameCyrillic = q.value(4).toString();
                r.person.givenNamesCyrillic = q.value(5).toString();
                r.person.patronymicCyrillic = q.value(6).toString();
                rows << r;
            }
            if (q.lastError().isValid())
                return Database::errorFromSql(q.lastError(), path);
        }
        // Every person's key changes: the search index is rebuilt once afterwards.
        Result<QStringList> searchIndex = Database::suspendSearchIndex(db, path);
        if (!searchIndex)
            return searchIndex.error();
        QSqlQuery update(db);
        if (!update.prepare(QStringLiteral("UPDATE person SET search_key = ?, "
                                           "name_latin_sort = ?, name_cyrillic_sort = ? "
                                           "WHERE id = ?")))
            return Database::errorFromSql(update.lastError(), path);
        for (const Row &r : std::as_const(rows)) {
            // The same derivation as every save (personColumns), so that a recomputed
            // row cannot differ from a freshly written one.
            const QVariantMap derived = personColumns(r.person);
            update.addBindValue(derived.value(QStringLiteral("search_key")));
            update.addBindValue(derived.value(QStringLiteral("name_latin_sort")));
            update.addBindValue(derived.value(QStringLiteral("name_cyrillic_sort")));
            update.addBindValue(r.id);
            if (!update.exec())
                return Database::errorFromSql(update.lastError(), path);
            ++count;
        }
        if (Status rebuilt = Database::runStatements(db, path, searchIndex.value()); !rebuilt)
            return rebuilt;
        QSqlQuery version(db);
        version.prepare(QStringLiteral("INSERT INTO register_info (key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        version.addBindValue(VersionKey);
        version.addBindValue(QString::number(names::SearchKeyVersion));
        if (!version.exec())
            return Database::errorFromSql(version.lastError(), path);
        return {};
    });
    if (!s)
        return s.error();
    return count;
}

} // namespace qaytish
