#pragma once

#include "caserecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace qaytish {

struct ValidationIssue {
    enum class Severity { Error, Warning };
    QString field; // column name, e.g. "pinfl", "birth_date"
    Severity severity = Severity::Error;
    QString message; // translated

    bool isError() const { return severity == Severity::Error; }
};

using ValidationIssues = QList<ValidationIssue>;

bool hasErrors(const ValidationIssues &issues);
ValidationIssues issuesFor(const ValidationIssues &issues, const QString &field);

// Every rule that a case must meet before it is written. Errors block the write; warnings
// are shown and the officer confirms them (DOMAIN.md: a rule that is uncertain warns).
class CaseValidator {
    Q_DECLARE_TR_FUNCTIONS(CaseValidator)
public:
    static ValidationIssues validate(const CaseRecord &record, const QDate &today);

    // The rules one by one, so the editor can check a field as it is typed.
    static ValidationIssues validatePerson(const PersonRecord &person, const QDate &today);
    static ValidationIssues validatePinfl(const QString &pinfl, const QDate &birthDate,
                                          const QString &sex);
    static ValidationIssues validatePassportNumber(const QString &number,
                                                   const QString &nationality);
    static ValidationIssues validateHostReference(const QString &reference);
    static ValidationIssues validateImmigrationDates(const CaseRecord &record, const QDate &today);
    // Custody and facility, and that the coded fields (custody, needs, return_wish,
    // host_order_type) hold known codes.
    static ValidationIssues validateCaseDetails(const CaseRecord &record);
};

} // namespace qaytish
