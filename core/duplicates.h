#pragma once

#include "actor.h"
#include "caserecord.h"
#include "clock.h"
#include "database.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace qaytish {

// Why a case in the register may be about the same person as the record being saved.
enum class DuplicateReason {
    SamePinfl,
    SamePassport,
    SameBirthDateAndName, // the names match across scripts and spellings
};

struct DuplicateMatch {
    qint64 caseId = 0;
    QString caseRef;
    qint64 personId = 0;
    QString fullName; // Latin, or Cyrillic when there is no Latin name
    QDate birthDate;
    QList<DuplicateReason> reasons;
    bool linked = false; // already recorded as the same person (person_link)

    QString reasonsText() const; // translated, one line
};

// Probable duplicates of a case in the register. Nothing is merged: the officer decides
// (open the existing case, link the two as the same person, or save anyway). Used by the
// case editor and by imports.
class DuplicateFinder {
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)
public:
    // `record` as CaseRepository::normalized() returns it. Finds cases whose person has
    // the same PINFL, the same passport number, or the same birth date and a matching
    // name: the surname matches (names::sameName(), or one word of the stored search key
    // matches it whole) and the first given name matches a word of the stored key. Each
    // test is one indexed query (person_pinfl, person_passport, person_birth_date).
    // `excludeCaseId` (the case being edited) and the record's own person are left out.
    // Ordered by case id.
    static Result<QList<DuplicateMatch>> find(QSqlDatabase db, const QString &path,
                                              const CaseRecord &record, qint64 excludeCaseId = 0);

    static QString reasonText(DuplicateReason reason);
    // True when the fields that identify a person differ: names, birth date, PINFL,
    // passport. An edit that changes none of them need not be checked again.
    static bool identityChanged(const PersonRecord &before, const PersonRecord &after);
};

struct PersonLink {
    qint64 id = 0;
    qint64 personA = 0; // the lower id
    qint64 personB = 0;
    QString linkedBy;
    QDateTime linkedAt;
    QString note;
};

// "These two person rows are one and the same person", recorded with who and when,
// through ChangeWriter. The rows themselves are not changed.
class PersonLinks {
    Q_DECLARE_TR_FUNCTIONS(PersonLinks)
public:
    PersonLinks(const Database &db, const Clock &clock);

    // Links the persons of two cases. Linking a pair twice returns the existing link.
    Result<PersonLink> linkCases(const Actor &actor, qint64 caseIdA, qint64 caseIdB,
                                 const QString &note = {});
    Result<PersonLink> linkPersons(const Actor &actor, qint64 personA, qint64 personB,
                                   const QString &note = {});
    // The links of one person, either side.
    Result<QList<PersonLink>> linksOf(qint64 personId) const;

private:
    Result<qint64> personOfCase(qint64 caseId) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace qaytish
