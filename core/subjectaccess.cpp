#include "subjectaccess.h"

#include "exportlog.h"

#include "casejson.h"
#include "caserepository.h"
#include "changewriter.h"
#include "dates.h"
#include "duplicates.h"
#include "permissions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace qaytish {

namespace {

// Pages of the audit trail read at a time: a person's entries number in the hundreds.
constexpr int AuditPage = 1000;

Result<QList<qint64>> casesOfPerson(const Database &db, qint64 personId) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM return_case WHERE person_id = ? ORDER BY id"));
    q.addBindValue(personId);
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), db.path());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result<QStringList> caseRefsOfPerson(const Database &db, qint64 personId) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT case_ref FROM return_case WHERE person_id = ? ORDER BY id"));
    q.addBindValue(personId);
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), db.path());
    QStringList refs;
    while (q.next())
        refs << q.value(0).toString();
    return refs;
}

// The lists a case was on (taken off or not), with its own passenger row and the warnings
// about it that a consul overrode there; oldest list first.
Result<QList<SubjectAccessListEntry>> listsOfCase(const Database &db, qint64 caseId) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT l.id, l.uuid, l.flight_number, l.carrier, l.flight_date, l.departure_time, "
        "l.from_airport, l.to_airport, l.capacity, l.status, l.created_by, l.created_at, "
        "l.updated_at, p.removed, p.removed_reason, p.region, p.district, p.receiver_name, "
        "p.receiver_relation, p.receiver_contact, p.receiver_consent, p.receiver_confirmed, "
        "p.boarded, p.not_boarded_reason "
        "FROM return_list_passenger p JOIN return_list l ON l.id = p.list_id "
        "WHERE p.case_id = ? ORDER BY l.flight_date, l.id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), db.path());
    QList<SubjectAccessListEntry> out;
    while (q.next()) {
        SubjectAccessListEntry e;
        ReturnList &l = e.list;
        l.id = q.value(0).toLongLong();
        l.uuid = q.value(1).toString();
        l.flightNumber = q.value(2).toString();
        l.carrier = q.value(3).toString();
        l.flightDate = dates::fromIso(q.value(4).toString());
        l.departureTime = q.value(5).toString();
        l.fromAirport = q.value(6).toString();
        l.toAirport = q.value(7).toString();
        l.capacity = q.value(8).toInt();
        l.status = q.value(9).toString();
        l.createdBy = q.value(10).toString();
        l.createdAt = dates::fromIsoDateTime(q.value(11).toString());
        l.updatedAt = dates::fromIsoDateTime(q.value(12).toString());
        e.removed = q.value(13).toInt() != 0;
        e.removedReason = q.value(14).toString();
        e.reception.region = q.value(15).toString();
        e.reception.district = q.value(16).toString();
        e.reception.receiverName = q.value(17).toString();
        e.reception.receiverRelation = q.value(18).toString();
        e.reception.receiverContact = q.value(19).toString();
        e.reception.receiverConsent = q.value(20).toInt() != 0;
        e.reception.receiverConfirmed = q.value(21).toInt() != 0;
        if (!q.value(22).isNull())
            e.boarded = q.value(22).toInt() != 0;
        e.notBoardedReason = q.value(23).toString();
        out << e;
    }
    if (q.lastError().isValid())
        return Database::errorFromSql(q.lastError(), db.path());
    QSqlQuery o(db.connection());
    o.setForwardOnly(true);
    o.prepare(QStringLiteral("SELECT list_id, code, reason, actor, created_at FROM "
                             "return_list_override WHERE case_id = ? ORDER BY id"));
    o.addBindValue(caseId);
    if (!o.exec())
        return Database::errorFromSql(o.lastError(), db.path());
    while (o.next()) {
        const qint64 listId = o.value(0).toLongLong();
        for (SubjectAccessListEntry &e : out) {
            if (e.list.id == listId)
                e.overrides << SubjectAccessListEntry::Override{
                    o.value(1).toString(), o.value(2).toString(), o.value(3).toString(),
                    dates::fromIsoDateTime(o.value(4).toString())};
        }
    }
    return out;
}

PersonRecord confirmedAsPerson(const ConfirmedIdentity &c) {
    PersonRecord p;
    p.surname = c.surname;
    p.givenNames = c.givenNames;
    p.patronymic = c.patronymic;
    p.surnameCyrillic = c.surnameCyrillic;
    p.givenNamesCyrillic = c.givenNamesCyrillic;
    p.patronymicCyrillic = c.patronymicCyrillic;
    p.sex = c.sex;
    p.birthDate = c.birthDate;
    p.birthPlace = c.birthPlace;
    p.pinfl = c.pinfl;
    return p;
}

