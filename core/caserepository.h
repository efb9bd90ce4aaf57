#pragma once

#include "actor.h"
#include "caserecord.h"
#include "clock.h"
#include "database.h"
#include "result.h"
#include "validation.h"
#include "workflow.h"

#include <QCoreApplication>

namespace qaytish {

class ChangeWriter;

// A case made ready to be written: normalised, validated and, when asked, with the values
// of its rows (derived columns included) computed. Bulk writers prepare cases on one
// thread and write them on the database's thread.
struct PreparedCase {
    CaseRecord record;       // normalised
    ValidationIssues issues; // errors and warnings
    QVariantList person;     // values of personColumnNames(), when derived
    QVariantList values;     // values of caseValueColumns(record), when derived
};

// Case references for a bulk writer: the year's counter is read at the first reference
// and written once by finish(), inside the same transaction (which holds the write lock,
// so no other writer can take a number in between).
class CaseRefBlock {
public:
    explicit CaseRefBlock(int year)
        : m_year(year) {}
    Result<QString> next(ChangeWriter &writer);
    // Stores the last reference given; call before the transaction commits.
    Status finish(ChangeWriter &writer);

private:
    int m_year;
    int m_stored = -1; // the counter as read, -1 before the first reference
    int m_last = 0;
    QString m_prefix; // "QY-<year>-"
};

// All SQL about cases, persons, identity requests, interviews and the status history.
// Every write validates first, goes through ChangeWriter and runs in one transaction.
class CaseRepository {
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)
public:
    CaseRepository(const Database &db, const Clock &clock);

    struct SaveResult {
        CaseRecord record;          // as stored (normalised, with id, uuid, case_ref)
        QList<FieldChange> changes; // what the write changed
        ValidationIssues warnings;  // rules that warn but do not block
    };

    // The values an editor or an import must store: trimmed, apostrophes in Latin names
    // made ʻ/ʼ, passport upper-case, A-number as 9 digits, nationality upper-case.
    static CaseRecord normalized(CaseRecord record);

    Result<SaveResult> create(const Actor &actor, const CaseRecord &record);
    // Saves everything but the status, which only changeStatus() moves.
    Result<SaveResult> update(const Actor &actor, const CaseRecord &record);

    // A case as a person reads it (the editor, the CLI's show): needs the officer or consul
    // role, and withholds the operational needs unless the reader is a consul or the case's
    // assigned officer. Reads of a person's record go through here: each is an "open" entry
    // of the audit trail.
    Result<CaseRecord> read(const Actor &actor, qint64 caseId) const;
    Result<CaseRecord> readByRef(const Actor &actor, const QString &caseRef) const;
    // Whether the actor sees the operational needs of the case (consul, or its assigned
    // officer; everyone in a register without accounts).
    Result<bool> maySeeNeeds(const Actor &actor, const CaseRecord &record) const;

    // The whole record, for core's own rules (workflow, return lists, certificates); never
    // shown as such.
    Result<CaseRecord> load(qint64 caseId) const;
    Result<CaseRecord> loadByRef(const QString &caseRef) const;
    // The keys of a case named by its reference (nothing when there is none), without
    // reading the record: for the audit trail's filters.
    struct CaseKeys {
        qint64 caseId = 0;
        qint64 personId = 0;
    };
    Result<std::optional<CaseKeys>> keysOf(const QString &caseRef) const;

    Status changeStatus(const Actor &actor, qint64 caseId, CaseStatus to, const QString &comment);
    // The statuses the case can move to now (structure only; check() tells the reason).
    Result<QList<CaseStatus>> nextStatuses(qint64 caseId) const;

    // Logs an identity request sent home; a registered case moves to identity_check.
    Result<IdentityRequest> addIdentityRequest(const Actor &actor, qint64 caseId,
                                               const QString &number, const QDate &date);
    // Records the reply to a request; "confirmed" moves a case in identity_check to
    // identity_confirmed.
    Result<IdentityRequest> recordIdentityReply(const Actor &actor, qint64 requestId,
                                                const QString &number, const QDate &date,
                                                const QString &result);
    Result<QList<IdentityRequest>> identityRequests(qint64 caseId) const;
    // The record confirmed by the latest reply that is still "confirmed", if any.
    Result<std::optional<ConfirmedIdentity>> confirmedIdentity(qint64 caseId) const;

    Result<Interview> addInterview(const Actor &actor, Interview interview);
    Result<QList<Interview>> interviews(qint64 caseId) const;

    Result<QList<StatusChange>> history(qint64 caseId) const;
    Result<qint64> caseCount() const;

    // Writes a new case inside an open transaction (used by create() and bulk work such as
    // the demo generator, which runs many creates in one transaction).
    // The first status_history entry is written unless `writeHistory` is false (the caller
    // then writes the case's history itself).
    static Result<SaveResult> insertCase(ChangeWriter &writer, const CaseRecord &record,
                                         const QDate &today, bool writeHistory = true);
    // insertCase() in two steps, for bulk writers: prepareCase() needs no database and may
    // run on another thread; writeCase() writes a prepared case that has no validation
    // error (taking its reference from `refs` when given) and returns the case's id.
    static PreparedCase prepareCase(const CaseRecord &record, const QDate &today,
                                    bool derive = true);
    static Result<qint64> writeCase(ChangeWriter &writer, PreparedCase &prepared,
                                    const QDate &today, CaseRefBlock *refs = nullptr);
    static Result<qint64> insertStatusChange(ChangeWriter &writer, qint64 caseId,
                                             const QString &from, const QString &to,
                                             const QString &comment);
    // Moves the status inside an open transaction, with its history entry, without the
    // workflow's check: for operations whose own rules decide the step (issuing a
    // certificate moves identity_confirmed -> document_issued; spoiling it moves back).
    static Status writeStatus(ChangeWriter &writer, qint64 caseId, CaseStatus from, CaseStatus to,
                              const QString &comment);
    // The facts the workflow asks about a case now (confirmed reply; travel document).
    Result<Workflow::Facts> workflowFacts(qint64 caseId) const;

private:
    struct NumberAndDateMessages {
        QString missingNumber;
        QString missingDate;
        QString futureDate;
    };
    // A logged letter needs a number and a date that is not in the future.
    Status checkNumberAndDate(const QString &number, const QDate &date,
                              const NumberAndDateMessages &messages) const;
    Result<IdentityRequest> identityRequest(qint64 caseId, qint64 requestId) const;
    Result<CaseRecord> loadWhere(const QString &condition, const QVariant &value) const;
    Result<CaseRecord> forReader(const Actor &actor, Result<CaseRecord> record) const;
    static Status setStatus(ChangeWriter &writer, qint64 caseId, CaseStatus from, CaseStatus to,
                            const QString &comment) {
        return writeStatus(writer, caseId, from, to, comment);
    }

    const Database &m_db;
    const Clock &m_clock;
};

// The derived columns of a person: sort keys and search key.
QVariantMap personColumns(const PersonRecord &person);
QVariantMap caseColumns(const CaseRecord &record);
// The person's values that a confirmed reply keeps in confirmed_identity (without the
// request and case ids).
QVariantMap confirmedIdentityColumns(const PersonRecord &person);
// The same columns as lists: names once, values in that order.
const QStringList &personColumnNames();
QVariantList personValues(const PersonRecord &person);
// The columns of a status_history row, in the order insertStatusChange() writes them.
const QStringList &statusHistoryColumns();
// The columns a new case's row is written with: caseColumns() and case_ref, person_id,
// status, status_rank, and uuid, created_at, updated_at when the record has them.
QStringList caseValueColumns(const CaseRecord &record);

} // namespace qaytish
