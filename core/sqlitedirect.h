#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace qaytish {

// Writes through SQLite's own C API on the connection that Qt's SQLite driver opened, for
// the bulk insert path of ChangeWriter (docs/ARCHITECTURE.md, "Direct SQLite binding").
// Qt's driver binds every text as UTF-16, which SQLite then converts to UTF-8 value by
// value; binding the UTF-8 bytes ourselves saves that and Qt's per-value work.
//
// It is only safe when Qt's driver uses the very same SQLite library as this program:
// two copies of SQLite in one process on one file break POSIX locking and can corrupt the
// file, and a connection of one copy handed to the other is undefined behaviour. So the
// direct path is built only where CMake has seen the driver plugin link the SQLite shared
// library that core links (QAYTISH_SQLITE_DIRECT), and used only after run-time proof;
// everywhere else (Windows, where Qt's driver carries its own SQLite) ChangeWriter binds
// through Qt's driver as before.
class SqliteDirect {
public:
    enum class Verdict {
        Usable,
        NotBuilt,       // built without the direct path (CMake found no proof)
        SwitchedOff,    // setEnabled(false) or QAYTISH_SQLITE_DIRECT=0 in the environment
        NotSqlite,      // the connection's handle is not a "sqlite3*"
        OtherVersion,   // the driver's SQLite reports another source id than ours
        LibraryNotUsed, // our copy of SQLite has allocated nothing for the open connection
    };

    // Whether the direct path may be used on this open connection. The library checks are
    // made once per process (the driver plugin is loaded once); the connection's own
    // checks every time.
    static Verdict check(const QSqlDatabase &db);
    // The connection's handle when check() says Usable, else nullptr.
    static sqlite3 *handle(const QSqlDatabase &db);
    // Whether the connection of `handle` is in a write transaction (it has written and not
    // committed yet): then no other connection can write to the register until it ends.
    // False for a null handle or where the build cannot tell.
    static bool holdsWriteLock(sqlite3 *handle);
    static QString describe(Verdict verdict);

    // Tests switch the direct path off to cover the fallback in the same build; the
    // environment variable QAYTISH_SQLITE_DIRECT=0 does it for a whole run.
    static void setEnabled(bool enabled);
    static bool isBuilt();
};

// One prepared statement on a connection that SqliteDirect::handle() gave. Values are
// bound as Qt's SQLite driver binds them (the same SQL values reach the register), except
// that text is handed to SQLite as UTF-8.
class DirectStatement {
public:
    ~DirectStatement();
    DirectStatement(const DirectStatement &) = delete;
    DirectStatement &operator=(const DirectStatement &) = delete;

    static Result<std::unique_ptr<DirectStatement>> prepare(sqlite3 *db, const QString &sql,
                                                            const QString &path);
    // index counts from 0.
    void bind(int index, const QVariant &value);
    void bindText(int index, QStringView text); // a null text binds NULL, as in Qt's driver
    void bindInt64(int index, qint64 value);
    // Runs the statement and makes it ready for the next row; returns the new rowid.
    Result<qint64> insert();

    // Runs a query for its first row: true when there is one, whose columns (counted from
    // 0) are read until reset(), which ends the query and must follow before the
    // statement runs again (a running read would keep the transaction's locks).
    Result<bool> firstRow();
    qint64 columnInt64(int index) const;
    QByteArray columnBlob(int index) const;
    void reset();

private:
    DirectStatement(sqlite3 *db, sqlite3_stmt *statement, QString path);
    void noteBind(int code); // keeps the first failure for insert() to report

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_path;
    std::vector<std::vector<char>> m_text; // the UTF-8 bytes of each bound text, per parameter
    int m_bindError = 0;
};

// Named placeholders (:p0, :p1, ...) bind far faster than positional ones in Qt's SQL
// layer, which formats a name for every positional value it binds. An INSERT prepared for
// RowBinding names its values so (SQLite's API binds them by position all the same).
const QString &namedPlaceholder(int i);

// An INSERT prepared either way (StatementCache::insert): `native` on the direct path, else
// `query`; both owned by the cache.
struct PreparedInsert {
    QSqlQuery *query = nullptr;
    DirectStatement *native = nullptr;
};

// Binds one row's values, in order, to a PreparedInsert: through SQLite's own API when it
// has a native statement (text as UTF-8), else through Qt's driver. Values arrive as
// stored (ChangeWriter's toStored()).
class RowBinding {
public:
    explicit RowBinding(const PreparedInsert &insert)
        : m_insert(insert) {}
    void add(const QVariant &stored);
    void addText(const QString &text);
    void addInteger(qint64 value);
    // Writes the row; returns its rowid.
    Result<qint64> exec(const QString &path);

private:
    PreparedInsert m_insert;
    int m_index = 0;
};

// The statements one writer prepared on its connection, by their SQL: through Qt's driver,
// and through SQLite's API where SqliteDirect::handle() gives the connection.
class StatementCache {
public:
    StatementCache(QSqlDatabase db, QString path);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    Result<QSqlQuery *> query(const QString &sql);
    // The connection's handle when the direct path may be used on it, else nullptr (looked
    // up once).
    sqlite3 *handle();
    // Only when handle() is not nullptr.
    Result<DirectStatement *> direct(const QString &sql);
    // An INSERT with named placeholders (namedPlaceholder()), for RowBinding: direct where
    // handle() allows it, else through Qt's driver.
    Result<PreparedInsert> insert(const QString &sql);
    const QSqlDatabase &database() const { return m_db; }
    const QString &path() const { return m_path; }

private:
    QSqlDatabase m_db;
    QString m_path;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
    QHash<QString, std::shared_ptr<DirectStatement>> m_direct;
    sqlite3 *m_handle = nullptr;
    bool m_handleChecked = false;
};

} // namespace qaytish
