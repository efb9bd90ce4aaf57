#include "sqlitedirect.h"

#include "database.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <atomic>
#include <mutex>
#include <optional>

#if QAYTISH_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace qaytish {

namespace {

std::atomic<int> &enabledFlag() {
    // -1: not decided yet (the environment decides at the first use).
    static std::atomic<int> flag{-1};
    return flag;
}

bool enabled() {
    int flag = enabledFlag().load();
    if (flag < 0) {
        flag = qEnvironmentVariable("QAYTISH_SQLITE_DIRECT") == QStringLiteral("0") ? 0 : 1;
        int expected = -1;
        enabledFlag().compare_exchange_strong(expected, flag);
        flag = enabledFlag().load();
    }
    return flag == 1;
}

#if QAYTISH_SQLITE_DIRECT

// The connection's sqlite3 handle as Qt's driver hands it out, or nullptr when the driver
// is not an SQLite driver. Only the pointer is read here; nothing is called on it.
sqlite3 *driverHandle(const QSqlDatabase &db) {
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// The checks about the library, once per process: the driver plugin is loaded once.
SqliteDirect::Verdict libraryVerdict() {
    static std::mutex mutex;
    static std::optional<SqliteDirect::Verdict> verdict;
    const std::lock_guard lock(mutex);
    if (!verdict) {
        // Nothing of ours has called into our SQLite yet (the direct path is only ever
        // taken after this verdict). If Qt's driver carried its own copy, ours would have
        // allocated nothing; an open Qt connection that went through our copy has.
        verdict = sqlite3_memory_used() > 0 ? SqliteDirect::Verdict::Usable
                                            : SqliteDirect::Verdict::LibraryNotUsed;
    }
    return *verdict;
}

// SQLite's own UTF-16 to UTF-8 conversion (sqlite3VdbeMemTranslate in utf.c, without
// SQLITE_REPLACE_INVALID_UTF), so that the bytes stored are exactly those SQLite stores
// when Qt's driver binds the same text as UTF-16 — for unpaired surrogates too, which
// SQLite combines with the next unit as it finds it.
// Returns the number of bytes written to `out`, which holds at least 3 bytes per unit.
qsizetype toUtf8(QStringView text, char *out) {
    auto *z = reinterpret_cast<unsigned char *>(out);
    const char16_t *in = text.utf16();
    const char16_t *end = in + text.size();
    while (in < end) {
        quint32 c = *in++;
        if (c < 0x80) {
            *z++ = static_cast<unsigned char>(c);
            continue;
        }
        if (c >= 0xd800 && c < 0xe000 && in < end) {
            const quint32 c2 = *in++;
            c = (c2 & 0x03ff) + ((c & 0x003f) << 10) + (((c & 0x03c0) + 0x0040) << 10);
        }
        if (c < 0x800) {
            *z++ = static_cast<unsigned char>(0xc0 + ((c >> 6) & 0x1f));
            *z++ = static_cast<unsigned char>(0x80 + (c & 0x3f));
        } else if (c < 0x10000) {
            *z++ = static_cast<unsigned char>(0xe0 + ((c >> 12) & 0x0f));
            *z++ = static_cast<unsigned char>(0x80 + ((c >> 6) & 0x3f));
            *z++ = static_cast<unsigned char>(0x80 + (c & 0x3f));
        } else {
            *z++ = static_cast<unsigned char>(0xf0 + ((c >> 18) & 0x07));
            *z++ = static_cast<unsigned char>(0x80 + ((c >> 12) & 0x3f));
            *z++ = static_cast<unsigned char>(0x80 + ((c >> 6) & 0x3f));
            *z++ = static_cast<unsigned char>(0x80 + (c & 0x3f));
        }
    }
    return reinterpret_cast<char *>(z) - out;
}

#endif

} // namespace

bool SqliteDirect::isBuilt() {
#if QAYTISH_SQLITE_DIRECT
    return true;
#else
    return false;
#endif
}

void SqliteDirect::setEnabled(bool on) {
    enabledFlag().store(on ? 1 : 0);
}

SqliteDirect::Verdict SqliteDirect::check(const QSqlDatabase &db) {
#if QAYTISH_SQLITE_DIRECT
    if (!enabled())
        return Verdict::SwitchedOff;
    if (!driverHandle(db))
        return Verdict::NotSqlite;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_source_id()")) || !q.next() ||
        q.value(0).toString() != QString::fromUtf8(sqlite3_sourceid()))
        return Verdict::OtherVersion;
    q.finish();
    return libraryVerdict();
#else
    Q_UNUSED(db);
    return enabled() ? Verdict::NotBuilt : Verdict::SwitchedOff;
#endif
}