QJsonObject certificateJson(const Certificate &c) {
    return {
        {QStringLiteral("number"), c.number},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("surname"), c.surname},
        {QStringLiteral("given_names"), c.givenNames},
        {QStringLiteral("patronymic"), c.patronymic},
        {QStringLiteral("surname_cyrillic"), c.surnameCyrillic},
        {QStringLiteral("given_names_cyrillic"), c.givenNamesCyrillic},
        {QStringLiteral("patronymic_cyrillic"), c.patronymicCyrillic},
        {QStringLiteral("sex"), c.sex},
        {QStringLiteral("birth_date"), json::date(c.birthDate)},
        {QStringLiteral("birth_place"), c.birthPlace},
        {QStringLiteral("pinfl"), c.pinfl},
        {QStringLiteral("issue_date"), json::date(c.issueDate)},
        {QStringLiteral("valid_until"), json::date(c.validUntil)},
        {QStringLiteral("issued_by"), c.issuedBy},
        {QStringLiteral("head_of_mission"), c.headOfMission},
        {QStringLiteral("duty_amount"), c.dutyAmount},
        {QStringLiteral("duty_currency"), c.dutyCurrency},
        {QStringLiteral("receipt_number"), c.receiptNumber},
        {QStringLiteral("exemption_reason"), c.exemptionReason},
        {QStringLiteral("void_reason"), c.voidReason},
        {QStringLiteral("voided_by"), c.voidedBy},
        {QStringLiteral("voided_at"), json::dateTime(c.voidedAt)},
        {QStringLiteral("photo_bytes"), c.photo.size()},
        {QStringLiteral("qr_payload"), c.payload},
        {QStringLiteral("created_at"), json::dateTime(c.createdAt)},
    };
}

QJsonObject listJson(const SubjectAccessListEntry &e) {
    QJsonArray overrides;
    for (const SubjectAccessListEntry::Override &o : e.overrides)
        overrides.append(QJsonObject{{QStringLiteral("code"), o.code},
                                     {QStringLiteral("reason"), o.reason},
                                     {QStringLiteral("actor"), o.actor},
                                     {QStringLiteral("at"), json::dateTime(o.at)}});
    const ReceptionData &r = e.reception;
    return {
        {QStringLiteral("list_id"), e.list.id},
        {QStringLiteral("flight_number"), e.list.flightNumber},
        {QStringLiteral("carrier"), e.list.carrier},
        {QStringLiteral("flight_date"), json::date(e.list.flightDate)},
        {QStringLiteral("departure_time"), e.list.departureTime},
        {QStringLiteral("from_airport"), e.list.fromAirport},
        {QStringLiteral("to_airport"), e.list.toAirport},
        {QStringLiteral("list_status"), e.list.status},
        {QStringLiteral("removed"), e.removed},
        {QStringLiteral("removed_reason"), e.removedReason},
        {QStringLiteral("reception"),
         QJsonObject{{QStringLiteral("region"), r.region},
                     {QStringLiteral("district"), r.district},
                     {QStringLiteral("receiver_name"), r.receiverName},
                     {QStringLiteral("receiver_relation"), r.receiverRelation},
                     {QStringLiteral("receiver_contact"), r.receiverContact},
                     {QStringLiteral("receiver_consent"), r.receiverConsent},
                     {QStringLiteral("receiver_confirmed"), r.receiverConfirmed}}},
        {QStringLiteral("boarded"), e.boarded ? QJsonValue(*e.boarded) : QJsonValue()},
        {QStringLiteral("not_boarded_reason"), e.notBoardedReason},
        {QStringLiteral("overrides"), overrides},
    };
}

} // namespace

bool SubjectAccessReport::needsWithheld() const {
    return std::any_of(cases.cbegin(), cases.cend(),
                       [](const SubjectAccessCase &c) { return c.record.needsWithheld; });
}

Result<SubjectAccessReport> SubjectAccess::gatherByRef(const Database &db, const Clock &clock,
                                                       const Actor &reader,
                                                       const QString &caseRef) {
    if (Status s = Permissions::check(db.connection(), db.path(), reader, Permission::ReadCases);
        !s)
        return s.error();
    Result<std::optional<CaseRepository::CaseKeys>> keys =
        CaseRepository(db, clock).keysOf(caseRef);
    if (!keys)
        return keys.error();
    if (!keys.value())
        return Error::make(ErrorKind::NotFound, tr("There is no case %1.").arg(caseRef.trimmed()),
                           QStringLiteral("case_ref"));
    return gather(db, clock, reader, keys.value()->caseId);
}

