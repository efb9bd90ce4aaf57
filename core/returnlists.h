#pragma once

#include "actor.h"
#include "caserecord.h"
#include "clock.h"
#include "database.h"
#include "permissions.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>

#include <optional>

namespace qaytish {

class ChangeWriter;

// A return list (flight manifest): draft -> final -> completed (DESIGN.md, Domain). A final
// list changes only after it is reopened, and the reopening is recorded.
struct ReturnList {
    qint64 id = 0;
    QString uuid;
    QString flightNumber;  // flight_number, e.g. HY 102
    QString carrier;       // carrier
    QDate flightDate;      // flight_date
    QString departureTime; // departure_time: HH:mm local time, or empty
    QString fromAirport;   // from_airport: IATA, 3 letters
    QString toAirport;     // to_airport: IATA
    int capacity = 0;      // capacity: seats for the people of the list; 0 = not set
    QString status = QStringLiteral("draft"); // draft, final, completed
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    int passengerCount = 0; // filled by lists(): passengers not taken off

    bool isDraft() const { return status == u"draft"; }
};

struct ReturnListEscort {
    qint64 id = 0;
    QString name;
    QString role;     // e.g. escort officer, medical escort
    QString document; // the escort's travel document
};

// What the authorities at home need to receive the person.
struct ReceptionData {
    QString region;                 // region of Uzbekistan
    QString district;               // district
    QString receiverName;           // the relative or body who receives the person
    QString receiverRelation;       // a relative's relation, or the kind of body
    QString receiverContact;        // printed only with the person's consent
    bool receiverConsent = false;   // the person agreed that the receiver be contacted
    bool receiverConfirmed = false; // the receiver confirmed (needed for unaccompanied minors)
};

// The travel document a passenger flies on: a valid Certificate of Return, else the passport.
struct TravelDocument {
    enum class Kind { None, Certificate, Passport };
    Kind kind = Kind::None;
    QString number;
    QDate validUntil; // the certificate's validity, or the passport's expiry plus the margin
};

struct ReturnListPassenger {
    qint64 id = 0;
    qint64 caseId = 0;
    int position = 0;
    bool removed = false;
    QString removedReason;
    ReceptionData reception;
    std::optional<bool> boarded; // after the flight
    QString notBoardedReason;
    CaseRecord record; // the case as it stands now
    TravelDocument document;
    // The names as on the travel document: a certificate's, or the person's for a passport.
    QString surname, givenNames, patronymic;
    QString surnameCyrillic, givenNamesCyrillic, patronymicCyrillic;
    QString sex;
    QDate birthDate;
    QString pinfl;

    QString fullNameLatin() const;
    QString fullNameCyrillic() const;
    bool isMinorOn(const QDate &date) const;
};

// One problem of a list. Codes are a contract (CLI, overrides) and never translated.
struct ListProblem {
    QString code;
    qint64 caseId = 0; // 0 for a problem of the whole list
    QString caseRef;
    bool hard = false; // a hard stop: no reason overrides it
    QString message;   // translated
    bool overridden = false;
    QString overrideReason;
    QString overrideActor;
};

struct ReturnListEvent {
    QDateTime at;
    QString actor;
    QString event; // created, finalized, reopened, completed, override
    QString reason;
};

// What happened to each case given to add().
struct AddOutcome {
    QString caseRef;
    bool added = false;
    QString message; // translated: why not, or that it was taken off at once
};

// All SQL about return lists. Every write goes through ChangeWriter in one transaction.
class ReturnListRepository {
    Q_DECLARE_TR_FUNCTIONS(ReturnListRepository)
public:
    ReturnListRepository(const Database &db, const Clock &clock);

    // Problem codes.
    static QStringList hardStopCodes(); // removal_stayed, do_not_board, unaccompanied_minor,
                                        // case_not_open
    static QStringList warningCodes();  // family_separated, minor_without_guardian,
                                        // document_expires, on_other_list, capacity_exceeded,
                                        // not_document_issued
    // Days after the flight that a travel document must still be valid.
    static constexpr int DocumentMarginDays = 7;

    // Validates the flight data: flight number, IATA codes (3 letters), date, time, capacity.
    static Status validate(const ReturnList &list);