sqlite3 *SqliteDirect::handle(const QSqlDatabase &db) {
#if QAYTISH_SQLITE_DIRECT
    return check(db) == Verdict::Usable ? driverHandle(db) : nullptr;
#else
    Q_UNUSED(db);
    return nullptr;
#endif
}

bool SqliteDirect::holdsWriteLock(sqlite3 *handle) {
#if QAYTISH_SQLITE_DIRECT && SQLITE_VERSION_NUMBER >= 3034000
    return handle && sqlite3_txn_state(handle, "main") == SQLITE_TXN_WRITE;
#else
    Q_UNUSED(handle);
    return false;
#endif
}

QString SqliteDirect::describe(Verdict verdict) {
    switch (verdict) {
    case Verdict::Usable:
        return QStringLiteral("direct: Qt's SQLite driver uses the SQLite library linked here");
    case Verdict::NotBuilt:
        return QStringLiteral("Qt driver: built without the direct path");
    case Verdict::SwitchedOff:
        return QStringLiteral("Qt driver: the direct path is switched off");
    case Verdict::NotSqlite:
        return QStringLiteral("Qt driver: the connection's handle is not a sqlite3*");
    case Verdict::OtherVersion:
        return QStringLiteral("Qt driver: its SQLite reports another source id");
    case Verdict::LibraryNotUsed:
        return QStringLiteral("Qt driver: its connection allocated nothing from our SQLite");
    }
    return QString();
}

DirectStatement::DirectStatement(sqlite3 *db, sqlite3_stmt *statement, QString path)
    : m_db(db)
    , m_statement(statement)
    , m_path(std::move(path)) {}

#if QAYTISH_SQLITE_DIRECT

namespace {

// The Error that Qt's driver would have led to for the same failure (Database::errorFromSql
// reads the extended result code, which Qt's driver switches on for its connections).
Error sqliteError(sqlite3 *db, int code, const QString &what, const QString &path) {
    return Database::errorFromSql(QSqlError(what, QString::fromUtf8(sqlite3_errmsg(db)),
                                            QSqlError::StatementError, QString::number(code)),
                                  path);
}

} // namespace

DirectStatement::~DirectStatement() {
    sqlite3_finalize(m_statement);
}

