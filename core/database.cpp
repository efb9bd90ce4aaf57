#include "database.h"

#include "auditlog.h"
#include "safetycopies.h"
#include "searchkeys.h"
#include "sqlscript.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtEndian>

namespace qaytish {

namespace {

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("qaytish-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString nativePath(const QString &path) {
    return QDir::toNativeSeparators(path);
}

struct Header {
    bool sqlite = false;
    qint32 applicationId = 0;
    qint32 userVersion = 0;
};

// Reads the 100-byte SQLite header without opening the file as a database, so that a
// foreign file is recognised before SQLite could touch it.
Header readHeader(QFile &file) {
    Header h;
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return h;
    h.sqlite = true;
    h.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
    h.applicationId = qFromBigEndian<qint32>(bytes.constData() + 68);
    return h;
}

Result<int> scalarInt(QSqlDatabase db, const QString &sql, const QString &path) {
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Database::errorFromSql(q.lastError(), path);
    if (!q.next())
        return Database::errorFromSql(q.lastError(), path);
    return q.value(0).toInt();
}

// The schema migrations in order: the file at index i takes user_version i to i + 1.
QStringList migrationFiles() {
    return {QStringLiteral(":/sql/001_init.sql"),
            QStringLiteral(":/sql/002_person_link.sql"),
            QStringLiteral(":/sql/003_documents.sql"),
            QStringLiteral(":/sql/004_search.sql"),
            QStringLiteral(":/sql/005_dashboard.sql"),
            QStringLiteral(":/sql/006_users.sql"),
            QStringLiteral(":/sql/007_audit.sql"),
            QStringLiteral(":/sql/008_data_protection.sql"),
            QStringLiteral(":/sql/009_search_walks.sql"),
            QStringLiteral(":/sql/010_export_people.sql")};
}

} // namespace

Database::~Database() {
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::defaultPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("register.qaytish"));
}

QString Database::demoPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.qaytish"));
}

Error Database::errorFromSql(const QSqlError &error, const QString &path) {
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    const int primary = isNumber ? (code & 0xff) : -1;
    const QString file = nativePath(path);
    Error e;
    e.file = path;
    switch (primary) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        e.kind = ErrorKind::Busy;
        e.message = tr("The register %1 is busy: another Qaytish window or program is writing "
                       "to it. Nothing was changed; try again in a moment.")
                        .arg(file);
        return e;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        e.kind = ErrorKind::Damaged;
        e.message = tr("The register %1 is damaged and cannot be read (%2). Restore it from a "
                       "backup or open another register.")
                        .arg(file, error.databaseText());
        return e;
    case 13: // SQLITE_FULL
        e.kind = ErrorKind::Io;
        e.message = tr("The disk that holds %1 is full. Nothing was changed; free some space "
                       "and try again.")
                        .arg(file);
        return e;
    case 8:  // SQLITE_READONLY
    case 14: // SQLITE_CANTOPEN
    case 10: // SQLITE_IOERR
    case 3:  // SQLITE_PERM
        e.kind = ErrorKind::Io;
        e.message = tr("The register %1 cannot be written or read (%2). Nothing was changed. "
                       "Check that the file and its folder may be written to and that the disk "
                       "has free space.")
                        .arg(file, error.databaseText());
        return e;
    case 19: // SQLITE_CONSTRAINT
        e.kind = ErrorKind::BadInput;
        e.message = tr("The register %1 refused a value: %2.").arg(file, error.databaseText());
        return e;
    default:
        break;
    }
    e.kind = ErrorKind::Internal;
    e.message = tr("Unexpected database error in %1: %2").arg(file, error.text());
    return e;
}

Result<QSqlDatabase> Database::connect(const QString &path, const QString &connectionName) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open()) {
        const Error e = errorFromSql(db.lastError(), path);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return e;
    }
    return db;
}

Status Database::applyPragmas(QSqlDatabase db, const QString &path, int cacheKiB) {
    // Only ever called once the file is known to be a Qaytish register: changing the
    // journal mode rewrites the header of whatever file it is.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        // 32 MiB of page cache: bulk work (demo, import) touches many index pages.
        QStringLiteral("PRAGMA cache_size = %1").arg(cacheKiB > 0 ? -cacheKiB : CacheSizePragma),
        // The old bytes of a changed or deleted row are zeroed in the page being written
        // anyway (no extra I/O), so that the file's free space does not keep what a person's
        // record held before (retention, docs/ARCHITECTURE.md).
        QStringLiteral("PRAGMA secure_delete = FAST"),
    };
    for (const QString &sql : pragmas) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return errorFromSql(q.lastError(), path);
    }
    return {};
}

