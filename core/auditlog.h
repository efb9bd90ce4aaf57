#pragma once

#include "actor.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace qaytish {

class StatementCache;

// What an audit entry records. Codes as stored and as `audit list --json` prints them;
// never translated.
namespace AuditAction {
inline const QString Insert = QStringLiteral("insert"); // a row was added
inline const QString Update = QStringLiteral("update"); // one field of a row changed
inline const QString Event = QStringLiteral("event");   // a bulk write, described as a whole
inline const QString Open = QStringLiteral("open");     // a person's record was shown
inline const QString Export = QStringLiteral("export"); // personal data left the register
QStringList all();
QString displayName(const QString &code);
} // namespace AuditAction

// One entry to append. Values are stored as text; when personId is not 0 they are sealed
// with that person's key.
struct AuditRecord {
    QString action;
    QString table;
    qint64 rowId = 0;
    qint64 personId = 0;
    QString field;
    QVariant oldValue;
    QVariant newValue;
};

// One entry as read back.
struct AuditEntry {
    qint64 id = 0;
    QString at; // UTC, ISO 8601, as stored
    qint64 userId = 0;
    QString actor;
    QString action;
    QString table;
    qint64 rowId = 0;
    qint64 personId = 0;
    QString field;
    // The values as text when the reader may see them and they can be read; otherwise
    // nothing, and valuesHidden or valuesErased says why.
    std::optional<QString> oldValue;
    std::optional<QString> newValue;
    bool valuesHidden = false; // the reader may see who did what, not the contents
    bool valuesErased = false; // the person was anonymised: the key is gone
};

struct AuditFilter {
    QString actor;       // an account name, exactly (case ignored); empty: everyone
    QString action;      // an AuditAction code; empty: every action
    QString table;       // empty: every table
    qint64 rowId = 0;    // with table: one record
    qint64 personId = 0; // every entry about one person, and the exports that carried
                         // their record among others'
    QDate from;          // inclusive, UTC days; invalid: open
    QDate to;            // inclusive
};

// What `audit verify` found.
struct AuditVerification {
    qint64 entries = 0;
    QByteArray headHash;
    struct Problem {
        qint64 entryId = 0; // the entry named; 0 for the log as a whole
        QString message;    // translated
    };
    QList<Problem> problems;
    bool intact() const { return problems.isEmpty(); }
};

// The audit trail (resources/sql/007_audit.sql): an append-only table whose entries form a
// hash chain. Each entry's hash is BLAKE2b-256 over the previous entry's hash and every
// stored column of the entry (values as stored: sealed bytes, not plain text), so that
// destroying a person's key leaves every hash verifiable.
//
// A writer is made on one connection and appends inside the caller's transaction: the
// chain's head is read from the register at every append, so entries of a transaction that
// rolled back never leave a stale head behind.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    AuditLog(QSqlDatabase db, QString path);
    ~AuditLog();
    AuditLog(const AuditLog &) = delete;
    AuditLog &operator=(const AuditLog &) = delete;

    // Appends one entry at `at` (ISO 8601 UTC) for the actor.
    Status append(const QString &at, const Actor &actor, const AuditRecord &record);
    // The id of the entry this writer appended last (0: none yet).
    qint64 lastAppended() const { return m_lastAppended; }

    // The person whose record a row of `table` is (person, return_case and the tables that
    // name a person or a case); 0 for records of no one (settings, accounts, lists).
    Result<qint64> personOf(const QString &table, qint64 rowId);

    // Entries newest first, those before `beforeId` (0: from the newest), at most `limit`.
    // Values are opened only for a reader whose roles let them read cases.
    static Result<QList<AuditEntry>> entries(QSqlDatabase db, const QString &path,
                                             const Actor &reader, const AuditFilter &filter,
                                             qint64 beforeId, int limit);
    // The entries about one person, for the answer to that person's subject-access request
    // (core/subjectaccess.h): who opened, changed or exported their record and when. Needs
    // the right to read cases (officer or consul), not the auditor's role: the person has a
    // right to these entries, and a reader of their cases may open their record anyway.
    // Values are opened (the caller withholds what the reader may not see).
    static Result<QList<AuditEntry>> entriesAboutPerson(QSqlDatabase db, const QString &path,
                                                        const Actor &reader, qint64 personId,
                                                        qint64 beforeId, int limit);
    // The account names that appear in the log, for the viewer's filter.
    static Result<QStringList> actors(QSqlDatabase db, const QString &path);

    // Walks the whole chain: every entry follows the one before it (no gap, the previous
    // hash matches), every hash matches the entry's content, and the head kept beside the
    // log names the last entry. Needs no key and no account.
    static Result<AuditVerification> verify(QSqlDatabase db, const QString &path);

    // Carries change_log (schemas 1 to 6) over into the chain; used by the migration to
    // schema 7 inside its transaction.
    static Status adoptChangeLog(QSqlDatabase db, const QString &path);

    // An entry as `audit list --json` and the subject-access JSON print it (the keys are a
    // contract, DESIGN.md).
    static QJsonObject toJson(const AuditEntry &entry);

    // The hash of an entry as stored (for verify() and tests).
    static QByteArray entryHash(const QByteArray &prevHash, qint64 id, const QString &at,
                                qint64 userId, const QString &actor, const QString &action,
                                const QString &table, qint64 rowId, qint64 personId,
                                const QString &field, const QVariant &oldValue,
                                const QVariant &newValue);
    static constexpr int HashBytes = 32;

    // Sealed values: a random nonce then XSalsa20-Poly1305 (libsodium's secretbox).
    static QByteArray seal(const QByteArray &key, const QString &text);
    static std::optional<QString> open(const QByteArray &key, const QByteArray &sealed);

private:
    static Result<QList<AuditEntry>> select(QSqlDatabase db, const QString &path, bool showValues,
                                            const AuditFilter &filter, qint64 beforeId, int limit);
    Result<QByteArray> keyFor(qint64 personId);
    struct Head {
        qint64 lastId = 0;
        QByteArray hash;
    };
    Result<Head> readHead();
    // The first column of the first row of a query with one integer parameter; 0 when it
    // gives no row.
    Result<qint64> queryInteger(const QString &sql, qint64 parameter);

    QSqlDatabase m_db;
    QString m_path;
    std::unique_ptr<StatementCache> m_statements;
    qint64 m_lastAppended = 0;
    // table -> the SQL that finds the person of one of its rows (empty: no one). Keys are
    // not kept: a key made in a transaction that rolls back must not outlive it.
    QHash<QString, QString> m_personSql;
};

} // namespace qaytish