Result<SubjectAccessReport> SubjectAccess::gather(const Database &db, const Clock &clock,
                                                  const Actor &reader, qint64 caseId) {
    // The permission comes before anything is read, so that a refusal says nothing about
    // whether the case exists.
    if (Status s = Permissions::check(db.connection(), db.path(), reader, Permission::ReadCases);
        !s)
        return s.error();
    CaseRepository repo(db, clock);
    Result<CaseRecord> requested = repo.load(caseId);
    if (!requested)
        return requested.error();

    SubjectAccessReport report;
    report.requestedCaseId = caseId;
    report.requestedCaseRef = requested->caseRef;
    report.person = requested->person;
    report.madeBy = reader.name;
    report.madeAt = clock.now().toUTC();
    report.today = clock.today();

    Result<QList<qint64>> caseIds = casesOfPerson(db, report.person.id);
    if (!caseIds)
        return caseIds.error();
    CertificateRegister certificates(db, clock);
    for (const qint64 id : caseIds.value()) {
        SubjectAccessCase c;
        Result<CaseRecord> record = id == caseId ? requested : repo.load(id);
        if (!record)
            return record.error();
        c.record = record.value();
        // The rule of DESIGN.md holds here too: an export must not become the way round it.
        // A reader who may not see the needs makes an answer that says they are withheld; a
        // consul or the assigned officer makes the complete one.
        Result<bool> seesNeeds = repo.maySeeNeeds(reader, c.record);
        if (!seesNeeds)
            return seesNeeds.error();
        if (!seesNeeds.value()) {
            c.record.needs.clear();
            c.record.needsWithheld = true;
        }
        Result<QList<StatusChange>> history = repo.history(id);
        if (!history)
            return history.error();
        c.history = history.value();
        Result<QList<IdentityRequest>> requests = repo.identityRequests(id);
        if (!requests)
            return requests.error();
        c.requests = requests.value();
        Result<QList<Interview>> interviews = repo.interviews(id);
        if (!interviews)
            return interviews.error();
        c.interviews = interviews.value();
        Result<std::optional<ConfirmedIdentity>> confirmed = repo.confirmedIdentity(id);
        if (!confirmed)
            return confirmed.error();
        c.confirmed = confirmed.value();
        Result<QList<Certificate>> issued = certificates.forCase(id);
        if (!issued)
            return issued.error();
        for (const Certificate &listed : issued.value()) {
            Result<Certificate> full = certificates.byNumber(listed.number); // with the photo
            if (!full)
                return full.error();
            c.certificates << full.value();
        }
        std::reverse(c.certificates.begin(), c.certificates.end()); // oldest first
        Result<QList<SubjectAccessListEntry>> lists = listsOfCase(db, id);
        if (!lists)
            return lists.error();
        c.returnLists = lists.value();
        report.cases << c;
    }

    Result<std::optional<PersonPhoto>> photo = PersonPhotoStore(db, clock).forCase(caseId);
    if (!photo)
        return photo.error();
    report.photo = photo.value();

    Result<QList<PersonLink>> links = PersonLinks(db, clock).linksOf(report.person.id);
    if (!links)
        return links.error();
    for (const PersonLink &l : links.value()) {
        SubjectAccessLink link;
        link.personId = l.personA == report.person.id ? l.personB : l.personA;
        link.linkedBy = l.linkedBy;
        link.linkedAt = l.linkedAt;
        Result<QStringList> refs = caseRefsOfPerson(db, link.personId);
        if (!refs)
            return refs.error();
        link.caseRefs = refs.value();
        report.links << link;
    }

    // The audit trail newest first, page by page; the report gives it in order of time.
    qint64 before = 0;
    for (;;) {
        Result<QList<AuditEntry>> page = AuditLog::entriesAboutPerson(
            db.connection(), db.path(), reader, report.person.id, before, AuditPage);
        if (!page)
            return page.error();
        report.audit << page.value();
        if (page->size() < AuditPage)
            break;
        before = page->constLast().id;
    }
    std::reverse(report.audit.begin(), report.audit.end());
    // The needs' values in the trail are withheld from the same readers as the needs.
    for (AuditEntry &e : report.audit) {
        if (e.table != u"return_case" || e.field != u"needs")
            continue;
        const auto withheld = std::find_if(
            report.cases.cbegin(), report.cases.cend(), [&](const SubjectAccessCase &c) {
                return c.record.id == e.rowId && c.record.needsWithheld;
            });
        if (withheld != report.cases.cend() && (e.oldValue || e.newValue)) {
            e.oldValue.reset();
            e.newValue.reset();
            e.valuesHidden = true;
        }
    }
    return report;
}