Result<Database::Recognized> Database::recognize(const QString &path) {
    const QFileInfo info(path);
    const QString shown = nativePath(path);
    if (path.isEmpty())
        return Error::make(ErrorKind::BadInput, tr("No register file was given."));
    if (info.isDir()) {
        return Error::inFile(ErrorKind::Foreign,
                             tr("%1 is a folder, not a register file. Choose a file inside "
                                "it or another file.")
                                 .arg(shown),
                             path);
    }
    Recognized r;
    if (!info.exists())
        return r;
    r.exists = true;
    QFile file(path);
    if (!info.isReadable() || !file.open(QIODevice::ReadOnly)) {
        return Error::inFile(ErrorKind::Io,
                             tr("The register %1 cannot be read: %2. Check "
                                "the file's permissions.")
                                 .arg(shown, file.errorString()),
                             path);
    }
    if (file.size() == 0) {
        r.empty = true; // an empty file, e.g. made by a file dialog: it can become a register
        return r;
    }
    const Header header = readHeader(file);
    if (!header.sqlite) {
        return Error::inFile(ErrorKind::Foreign,
                             tr("%1 is not a Qaytish register: it is not a database "
                                "file at all. It was left unchanged.")
                                 .arg(shown),
                             path);
    }
    if (header.applicationId != ApplicationId) {
        return Error::inFile(ErrorKind::Foreign,
                             tr("%1 is a database of another application, not a "
                                "Qaytish register. It was left unchanged.")
                                 .arg(shown),
                             path);
    }
    if (header.userVersion > SchemaVersion) {
        return Error::inFile(ErrorKind::Newer,
                             tr("%1 was written by a newer version of Qaytish "
                                "(register version %2; this version reads up to %3). "
                                "It was left unchanged: open it with the newer "
                                "version.")
                                 .arg(shown)
                                 .arg(header.userVersion)
                                 .arg(SchemaVersion),
                             path);
    }
    r.userVersion = header.userVersion;
    return r;
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, OpenMode mode) {
    const QFileInfo info(path);
    const QString shown = nativePath(path);
    Result<Recognized> recognized = recognize(path);
    if (!recognized)
        return recognized.error();
    const bool isNew = !recognized->exists || recognized->empty;
    if (!recognized->exists && mode == OpenMode::ExistingOnly) {
        return Error::inFile(ErrorKind::NotFound, tr("The register %1 does not exist.").arg(shown),
                             path);
    }
    if (recognized->exists && !info.isWritable()) {
        return Error::inFile(ErrorKind::Io,
                             tr("The register %1 is read-only. Copy it to a folder you "
                                "may write to, or ask for write permission.")
                                 .arg(shown),
                             path);
    }
    if (!recognized->exists && !info.absoluteDir().exists()) {
        return Error::inFile(
            ErrorKind::NotFound,
            tr("The folder %1 does not exist.").arg(nativePath(info.absolutePath())), path);
    }

    std::shared_ptr<Database> database(new Database);
    database->m_path = path;
    const QString name = nextConnectionName();
    Result<QSqlDatabase> connected = connect(path, name);
    if (!connected)
        return connected.error();
    database->m_connectionName = name;
    QSqlDatabase db = connected.value();

    if (!isNew) {
        // The header said Qaytish; the library must agree (the WAL may hold a newer version).
        Result<int> appId = scalarInt(db, QStringLiteral("PRAGMA application_id"), path);
        if (!appId)
            return appId.error();
        Result<int> version = scalarInt(db, QStringLiteral("PRAGMA user_version"), path);
        if (!version)
            return version.error();
        if (version.value() > SchemaVersion) {
            return Error::inFile(ErrorKind::Newer,
                                 tr("%1 was written by a newer version of Qaytish. It was "
                                    "left unchanged: open it with the newer version.")
                                     .arg(shown),
                                 path);
        }
        database->m_versionOnOpen = version.value();
    }

    // A new register gets its schema and application_id before it switches to WAL, so
    // that they stand in the file's own header, where the recognition above reads them.
    if (Status s = database->migrate(); !s)
        return s.error();
    if (Status s = applyPragmas(db, path); !s)
        return s.error();
    // Derived name columns written under older search key rules are recomputed now.
    if (Result<qint64> keys = SearchKeys::upgrade(db, path); !keys)
        return keys.error();
    return database;
}