Result<std::unique_ptr<DirectStatement>> DirectStatement::prepare(sqlite3 *db, const QString &sql,
                                                                  const QString &path) {
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    const int code = sqlite3_prepare_v3(db, text.constData(), int(text.size()),
                                        SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (code != SQLITE_OK) {
        const Error e = sqliteError(db, code, QStringLiteral("Unable to prepare statement"), path);
        sqlite3_finalize(statement);
        return e;
    }
    std::unique_ptr<DirectStatement> out(new DirectStatement(db, statement, path));
    out->m_text.resize(size_t(sqlite3_bind_parameter_count(statement)));
    return out;
}

void DirectStatement::noteBind(int code) {
    if (code != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = code;
}

void DirectStatement::bindText(int index, QStringView text) {
    if (text.isNull()) { // as Qt's driver binds a null QString
        noteBind(sqlite3_bind_null(m_statement, index + 1));
        return;
    }
    // Each parameter has a buffer of its own that only grows, so that a row's texts need
    // no allocation; the bytes stay there until the row is written.
    std::vector<char> &bytes = m_text[size_t(index)];
    const size_t worst = size_t(text.size()) * 3 + 1;
    if (bytes.size() < worst)
        bytes.resize(std::max(worst, size_t(64)));
    const qsizetype length = toUtf8(text, bytes.data());
    noteBind(sqlite3_bind_text(m_statement, index + 1, bytes.data(), int(length), SQLITE_STATIC));
}

void DirectStatement::bindInt64(int index, qint64 value) {
    noteBind(sqlite3_bind_int64(m_statement, index + 1, value));
}

void DirectStatement::bind(int index, const QVariant &value) {
    // As QSQLiteResult::exec() binds (Qt 6.4, qsql_sqlite.cpp): the type decides how the
    // value is stored, so that both paths write the same SQL values.
    const int column = index + 1;
    const int type = value.typeId();
    bool null = !value.isValid() || value.isNull();
    switch (type) {
    case QMetaType::QString:
        null = null || static_cast<const QString *>(value.constData())->isNull();
        break;
    case QMetaType::QByteArray:
        null = null || static_cast<const QByteArray *>(value.constData())->isNull();
        break;
    case QMetaType::QDateTime:
        null = null || !value.toDateTime().isValid();
        break;
    case QMetaType::QDate:
        null = null || !value.toDate().isValid();
        break;
    case QMetaType::QTime:
        null = null || !value.toTime().isValid();
        break;
    default:
        break;
    }
    if (null) {
        noteBind(sqlite3_bind_null(m_statement, column));
        return;
    }
    switch (type) {
    case QMetaType::QString:
        bindText(index, *static_cast<const QString *>(value.constData()));
        break;
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        noteBind(sqlite3_bind_blob(m_statement, column, bytes->constData(), int(bytes->size()),
                                   SQLITE_TRANSIENT));
        break;
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        noteBind(sqlite3_bind_int(m_statement, column, value.toInt()));
        break;
    case QMetaType::Double:
        noteBind(sqlite3_bind_double(m_statement, column, value.toDouble()));
        break;
    case QMetaType::UInt:
    case QMetaType::LongLong:
        noteBind(sqlite3_bind_int64(m_statement, column, value.toLongLong()));
        break;
    case QMetaType::QDateTime:
        bindText(index, value.toDateTime().toString(Qt::ISODateWithMs));
        break;
    case QMetaType::QTime:
        bindText(index, value.toTime().toString(QStringLiteral("hh:mm:ss.zzz")));
        break;
    default:
        bindText(index, value.toString());
        break;
    }
}

Result<qint64> DirectStatement::insert() {
    if (m_bindError != SQLITE_OK) {
        const int code = std::exchange(m_bindError, SQLITE_OK);
        sqlite3_clear_bindings(m_statement);
        return sqliteError(m_db, code, QStringLiteral("Unable to bind parameters"), m_path);
    }
    const int code = sqlite3_step(m_statement);
    std::optional<Error> failed;
    if (code != SQLITE_DONE)
        failed = sqliteError(m_db, code, QStringLiteral("Unable to fetch row"), m_path);
    // Reset at once: a statement left running would keep the write from committing. The
    // bindings point into m_text, which the next row overwrites: they are cleared too.
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (failed)
        return *failed;
    return qint64(sqlite3_last_insert_rowid(m_db));
}

Result<bool> DirectStatement::firstRow() {
    if (m_bindError != SQLITE_OK) {
        const int code = std::exchange(m_bindError, SQLITE_OK);
        reset();
        return sqliteError(m_db, code, QStringLiteral("Unable to bind parameters"), m_path);
    }
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    const Error e = sqliteError(m_db, code, QStringLiteral("Unable to fetch row"), m_path);
    reset();
    return e;
}

qint64 DirectStatement::columnInt64(int index) const {
    return qint64(sqlite3_column_int64(m_statement, index));
}

QByteArray DirectStatement::columnBlob(int index) const {
    const void *bytes = sqlite3_column_blob(m_statement, index);
    const int size = sqlite3_column_bytes(m_statement, index);
    if (!bytes)
        return QByteArray(size == 0 ? "" : nullptr, 0);
    return QByteArray(static_cast<const char *>(bytes), size);
}

void DirectStatement::reset() {
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

#else // built without the direct path: SqliteDirect::handle() never gives a connection

namespace {

Error notBuilt(const QString &path) {
    return Database::errorFromSql(QSqlError(QString(),
                                            QStringLiteral("built without direct SQLite access"),
                                            QSqlError::StatementError),
                                  path);
}

} // namespace

DirectStatement::~DirectStatement() = default;

Result<std::unique_ptr<DirectStatement>> DirectStatement::prepare(sqlite3 *, const QString &,
                                                                  const QString &path) {
    return notBuilt(path);
}

void DirectStatement::noteBind(int code) {
    m_bindError = code;
}

void DirectStatement::bindText(int, QStringView) {}

void DirectStatement::bindInt64(int, qint64) {}

void DirectStatement::bind(int, const QVariant &) {}

Result<qint64> DirectStatement::insert() {
    return notBuilt(m_path);
}

Result<bool> DirectStatement::firstRow() {
    return notBuilt(m_path);
}

qint64 DirectStatement::columnInt64(int) const {
    return 0;
}

QByteArray DirectStatement::columnBlob(int) const {
    return {};
}

void DirectStatement::reset() {}

#endif

const QString &namedPlaceholder(int i) {
    static const QStringList names = [] {
        QStringList list;
        for (int n = 0; n < 128; ++n)
            list << QStringLiteral(":p%1").arg(n);
        return list;
    }();
    Q_ASSERT(i < names.size());
    return names.at(i);
}

void RowBinding::add(const QVariant &stored) {
    if (m_insert.native)
        m_insert.native->bind(m_index, stored);
    else
        m_insert.query->bindValue(namedPlaceholder(m_index), stored);
    ++m_index;
}

void RowBinding::addText(const QString &text) {
    if (m_insert.native)
        m_insert.native->bindText(m_index, text);
    else
        m_insert.query->bindValue(namedPlaceholder(m_index), text);
    ++m_index;
}

void RowBinding::addInteger(qint64 value) {
    if (m_insert.native)
        m_insert.native->bindInt64(m_index, value);
    else
        m_insert.query->bindValue(namedPlaceholder(m_index), value);
    ++m_index;
}

Result<qint64> RowBinding::exec(const QString &path) {
    if (m_insert.native)
        return m_insert.native->insert();
    if (!m_insert.query->exec())
        return Database::errorFromSql(m_insert.query->lastError(), path);
    return m_insert.query->lastInsertId().toLongLong();
}

StatementCache::StatementCache(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path)) {}

StatementCache::~StatementCache() = default;

Result<QSqlQuery *> StatementCache::query(const QString &sql) {
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto q = std::make_shared<QSqlQuery>(m_db);
        if (!q->prepare(sql))
            return Database::errorFromSql(q->lastError(), m_path);
        it = m_queries.insert(sql, q);
    }
    return it.value().get();
}

sqlite3 *StatementCache::handle() {
    if (!m_handleChecked) {
        m_handleChecked = true;
        m_handle = SqliteDirect::handle(m_db);
    }
    return m_handle;
}

Result<DirectStatement *> StatementCache::direct(const QString &sql) {
    Q_ASSERT(handle());
    auto it = m_direct.find(sql);
    if (it == m_direct.end()) {
        Result<std::unique_ptr<DirectStatement>> made =
            DirectStatement::prepare(handle(), sql, m_path);
        if (!made)
            return made.error();
        it = m_direct.insert(sql, std::shared_ptr<DirectStatement>(std::move(made.value())));
    }
    return it.value().get();
}

Result<PreparedInsert> StatementCache::insert(const QString &sql) {
    PreparedInsert prepared;
    if (handle()) {
        Result<DirectStatement *> made = direct(sql);
        if (!made)
            return made.error();
        prepared.native = made.value();
        return prepared;
    }
    Result<QSqlQuery *> q = query(sql);
    if (!q)
        return q.error();
    prepared.query = q.value();
    return prepared;
}

} // namespace qaytish
