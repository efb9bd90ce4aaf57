#include "casejson.h"

#include "caserepository.h"
#include "dates.h"

#include <QJsonArray>

namespace qaytish::json {

namespace {

QJsonValue days(std::optional<int> d) {
    return d ? QJsonValue(*d) : QJsonValue(QJsonValue::Null);
}

// Stored columns as JSON: the derived search and sort keys are not data, and the flags are
// booleans.
void insertColumns(QJsonObject &out, const QVariantMap &columns) {
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        const QString &key = it.key();
        if (key.endsWith(QStringLiteral("_sort")) || key.endsWith(QStringLiteral("_key")))
            continue; // derived search and sort keys are not data
        out.insert(key, QJsonValue::fromVariant(it.value()));
    }
    for (const char *flag : {"authorized_ds", "consent_contact_relatives", "consent_share_lawyer",
                             "objects_to_consular_action"}) {
        if (columns.contains(QLatin1String(flag)))
            out.insert(QLatin1String(flag), columns.value(QLatin1String(flag)).toInt() != 0);
    }
}

} // namespace

QJsonValue date(const QDate &d) {
    return d.isValid() ? QJsonValue(dates::toIso(d)) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateTime(const QDateTime &dt) {
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODate))
                        : QJsonValue(QJsonValue::Null);
}

QJsonValue codeOrNull(const QString &code) {
    return code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code);
}

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
    QJsonArray requestArray;
    for (const IdentityRequest &q : requests) {
        requestArray.append(QJsonObject{
            {QStringLiteral("out_number"), q.outNumber},
            {QStringLiteral("out_date"), date(q.outDate)},
            {QStringLiteral("reply_number"), q.replyNumber},
            {QStringLiteral("reply_date"), date(q.replyDate)},
            {QStringLiteral("reply_result"), codeOrNull(q.replyResult)},
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
            {QStringLiteral("from"), codeOrNull(c.fromCode)},
            {QStringLiteral("to"), c.toCode},
            {QStringLiteral("comment"), c.comment},
        });
    }
    // The stored columns are the keys: one list of fields for the register and its JSON.
    QVariantMap columns = personColumns(r.person);
    const QVariantMap caseValues = caseColumns(r);
    columns.insert(caseValues);
    QJsonObject out;
    insertColumns(out, columns);
    out.insert(QStringLiteral("needs"), QJsonArray::fromStringList(r.needs));
    // Withheld from a reader who is neither a consul nor the assigned officer.
    out.insert(QStringLiteral("needs_withheld"), r.needsWithheld);
    out.insert(QStringLiteral("case_ref"), r.caseRef);
    out.insert(QStringLiteral("uuid"), r.uuid);
    out.insert(QStringLiteral("status"), CaseStatusInfo::code(r.status));
    out.insert(QStringLiteral("overstay_days"), days(r.overstayDays(today)));
    out.insert(QStringLiteral("identity_requests"), requestArray);
    out.insert(QStringLiteral("interviews"), interviewArray);
    out.insert(QStringLiteral("history"), historyArray);
    out.insert(QStringLiteral("created_at"), dateTime(r.createdAt));
    out.insert(QStringLiteral("anonymised_at"), dateTime(r.person.anonymisedAt));
    out.insert(QStringLiteral("updated_at"), dateTime(r.updatedAt));
    return out;
}

QJsonObject person(const PersonRecord &p) {
    QJsonObject out;
    insertColumns(out, personColumns(p));
    out.insert(QStringLiteral("id"), p.id);
    out.insert(QStringLiteral("uuid"), p.uuid);
    return out;
}

} // namespace qaytish::json