QJsonObject SubjectAccess::toJson(const SubjectAccessReport &r) {
    QJsonObject person = json::person(r.person);
    if (r.photo) {
        person.insert(
            QStringLiteral("photo"),
            QJsonObject{
                {QStringLiteral("format"), QStringLiteral("image/jpeg")},
                {QStringLiteral("width"), r.photo->width},
                {QStringLiteral("height"), r.photo->height},
                {QStringLiteral("bytes"), r.photo->jpeg.size()},
                {QStringLiteral("updated_at"), json::dateTime(r.photo->updatedAt)},
                {QStringLiteral("jpeg_base64"), QString::fromLatin1(r.photo->jpeg.toBase64())}});
    } else {
        person.insert(QStringLiteral("photo"), QJsonValue());
    }
    QJsonArray links;
    for (const SubjectAccessLink &l : r.links)
        links.append(
            QJsonObject{{QStringLiteral("person_id"), l.personId},
                        {QStringLiteral("case_refs"), QJsonArray::fromStringList(l.caseRefs)},
                        {QStringLiteral("linked_by"), l.linkedBy},
                        {QStringLiteral("linked_at"), json::dateTime(l.linkedAt)}});
    person.insert(QStringLiteral("linked_persons"), links);

    QJsonArray cases;
    for (const SubjectAccessCase &c : r.cases) {
        QJsonObject o = json::caseDetail(c.record, c.requests, c.interviews, c.history, r.today);
        if (c.confirmed) {
            QJsonObject confirmed;
            const QVariantMap columns = confirmedIdentityColumns(confirmedAsPerson(*c.confirmed));
            for (auto it = columns.cbegin(); it != columns.cend(); ++it)
                confirmed.insert(it.key(), QJsonValue::fromVariant(it.value()));
            confirmed.insert(QStringLiteral("confirmed_at"),
                             json::dateTime(c.confirmed->createdAt));
            o.insert(QStringLiteral("confirmed_identity"), confirmed);
        } else {
            o.insert(QStringLiteral("confirmed_identity"), QJsonValue());
        }
        QJsonArray certificates;
        for (const Certificate &cert : c.certificates)
            certificates.append(certificateJson(cert));
        o.insert(QStringLiteral("certificates"), certificates);
        QJsonArray lists;
        for (const SubjectAccessListEntry &e : c.returnLists)
            lists.append(listJson(e));
        o.insert(QStringLiteral("return_lists"), lists);
        cases.append(o);
    }
    QJsonArray audit;
    for (const AuditEntry &e : r.audit)
        audit.append(AuditLog::toJson(e));
    return {
        {QStringLiteral("format"), QStringLiteral("qaytish-subject-access")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("case_ref"), r.requestedCaseRef},
        {QStringLiteral("made_by"), r.madeBy},
        {QStringLiteral("made_at"), json::dateTime(r.madeAt)},
        {QStringLiteral("needs_withheld"), r.needsWithheld()},
        {QStringLiteral("person"), person},
        {QStringLiteral("cases"), cases},
        {QStringLiteral("audit_trail"), audit},
    };
}

QByteArray SubjectAccess::jsonBytes(const SubjectAccessReport &report) {
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
}

Result<QString> SubjectAccess::formatFor(const QString &filePath) {
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    if (suffix == u"pdf" || suffix == u"json")
        return suffix;
    Error e = Error::inFile(ErrorKind::BadInput,
                            tr("%1: the file name must end in %2 (a report to read) or %3 (the "
                               "data for another system).")
                                .arg(QDir::toNativeSeparators(filePath), QStringLiteral(".pdf"),
                                     QStringLiteral(".json")),
                            filePath);
    e.field = QStringLiteral("out");
    return e;
}

Status SubjectAccess::recordExport(const Database &db, const Clock &clock, const Actor &reader,
                                   const SubjectAccessReport &report, const QString &what) {
    ChangeWriter writer(db.connection(), db.path(), clock, reader, Permission::ReadCases);
    return writer.logAccess(AuditAction::Export, QStringLiteral("return_case"),
                            report.requestedCaseId, what, ExportKind::SubjectAccess);
}

Status SubjectAccess::save(const Database &db, const Clock &clock, const Actor &reader,
                           const SubjectAccessReport &report, const QString &format,
                           const QByteArray &bytes, const QString &filePath) {
    const QString shown = QDir::toNativeSeparators(filePath);
    auto cannotWrite = [&](const QString &reason) {
        return Error::inFile(ErrorKind::Io, tr("%1 cannot be written: %2").arg(shown, reason),
                             filePath);
    };
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    if (file.write(bytes) != bytes.size())
        return cannotWrite(file.errorString());
    // Codes, never translated: the trail reads the same in every language.
    const QString what = QStringLiteral("subject access %1 %2 to %3")
                             .arg(format, report.requestedCaseRef,
                                  QDir::toNativeSeparators(QFileInfo(filePath).absoluteFilePath()));
    bool written = false;
    Status s = db.transaction([&]() -> Status {
        if (Status r = recordExport(db, clock, reader, report, what); !r)
            return r;
        if (!file.commit())
            return cannotWrite(file.errorString());
        written = true;
        return {};
    });
    if (!s && written)
        QFile::remove(filePath); // written, but the export could not be recorded
    return s;
}

} // namespace qaytish
