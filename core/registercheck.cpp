#include "registercheck.h"

#include "database.h"

#include <QAtomicInt>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace qaytish {

namespace {

// SQLite's own findings are reported up to this many lines; a badly damaged file has
// thousands, and the first ones say enough.
constexpr int MaxFindings = 50;

class ReadOnlyConnection {
public:
    explicit ReadOnlyConnection(const QString &path) {
        static QAtomicInt counter;
        m_name = QStringLiteral("qaytish-check-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1")
                                 .arg(Database::BusyTimeoutMs));
        db.open();
    }
    ~ReadOnlyConnection() {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace

Result<RegisterHealth> RegisterCheck::run(const QString &path, bool full) {
    Result<Database::Recognized> recognized = Database::recognize(path);
    if (!recognized)
        return recognized.error();
    const QString shown = QDir::toNativeSeparators(path);
    if (!recognized->exists) {
        return Error::inFile(ErrorKind::NotFound, tr("The register %1 does not exist.").arg(shown),
                             path);
    }
    if (recognized->empty) {
        return Error::inFile(ErrorKind::Foreign,
                             tr("%1 is an empty file, not a Qaytish register.").arg(shown), path);
    }

    RegisterHealth health;
    health.path = path;
    health.full = full;
    health.schemaVersion = recognized->userVersion;

    ReadOnlyConnection connection(path);
    QSqlDatabase db = connection.db();
    if (!db.isOpen())
        return Database::errorFromSql(db.lastError(), path);

    // A statement that SQLite cannot even run on this file is itself a finding: the file is
    // damaged where the statement looked (or locked, or unreadable: those are errors).
    auto query = [&](const QString &sql, const std::function<void(QSqlQuery &)> &row) -> Status {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (q.exec(sql)) {
            while (q.next())
                row(q);
        }
        if (!q.lastError().isValid())
            return {};
        const Error e = Database::errorFromSql(q.lastError(), path);
        if (e.kind != ErrorKind::Damaged)
            return e;
        health.problems << tr("SQLite cannot read the file: %1").arg(q.lastError().databaseText());
        return {};
    };

    // The WAL may hold a newer schema than the header says.
    if (Status s = query(QStringLiteral("PRAGMA user_version"),
                         [&](QSqlQuery &q) { health.schemaVersion = q.value(0).toInt(); });
        !s)
        return s.error();
    if (health.schemaVersion > Database::SchemaVersion) {
        return Error::inFile(ErrorKind::Newer,
                             tr("%1 was written by a newer version of Qaytish (register version "
                                "%2; this version reads up to %3). It was left unchanged: check "
                                "it with the newer version.")
                                 .arg(shown)
                                 .arg(health.schemaVersion)
                                 .arg(Database::SchemaVersion),
                             path);
    }

    int findings = 0;
    const QString sqliteCheck = full ? QStringLiteral("PRAGMA integrity_check(%1)").arg(MaxFindings)
                                     : QStringLiteral("PRAGMA quick_check(%1)").arg(MaxFindings);
    if (Status s = query(sqliteCheck,
                         [&](QSqlQuery &q) {
                             const QString line = q.value(0).toString();
                             if (line != u"ok" && findings++ < MaxFindings)
                                 health.problems << tr("SQLite finds: %1").arg(line);
                         });
        !s)
        return s.error();
    if (!health.healthy())
        return health; // the checks below would only read damaged pages again

    if (Status s = query(QStringLiteral("PRAGMA foreign_key_check"),
                         [&](QSqlQuery &q) {
                             if (findings++ < MaxFindings)
                                 health.problems
                                     << tr("Row %1 of the table %2 refers to a row of %3 that "
                                           "does not exist.")
                                            .arg(q.value(1).toString(), q.value(0).toString(),
                                                 q.value(2).toString());
                         });
        !s)
        return s.error();

    if (health.schemaVersion >= 3) {
        // Certificate numbers are counted in the transaction that issues them: for every
        // prefix and year the numbers run 1..last without a gap (spoiled and cancelled blanks
        // stay recorded), and the counter stands at the highest number.
        const QString numbers = QStringLiteral(
            "SELECT c.prefix, c.year, count(*), max(c.sequence), "
            "(SELECT last FROM certificate_counter k WHERE k.prefix = c.prefix AND k.year = "
            "c.year) FROM certificate c GROUP BY c.prefix, c.year ORDER BY c.prefix, c.year");
        if (Status s = query(
                numbers,
                [&](QSqlQuery &q) {
                    const QString series =
                        QStringLiteral("%1-%2").arg(q.value(0).toString(), q.value(1).toString());
                    const qint64 count = q.value(2).toLongLong();
                    const qint64 highest = q.value(3).toLongLong();
                    if (count != highest)
                        health.problems << tr("Certificate numbers %1: %2 recorded, but the "
                                              "highest number is %3; numbers are missing.")
                                               .arg(series)
                                               .arg(count)
                                               .arg(highest);
                    if (q.value(4).isNull() || q.value(4).toLongLong() < highest)
                        health.problems << tr("Certificate numbers %1: the counter stands "
                                              "behind the highest number issued, %2.")
                                               .arg(series)
                                               .arg(highest);
                    else if (q.value(4).toLongLong() > highest)
                        health.problems << tr("Certificate numbers %1: numbers up to %2 were "
                                              "issued, but the register holds them only up to "
                                              "%3.")
                                               .arg(series)
                                               .arg(q.value(4).toLongLong())
                                               .arg(highest);
                });
            !s)
            return s.error();
        const QString lostSeries = QStringLiteral(
            "SELECT k.prefix, k.year, k.last FROM certificate_counter k WHERE k.last > 0 AND NOT "
            "EXISTS (SELECT 1 FROM certificate c WHERE c.prefix = k.prefix AND c.year = k.year) "
            "ORDER BY k.prefix, k.year");
        if (Status s = query(lostSeries,
                             [&](QSqlQuery &q) {
                                 health.problems
                                     << tr("Certificate numbers %1: numbers up to %2 were "
                                           "issued, but the register holds none of them.")
                                            .arg(QStringLiteral("%1-%2").arg(q.value(0).toString(),
                                                                             q.value(1).toString()))
                                            .arg(q.value(2).toLongLong());
                             });
            !s)
            return s.error();
    }
    return health;
}

} // namespace qaytish
