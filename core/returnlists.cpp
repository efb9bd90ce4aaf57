#include "returnlists.h"

#include "caserepository.h"
#include "changewriter.h"
#include "dates.h"
#include "missionsettings.h"
#include "names.h"
#include "workflow.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace qaytish {

namespace {

const QString Draft = QStringLiteral("draft");
const QString Final = QStringLiteral("final");
const QString Completed = QStringLiteral("completed");

QVariant dateValue(const QDate &d) {
    return d.isValid() ? QVariant(dates::toIso(d)) : QVariant();
}

// The list's own SQL reads run one statement each; an error names the register.
Result<QSqlQuery> exec(const Database &db, const QString &sql, const QVariantList &values) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Database::errorFromSql(q.lastError(), db.path());
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), db.path());
    return q;
}

ReturnList readList(const QSqlQuery &q) {
    ReturnList l;
    l.id = q.value(QStringLiteral("id")).toLongLong();
    l.uuid = q.value(QStringLiteral("uuid")).toString();
    l.flightNumber = q.value(QStringLiteral("flight_number")).toString();
    l.carrier = q.value(QStringLiteral("carrier")).toString();
    l.flightDate = dates::fromIso(q.value(QStringLiteral("flight_date")).toString());
    l.departureTime = q.value(QStringLiteral("departure_time")).toString();
    l.fromAirport = q.value(QStringLiteral("from_airport")).toString();
    l.toAirport = q.value(QStringLiteral("to_airport")).toString();
    l.capacity = q.value(QStringLiteral("capacity")).toInt();
    l.status = q.value(QStringLiteral("status")).toString();
    l.createdBy = q.value(QStringLiteral("created_by")).toString();
    l.createdAt = dates::fromIsoDateTime(q.value(QStringLiteral("created_at")).toString());
    l.updatedAt = dates::fromIsoDateTime(q.value(QStringLiteral("updated_at")).toString());
    return l;
}

ReturnList normalizedList(ReturnList l) {
    l.flightNumber = l.flightNumber.simplified().toUpper();
    l.carrier = l.carrier.simplified();
    l.departureTime = l.departureTime.trimmed();
    l.fromAirport = l.fromAirport.trimmed().toUpper();
    l.toAirport = l.toAirport.trimmed().toUpper();
    return l;
}

QVariantMap listColumns(const ReturnList &l) {
    return {{QStringLiteral("flight_number"), l.flightNumber},
            {QStringLiteral("carrier"), l.carrier},
            {QStringLiteral("flight_date"), dateValue(l.flightDate)},
            {QStringLiteral("departure_time"), l.departureTime},
            {QStringLiteral("from_airport"), l.fromAirport},
            {QStringLiteral("to_airport"), l.toAirport},
            {QStringLiteral("capacity"), l.capacity}};
}

bool isMinor(const QDate &birth, const QDate &on) {
    return birth.isValid() && on.isValid() && birth.addYears(18) > on;
}

QString who(const ReturnListPassenger &p) {
    return QStringLiteral("%1 (%2)").arg(p.fullNameLatin(), p.record.caseRef);
}

// Moves a case's status inside the caller's transaction, through the workflow's rules.
Status moveCase(ChangeWriter &writer, const CaseRecord &record, CaseStatus to,
                const QString &comment, const Workflow::Facts &facts) {
    if (Status s = Workflow::check(record.status, to, comment, facts); !s) {
        Error e = s.error();
        e.message = QStringLiteral("%1: %2").arg(record.caseRef, e.message);
        return e;
    }
    Result<QList<FieldChange>> changed =
        writer.update(QStringLiteral("return_case"), record.id,
                      {{QStringLiteral("status"), CaseStatusInfo::code(to)},
                       {QStringLiteral("status_rank"), CaseStatusInfo::rank(to)}});
    if (!changed)
        return changed.error();
    Result<qint64> h = CaseRepository::insertStatusChange(
        writer, record.id, CaseStatusInfo::code(record.status), CaseStatusInfo::code(to), comment);
    if (!h)
        return h.error();
    return {};
}

} // namespace

QString ReturnListPassenger::fullNameLatin() const {
    return names::joinFullName(surname, givenNames, patronymic);
}

QString ReturnListPassenger::fullNameCyrillic() const {
    return names::joinFullName(surnameCyrillic, givenNamesCyrillic, patronymicCyrillic);
}

bool ReturnListPassenger::isMinorOn(const QDate &date) const {
    return isMinor(birthDate, date);
}

QString listProblemTitle(const QString &code) {
    if (code == u"removal_stayed")
        return ReturnListRepository::tr("Court stay of removal");
    if (code == u"do_not_board")
        return ReturnListRepository::tr("“Do not board” instruction");
    if (code == u"unaccompanied_minor")
        return ReturnListRepository::tr("Unaccompanied minor without a confirmed receiver");
    if (code == u"case_not_open")
        return ReturnListRepository::tr("Case closed or returned");
    if (code == u"family_separated")
        return ReturnListRepository::tr("Family member not on this list");
    if (code == u"minor_without_guardian")
        return ReturnListRepository::tr("Minor without a guardian or escort on the list");
    if (code == u"document_expires")
        return ReturnListRepository::tr("Travel document expires too soon");
    if (code == u"on_other_list")
        return ReturnListRepository::tr("On another open list");
    if (code == u"capacity_exceeded")
        return ReturnListRepository::tr("Capacity exceeded");
    if (code == u"not_document_issued")
        return ReturnListRepository::tr("Document not yet issued");
    return code;
}

