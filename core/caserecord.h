#pragma once

#include "casestatus.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace qaytish {

// The person a case is about. Names are kept in both scripts as the officer accepted them.
// Field names in comments are the column names, which are also the `field` of a
// ValidationIssue and the keys of the JSON output.
struct PersonRecord {
    qint64 id = 0;
    QString uuid;
    QString surname;                             // surname
    QString givenNames;                          // given_names
    QString patronymic;                          // patronymic
    QString surnameCyrillic;                     // surname_cyrillic
    QString givenNamesCyrillic;                  // given_names_cyrillic
    QString patronymicCyrillic;                  // patronymic_cyrillic
    QString sex;                                 // sex: "M", "F" or empty
    QDate birthDate;                             // birth_date
    QString birthPlace;                          // birth_place
    QString nationality = QStringLiteral("UZB"); // nationality (ICAO code)
    QString pinfl;                               // pinfl: 14 digits
    QString passportNumber;                      // passport_number
    QDate passportIssueDate;                     // passport_issue_date
    QDate passportExpiryDate;                    // passport_expiry_date
    QString contactAbroad;                       // contact_abroad
    QString contactHome;                         // contact_home
    QString familyGroup; // family_group: a free label shared by a family's members
    // anonymised_at: set when retention anonymised the person (Retention::apply); the record
    // then holds no name, identifier or contact and is never edited again.
    QDateTime anonymisedAt;

    QString fullNameLatin() const;
    QString fullNameCyrillic() const;
};

// The request of the host country's immigration authority (e.g. an ICE travel document
// request) that opened the case.
struct HostRequest {
    QString reference;  // host_request_reference
    QString officer;    // host_request_officer
    QDate receivedDate; // host_request_date
    QDate orderDate;    // host_order_date
    QString orderType;  // host_order_type: a code from orderTypeCodes()
};

// Operational needs: what the journey must provide. Never a diagnosis (DESIGN.md).
QStringList needCodes();
QString needDisplayName(const QString &code);
QStringList orderTypeCodes();
QString orderTypeDisplayName(const QString &code);
QStringList custodyCodes(); // at_large, detained
QString custodyDisplayName(const QString &code);
QStringList consentFormCodes(); // written, oral, electronic
QString consentFormDisplayName(const QString &code);
QStringList returnWishCodes(); // wants_return, undecided, objects
QString returnWishDisplayName(const QString &code);
QStringList replyResultCodes(); // confirmed, no_record, not_citizen, more_info
QString replyResultDisplayName(const QString &code);

struct CaseRecord {
    qint64 id = 0;
    QString uuid;
    QString caseRef; // case_ref, assigned when the case is created
    PersonRecord person;

    QString hostReference;         // host_reference: US A-number, 9 digits
    QString visaClass;             // visa_class
    QDate entryDate;               // entry_date
    QDate authorizedUntil;         // authorized_until (I-94 admit-until date)
    bool durationOfStatus = false; // authorized_ds: admitted for "D/S", no fixed date
    QString custody = QStringLiteral("at_large"); // custody
    QString facility;                             // facility
    QStringList needs;                            // needs: codes from needCodes()
    bool consentContactRelatives = false;         // consent_contact_relatives
    QDate consentContactRelativesOn;              // consent_contact_relatives_on
    QString consentContactRelativesForm;          // consent_contact_relatives_form
    bool consentShareWithLawyer = false;          // consent_share_lawyer
    QDate consentShareWithLawyerOn;               // consent_share_lawyer_on
    QString consentShareWithLawyerForm;           // consent_share_lawyer_form
    // The person's objection to consular action (objects_to_consular_action, objection_on,
    // objection_note: their words): while it stands, no consent, no contact with relatives,
    // no sharing.
    bool objectsToConsularAction = false;
    QDate objectionOn;
    QString objectionNote;
    QString legalRepresentative; // legal_representative
    QString returnWish;          // return_wish: a code from returnWishCodes(), or empty
    QString assignedOfficer;     // assigned_officer
    QString notes;               // notes
    HostRequest hostRequest;
    // Facts that stop a return at once (hard stops of a return list; no override).
    bool removalStayed = false; // removal_stayed: a court stayed the removal
    bool doNotBoard = false;    // do_not_board: a "do not board" instruction
    QString holdNote;           // hold_note: the stay's or instruction's reference and date

    CaseStatus status = CaseStatus::Registered;
    // Set by CaseRepository::read() when the reader may not see the operational needs
    // (`needs` is then empty): they are shown only to the assigned officer and consuls.
    bool needsWithheld = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Days since the authorised stay ended, or nothing when there is no fixed date.
    // Information only: Qaytish draws no legal conclusion from it (DOMAIN.md).
    std::optional<int> overstayDays(const QDate &today) const;
};

std::optional<int> overstayDays(const QDate &authorizedUntil, const QDate &today);

struct IdentityRequest {
    qint64 id = 0;
    QString uuid;
    qint64 caseId = 0;
    QString outNumber;   // out_number
    QDate outDate;       // out_date
    QString replyNumber; // reply_number
    QDate replyDate;     // reply_date
    QString replyResult; // reply_result: a code from replyResultCodes(), empty while waiting
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool hasReply() const { return !replyResult.isEmpty(); }
};

// The person's record as the authorities at home confirmed it (table confirmed_identity),
// taken when a "confirmed" reply is recorded. Certificates print these values only.
struct ConfirmedIdentity {
    qint64 id = 0;
    qint64 requestId = 0;
    qint64 caseId = 0;
    QString surname;
    QString givenNames;
    QString patronymic;
    QString surnameCyrillic;
    QString givenNamesCyrillic;
    QString patronymicCyrillic;
    QString sex;
    QDate birthDate;
    QString birthPlace;
    QString pinfl;
    QDateTime createdAt;
};

struct Interview {
    qint64 id = 0;
    QString uuid;
    qint64 caseId = 0;
    QDate date;           // interview_date
    QString place;        // place
    QString interpreter;  // interpreter
    QString language;     // language
    QString statedWishes; // stated_wishes
    QString officer;      // officer
    QDateTime createdAt;
};

struct StatusChange {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString fromCode; // empty for the first entry
    QString toCode;
    QString comment;
};

// One changed field of one row: what the single write path yields for every write.
struct FieldChange {
    QString table;
    qint64 rowId = 0;
    QString field;
    QVariant oldValue;
    QVariant newValue;
};

} // namespace qaytish