    Result<ReturnList> create(const Actor &actor, const ReturnList &list);
    Result<ReturnList> update(const Actor &actor, const ReturnList &list);
    Result<ReturnList> load(qint64 listId) const;
    Result<QList<ReturnList>> lists() const; // newest flight first

    Result<ReturnListEscort> addEscort(const Actor &actor, qint64 listId,
                                       const ReturnListEscort &escort);
    Status removeEscort(const Actor &actor, qint64 listId, qint64 escortId);
    Result<QList<ReturnListEscort>> escorts(qint64 listId) const;

    // Adds open cases (not closed or returned) to a draft list. A case with a hard stop is
    // taken off at once (kept as removed, with the reason). Refuses nothing as a whole:
    // each case has its outcome.
    Result<QList<AddOutcome>> addCases(const Actor &actor, qint64 listId,
                                       const QStringList &caseRefs);
    Result<QList<AddOutcome>> addCaseIds(const Actor &actor, qint64 listId,
                                         const QList<qint64> &caseIds);
    Status removePassenger(const Actor &actor, qint64 listId, qint64 caseId, const QString &reason);
    Status setReception(const Actor &actor, qint64 listId, qint64 caseId,
                        const ReceptionData &reception);
    // Passengers in list order; removed ones only when asked.
    Result<QList<ReturnListPassenger>> passengers(qint64 listId, bool withRemoved = false) const;

    // Every hard stop and warning of the list now, overrides marked.
    Result<QList<ListProblem>> check(qint64 listId) const;
    // Records a consul's override of a warning; a hard stop is refused (ErrorKind::Denied).
    Status override(const Actor &actor, qint64 listId, const QString &code, qint64 caseId,
                    const QString &reason);
    // Takes the passengers with a hard stop off the list (recorded). Returns how many.
    Result<int> enforceHardStops(const Actor &actor, qint64 listId);

    struct FinalizeResult {
        int passengers = 0;          // on the final list
        QList<ListProblem> takenOff; // hard stops taken off
        QList<ListProblem> blocking; // warnings not overridden: nothing finalised
    };
    // Takes hard stops off, then finalises when every warning is overridden. With a
    // non-empty `overrideReason`, the remaining warnings are overridden with it first.
    // Passengers move to on_return_list.
    Result<FinalizeResult> finalize(const Actor &actor, qint64 listId,
                                    const QString &overrideReason = {});
    // A final list back to draft, with the reason (recorded).
    Status reopen(const Actor &actor, qint64 listId, const QString &reason);
    // After the flight: boarded -> returned; not boarded -> document_issued with the reason.
    Status markBoarded(const Actor &actor, qint64 listId, qint64 caseId, bool boarded,
                       const QString &reason = {});
    // A final list whose passengers are all marked becomes completed.
    Status complete(const Actor &actor, qint64 listId);
    Result<QList<ReturnListEvent>> events(qint64 listId) const;
    Result<qint64> listIdOf(const QString &text) const; // a list id given as text

    // Travel documents and validity: read here so that the list needs nothing else.
    Result<TravelDocument> travelDocument(const CaseRecord &record, int passportMarginDays) const;

private:
    Result<ReturnList> loadIn(qint64 listId) const;
    Status addEvent(ChangeWriter &writer, qint64 listId, const QString &event,
                    const QString &reason);
    Status requireDraft(const ReturnList &list) const;
    // Runs `work` in one transaction on a list that exists and is a draft.
    Status writeDraft(const Actor &actor, Permission permission, qint64 listId,
                      const std::function<Status(ChangeWriter &, const ReturnList &)> &work);
    // addCases() and addCaseIds(): the cases (reference or id) joined to a draft list.
    Result<QList<AddOutcome>> addToDraft(const Actor &actor, qint64 listId,
                                         const QList<std::pair<QString, qint64>> &cases);
    Result<QList<AddOutcome>> addIn(ChangeWriter &writer, const ReturnList &list,
                                    const QList<std::pair<QString, qint64>> &cases);
    Status removeIn(ChangeWriter &writer, qint64 listId, qint64 caseId, const QString &reason,
                    bool restoreStatus);
    Result<int> enforceIn(ChangeWriter &writer, qint64 listId);

    const Database &m_db;
    const Clock &m_clock;
};

// The display name of a problem code (translated).
QString listProblemTitle(const QString &code);

} // namespace qaytish