Status Database::migrate() {
    QSqlDatabase db = connection();
    Result<int> current = scalarInt(db, QStringLiteral("PRAGMA user_version"), m_path);
    if (!current)
        return current.error();
    if (current.value() >= SchemaVersion)
        return {};

    if (current.value() > 0) {
        // A safety copy before the schema changes; VACUUM INTO gives a consistent copy
        // even with a WAL file beside the register.
        Result<SafetyCopy> copy =
            SafetyCopies::make(db, m_path, QStringLiteral("before-v%1").arg(SchemaVersion),
                               QDateTime::currentDateTimeUtc(), SafetyCopies::DefaultKept);
        if (!copy)
            return copy.error();
        m_safetyCopy = copy->path;
    }

    for (int version = current.value() + 1; version <= SchemaVersion; ++version) {
        QFile file(migrationFiles().value(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(ErrorKind::Internal,
                               tr("Migration %1 is missing from this build.").arg(version));
        const QStringList statements = splitSqlScript(QString::fromUtf8(file.readAll()));
        Status s = transaction([&]() -> Status {
            // Another process may have migrated while this one waited for the lock.
            Result<int> now = scalarInt(db, QStringLiteral("PRAGMA user_version"), m_path);
            if (!now)
                return now.error();
            if (now.value() >= version)
                return {};
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                if (!q.exec(sql))
                    return errorFromSql(q.lastError(), m_path);
            }
            // Steps that SQL alone cannot take.
            if (version == 7) {
                if (Status s = AuditLog::adoptChangeLog(db, m_path); !s)
                    return s;
            }
            QSqlQuery q(db);
            if (version == 1 &&
                !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)))
                return errorFromSql(q.lastError(), m_path);
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
                return errorFromSql(q.lastError(), m_path);
            return {};
        });
        if (!s)
            return s;
    }
    return {};
}

Result<QStringList> Database::dropSecondaryIndexes(QSqlDatabase db, const QString &path) {
    QStringList names;
    QStringList create;
    {
        QSqlQuery q(db);
        // Automatic indexes (UNIQUE, PRIMARY KEY) have no sql and stay.
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                   "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'")))
            return errorFromSql(q.lastError(), path);
        while (q.next()) {
            names << q.value(0).toString();
            create << q.value(1).toString();
        }
    }
    QStringList drop;
    for (const QString &name : std::as_const(names))
        drop << QStringLiteral("DROP INDEX \"%1\"").arg(name);
    if (Status s = runStatements(db, path, drop); !s)
        return s.error();
    Result<QStringList> search = suspendSearchIndex(db, path);
    if (!search)
        return search.error();
    return create + search.value();
}

Result<QStringList> Database::suspendSearchIndex(QSqlDatabase db, const QString &path) {
    QStringList drop;
    QStringList create;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                   "AND name LIKE 'person\\_search\\_%' ESCAPE '\\'")))
            return errorFromSql(q.lastError(), path);
        while (q.next()) {
            drop << QStringLiteral("DROP TRIGGER \"%1\"").arg(q.value(0).toString());
            create << q.value(1).toString();
        }
    }
    if (drop.isEmpty())
        return create;
    create << QStringLiteral("INSERT INTO person_search (person_search) VALUES ('delete-all')")
           << QStringLiteral("INSERT INTO person_search (rowid, words) "
                             "SELECT id, words FROM person_search_source");
    if (Status s = runStatements(db, path, drop); !s)
        return s.error();
    return create;
}

Status Database::runStatements(QSqlDatabase db, const QString &path, const QStringList &sql) {
    for (const QString &statement : sql) {
        QSqlQuery q(db);
        if (!q.exec(statement))
            return errorFromSql(q.lastError(), path);
    }
    return {};
}

Status Database::transaction(const std::function<Status()> &work) const {
    return transaction(connection(), m_path, work);
}

Status Database::transaction(QSqlDatabase db, const QString &path,
                             const std::function<Status()> &work) {
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return errorFromSql(begin.lastError(), path);
    Status result = work();
    QSqlQuery end(db);
    if (result) {
        if (end.exec(QStringLiteral("COMMIT")))
            return {};
        result = errorFromSql(end.lastError(), path);
    }
    end.exec(QStringLiteral("ROLLBACK"));
    return result;
}

