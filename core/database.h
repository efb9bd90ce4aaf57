#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>
#include <memory>

namespace qaytish {

// One register file. Opening it recognises the file before anything is changed in it
// (DESIGN.md, Storage): a folder, an unreadable file, bytes that are not SQLite, another
// application's SQLite file or a file from a newer Qaytish are refused and left as they were.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static constexpr int SchemaVersion = 10; // 2: person_link; 3: documents, return lists;
                                             // 4: the name search index; 5: the
                                             // dashboard's indexes; 6: user accounts;
                                             // 7: the audit trail; 8: consent, objection,
                                             // retention; 9: the search's covering indexes;
                                             // 10: the persons an export carried
    static constexpr qint32 ApplicationId = 0x51415954; // "QAYT"
    static constexpr int BusyTimeoutMs = 5000;
    // PRAGMA cache_size of every connection: 32 MiB (negative values are KiB).
    static constexpr int CacheSizePragma = -32768;

    enum class OpenMode {
        CreateOrUpgrade, // create a missing file, migrate an older one
        ExistingOnly,    // a missing file is an error; an older one is still migrated
    };

    static Result<std::shared_ptr<Database>> open(const QString &path,
                                                  OpenMode mode = OpenMode::CreateOrUpgrade);

    // What the file is, read from its header alone without opening it as a database: a
    // folder, an unreadable file, bytes that are not SQLite, another application's database
    // and a register of a newer Qaytish are errors that name the file.
    struct Recognized {
        bool exists = false;
        bool empty = false;  // a file of no bytes (e.g. made by a file dialog)
        int userVersion = 0; // the register's schema version, 0 when new
    };
    static Result<Recognized> recognize(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    // The connection of the thread that opened the register. Other threads open their own
    // with ScopedConnection.
    QSqlDatabase connection() const;
    int schemaVersionOnOpen() const { return m_versionOnOpen; }
    QString safetyCopyPath() const { return m_safetyCopy; } // made before a migration, or empty

    // Runs `work` inside BEGIN IMMEDIATE ... COMMIT; rolls back when it returns an error.
    Status transaction(const std::function<Status()> &work) const;
    static Status transaction(QSqlDatabase db, const QString &path,
                              const std::function<Status()> &work);

    // For bulk loads into an empty register: drops the secondary (non-unique) indexes and
    // the triggers that keep the name search index, and returns the statements that
    // recreate them and rebuild that index. Building an index once after the rows are in is
    // several times faster than keeping it up to date row by row. Call both inside the
    // same transaction, so that a failure leaves every index in place.
    static Result<QStringList> dropSecondaryIndexes(QSqlDatabase db, const QString &path);
    // Drops the triggers that keep the name search index (resources/sql/004_search.sql) and
    // returns the statements that recreate them and rebuild the index from person. For
    // writes to many persons at once: FTS5 flushes its pending terms at the end of each
    // statement, so a trigger would write a segment per person. Same transaction.
    static Result<QStringList> suspendSearchIndex(QSqlDatabase db, const QString &path);
    static Status runStatements(QSqlDatabase db, const QString &path, const QStringList &sql);

    // Maps a driver error to an Error that names the file and says what to do.
    static Error errorFromSql(const QSqlError &error, const QString &path);

    // Where the officer's register and the demo register live by default.
    static QString defaultPath();
    static QString demoPath();

private:
    Database() = default;
    friend class ScopedConnection;
    static Result<QSqlDatabase> connect(const QString &path, const QString &connectionName);
    // `cacheKiB`: the page cache, when not the usual CacheSizePragma.
    static Status applyPragmas(QSqlDatabase db, const QString &path, int cacheKiB = 0);
    Status migrate();

    QString m_path;
    QString m_connectionName;
    QString m_safetyCopy;
    int m_versionOnOpen = 0;
};

// For bulk writes of many rows: SQLite evaluates a CHECK constraint such as
// `sex IN ('', 'M', 'F')` by building a temporary table for every row written, which costs
// more than the rest of the row's insert. While a DeferredChecks is alive, CHECK
// constraints are not evaluated row by row; verify() then checks every row written since
// begin() (rows with a larger rowid: bulk writers only insert) with one query per
// constraint, and fails with the same error the row-by-row check would have given. Use it
// inside one transaction and call verify() before the commit, so that a row breaking a
// constraint can never be committed.
class DeferredChecks {
public:
    static Result<std::unique_ptr<DeferredChecks>> begin(QSqlDatabase db, const QString &path);
    ~DeferredChecks(); // row-by-row checks again
    DeferredChecks(const DeferredChecks &) = delete;
    DeferredChecks &operator=(const DeferredChecks &) = delete;

    Status verify();

    // The expressions of the CHECK constraints in a CREATE TABLE statement.
    static QStringList checkExpressions(const QString &createTable);

private:
    DeferredChecks(QSqlDatabase db, QString path)
        : m_db(std::move(db))
        , m_path(std::move(path)) {}
    struct Check {
        QString table;
        QString expression;
        qint64 rowidBefore = 0;
    };
    QSqlDatabase m_db;
    QString m_path;
    QList<Check> m_checks;
};

// A connection of its own for a worker thread, with the same pragmas; removed when it
// goes out of scope. Create and destroy it on the worker thread.
class ScopedConnection {
public:
    // `cacheKiB`, when not 0, sets the connection's page cache instead of the usual one.
    explicit ScopedConnection(const QString &path, int cacheKiB = 0);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    bool isOpen() const { return m_error.message.isEmpty(); }
    const Error &error() const { return m_error; }
    QSqlDatabase db() const;

private:
    QString m_name;
    Error m_error;
};

} // namespace qaytish