ReturnListRepository::ReturnListRepository(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {}

QStringList ReturnListRepository::hardStopCodes() {
    return {QStringLiteral("removal_stayed"), QStringLiteral("do_not_board"),
            QStringLiteral("unaccompanied_minor"), QStringLiteral("case_not_open")};
}

QStringList ReturnListRepository::warningCodes() {
    return {QStringLiteral("family_separated"),  QStringLiteral("minor_without_guardian"),
            QStringLiteral("document_expires"),  QStringLiteral("on_other_list"),
            QStringLiteral("capacity_exceeded"), QStringLiteral("not_document_issued")};
}

Status ReturnListRepository::validate(const ReturnList &input) {
    const ReturnList l = normalizedList(input);
    static const QRegularExpression flight(QStringLiteral("^[A-Z0-9]{2}[A-Z]? ?[0-9]{1,5}[A-Z]?$"));
    static const QRegularExpression iata(QStringLiteral("^[A-Z]{3}$"));
    static const QRegularExpression time(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    if (l.flightNumber.isEmpty())
        return Error::make(ErrorKind::BadInput, tr("The flight number is missing."),
                           QStringLiteral("flight_number"));
    if (!flight.match(l.flightNumber).hasMatch())
        return Error::make(ErrorKind::BadInput,
                           tr("“%1” is not a flight number: the airline's code and the number, "
                              "e.g. %2.")
                               .arg(l.flightNumber, QStringLiteral("HY 102")),
                           QStringLiteral("flight_number"));
    if (!l.flightDate.isValid())
        return Error::make(ErrorKind::BadInput, tr("The flight date is missing or not a date."),
                           QStringLiteral("flight_date"));
    if (!l.departureTime.isEmpty() && !time.match(l.departureTime).hasMatch())
        return Error::make(ErrorKind::BadInput,
                           tr("“%1” is not a time of departure: write hours and minutes, e.g. "
                              "%2.")
                               .arg(l.departureTime, QStringLiteral("09:45")),
                           QStringLiteral("departure_time"));
    const std::pair<QString, QString> airports[] = {{l.fromAirport, QStringLiteral("from_airport")},
                                                    {l.toAirport, QStringLiteral("to_airport")}};
    for (const auto &[code, field] : airports) {
        if (!iata.match(code).hasMatch())
            return Error::make(
                ErrorKind::BadInput,
                (field == u"from_airport"
                     ? tr("The airport of departure “%1” is not an IATA code of three letters, "
                          "e.g. %2.")
                     : tr("The airport of arrival “%1” is not an IATA code of three letters, "
                          "e.g. %2."))
                    .arg(code,
                         field == u"from_airport" ? QStringLiteral("JFK") : QStringLiteral("TAS")),
                field);
    }
    if (l.fromAirport == l.toAirport)
        return Error::make(
            ErrorKind::BadInput,
            tr("The airports of departure and arrival are both %1.").arg(l.toAirport),
            QStringLiteral("to_airport"));
    if (l.capacity < 0 || l.capacity > 1000000)
        return Error::make(ErrorKind::BadInput,
                           tr("The capacity must be a number of seats from 0 (not set) upwards."),
                           QStringLiteral("capacity"));
    return {};
}

Result<ReturnList> ReturnListRepository::loadIn(qint64 listId) const {
    Result<QSqlQuery> q =
        exec(m_db, QStringLiteral("SELECT * FROM return_list WHERE id = ?"), {listId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorKind::NotFound,
                           tr("There is no return list %1 in the register.").arg(listId),
                           QStringLiteral("list"));
    ReturnList l = readList(q.value());
    Result<QSqlQuery> n = exec(m_db,
                               QStringLiteral("SELECT count(*) FROM return_list_passenger "
                                              "WHERE list_id = ? AND removed = 0"),
                               {listId});
    if (!n)
        return n.error();
    if (n->next())
        l.passengerCount = n->value(0).toInt();
    return l;
}

Result<ReturnList> ReturnListRepository::load(qint64 listId) const {
    return loadIn(listId);
}

Result<QList<ReturnList>> ReturnListRepository::lists() const {
    Result<QSqlQuery> q =
        exec(m_db,
             QStringLiteral("SELECT l.*, (SELECT count(*) FROM return_list_passenger p WHERE "
                            "p.list_id = l.id AND p.removed = 0) AS passengers FROM return_list l "
                            "ORDER BY l.flight_date DESC, l.id DESC"),
             {});
    if (!q)
        return q.error();
    QList<ReturnList> out;
    while (q->next()) {
        ReturnList l = readList(q.value());
        l.passengerCount = q->value(QStringLiteral("passengers")).toInt();
        out << l;
    }
    return out;
}

Result<qint64> ReturnListRepository::listIdOf(const QString &text) const {
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::make(ErrorKind::BadInput,
                           tr("“%1” is not the number of a return list.").arg(text),
                           QStringLiteral("list"));
    Result<ReturnList> l = loadIn(id);
    if (!l)
        return l.error();
    return id;
}

Status ReturnListRepository::requireDraft(const ReturnList &list) const {
    if (list.status == Draft)
        return {};
    if (list.status == Final)
        return Error::make(ErrorKind::BadInput,
                           tr("The list of flight %1 on %2 is final: reopen it (with the reason) "
                              "before changing it.")
                               .arg(list.flightNumber, dates::format(list.flightDate)),
                           QStringLiteral("status"));
    return Error::make(ErrorKind::BadInput,
                       tr("The list of flight %1 on %2 is completed and cannot change.")
                           .arg(list.flightNumber, dates::format(list.flightDate)),
                       QStringLiteral("status"));
}

Status ReturnListRepository::writeDraft(
    const Actor &actor, Permission permission, qint64 listId,
    const std::function<Status(ChangeWriter &, const ReturnList &)> &work) {
    ChangeWriter writer(m_db.connection(), m_db.path(), m_clock, actor, permission);
    if (Status allowed = writer.permitted(); !allowed)
        return allowed;
    return m_db.transaction([&]() -> Status {
        Result<ReturnList> list = loadIn(listId);
        if (!list)
            return list.error();
        if (Status d = requireDraft(list.value()); !d)
            return d;
        return work(writer, list.value());
    });
}

Status ReturnListRepository::addEvent(ChangeWriter &writer, qint64 listId, const QString &event,
                                      const QString &reason) {
    Result<qint64> id = writer.insert(QStringLiteral("return_list_event"),
                                      {{QStringLiteral("list_id"), listId},
                                       {QStringLiteral("actor"), writer.actor().name},
                                       {QStringLiteral("event"), event},
                                       {QStringLiteral("reason"), reason.trimmed()}});
    if (!id)
        return id.error();
    return {};
}

Result<ReturnList> ReturnListRepository::create(const Actor &actor, const ReturnList &input) {
    const ReturnList l = normalizedList(input);
    if (Status s = validate(l); !s)
        return s.error();
    ChangeWriter writer(m_db.connection(), m_db.path(), m_clock, actor,
                        Permission::EditReturnLists);
    qint64 id = 0;
    Status s = m_db.transaction([&]() -> Status {
        QVariantMap values = listColumns(l);
        values.insert(QStringLiteral("status"), Draft);
        values.insert(QStringLiteral("created_by"), actor.name);
        Result<qint64> inserted = writer.insert(QStringLiteral("return_list"), values);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return addEvent(writer, id, QStringLiteral("created"), QString());
    });
    if (!s)
        return s.error();
    return loadIn(id);
}

Result<ReturnList> ReturnListRepository::update(const Actor &actor, const ReturnList &input) {
    const ReturnList l = normalizedList(input);
    if (Status s = validate(l); !s)
        return s.error();
    Status s = writeDraft(actor, Permission::EditReturnLists, l.id,
                          [&](ChangeWriter &writer, const ReturnList &) -> Status {
                              Result<QList<FieldChange>> changed = writer.update(
                                  QStringLiteral("return_list"), l.id, listColumns(l));
                              if (!changed)
                                  return changed.error();
                              return {};
                          });
    if (!s)
        return s.error();
    return loadIn(l.id);
}

Result<ReturnListEscort> ReturnListRepository::addEscort(const Actor &actor, qint64 listId,
                                                         const ReturnListEscort &input) {
    ReturnListEscort e = input;
    e.name = e.name.simplified();
    e.role = e.role.simplified();
    e.document = e.document.simplified();
    if (e.name.isEmpty())
        return Error::make(ErrorKind::BadInput, tr("The escort's name is missing."),
                           QStringLiteral("name"));
    Status s = writeDraft(actor, Permission::EditReturnLists, listId,
                          [&](ChangeWriter &writer, const ReturnList &) -> Status {
                              Result<qint64> id =
                                  writer.insert(QStringLiteral("return_list_escort"),
                                                {{QStringLiteral("list_id"), listId},
                                                 {QStringLiteral("name"), e.name},
                                                 {QStringLiteral("role"), e.role},
                                                 {QStringLiteral("document"), e.document}});
                              if (!id)
                                  return id.error();
                              e.id = id.value();
                              return {};
                          });
    if (!s)
        return s.error();
    return e;
}

Status ReturnListRepository::removeEscort(const Actor &actor, qint64 listId, qint64 escortId) {
    return writeDraft(actor, Permission::EditReturnLists, listId,
                      [&](ChangeWriter &writer, const ReturnList &) -> Status {
                          Result<QSqlQuery> q =
                              exec(m_db,
                                   QStringLiteral("SELECT id FROM return_list_escort WHERE id = ? "
                                                  "AND list_id = ? AND removed = 0"),
                                   {escortId, listId});
                          if (!q)
                              return q.error();
                          if (!q->next())
                              return Error::make(ErrorKind::NotFound,
                                                 tr("There is no such escort on the list."),
                                                 QStringLiteral("escort"));
                          q->finish();
                          Result<QList<FieldChange>> changed =
                              writer.update(QStringLiteral("return_list_escort"), escortId,
                                            {{QStringLiteral("removed"), 1}});
                          if (!changed)
                              return changed.error();
                          return {};
                      });
}

Result<QList<ReturnListEscort>> ReturnListRepository::escorts(qint64 listId) const {
    Result<QSqlQuery> q =
        exec(m_db,
             QStringLiteral("SELECT id, name, role, document FROM "
                            "return_list_escort WHERE list_id = ? AND removed = 0 "
                            "ORDER BY id"),
             {listId});
    if (!q)
        return q.error();
    QList<ReturnListEscort> out;
    while (q->next())
        out << ReturnListEscort{q->value(0).toLongLong(), q->value(1).toString(),
                                q->value(2).toString(), q->value(3).toString()};
    return out;
}

Result<TravelDocument> ReturnListRepository::travelDocument(const CaseRecord &record,
                                                            int passportMarginDays) const {
    // The certificates table is the register of Certificates of Return; a valid one is the
    // document the person travels on.
    Result<QSqlQuery> q = exec(m_db,
                               QStringLiteral("SELECT number, valid_until FROM certificate WHERE "
                                              "case_id = ? AND status = 'valid' ORDER BY "
                                              "valid_until DESC, id DESC LIMIT 1"),
                               {record.id});
    if (!q)
        return q.error();
    TravelDocument d;
    if (q->next()) {
        d.kind = TravelDocument::Kind::Certificate;
        d.number = q->value(0).toString();
        d.validUntil = dates::fromIso(q->value(1).toString());
        return d;
    }
    if (!record.person.passportNumber.isEmpty()) {
        d.kind = TravelDocument::Kind::Passport;
        d.number = record.person.passportNumber;
        if (record.person.passportExpiryDate.isValid())
            d.validUntil = record.person.passportExpiryDate.addDays(passportMarginDays);
    }
    return d;
}

Result<QList<ReturnListPassenger>> ReturnListRepository::passengers(qint64 listId,
                                                                    bool withRemoved) const {
    Result<MissionSettings> settings = MissionSettingsStore(m_db, m_clock).load();
    if (!settings)
        return settings.error();
    Result<QSqlQuery> q =
        exec(m_db,
             QStringLiteral("SELECT * FROM return_list_passenger WHERE list_id = ? %1 ORDER BY "
                            "position, id")
                 .arg(withRemoved ? QString() : QStringLiteral("AND removed = 0")),
             {listId});
    if (!q)
        return q.error();
    QList<ReturnListPassenger> out;
    while (q->next()) {
        ReturnListPassenger p;
        p.id = q->value(QStringLiteral("id")).toLongLong();
        p.caseId = q->value(QStringLiteral("case_id")).toLongLong();
        p.position = q->value(QStringLiteral("position")).toInt();
        p.removed = q->value(QStringLiteral("removed")).toInt() != 0;
        p.removedReason = q->value(QStringLiteral("removed_reason")).toString();
        ReceptionData &r = p.reception;
        r.region = q->value(QStringLiteral("region")).toString();
        r.district = q->value(QStringLiteral("district")).toString();
        r.receiverName = q->value(QStringLiteral("receiver_name")).toString();
        r.receiverRelation = q->value(QStringLiteral("receiver_relation")).toString();
        r.receiverContact = q->value(QStringLiteral("receiver_contact")).toString();
        r.receiverConsent = q->value(QStringLiteral("receiver_consent")).toInt() != 0;
        r.receiverConfirmed = q->value(QStringLiteral("receiver_confirmed")).toInt() != 0;
        const QVariant boarded = q->value(QStringLiteral("boarded"));
        if (!boarded.isNull())
            p.boarded = boarded.toInt() != 0;
        p.notBoardedReason = q->value(QStringLiteral("not_boarded_reason")).toString();
        out << p;
    }
    q->finish();
    CaseRepository cases(m_db, m_clock);
    for (ReturnListPassenger &p : out) {
        Result<CaseRecord> record = cases.load(p.caseId);
        if (!record)
            return record.error();
        p.record = record.value();
        Result<TravelDocument> doc = travelDocument(p.record, settings->passportMarginDays);
        if (!doc)
            return doc.error();
        p.document = doc.value();
        const PersonRecord &person = p.record.person;
        p.surname = person.surname;
        p.givenNames = person.givenNames;
        p.patronymic = person.patronymic;
        p.surnameCyrillic = person.surnameCyrillic;
        p.givenNamesCyrillic = person.givenNamesCyrillic;
        p.patronymicCyrillic = person.patronymicCyrillic;
        p.sex = person.sex;
        p.birthDate = person.birthDate;
        p.pinfl = person.pinfl;
        if (p.document.kind == TravelDocument::Kind::Certificate) {
            // The names as the certificate prints them (the record confirmed at home).
            Result<QSqlQuery> c = exec(
                m_db,
                QStringLiteral("SELECT surname, given_names, patronymic, surname_cyrillic, "
                               "given_names_cyrillic, patronymic_cyrillic, sex, birth_date, pinfl "
                               "FROM certificate WHERE number = ?"),
                {p.document.number});
            if (!c)
                return c.error();
            if (c->next()) {
                p.surname = c->value(0).toString();
                p.givenNames = c->value(1).toString();
                p.patronymic = c->value(2).toString();
                p.surnameCyrillic = c->value(3).toString();
                p.givenNamesCyrillic = c->value(4).toString();
                p.patronymicCyrillic = c->value(5).toString();
                p.sex = c->value(6).toString();
                p.birthDate = dates::fromIso(c->value(7).toString());
                p.pinfl = c->value(8).toString();
            }
        }
    }
    return out;
}

Result<QList<AddOutcome>>
ReturnListRepository::addIn(ChangeWriter &writer, const ReturnList &list,
                            const QList<std::pair<QString, qint64>> &cases) {
    CaseRepository repo(m_db, m_clock);
    QList<AddOutcome> outcomes;
    QList<qint64> added;
    for (const auto &[ref, id] : cases) {
        AddOutcome o;
        o.caseRef = ref;
        Result<CaseRecord> record = id > 0 ? repo.load(id) : repo.loadByRef(ref);
        if (!record) {
            if (record.error().kind != ErrorKind::NotFound)
                return record.error();
            o.message = record.error().message;
            outcomes << o;
            continue;
        }
        o.caseRef = record->caseRef;
        if (!CaseStatusInfo::isOpen(record->status)) {
            o.message = tr("Case %1 is “%2”: only an open case may join a return list.")
                            .arg(record->caseRef, CaseStatusInfo::displayName(record->status));
            outcomes << o;
            continue;
        }
        Result<QSqlQuery> existing =
            exec(m_db,
                 QStringLiteral("SELECT id, removed FROM return_list_passenger WHERE list_id = ? "
                                "AND case_id = ?"),
                 {list.id, record->id});
        if (!existing)
            return existing.error();
        if (existing->next()) {
            const qint64 rowId = existing->value(0).toLongLong();
            const bool removed = existing->value(1).toInt() != 0;
            existing->finish();
            if (!removed) {
                o.message = tr("Case %1 is already on the list.").arg(record->caseRef);
                outcomes << o;
                continue;
            }
            Result<QList<FieldChange>> changed = writer.update(
                QStringLiteral("return_list_passenger"), rowId,
                {{QStringLiteral("removed"), 0}, {QStringLiteral("removed_reason"), QString()}});
            if (!changed)
                return changed.error();
        } else {
            existing->finish();
            Result<QSqlQuery> last = exec(m_db,
                                          QStringLiteral("SELECT coalesce(max(position), 0) FROM "
                                                         "return_list_passenger WHERE list_id = ?"),
                                          {list.id});
            if (!last)
                return last.error();
            const int position = last->next() ? last->value(0).toInt() + 1 : 1;
            last->finish();
            Result<qint64> row = writer.insert(QStringLiteral("return_list_passenger"),
                                               {{QStringLiteral("list_id"), list.id},
                                                {QStringLiteral("case_id"), record->id},
                                                {QStringLiteral("position"), position}});
            if (!row)
                return row.error();
        }
        o.added = true;
        outcomes << o;
        added << record->id;
    }
    // A hard stop of the case itself takes the person off at once: the row stays, removed,
    // with the reason. An unaccompanied minor depends on who else is on the list (a parent
    // added next, an escort): check() reports it and finalize() takes the child off.
    Result<QList<ListProblem>> problems = check(list.id);
    if (!problems)
        return problems.error();
    QSet<qint64> takenOff;
    for (const ListProblem &p : problems.value()) {
        if (!p.hard || !added.contains(p.caseId) || p.code == u"unaccompanied_minor" ||
            takenOff.contains(p.caseId))
            continue;
        takenOff.insert(p.caseId);
        if (Status s = removeIn(writer, list.id, p.caseId, p.message, false); !s)
            return s.error();
        for (AddOutcome &o : outcomes) {
            if (o.caseRef == p.caseRef && o.added) {
                o.added = false;
                o.message =
                    tr("Case %1 was taken off the list at once: %2").arg(p.caseRef, p.message);
            }
        }
    }
    return outcomes;
}

Result<QList<AddOutcome>> ReturnListRepository::addCases(const Actor &actor, qint64 listId,
                                                         const QStringList &caseRefs) {
    QList<std::pair<QString, qint64>> cases;
    for (const QString &ref : caseRefs)
        cases.append({ref.trimmed().toUpper(), 0});
    return addToDraft(actor, listId, cases);
}

Result<QList<AddOutcome>> ReturnListRepository::addCaseIds(const Actor &actor, qint64 listId,
                                                           const QList<qint64> &caseIds) {
    QList<std::pair<QString, qint64>> cases;
    for (qint64 id : caseIds)
        cases.append({QString::number(id), id});
    return addToDraft(actor, listId, cases);
}

Result<QList<AddOutcome>>
ReturnListRepository::addToDraft(const Actor &actor, qint64 listId,
                                 const QList<std::pair<QString, qint64>> &cases) {
    Result<QList<AddOutcome>> out = QList<AddOutcome>();
    Status s = writeDraft(actor, Permission::EditReturnLists, listId,
                          [&](ChangeWriter &writer, const ReturnList &list) -> Status {
                              out = addIn(writer, list, cases);
                              return out ? Status() : Status(out.error());
                          });
    if (!s)
        return s.error();
    return out;
}

Status ReturnListRepository::removeIn(ChangeWriter &writer, qint64 listId, qint64 caseId,
                                      const QString &reason, bool restoreStatus) {
    Result<QSqlQuery> q = exec(m_db,
                               QStringLiteral("SELECT id FROM return_list_passenger WHERE "
                                              "list_id = ? AND case_id = ? AND removed = 0"),
                               {listId, caseId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorKind::NotFound, tr("The case is not on the list."),
                           QStringLiteral("case_ref"));
    const qint64 rowId = q->value(0).toLongLong();
    q->finish();
    Result<QList<FieldChange>> changed = writer.update(
        QStringLiteral("return_list_passenger"), rowId,
        {{QStringLiteral("removed"), 1}, {QStringLiteral("removed_reason"), reason.trimmed()}});
    if (!changed)
        return changed.error();
    if (!restoreStatus)
        return {};
    // A case that a final list had put on_return_list (this one, reopened) goes back, unless
    // another final list holds it.
    Result<QSqlQuery> other = exec(m_db,
                                   QStringLiteral("SELECT 1 FROM return_list_passenger rp JOIN "
                                                  "return_list l ON l.id = rp.list_id WHERE "
                                                  "rp.case_id = ? AND rp.removed = 0 AND l.id <> ? "
                                                  "AND l.status = 'final'"),
                                   {caseId, listId});
    if (!other)
        return other.error();
    if (other->next())
        return {};
    other->finish();
    Result<CaseRecord> record = CaseRepository(m_db, m_clock).load(caseId);
    if (!record)
        return record.error();
    if (record->status == CaseStatus::OnReturnList)
        return moveCase(writer, record.value(), CaseStatus::DocumentIssued, reason,
                        Workflow::Facts{});
    return {};
}

Status ReturnListRepository::removePassenger(const Actor &actor, qint64 listId, qint64 caseId,
                                             const QString &reason) {
    if (reason.trimmed().isEmpty())
        return Error::make(ErrorKind::BadInput,
                           tr("Give the reason for taking the person off the list."),
                           QStringLiteral("reason"));
    return writeDraft(actor, Permission::EditReturnLists, listId,
                      [&](ChangeWriter &writer, const ReturnList &) -> Status {
                          return removeIn(writer, listId, caseId, reason, true);
                      });
}

Status ReturnListRepository::setReception(const Actor &actor, qint64 listId, qint64 caseId,
                                          const ReceptionData &r) {
    return writeDraft(
        actor, Permission::EditReturnLists, listId,
        [&](ChangeWriter &writer, const ReturnList &) -> Status {
            Result<QSqlQuery> q =
                exec(m_db,
                     QStringLiteral("SELECT id FROM return_list_passenger WHERE "
                                    "list_id = ? AND case_id = ? AND removed = 0"),
                     {listId, caseId});
            if (!q)
                return q.error();
            if (!q->next())
                return Error::make(ErrorKind::NotFound, tr("The case is not on the list."),
                                   QStringLiteral("case_ref"));
            const qint64 rowId = q->value(0).toLongLong();
            q->finish();
            // Contacting a receiver at home is contact with relatives: not against the
            // person's objection to consular action, and not without their consent.
            const bool receiver =
                !r.receiverName.trimmed().isEmpty() || !r.receiverContact.trimmed().isEmpty();
            if (receiver) {
                Result<CaseRecord> record = CaseRepository(m_db, m_clock).load(caseId);
                if (!record)
                    return record.error();
                if (record->objectsToConsularAction)
                    return Error::make(ErrorKind::BadInput,
                                       tr("Case %1: the person objects to consular action, so no "
                                          "receiver at home is recorded or contacted.")
                                           .arg(record->caseRef),
                                       QStringLiteral("receiver_name"));
                if (!r.receiverContact.trimmed().isEmpty() && !record->consentContactRelatives)
                    return Error::make(ErrorKind::BadInput,
                                       tr("Case %1: the person has not consented to contacting "
                                          "relatives, so no receiver's contact is recorded.")
                                           .arg(record->caseRef),
                                       QStringLiteral("receiver_contact"));
            }
            Result<QList<FieldChange>> changed = writer.update(
                QStringLiteral("return_list_passenger"), rowId,
                {{QStringLiteral("region"), r.region.simplified()},
                 {QStringLiteral("district"), r.district.simplified()},
                 {QStringLiteral("receiver_name"), r.receiverName.simplified()},
                 {QStringLiteral("receiver_relation"), r.receiverRelation.simplified()},
                 {QStringLiteral("receiver_contact"), r.receiverContact.simplified()},
                 {QStringLiteral("receiver_consent"), r.receiverConsent ? 1 : 0},
                 {QStringLiteral("receiver_confirmed"), r.receiverConfirmed ? 1 : 0}});
            if (!changed)
                return changed.error();
            return {};
        });
}

Result<QList<ListProblem>> ReturnListRepository::check(qint64 listId) const {
    Result<ReturnList> loaded = loadIn(listId);
    if (!loaded)
        return loaded.error();
    const ReturnList &list = loaded.value();
    Result<QList<ReturnListPassenger>> all = passengers(listId);
    if (!all)
        return all.error();
    Result<QList<ReturnListEscort>> escortList = escorts(listId);
    if (!escortList)
        return escortList.error();
    const bool noEscort = escortList->isEmpty();
    const QDate flight = list.flightDate;
    const QDate needed = flight.addDays(DocumentMarginDays);

    QSet<qint64> onList;
    QHash<QString, int> adultsByFamily;
    for (const ReturnListPassenger &p : all.value()) {
        onList.insert(p.caseId);
        if (!p.record.person.familyGroup.isEmpty() && !p.isMinorOn(flight))
            adultsByFamily[p.record.person.familyGroup] += 1;
    }

    QList<ListProblem> out;
    auto add = [&](const QString &code, const ReturnListPassenger *p, bool hard,
                   const QString &message) {
        ListProblem problem;
        problem.code = code;
        problem.hard = hard;
        problem.message = message;
        if (p) {
            problem.caseId = p->caseId;
            problem.caseRef = p->record.caseRef;
        }
        out << problem;
    };

    for (const ReturnListPassenger &p : all.value()) {
        const CaseRecord &c = p.record;
        // Hard stops.
        if (c.status == CaseStatus::Closed ||
            (c.status == CaseStatus::Returned && !p.boarded.value_or(false)))
            add(QStringLiteral("case_not_open"), &p, true,
                tr("%1: the case is “%2”.").arg(who(p), CaseStatusInfo::displayName(c.status)));
        if (c.removalStayed)
            add(QStringLiteral("removal_stayed"), &p, true,
                c.holdNote.isEmpty()
                    ? tr("%1: a court stayed the removal.").arg(who(p))
                    : tr("%1: a court stayed the removal (%2).").arg(who(p), c.holdNote));
        if (c.doNotBoard)
            add(QStringLiteral("do_not_board"), &p, true,
                c.holdNote.isEmpty()
                    ? tr("%1: a “do not board” instruction is recorded.").arg(who(p))
                    : tr("%1: a “do not board” instruction is recorded (%2).")
                          .arg(who(p), c.holdNote));
        const bool minor = p.isMinorOn(flight);
        const bool adultFamily =
            !c.person.familyGroup.isEmpty() && adultsByFamily.value(c.person.familyGroup) > 0;
        const bool alone = minor && !adultFamily && noEscort;
        const bool unaccompanied =
            minor && (c.needs.contains(QStringLiteral("unaccompanied_minor")) || alone);
        if (unaccompanied && !p.reception.receiverConfirmed)
            add(QStringLiteral("unaccompanied_minor"), &p, true,
                tr("%1: an unaccompanied minor, and no parent or guardianship authority has "
                   "confirmed that they receive the child.")
                    .arg(who(p)));
        else if (alone)
            add(QStringLiteral("minor_without_guardian"), &p, false,
                tr("%1: a minor with neither a guardian nor an escort on the list.").arg(who(p)));

        // Warnings.
        if (!c.person.familyGroup.isEmpty()) {
            Result<QSqlQuery> q = exec(
                m_db,
                QStringLiteral(
                    "SELECT c.id, c.case_ref, p.surname, p.given_names, (SELECT l.flight_number || "
                    "'|' || l.flight_date FROM return_list_passenger rp JOIN return_list l ON "
                    "l.id = rp.list_id WHERE rp.case_id = c.id AND rp.removed = 0 AND l.id <> ? "
                    "AND l.status IN ('draft', 'final') LIMIT 1) FROM return_case c JOIN person p "
                    "ON p.id = c.person_id WHERE p.family_group = ? AND c.id <> ? AND c.status NOT "
                    "IN ('closed', 'returned') ORDER BY c.id"),
                {listId, c.person.familyGroup, c.id});
            if (!q)
                return q.error();
            QStringList missing;
            while (q->next()) {
                if (onList.contains(q->value(0).toLongLong()))
                    continue;
                const QString name = QStringLiteral("%1 %2 (%3)")
                                         .arg(q->value(2).toString(), q->value(3).toString(),
                                              q->value(1).toString());
                const QString other = q->value(4).toString();
                if (other.isEmpty()) {
                    missing << tr("%1 is not on this list").arg(name);
                } else {
                    const QStringList parts = other.split(u'|');
                    missing << tr("%1 is on the list of flight %2 on %3")
                                   .arg(name, parts.value(0),
                                        dates::format(dates::fromIso(parts.value(1))));
                }
            }
            if (!missing.isEmpty())
                add(QStringLiteral("family_separated"), &p, false,
                    tr("%1: family “%2”: %3.")
                        .arg(who(p), c.person.familyGroup, missing.join(QStringLiteral("; "))));
        }
        if (p.document.kind == TravelDocument::Kind::None)
            add(QStringLiteral("document_expires"), &p, false,
                tr("%1: neither a valid Certificate of Return nor a passport is recorded.")
                    .arg(who(p)));
        else if (!p.document.validUntil.isValid() || p.document.validUntil < needed)
            add(QStringLiteral("document_expires"), &p, false,
                (p.document.kind == TravelDocument::Kind::Certificate
                     ? tr("%1: the Certificate of Return %2 is valid until %3, less than %4 days "
                          "after the flight.")
                     : tr("%1: the passport %2 is valid until %3, less than %4 days after the "
                          "flight."))
                    .arg(who(p), p.document.number,
                         p.document.validUntil.isValid() ? dates::format(p.document.validUntil)
                                                         : QStringLiteral("?"))
                    .arg(DocumentMarginDays));
        {
            Result<QSqlQuery> q = exec(
                m_db,
                QStringLiteral("SELECT l.id, l.flight_number, l.flight_date FROM "
                               "return_list_passenger rp JOIN return_list l ON l.id = rp.list_id "
                               "WHERE rp.case_id = ? AND rp.removed = 0 AND l.id <> ? AND "
                               "l.status IN ('draft', 'final') ORDER BY l.id"),
                {c.id, listId});
            if (!q)
                return q.error();
            QStringList others;
            while (q->next())
                others << tr("flight %1 on %2 (list %3)")
                              .arg(q->value(1).toString(),
                                   dates::format(dates::fromIso(q->value(2).toString())),
                                   q->value(0).toString());
            if (!others.isEmpty())
                add(QStringLiteral("on_other_list"), &p, false,
                    tr("%1 is also on the open list of %2.")
                        .arg(who(p), others.join(QStringLiteral(", "))));
        }
        if (c.status == CaseStatus::Registered || c.status == CaseStatus::IdentityCheck ||
            c.status == CaseStatus::IdentityConfirmed)
            add(QStringLiteral("not_document_issued"), &p, false,
                tr("%1: the case is “%2”, not yet “%3”.")
                    .arg(who(p), CaseStatusInfo::displayName(c.status),
                         CaseStatusInfo::displayName(CaseStatus::DocumentIssued)));
    }
    const int seats = int(all->size() + escortList->size());
    if (list.capacity > 0 && seats > list.capacity)
        add(QStringLiteral("capacity_exceeded"), nullptr, false,
            tr("%1 passengers and %2 escorts need %3 seats; the capacity is %4.")
                .arg(all->size())
                .arg(escortList->size())
                .arg(seats)
                .arg(list.capacity));

    Result<QSqlQuery> q =
        exec(m_db,
             QStringLiteral("SELECT code, coalesce(case_id, 0), reason, actor FROM "
                            "return_list_override WHERE list_id = ? ORDER BY id"),
             {listId});
    if (!q)
        return q.error();
    while (q->next()) {
        for (ListProblem &p : out) {
            if (!p.hard && p.code == q->value(0).toString() &&
                p.caseId == q->value(1).toLongLong()) {
                p.overridden = true;
                p.overrideReason = q->value(2).toString();
                p.overrideActor = q->value(3).toString();
            }
        }
    }
    return out;
}

Status ReturnListRepository::override(const Actor &actor, qint64 listId, const QString &code,
                                      qint64 caseId, const QString &reason) {
    if (hardStopCodes().contains(code))
        return Error::make(ErrorKind::Denied,
                           tr("“%1” is a hard stop: no reason overrides it, and the person is "
                              "taken off the list.")
                               .arg(listProblemTitle(code)),
                           QStringLiteral("code"));
    if (!warningCodes().contains(code))
        return Error::make(ErrorKind::BadInput,
                           tr("“%1” is not a warning of a return list. Warnings: %2.")
                               .arg(code, warningCodes().join(QStringLiteral(", "))),
                           QStringLiteral("code"));
    if (reason.trimmed().isEmpty())
        return Error::make(ErrorKind::BadInput, tr("Give the reason for overriding the warning."),
                           QStringLiteral("reason"));
    return writeDraft(
        actor, Permission::FinaliseReturnLists, listId,
        [&](ChangeWriter &writer, const ReturnList &) -> Status {
            Result<QList<ListProblem>> problems = check(listId);
            if (!problems)
                return problems.error();
            bool found = false;
            for (const ListProblem &p : problems.value())
                found = found || (p.code == code && p.caseId == caseId);
            if (!found)
                return Error::make(ErrorKind::NotFound,
                                   tr("The list has no warning “%1” to override for this case.")
                                       .arg(listProblemTitle(code)),
                                   QStringLiteral("code"));
            Result<qint64> id = writer.insert(
                QStringLiteral("return_list_override"),
                {{QStringLiteral("list_id"), listId},
                 {QStringLiteral("case_id"), caseId > 0 ? QVariant(caseId) : QVariant()},
                 {QStringLiteral("code"), code},
                 {QStringLiteral("reason"), reason.trimmed()},
                 {QStringLiteral("actor"), actor.name}});
            if (!id)
                return id.error();
            return {};
        });
}

Result<int> ReturnListRepository::enforceIn(ChangeWriter &writer, qint64 listId) {
    Result<QList<ListProblem>> problems = check(listId);
    if (!problems)
        return problems.error();
    QSet<qint64> done;
    for (const ListProblem &p : problems.value()) {
        if (!p.hard || done.contains(p.caseId))
            continue;
        done.insert(p.caseId);
        if (Status s = removeIn(writer, listId, p.caseId, p.message, true); !s)
            return s.error();
    }
    return int(done.size());
}

Result<int> ReturnListRepository::enforceHardStops(const Actor &actor, qint64 listId) {
    Result<int> n = 0;
    Status s = writeDraft(actor, Permission::EditReturnLists, listId,
                          [&](ChangeWriter &writer, const ReturnList &) -> Status {
                              n = enforceIn(writer, listId);
                              return n ? Status() : Status(n.error());
                          });
    if (!s)
        return s.error();
    return n;
}

Result<ReturnListRepository::FinalizeResult>
ReturnListRepository::finalize(const Actor &actor, qint64 listId, const QString &overrideReason) {
    FinalizeResult result;
    // Hard stops go first and stay gone, whether or not the list can be finalised now.
    {
        Result<QList<ListProblem>> before = check(listId);
        if (!before)
            return before.error();
        for (const ListProblem &p : before.value()) {
            if (p.hard)
                result.takenOff << p;
        }
        if (!result.takenOff.isEmpty()) {
            Result<int> n = enforceHardStops(actor, listId);
            if (!n)
                return n.error();
        }
    }
    Status s = writeDraft(
        actor, Permission::FinaliseReturnLists, listId,
        [&](ChangeWriter &writer, const ReturnList &list) -> Status {
            // A hard stop that arose since (another window) is taken off here too.
            Result<int> more = enforceIn(writer, listId);
            if (!more)
                return more.error();
            Result<QList<ListProblem>> problems = check(listId);
            if (!problems)
                return problems.error();
            for (const ListProblem &p : problems.value()) {
                if (p.hard || p.overridden)
                    continue;
                if (overrideReason.trimmed().isEmpty()) {
                    result.blocking << p;
                    continue;
                }
                Result<qint64> id = writer.insert(
                    QStringLiteral("return_list_override"),
                    {{QStringLiteral("list_id"), listId},
                     {QStringLiteral("case_id"), p.caseId > 0 ? QVariant(p.caseId) : QVariant()},
                     {QStringLiteral("code"), p.code},
                     {QStringLiteral("reason"), overrideReason.trimmed()},
                     {QStringLiteral("actor"), actor.name}});
                if (!id)
                    return id.error();
            }
            if (!result.blocking.isEmpty())
                return {}; // nothing more written; the caller reports the warnings
            Result<QList<ReturnListPassenger>> people = passengers(listId);
            if (!people)
                return people.error();
            if (people->isEmpty())
                return Error::make(ErrorKind::BadInput,
                                   tr("The list has no passengers: there is nothing to finalise."),
                                   QStringLiteral("list"));
            Result<QList<ListProblem>> now = check(listId);
            if (!now)
                return now.error();
            QSet<qint64> notIssuedOverridden;
            for (const ListProblem &p : now.value()) {
                if (p.code == u"not_document_issued" && p.overridden)
                    notIssuedOverridden.insert(p.caseId);
            }
            const QString comment = tr("Return list of flight %1 on %2 finalised.")
                                        .arg(list.flightNumber, dates::format(list.flightDate));
            for (const ReturnListPassenger &p : people.value()) {
                if (p.record.status == CaseStatus::OnReturnList)
                    continue;
                Workflow::Facts facts;
                facts.throughReturnList = true;
                facts.notIssuedOverridden = notIssuedOverridden.contains(p.caseId);
                if (Status m = moveCase(writer, p.record, CaseStatus::OnReturnList, comment, facts);
                    !m)
                    return m;
            }
            result.passengers = int(people->size());
            Result<QList<FieldChange>> changed = writer.update(
                QStringLiteral("return_list"), listId, {{QStringLiteral("status"), Final}});
            if (!changed)
                return changed.error();
            return addEvent(writer, listId, QStringLiteral("finalized"), overrideReason);
        });
    if (!s)
        return s.error();
    return result;
}

Status ReturnListRepository::reopen(const Actor &actor, qint64 listId, const QString &reason) {
    if (reason.trimmed().isEmpty())
        return Error::make(ErrorKind::BadInput, tr("Give the reason for reopening the list."),
                           QStringLiteral("reason"));
    ChangeWriter writer(m_db.connection(), m_db.path(), m_clock, actor,
                        Permission::FinaliseReturnLists);
    return m_db.transaction([&]() -> Status {
        Result<ReturnList> list = loadIn(listId);
        if (!list)
            return list.error();
        if (list->status != Final)
            return Error::make(ErrorKind::BadInput, tr("Only a final list can be reopened."),
                               QStringLiteral("status"));
        Result<QSqlQuery> marked = exec(m_db,
                                        QStringLiteral("SELECT 1 FROM return_list_passenger WHERE "
                                                       "list_id = ? AND boarded IS NOT NULL"),
                                        {listId});
        if (!marked)
            return marked.error();
        if (marked->next())
            return Error::make(ErrorKind::BadInput,
                               tr("Boarding has been recorded for this list: it can no longer be "
                                  "reopened."),
                               QStringLiteral("status"));
        marked->finish();
        Result<QList<FieldChange>> changed = writer.update(QStringLiteral("return_list"), listId,
                                                           {{QStringLiteral("status"), Draft}});
        if (!changed)
            return changed.error();
        return addEvent(writer, listId, QStringLiteral("reopened"), reason);
    });
}

Status ReturnListRepository::markBoarded(const Actor &actor, qint64 listId, qint64 caseId,
                                         bool boarded, const QString &reason) {
    if (!boarded && reason.trimmed().isEmpty())
        return Error::make(ErrorKind::BadInput, tr("Give the reason why the person did not board."),
                           QStringLiteral("reason"));
    ChangeWriter writer(m_db.connection(), m_db.path(), m_clock, actor,
                        Permission::EditReturnLists);
    return m_db.transaction([&]() -> Status {
        Result<ReturnList> list = loadIn(listId);
        if (!list)
            return list.error();
        if (list->status != Final)
            return Error::make(ErrorKind::BadInput,
                               tr("Boarding is recorded on a final list, after the flight."),
                               QStringLiteral("status"));
        if (list->flightDate > m_clock.today())
            return Error::make(ErrorKind::BadInput,
                               tr("The flight is on %1: boarding is recorded after it.")
                                   .arg(dates::format(list->flightDate)),
                               QStringLiteral("status"));
        Result<QSqlQuery> q =
            exec(m_db,
                 QStringLiteral("SELECT id, boarded FROM return_list_passenger "
                                "WHERE list_id = ? AND case_id = ? AND removed = 0"),
                 {listId, caseId});
        if (!q)
            return q.error();
        if (!q->next())
            return Error::make(ErrorKind::NotFound, tr("The case is not on the list."),
                               QStringLiteral("case_ref"));
        const qint64 rowId = q->value(0).toLongLong();
        const bool already = !q->value(1).isNull();
        q->finish();
        Result<CaseRecord> record = CaseRepository(m_db, m_clock).load(caseId);
        if (!record)
            return record.error();
        if (already)
            return Error::make(ErrorKind::BadInput,
                               tr("Boarding of %1 is already recorded.").arg(record->caseRef),
                               QStringLiteral("case_ref"));
        Result<QList<FieldChange>> changed = writer.update(
            QStringLiteral("return_list_passenger"), rowId,
            {{QStringLiteral("boarded"), boarded ? 1 : 0},
             {QStringLiteral("not_boarded_reason"), boarded ? QString() : reason.trimmed()}});
        if (!changed)
            return changed.error();
        const QString comment =
            boarded
                ? tr("Boarded flight %1 on %2.")
                      .arg(list->flightNumber, dates::format(list->flightDate))
                : tr("Did not board flight %1 on %2: %3")
                      .arg(list->flightNumber, dates::format(list->flightDate), reason.trimmed());
        return moveCase(writer, record.value(),
                        boarded ? CaseStatus::Returned : CaseStatus::DocumentIssued, comment,
                        Workflow::Facts{});
    });
}

Status ReturnListRepository::complete(const Actor &actor, qint64 listId) {
    ChangeWriter writer(m_db.connection(), m_db.path(), m_clock, actor,
                        Permission::EditReturnLists);
    return m_db.transaction([&]() -> Status {
        Result<ReturnList> list = loadIn(listId);
        if (!list)
            return list.error();
        if (list->status != Final)
            return Error::make(ErrorKind::BadInput, tr("Only a final list can be completed."),
                               QStringLiteral("status"));
        Result<QSqlQuery> q =
            exec(m_db,
                 QStringLiteral("SELECT count(*) FROM return_list_passenger WHERE "
                                "list_id = ? AND removed = 0 AND boarded IS NULL"),
                 {listId});
        if (!q)
            return q.error();
        const int open = q->next() ? q->value(0).toInt() : 0;
        q->finish();
        if (open > 0)
            return Error::make(
                ErrorKind::BadInput,
                tr("Record for every passenger whether they boarded: %n not yet.", nullptr, open),
                QStringLiteral("boarded"));
        Result<QList<FieldChange>> changed = writer.update(QStringLiteral("return_list"), listId,
                                                           {{QStringLiteral("status"), Completed}});
        if (!changed)
            return changed.error();
        return addEvent(writer, listId, QStringLiteral("completed"), QString());
    });
}

Result<QList<ReturnListEvent>> ReturnListRepository::events(qint64 listId) const {
    Result<QSqlQuery> q = exec(m_db,
                               QStringLiteral("SELECT created_at, actor, event, reason FROM "
                                              "return_list_event WHERE list_id = ? ORDER BY id"),
                               {listId});
    if (!q)
        return q.error();
    QList<ReturnListEvent> out;
    while (q->next())
        out << ReturnListEvent{dates::fromIsoDateTime(q->value(0).toString()),
                               q->value(1).toString(), q->value(2).toString(),
                               q->value(3).toString()};
    return out;
}

} // namespace qaytish
