#include "caserecord.h"

#include "names.h"

#include <QCoreApplication>

#include <algorithm>

namespace qaytish {

QString PersonRecord::fullNameLatin() const {
    return names::joinFullName(surname, givenNames, patronymic);
}

QString PersonRecord::fullNameCyrillic() const {
    return names::joinFullName(surnameCyrillic, givenNamesCyrillic, patronymicCyrillic);
}

// The display names are looked up by code. A code that is not in the list (an older or
// newer register) is shown as it is rather than hidden.

QStringList needCodes() {
    return {QStringLiteral("wheelchair"), QStringLiteral("medical_escort"),
            QStringLiteral("unaccompanied_minor"), QStringLiteral("travel_assistance"),
            QStringLiteral("interpreter")};
}

QString needDisplayName(const QString &code) {
    if (code == u"wheelchair")
        return QCoreApplication::translate("CaseRecord", "Wheelchair");
    if (code == u"medical_escort")
        return QCoreApplication::translate("CaseRecord", "Medical escort");
    if (code == u"unaccompanied_minor")
        return QCoreApplication::translate("CaseRecord", "Unaccompanied minor");
    if (code == u"travel_assistance")
        return QCoreApplication::translate("CaseRecord", "Travel assistance");
    if (code == u"interpreter")
        return QCoreApplication::translate("CaseRecord", "Interpreter");
    return code;
}

QStringList orderTypeCodes() {
    return {QStringLiteral("removal_order"), QStringLiteral("voluntary_departure"),
            QStringLiteral("expedited_removal"), QStringLiteral("reinstated_order"),
            QStringLiteral("other")};
}

QString orderTypeDisplayName(const QString &code) {
    if (code == u"removal_order")
        return QCoreApplication::translate("CaseRecord", "Removal order");
    if (code == u"voluntary_departure")
        return QCoreApplication::translate("CaseRecord", "Voluntary departure");
    if (code == u"expedited_removal")
        return QCoreApplication::translate("CaseRecord", "Expedited removal");
    if (code == u"reinstated_order")
        return QCoreApplication::translate("CaseRecord", "Reinstated removal order");
    if (code == u"other")
        return QCoreApplication::translate("CaseRecord", "Other");
    return code;
}

QStringList custodyCodes() {
    return {QStringLiteral("at_large"), QStringLiteral("detained")};
}

QString custodyDisplayName(const QString &code) {
    if (code == u"at_large")
        return QCoreApplication::translate("CaseRecord", "At large");
    if (code == u"detained")
        return QCoreApplication::translate("CaseRecord", "In immigration detention");
    return code;
}

QStringList consentFormCodes() {
    return {QStringLiteral("written"), QStringLiteral("oral"), QStringLiteral("electronic")};
}

QString consentFormDisplayName(const QString &code) {
    if (code == u"written")
        return QCoreApplication::translate("CaseRecord", "In writing");
    if (code == u"oral")
        return QCoreApplication::translate("CaseRecord", "Orally");
    if (code == u"electronic")
        return QCoreApplication::translate("CaseRecord", "Electronically");
    return code;
}

QStringList returnWishCodes() {
    return {QStringLiteral("wants_return"), QStringLiteral("undecided"), QStringLiteral("objects")};
}

QString returnWishDisplayName(const QString &code) {
    if (code == u"wants_return")
        return QCoreApplication::translate("CaseRecord", "Wants to return");
    if (code == u"undecided")
        return QCoreApplication::translate("CaseRecord", "Undecided");
    if (code == u"objects")
        return QCoreApplication::translate("CaseRecord", "Objects to return");
    return code;
}

QStringList replyResultCodes() {
    return {QStringLiteral("confirmed"), QStringLiteral("no_record"), QStringLiteral("not_citizen"),
            QStringLiteral("more_info")};
}

QString replyResultDisplayName(const QString &code) {
    if (code == u"confirmed")
        return QCoreApplication::translate("CaseRecord", "Identity and citizenship confirmed");
    if (code == u"no_record")
        return QCoreApplication::translate("CaseRecord", "No record found");
    if (code == u"not_citizen")
        return QCoreApplication::translate("CaseRecord", "Not a citizen");
    if (code == u"more_info")
        return QCoreApplication::translate("CaseRecord", "More information requested");
    return code;
}

std::optional<int> overstayDays(const QDate &authorizedUntil, const QDate &today) {
    if (!authorizedUntil.isValid() || !today.isValid())
        return std::nullopt;
    // Unlawful presence starts the day after the admit-until date: until 1 January, today
    // 2 January gives 1.
    return int(std::max<qint64>(0, authorizedUntil.daysTo(today)));
}

std::optional<int> CaseRecord::overstayDays(const QDate &today) const {
    if (durationOfStatus)
        return std::nullopt;
    return qaytish::overstayDays(authorizedUntil, today);
}

} // namespace qaytish
