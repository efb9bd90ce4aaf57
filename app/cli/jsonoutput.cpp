#include "jsonoutput.h"

#include "core/dates.h"

#include <QJsonArray>

namespace qaytish::json {

namespace {

QJsonValue date(const QDate &d) {
    return d.isValid() ? QJsonValue(dates::toIso(d)) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateTime(const QDateTime &dt) {
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODate))
                        : QJsonValue(QJsonValue::Null);
}

QJsonValue days(std::optional<int> d) {
    return d ? QJsonValue(*d) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject listRow(const CaseListRow &r, const QDate &today) {
    return {
        {QStringLiteral("case_ref"), r.caseRef},
        {QStringLiteral("surname"), r.surname},
        {QStringLiteral("given_names"), r.givenNames},
        {QStringLiteral("patronymic"), r.patronymic},
        {QStringLiteral("surname_cyrillic"), r.surnameCyrillic},
        {QStringLiteral("given_names_cyrillic"), r.givenNamesCyrillic},
        {QStringLiteral("patronymic_cyrillic"), r.patronymicCyrillic},
        {QStringLiteral("birth_date"), date(r.birthDate)},
        {QStringLiteral("sex"), r.sex},
        {QStringLiteral("passport_number"), r.passportNumber},
        {QStringLiteral("pinfl"), r.pinfl},
        {QStringLiteral("host_reference"), r.hostReference},
        {QStringLiteral("status"), CaseStatusInfo::code(r.status)},
        {QStringLiteral("overstay_days"),
         days(r.durationOfStatus ? std::nullopt : overstayDays(r.authorizedUntil, today))},
        {QStringLiteral("facility"), r.facility},
        {QStringLiteral("updated_at"), dateTime(r.updatedAt)},
    };
}

QJsonObject caseDetail(const CaseRecord &r, const QList<IdentityRequest> &requests,
                       const QList<Interview> &interviews, const QList<StatusChange> &history,
                       const QDate &today) {
    const PersonRecord &p = r.person;
    QJsonArray requestArray;
    for (const IdentityRequest &q : requests) {
        requestArray.append(QJsonObject{
            {QStringLiteral("out_number"), q.outNumber},
            {QStringLiteral("out_date"), date(q.outDate)},
            {QStringLiteral("reply_number"), q.replyNumber},
            {QStringLiteral("reply_date"), date(q.replyDate)},
            {QStringLiteral("reply_result"),
             q.replyResult.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.replyResult)},
            {QStringLiteral("created_by"), q.createdBy},
        });
    }
    QJsonArray interviewArray;
    for (const Interview &i : interviews) {
        interviewArray.append(QJsonObject{
            {QStringLiteral("date"), date(i.date)},
            {QStringLiteral("place"), i.place},
            {QStringLiteral("interpreter"), i.interpreter},
            {QStringLiteral("language"), i.language},
            {QStringLiteral("stated_wishes"), i.statedWishes},
            {QStringLiteral("officer"), i.officer},
        });
    }
    QJsonArray historyArray;
    for (const StatusChange &c : history) {
        historyArray.append(QJsonObject{
            {QStringLiteral("at"), dateTime(c.at)},
            {QStringLiteral("actor"), c.actor},
            {QStringLiteral("from"),
             c.fromCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.fromCode)},
            {QStringLiteral("to"), c.toCode},
            {QStringLiteral("comment"), c.comment},
        });
    }
    return {
        {QStringLiteral("case_ref"), r.caseRef},
        {QStringLiteral("uuid"), r.uuid},
        {QStringLiteral("status"), CaseStatusInfo::code(r.status)},
        {QStringLiteral("surname"), p.surname},
        {QStringLiteral("given_names"), p.givenNames},
        {QStringLiteral("patronymic"), p.patronymic},
        {QStringLiteral("surname_cyrillic"), p.surnameCyrillic},
        {QStringLiteral("given_names_cyrillic"), p.givenNamesCyrillic},
        {QStringLiteral("patronymic_cyrillic"), p.patronymicCyrillic},
        {QStringLiteral("sex"), p.sex},
        {QStringLiteral("birth_date"), date(p.birthDate)},
        {QStringLiteral("birth_place"), p.birthPlace},
        {QStringLiteral("nationality"), p.nationality},
        {QStringLiteral("pinfl"), p.pinfl},
        {QStringLiteral("passport_number"), p.passportNumber},
        {QStringLiteral("passport_issue_date"), date(p.passportIssueDate)},
        {QStringLiteral("passport_expiry_date"), date(p.passportExpiryDate)},
        {QStringLiteral("contact_abroad"), p.contactAbroad},
        {QStringLiteral("contact_home"), p.contactHome},
        {QStringLiteral("family_group"), p.familyGroup},
        {QStringLiteral("host_reference"), r.hostReference},
        {QStringLiteral("visa_class"), r.visaClass},
        {QStringLiteral("entry_date"), date(r.entryDate)},
        {QStringLiteral("authorized_until"), date(r.authorizedUntil)},
        {QStringLiteral("authorized_ds"), r.durationOfStatus},
        {QStringLiteral("overstay_days"), days(r.overstayDays(today))},
        {QStringLiteral("custody"), r.custody},
        {QStringLiteral("facility"), r.facility},
        {QStringLiteral("needs"), QJsonArray::fromStringList(r.needs)},
        {QStringLiteral("consent_contact_relatives"), r.consentContactRelatives},
        {QStringLiteral("consent_share_lawyer"), r.consentShareWithLawyer},
        {QStringLiteral("legal_representative"), r.legalRepresentative},
        {QStringLiteral("return_wish"), r.returnWish},
        {QStringLiteral("assigned_officer"), r.assignedOfficer},
        {QStringLiteral("notes"), r.notes},
        {QStringLiteral("host_request"),
         QJsonObject{{QStringLiteral("reference"), r.hostRequest.reference},
                     {QStringLiteral("officer"), r.hostRequest.officer},
                     {QStringLiteral("received_date"), date(r.hostRequest.receivedDate)},
                     {QStringLiteral("order_date"), date(r.hostRequest.orderDate)},
                     {QStringLiteral("order_type"), r.hostRequest.orderType}}},
        {QStringLiteral("identity_requests"), requestArray},
        {QStringLiteral("interviews"), interviewArray},
        {QStringLiteral("history"), historyArray},
        {QStringLiteral("created_at"), dateTime(r.createdAt)},
        {QStringLiteral("updated_at"), dateTime(r.updatedAt)},
    };
}

} // namespace qaytish::json