QStringList DeferredChecks::checkExpressions(const QString &sql) {
    QStringList out;
    const qsizetype n = sql.size();
    // Skips a quoted string or identifier starting at i; returns the index after it.
    auto skipQuoted = [&](qsizetype i) {
        const QChar open = sql.at(i);
        const QChar close = open == u'[' ? QChar(u']') : open;
        for (++i; i < n; ++i) {
            if (sql.at(i) == close) {
                if (close != u']' && i + 1 < n && sql.at(i + 1) == close) {
                    ++i; // doubled quote
                    continue;
                }
                return i + 1;
            }
        }
        return n;
    };
    auto isWordChar = [](QChar c) {
        return c.isLetterOrNumber() || c == u'_';
    };
    for (qsizetype i = 0; i < n;) {
        const QChar c = sql.at(i);
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            i = skipQuoted(i);
        } else if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') {
            while (i < n && sql.at(i) != u'\n')
                ++i;
        } else if (isWordChar(c)) {
            qsizetype end = i;
            while (end < n && isWordChar(sql.at(end)))
                ++end;
            const bool check =
                QStringView(sql).mid(i, end - i).compare(u"CHECK", Qt::CaseInsensitive) == 0;
            i = end;
            if (!check)
                continue;
            while (i < n && sql.at(i).isSpace())
                ++i;
            if (i >= n || sql.at(i) != u'(')
                continue;
            const qsizetype start = i + 1;
            int depth = 0;
            while (i < n) {
                const QChar d = sql.at(i);
                if (d == u'\'' || d == u'"' || d == u'`' || d == u'[') {
                    i = skipQuoted(i);
                    continue;
                }
                if (d == u'(')
                    ++depth;
                else if (d == u')' && --depth == 0)
                    break;
                ++i;
            }
            if (i < n)
                out << sql.mid(start, i - start).trimmed();
            ++i;
        } else {
            ++i;
        }
    }
    return out;
}

Result<std::unique_ptr<DeferredChecks>> DeferredChecks::begin(QSqlDatabase db,
                                                              const QString &path) {
    std::unique_ptr<DeferredChecks> checks(new DeferredChecks(db, path));
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                   "AND sql LIKE '%CHECK%'")))
            return Database::errorFromSql(q.lastError(), path);
        while (q.next()) {
            const QString table = q.value(0).toString();
            for (const QString &expression : checkExpressions(q.value(1).toString()))
                checks->m_checks << Check{table, expression, 0};
        }
    }
    for (Check &check : checks->m_checks) {
        QSqlQuery q(db);
        if (!q.exec(
                QStringLiteral("SELECT coalesce(max(rowid), 0) FROM \"%1\"").arg(check.table)) ||
            !q.next())
            return Database::errorFromSql(q.lastError(), path);
        check.rowidBefore = q.value(0).toLongLong();
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")))
        return Database::errorFromSql(q.lastError(), path);
    return checks;
}

DeferredChecks::~DeferredChecks() {
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
}

Status DeferredChecks::verify() {
    for (const Check &check : std::as_const(m_checks)) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT count(*) FROM \"%1\" WHERE rowid > ? AND NOT (%2)")
                      .arg(check.table, check.expression));
        q.addBindValue(check.rowidBefore);
        if (!q.exec() || !q.next())
            return Database::errorFromSql(q.lastError(), m_path);
        if (q.value(0).toLongLong() > 0) {
            // As SQLite reports it row by row (SQLITE_CONSTRAINT_CHECK).
            return Database::errorFromSql(
                QSqlError(QString(),
                          QStringLiteral("CHECK constraint failed: %1").arg(check.expression),
                          QSqlError::StatementError, QStringLiteral("275")),
                m_path);
        }
    }
    return {};
}

ScopedConnection::ScopedConnection(const QString &path, int cacheKiB)
    : m_name(nextConnectionName()) {
    Result<QSqlDatabase> db = Database::connect(path, m_name);
    if (!db) {
        m_error = db.error();
        m_name.clear();
        return;
    }
    if (Status s = Database::applyPragmas(db.value(), path, cacheKiB); !s)
        m_error = s.error();
}

ScopedConnection::~ScopedConnection() {
    if (!m_name.isEmpty()) {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
}

QSqlDatabase ScopedConnection::db() const {
    return QSqlDatabase::database(m_name, false);
}

} // namespace qaytish
