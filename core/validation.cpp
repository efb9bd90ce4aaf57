#include "validation.h"

#include "dates.h"
#include "identifiers.h"
#include "names.h"
#include "pinfl.h"

namespace qaytish {

namespace {

using Severity = ValidationIssue::Severity;

void add(ValidationIssues &issues, const QString &field, Severity severity,
         const QString &message) {
    issues.append(ValidationIssue{field, severity, message});
}

bool isBlank(const QString &s) {
    return s.trimmed().isEmpty();
}

bool isIcaoCode(const QString &s) {
    if (s.size() != 3)
        return false;
    for (const QChar c : s) {
        if ((c < u'A' || c > u'Z') && c != u'<')
            return false;
    }
    return true;
}

} // namespace

bool hasErrors(const ValidationIssues &issues) {
    for (const ValidationIssue &issue : issues) {
        if (issue.isError())
            return true;
    }
    return false;
}

ValidationIssues issuesFor(const ValidationIssues &issues, const QString &field) {
    ValidationIssues result;
    for (const ValidationIssue &issue : issues) {
        if (issue.field == field)
            result.append(issue);
    }
    return result;
}

ValidationIssues CaseValidator::validate(const CaseRecord &record, const QDate &today) {
    ValidationIssues issues = validatePerson(record.person, today);
    issues += validateHostReference(record.hostReference);
    issues += validateImmigrationDates(record, today);
    issues += validateCaseDetails(record);
    return issues;
}

ValidationIssues CaseValidator::validatePerson(const PersonRecord &person, const QDate &today) {
    ValidationIssues issues;

    // Names: the Latin spelling is required (it is the one on travel documents); each field
    // holds one script, the other script has its own field.
    if (isBlank(person.surname))
        add(issues, QStringLiteral("surname"), Severity::Error,
            tr("The surname in Latin letters is required."));
    else if (names::hasCyrillic(person.surname))
        add(issues, QStringLiteral("surname"), Severity::Error,
            tr("The surname in Latin script contains Cyrillic letters. Write it in Latin "
               "letters; the Cyrillic spelling has its own field."));
    if (isBlank(person.givenNames))
        add(issues, QStringLiteral("given_names"), Severity::Error,
            tr("The given names in Latin letters are required."));
    else if (names::hasCyrillic(person.givenNames))
        add(issues, QStringLiteral("given_names"), Severity::Error,
            tr("The given names in Latin script contain Cyrillic letters. Write them in Latin "
               "letters; the Cyrillic spelling has its own field."));
    if (names::hasCyrillic(person.patronymic))
        add(issues, QStringLiteral("patronymic"), Severity::Error,
            tr("The patronymic in Latin script contains Cyrillic letters. Write it in Latin "
               "letters; the Cyrillic spelling has its own field."));
    if (names::hasLatin(person.surnameCyrillic))
        add(issues, QStringLiteral("surname_cyrillic"), Severity::Error,
            tr("The surname in Cyrillic script contains Latin letters. Write it in Cyrillic "
               "letters; the Latin spelling has its own field."));
    if (names::hasLatin(person.givenNamesCyrillic))
        add(issues, QStringLiteral("given_names_cyrillic"), Severity::Error,
            tr("The given names in Cyrillic script contain Latin letters. Write them in "
               "Cyrillic letters; the Latin spelling has its own field."));
    if (names::hasLatin(person.patronymicCyrillic))
        add(issues, QStringLiteral("patronymic_cyrillic"), Severity::Error,
            tr("The patronymic in Cyrillic script contains Latin letters. Write it in Cyrillic "
               "letters; the Latin spelling has its own field."));

    if (person.sex.isEmpty())
        add(issues, QStringLiteral("sex"), Severity::Error, tr("The sex is required (M or F)."));
    else if (person.sex != u"M" && person.sex != u"F")
        add(issues, QStringLiteral("sex"), Severity::Error,
            tr("The sex must be M or F, not \"%1\".").arg(person.sex));

    if (!person.birthDate.isValid())
        add(issues, QStringLiteral("birth_date"), Severity::Error,
            tr("The date of birth is required."));
    else if (today.isValid() && person.birthDate > today)
        add(issues, QStringLiteral("birth_date"), Severity::Error,
            tr("The date of birth %1 is in the future.").arg(dates::format(person.birthDate)));
    else if (person.birthDate < QDate(1900, 1, 1))
        add(issues, QStringLiteral("birth_date"), Severity::Error,
            tr("The date of birth %1 is before 1900: check the year.")
                .arg(dates::format(person.birthDate)));

    // Empty means not known yet; the passport check then assumes an Uzbek document.
    if (!person.nationality.isEmpty() && !isIcaoCode(person.nationality))
        add(issues, QStringLiteral("nationality"), Severity::Error,
            tr("The nationality \"%1\" is not a three-letter ICAO code such as UZB (capital "
               "letters A-Z, or < as filler).")
                .arg(person.nationality));

    issues += validatePassportNumber(person.passportNumber, person.nationality);
    if (person.passportIssueDate.isValid() && today.isValid() && person.passportIssueDate > today)
        add(issues, QStringLiteral("passport_issue_date"), Severity::Error,
            tr("The passport's date of issue %1 is in the future.")
                .arg(dates::format(person.passportIssueDate)));
    if (person.passportIssueDate.isValid() && person.passportExpiryDate.isValid() &&
        person.passportExpiryDate <= person.passportIssueDate)
        add(issues, QStringLiteral("passport_expiry_date"), Severity::Error,
            tr("The passport's expiry date %1 is not after its date of issue %2.")
                .arg(dates::format(person.passportExpiryDate),
                     dates::format(person.passportIssueDate)));

    issues += validatePinfl(person.pinfl, person.birthDate, person.sex);
    return issues;
}

ValidationIssues CaseValidator::validatePinfl(const QString &pinfl, const QDate &birthDate,
                                              const QString &sex) {
    ValidationIssues issues;
    if (isBlank(pinfl))
        return issues;
    const QString field = QStringLiteral("pinfl");
    const PinflInfo info = Pinfl::decode(pinfl);
    if (!info.wellFormed) {
        add(issues, field, Severity::Error, info.error);
        return issues;
    }
    if (birthDate.isValid() && info.birthDate != birthDate)
        add(issues, field, Severity::Error,
            tr("The PINFL gives the date of birth %1, but the record says %2. One of them is "
               "wrong.")
                .arg(dates::format(info.birthDate), dates::format(birthDate)));
    if ((sex == u"M" || sex == u"F") && info.sex != sex) {
        add(issues, field, Severity::Error,
            info.sex == u"M" ? tr("The first digit of the PINFL is that of a man, but the record "
                                  "says the person is a woman.")
                             : tr("The first digit of the PINFL is that of a woman, but the "
                                  "record says the person is a man."));
    }
    if (!info.checkDigitOk) {
        const QString digits = QString(pinfl).remove(u' ').trimmed();
        add(issues, field, Severity::Warning,
            tr("The last digit of the PINFL is %1, but the usual check rule gives %2. Compare "
               "the number with the document; if it is copied correctly, confirm it (the rule "
               "is not official and does not hold for every PINFL).")
                .arg(digits.right(1))
                .arg(info.expectedCheckDigit));
    }
    return issues;
}

ValidationIssues CaseValidator::validatePassportNumber(const QString &number,
                                                       const QString &nationality) {
    ValidationIssues issues;
    const QString normalized = identifiers::normalizePassportNumber(number);
    if (normalized.isEmpty())
        return issues;
    const QString field = QStringLiteral("passport_number");
    // Cyrillic А and Latin A look the same on screen but not to a border computer.
    if (names::hasCyrillic(normalized)) {
        add(issues, field, Severity::Warning,
            tr("The passport number %1 contains Cyrillic letters. Passport numbers are written "
               "in Latin letters (AA, not АА): retype the letters.")
                .arg(normalized));
        return issues;
    }
    const QString state = nationality.trimmed().toUpper();
    if ((state.isEmpty() || state == u"UZB") && !identifiers::isUzbekPassportNumber(normalized))
        add(issues, field, Severity::Warning,
            tr("%1 does not look like an Uzbek passport number (2 Latin letters and 7 digits, "
               "such as AA1234567). Check the number, or set the nationality if the passport "
               "is foreign.")
                .arg(normalized));
    return issues;
}

ValidationIssues CaseValidator::validateHostReference(const QString &reference) {
    ValidationIssues issues;
    if (isBlank(reference))
        return issues;
    if (!identifiers::normalizeANumber(reference))
        add(issues, QStringLiteral("host_reference"), Severity::Error,
            tr("\"%1\" is not an A-number: it is the letter A and 7 to 9 digits, for example "
               "A-123-456-789.")
                .arg(reference.trimmed()));
    return issues;
}

ValidationIssues CaseValidator::validateImmigrationDates(const CaseRecord &record,
                                                         const QDate &today) {
    ValidationIssues issues;
    const QDate birth = record.person.birthDate;
    const QDate entry = record.entryDate;
    const QDate until = record.authorizedUntil;

    if (entry.isValid()) {
        if (today.isValid() && entry > today)
            add(issues, QStringLiteral("entry_date"), Severity::Error,
                tr("The entry date %1 is in the future.").arg(dates::format(entry)));
        if (birth.isValid() && entry < birth)
            add(issues, QStringLiteral("entry_date"), Severity::Error,
                tr("The entry date %1 is before the date of birth %2.")
                    .arg(dates::format(entry), dates::format(birth)));
    }
    if (until.isValid()) {
        if (record.durationOfStatus)
            add(issues, QStringLiteral("authorized_until"), Severity::Error,
                tr("The stay is marked D/S (duration of status), which has no end date: clear "
                   "either the admit-until date or the D/S mark."));
        if (entry.isValid() && until < entry)
            add(issues, QStringLiteral("authorized_until"), Severity::Error,
                tr("The authorised stay ends on %1, before the entry date %2.")
                    .arg(dates::format(until), dates::format(entry)));
    }
    return issues;
}

ValidationIssues CaseValidator::validateCaseDetails(const CaseRecord &record) {
    ValidationIssues issues;
    if (!record.custody.isEmpty() && !custodyCodes().contains(record.custody))
        add(issues, QStringLiteral("custody"), Severity::Error,
            tr("\"%1\" is not a known custody status.").arg(record.custody));
    if (record.custody == u"detained" && isBlank(record.facility))
        add(issues, QStringLiteral("facility"), Severity::Warning,
            tr("The person is in immigration detention, but no facility is recorded. Enter the "
               "facility so that the person can be visited."));
    const QStringList knownNeeds = needCodes();
    for (const QString &need : record.needs) {
        if (!knownNeeds.contains(need))
            add(issues, QStringLiteral("needs"), Severity::Error,
                tr("\"%1\" is not a known operational need.").arg(need));
    }
    // Consent per purpose, with the day and the form in which it was given; none while the
    // person objects to consular action.
    const struct {
        const char *field;
        bool given;
        QDate on;
        QString form;
        QString purpose;
    } consents[] = {
        {"consent_contact_relatives", record.consentContactRelatives,
         record.consentContactRelativesOn, record.consentContactRelativesForm,
         tr("Consent to contacting relatives")},
        {"consent_share_lawyer", record.consentShareWithLawyer, record.consentShareWithLawyerOn,
         record.consentShareWithLawyerForm, tr("Consent to sharing the case with a lawyer")},
    };
    for (const auto &c : consents) {
        const QString field = QString::fromLatin1(c.field);
        if (!c.given)
            continue;
        if (record.objectsToConsularAction)
            add(issues, field, Severity::Error,
                tr("%1 cannot be recorded: the person objects to consular action. Record the "
                   "end of the objection first.")
                    .arg(c.purpose));
        if (!c.on.isValid())
            add(issues, field + QStringLiteral("_on"), Severity::Error,
                tr("%1: enter the day it was given.").arg(c.purpose));
        if (!consentFormCodes().contains(c.form))
            add(issues, field + QStringLiteral("_form"), Severity::Error,
                tr("%1: choose the form in which it was given (in writing, orally or "
                   "electronically).")
                    .arg(c.purpose));
    }
    if (record.objectsToConsularAction && !record.objectionOn.isValid())
        add(issues, QStringLiteral("objection_on"), Severity::Error,
            tr("The objection to consular action: enter the day the person stated it."));
    if (!record.returnWish.isEmpty() && !returnWishCodes().contains(record.returnWish))
        add(issues, QStringLiteral("return_wish"), Severity::Error,
            tr("\"%1\" is not a known answer about the wish to return.").arg(record.returnWish));
    if (!record.hostRequest.orderType.isEmpty() &&
        !orderTypeCodes().contains(record.hostRequest.orderType))
        add(issues, QStringLiteral("host_order_type"), Severity::Error,
            tr("\"%1\" is not a known type of order.").arg(record.hostRequest.orderType));
    return issues;
}

} // namespace qaytish
