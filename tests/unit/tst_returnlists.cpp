// Return lists: flight data, passengers, each hard stop and each warning (with a case that
// triggers it and one that does not), overrides, finalising, reopening and boarding.
#include "core/caserepository.h"
#include "core/database.h"
#include "core/returnlistexport.h"
#include "core/returnlists.h"
#include "support/testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace qaytish;

namespace {

const Actor Officer{QStringLiteral("consul.karimov")};

} // namespace

class TestReturnLists : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc())};
    int m_n = 0;

    ReturnListRepository lists() { return ReturnListRepository(*m_db, m_clock); }
    CaseRepository cases() { return CaseRepository(*m_db, m_clock); }

    // A case with a confirmed identity, moved on to `status` (document_issued by default).
    CaseRecord makeCase(const QString &surname, const std::function<void(CaseRecord &)> &edit = {},
                        CaseStatus status = CaseStatus::DocumentIssued) {
        CaseRecord r = test::sampleCase(surname, QStringLiteral("Каримов"));
        ++m_n;
        r.person.passportNumber = QStringLiteral("AB%1").arg(1000000 + m_n);
        r.person.pinfl = test::pinflFor(r.person.birthDate, true, 123, m_n % 1000);
        r.hostReference = QStringLiteral("A%1").arg(200000000 + m_n);
        if (edit)
            edit(r);
        auto created = cases().create(Officer, r);
        if (!created) {
            qWarning() << created.error().message;
            return {};
        }
        const qint64 id = created->record.id;
        if (status != CaseStatus::Registered) {
            auto req = cases().addIdentityRequest(Officer, id, QStringLiteral("07/%1").arg(m_n),
                                                  QDate(2026, 2, 1));
            if (status != CaseStatus::IdentityCheck) {
                cases().recordIdentityReply(Officer, req->id, QStringLiteral("R-%1").arg(m_n),
                                            QDate(2026, 3, 1), QStringLiteral("confirmed"));
                if (status == CaseStatus::DocumentIssued)
                    cases().changeStatus(Officer, id, CaseStatus::DocumentIssued, QString());
            }
        }
        return cases().load(id).value();
    }

    qint64 newList(int capacity = 0, const QDate &date = QDate(2026, 4, 10)) {
        ReturnList l;
        l.flightNumber = QStringLiteral("HY 102");
        l.carrier = QStringLiteral("Uzbekistan Airways");
        l.flightDate = date;
        l.departureTime = QStringLiteral("09:45");
        l.fromAirport = QStringLiteral("jfk");
        l.toAirport = QStringLiteral("TAS");
        l.capacity = capacity;
        auto created = lists().create(Officer, l);
        return created ? created->id : 0;
    }

    QList<ListProblem> problemsOf(qint64 listId, const QString &code) {
        QList<ListProblem> out;
        const Result<QList<ListProblem>> all = lists().check(listId);
        if (!all)
            qWarning() << all.error().message;
        for (const ListProblem &p : all.value()) {
            if (p.code == code)
                out << p;
        }
        return out;
    }

    bool has(qint64 listId, const QString &code, qint64 caseId) {
        for (const ListProblem &p : problemsOf(listId, code)) {
            if (p.caseId == caseId)
                return true;
        }
        return false;
    }

    bool add(qint64 listId, const CaseRecord &c) {
        auto out = lists().addCases(Officer, listId, {c.caseRef});
        return out && out->size() == 1 && out->first().added;
    }

private slots:
    void init() {
        m_db.reset();
        auto db = Database::open(m_dir.filePath(QStringLiteral("r%1.qaytish").arg(++m_n)));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        m_db = db.value();
    }

    void flightDataIsValidated() {
        ReturnList l;
        l.flightNumber = QStringLiteral("hy 102");
        l.flightDate = QDate(2026, 4, 10);
        l.fromAirport = QStringLiteral("JFK");
        l.toAirport = QStringLiteral("TAS");
        QVERIFY(ReturnListRepository::validate(l).ok());

        auto fails = [&](const std::function<void(ReturnList &)> &edit, const QString &field) {
            ReturnList bad = l;
            edit(bad);
            const Status s = ReturnListRepository::validate(bad);
            return !s.ok() && s.error().field == field && !s.error().message.isEmpty();
        };
        QVERIFY(fails([](ReturnList &x) { x.toAirport = QStringLiteral("TA"); },
                      QStringLiteral("to_airport")));
        QVERIFY(fails([](ReturnList &x) { x.fromAirport = QStringLiteral("J4K"); },
                      QStringLiteral("from_airport")));
        QVERIFY(fails([](ReturnList &x) { x.fromAirport = QStringLiteral("TAS"); },
                      QStringLiteral("to_airport")));
        QVERIFY(
            fails([](ReturnList &x) { x.flightDate = QDate(); }, QStringLiteral("flight_date")));
        QVERIFY(fails([](ReturnList &x) { x.departureTime = QStringLiteral("25:10"); },
                      QStringLiteral("departure_time")));
        QVERIFY(fails([](ReturnList &x) { x.capacity = -1; }, QStringLiteral("capacity")));
        QVERIFY(fails([](ReturnList &x) { x.flightNumber = QString(); },
                      QStringLiteral("flight_number")));

        const qint64 id = newList();
        QVERIFY(id > 0);
        const ReturnList stored = lists().load(id).value();
        QCOMPARE(stored.fromAirport, QStringLiteral("JFK")); // typed in lower case
        QCOMPARE(stored.status, QStringLiteral("draft"));
        QCOMPARE(lists().events(id)->first().event, QStringLiteral("created"));
    }

    void onlyOpenCasesJoin() {
        const qint64 id = newList();
        CaseRecord closed = makeCase(QStringLiteral("Yopiq"));
        QVERIFY(cases().changeStatus(Officer, closed.id, CaseStatus::Closed,
                                     QStringLiteral("Left on their own")));
        CaseRecord open = makeCase(QStringLiteral("Ochiq"), {}, CaseStatus::Registered);
        auto out = lists().addCases(
            Officer, id, {closed.caseRef, open.caseRef, QStringLiteral("QY-2026-999999")});
        QVERIFY(out);
        QCOMPARE(out->size(), 3);
        QVERIFY(!out->at(0).added);
        QVERIFY(out->at(0).message.contains(closed.caseRef));
        QVERIFY(out->at(1).added); // any open case may join a draft
        QVERIFY(!out->at(2).added);
        QCOMPARE(lists().passengers(id)->size(), 1);
    }

    // Hard stops.

    void removalStayedTakesOffAtOnce() {
        const qint64 id = newList();
        CaseRecord stayed = makeCase(QStringLiteral("Toʻxtayev"), [](CaseRecord &r) {
            r.removalStayed = true;
            r.holdNote = QStringLiteral("Stay 2026-03-01, case 24-1234");
        });
        CaseRecord free = makeCase(QStringLiteral("Ozod"));
        auto out = lists().addCases(Officer, id, {stayed.caseRef, free.caseRef});
        QVERIFY(out);
        QVERIFY(!out->at(0).added);
        QVERIFY(out->at(0).message.contains(QStringLiteral("24-1234")));
        QVERIFY(out->at(1).added);
        const QList<ReturnListPassenger> all = lists().passengers(id, true).value();
        QCOMPARE(all.size(), 2);
        QVERIFY(all.at(0).removed);
        QVERIFY(all.at(0).removedReason.contains(QStringLiteral("stayed")));
        QVERIFY(!has(id, QStringLiteral("removal_stayed"), free.id));

        // A stay recorded after the person joined: a hard stop that no reason overrides.
        CaseRecord later = makeCase(QStringLiteral("Keyin"));
        QVERIFY(add(id, later));
        later.removalStayed = true;
        QVERIFY(cases().update(Officer, later));
        QVERIFY(has(id, QStringLiteral("removal_stayed"), later.id));
        const Status s = lists().override(Officer, id, QStringLiteral("removal_stayed"), later.id,
                                          QStringLiteral("The flight is tomorrow"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Denied);
        QVERIFY(s.error().message.contains(QStringLiteral("hard stop")));
        auto fin = lists().finalize(Officer, id, QStringLiteral("Approved by the consul"));
        QVERIFY2(fin, qPrintable(fin ? QString() : fin.error().message));
        QCOMPARE(fin->takenOff.size(), 1);
        QCOMPARE(fin->passengers, 1);
        QCOMPARE(cases().load(later.id)->status, CaseStatus::DocumentIssued);
        QCOMPARE(cases().load(free.id)->status, CaseStatus::OnReturnList);
    }

    void doNotBoardTakesOffAtOnce() {
        const qint64 id = newList();
        CaseRecord held =
            makeCase(QStringLiteral("Ushlangan"), [](CaseRecord &r) { r.doNotBoard = true; });
        CaseRecord free = makeCase(QStringLiteral("Ozod"));
        auto out = lists().addCases(Officer, id, {held.caseRef, free.caseRef});
        QVERIFY(!out->at(0).added);
        QVERIFY(out->at(0).message.contains(QStringLiteral("do not board")));
        QVERIFY(out->at(1).added);
        QVERIFY(!has(id, QStringLiteral("do_not_board"), free.id));
        QVERIFY(
            lists()
                .override(Officer, id, QStringLiteral("do_not_board"), held.id, QStringLiteral("x"))
                .error()
                .kind == ErrorKind::Denied);
    }

    // Contacting a receiver at home is contact with relatives: it needs the person's consent,
    // and an objection to consular action keeps the receiver off the reception list.
    void consentAndObjectionGovernTheReceiver() {
        const qint64 id = newList();
        CaseRecord adult = makeCase(QStringLiteral("Rozilik"));
        QVERIFY(add(id, adult));
        ReceptionData r;
        r.region = QStringLiteral("Buxoro viloyati");
        r.receiverName = QStringLiteral("Karimov Sardor");
        r.receiverRelation = QStringLiteral("brother");
        r.receiverContact = QStringLiteral("+998 90 123 45 67");
        r.receiverConsent = true;
        Status refused = lists().setReception(Officer, id, adult.id, r);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("receiver_contact"));

        CaseRecord consenting = cases().load(adult.id).value();
        consenting.consentContactRelatives = true;
        consenting.consentContactRelativesOn = QDate(2026, 3, 10);
        consenting.consentContactRelativesForm = QStringLiteral("written");
        QVERIFY(cases().update(Officer, consenting));
        QVERIFY(lists().setReception(Officer, id, adult.id, r));
        auto reception = [&] {
            return ReturnListExport::rows(lists().passengers(id).value(),
                                          ReturnListOutput::Reception)
                .first();
        };
        QCOMPARE(reception().receiverContact, r.receiverContact);

        // The person objects: no consent can stand beside it, and the receiver recorded
        // before is left out of the reception list; no new receiver is recorded.
        CaseRecord objecting = cases().load(adult.id).value();
        objecting.objectsToConsularAction = true;
        objecting.objectionOn = QDate(2026, 3, 14);
        QVERIFY(!cases().update(Officer, objecting));
        objecting.consentContactRelatives = false;
        QVERIFY(cases().update(Officer, objecting));
        QCOMPARE(reception().receiverName, QString());
        QCOMPARE(reception().receiverContact, QString());
        r.receiverContact.clear();
        refused = lists().setReception(Officer, id, adult.id, r);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("receiver_name"));
    }

    void unaccompaniedMinor() {
        const qint64 id = newList();
        auto child = [](CaseRecord &r) {
            r.person.birthDate = QDate(2012, 6, 1);
            r.person.pinfl = test::pinflFor(r.person.birthDate, true, 77, 1);
        };
        CaseRecord minor = makeCase(QStringLiteral("Bola"), child);
        QVERIFY(add(id, minor));
        QVERIFY(has(id, QStringLiteral("unaccompanied_minor"), minor.id));
        QVERIFY(problemsOf(id, QStringLiteral("unaccompanied_minor")).first().hard);
        QCOMPARE(lists()
                     .override(Officer, id, QStringLiteral("unaccompanied_minor"), minor.id,
                               QStringLiteral("x"))
                     .error()
                     .kind,
                 ErrorKind::Denied);
        // A receiving parent confirmed: no hard stop (the warning about the missing guardian
        // or escort stays).
        ReceptionData r;
        r.region = QStringLiteral("Samarqand viloyati");
        r.receiverName = QStringLiteral("Karimova Dilnoza");
        r.receiverRelation = QStringLiteral("mother");
        r.receiverConfirmed = true;
        QVERIFY(lists().setReception(Officer, id, minor.id, r));
        QVERIFY(!has(id, QStringLiteral("unaccompanied_minor"), minor.id));
        QVERIFY(has(id, QStringLiteral("minor_without_guardian"), minor.id));

        // The needs code marks a child as unaccompanied even with an escort on board.
        CaseRecord coded = makeCase(QStringLiteral("Yolgʻiz"), [&](CaseRecord &c) {
            child(c);
            c.needs = {QStringLiteral("unaccompanied_minor")};
        });
        QVERIFY(lists().addEscort(Officer, id,
                                  {0, QStringLiteral("Rashidov Anvar"),
                                   QStringLiteral("Escort officer"), QStringLiteral("FA7654321")}));
        QVERIFY(add(id, coded));
        QVERIFY(has(id, QStringLiteral("unaccompanied_minor"), coded.id));
        // Finalising takes the child off whatever reason is given.
        auto fin = lists().finalize(Officer, id, QStringLiteral("All checked"));
        QVERIFY(fin);
        QCOMPARE(fin->takenOff.size(), 1);
        QCOMPARE(fin->takenOff.first().caseId, coded.id);
        QCOMPARE(cases().load(coded.id)->status, CaseStatus::DocumentIssued);
        QCOMPARE(cases().load(minor.id)->status, CaseStatus::OnReturnList);
    }

    void minorWithParentIsNotAlone() {
        const qint64 id = newList();
        CaseRecord parent = makeCase(QStringLiteral("Ota"), [](CaseRecord &r) {
            r.person.familyGroup = QStringLiteral("Karimovlar");
        });
        CaseRecord minor = makeCase(QStringLiteral("Bola"), [](CaseRecord &r) {
            r.person.familyGroup = QStringLiteral("Karimovlar");
            r.person.birthDate = QDate(2015, 1, 1);
            r.person.pinfl = test::pinflFor(r.person.birthDate, true, 77, 2);
        });
        QVERIFY(add(id, minor)); // the child first: nothing is taken off before finalising
        QVERIFY(has(id, QStringLiteral("unaccompanied_minor"), minor.id));
        QVERIFY(add(id, parent));
        QVERIFY(!has(id, QStringLiteral("unaccompanied_minor"), minor.id));
        QVERIFY(!has(id, QStringLiteral("minor_without_guardian"), minor.id));
        QVERIFY(!has(id, QStringLiteral("family_separated"), minor.id));
        // 18 on the flight date is no longer a minor.
        CaseRecord adult = makeCase(QStringLiteral("Katta"), [](CaseRecord &r) {
            r.person.birthDate = QDate(2008, 4, 10);
            r.person.pinfl = test::pinflFor(r.person.birthDate, true, 77, 3);
        });
        QVERIFY(add(id, adult));
        QVERIFY(!has(id, QStringLiteral("minor_without_guardian"), adult.id));
        QVERIFY(!has(id, QStringLiteral("unaccompanied_minor"), adult.id));
    }

    // Warnings.

    void familySeparated() {
        const qint64 id = newList();
        auto family = [](CaseRecord &r) {
            r.person.familyGroup = QStringLiteral("Rahimovlar");
        };
        CaseRecord a = makeCase(QStringLiteral("Rahimov"), family);
        CaseRecord b = makeCase(QStringLiteral("Rahimova"), family);
        CaseRecord single = makeCase(QStringLiteral("Yakka"));
        QVERIFY(add(id, a));
        QVERIFY(add(id, single));
        QVERIFY(has(id, QStringLiteral("family_separated"), a.id));
        QVERIFY(
            problemsOf(id, QStringLiteral("family_separated")).first().message.contains(b.caseRef));
        QVERIFY(!has(id, QStringLiteral("family_separated"), single.id));
        // On another list: said so.
        const qint64 other = newList(0, QDate(2026, 4, 20));
        QVERIFY(add(other, b));
        QVERIFY(problemsOf(id, QStringLiteral("family_separated"))
                    .first()
                    .message.contains(QStringLiteral("20.04.2026")));
        QVERIFY(lists().removePassenger(Officer, other, b.id, QStringLiteral("Moved")));
        QVERIFY(add(id, b));
        QVERIFY(!has(id, QStringLiteral("family_separated"), a.id));
        QVERIFY(!has(id, QStringLiteral("family_separated"), b.id));
    }

    void documentExpires() {
        const qint64 id = newList(); // flight 10.04.2026: documents valid until 17.04.2026
        CaseRecord soon = makeCase(QStringLiteral("Muddat"), [](CaseRecord &r) {
            r.person.passportExpiryDate = QDate(2026, 4, 16);
        });
        CaseRecord enough = makeCase(QStringLiteral("Yetarli"), [](CaseRecord &r) {
            r.person.passportExpiryDate = QDate(2026, 4, 17);
        });
        CaseRecord certificate = makeCase(QStringLiteral("Guvohnoma"), [](CaseRecord &r) {
            r.person.passportExpiryDate = QDate(2025, 1, 1);
        });
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO certificate (uuid, number, prefix, year, sequence, case_id, person_id, "
            "surname, given_names, issue_date, valid_until, issued_by, created_at, updated_at) "
            "VALUES ('u1', 'WAS-2026-000007', 'WAS', 2026, 7, ?, ?, 'GUVOHNOMA', 'Shuhrat', "
            "'2026-03-10', '2026-05-10', 'x', '2026-03-10', '2026-03-10')")));
        q.addBindValue(certificate.id);
        q.addBindValue(certificate.person.id);
        QVERIFY(q.exec());
        for (const CaseRecord &c : {soon, enough, certificate})
            QVERIFY(add(id, c));
        QVERIFY(has(id, QStringLiteral("document_expires"), soon.id));
        QVERIFY(problemsOf(id, QStringLiteral("document_expires"))
                    .first()
                    .message.contains(QStringLiteral("16.04.2026")));
        QVERIFY(!has(id, QStringLiteral("document_expires"), enough.id));
        QVERIFY(!has(id, QStringLiteral("document_expires"), certificate.id));
        const QList<ReturnListPassenger> people = lists().passengers(id).value();
        QCOMPARE(people.at(2).document.kind, TravelDocument::Kind::Certificate);
        QCOMPARE(people.at(2).document.number, QStringLiteral("WAS-2026-000007"));
        QCOMPARE(people.at(2).surname, QStringLiteral("GUVOHNOMA")); // as the certificate has it
        // The certificate no longer valid: the expired passport is left, and warned about.
        QVERIFY(q.exec(QStringLiteral("UPDATE certificate SET status = 'cancelled'")));
        QVERIFY(has(id, QStringLiteral("document_expires"), certificate.id));
    }

    void onOtherList() {
        const qint64 id = newList();
        const qint64 other = newList(0, QDate(2026, 4, 20));
        CaseRecord both = makeCase(QStringLiteral("Ikki"));
        CaseRecord one = makeCase(QStringLiteral("Bir"));
        QVERIFY(add(id, both));
        QVERIFY(add(other, both));
        QVERIFY(add(id, one));
        QVERIFY(has(id, QStringLiteral("on_other_list"), both.id));
        QVERIFY(has(other, QStringLiteral("on_other_list"), both.id));
        QVERIFY(!has(id, QStringLiteral("on_other_list"), one.id));
    }

    void capacityExceeded() {
        const qint64 id = newList(2);
        QVERIFY(add(id, makeCase(QStringLiteral("Bir"))));
        QVERIFY(add(id, makeCase(QStringLiteral("Ikki"))));
        QVERIFY(problemsOf(id, QStringLiteral("capacity_exceeded")).isEmpty());
        // An escort takes a seat too.
        QVERIFY(lists().addEscort(
            Officer, id,
            {0, QStringLiteral("Rashidov Anvar"), QStringLiteral("Escort officer"), QString()}));
        const auto p = problemsOf(id, QStringLiteral("capacity_exceeded"));
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().caseId, 0);
        QVERIFY(!p.first().hard);
        QVERIFY(lists().override(Officer, id, QStringLiteral("capacity_exceeded"), 0,
                                 QStringLiteral("The carrier confirmed a spare seat")));
        QVERIFY(problemsOf(id, QStringLiteral("capacity_exceeded")).first().overridden);
    }

    void notDocumentIssued() {
        const qint64 id = newList();
        CaseRecord confirmed =
            makeCase(QStringLiteral("Tasdiq"), {}, CaseStatus::IdentityConfirmed);
        CaseRecord issued = makeCase(QStringLiteral("Hujjat"));
        QCOMPARE(confirmed.status, CaseStatus::IdentityConfirmed);
        QVERIFY(add(id, confirmed));
        QVERIFY(add(id, issued));
        QVERIFY(has(id, QStringLiteral("not_document_issued"), confirmed.id));
        QVERIFY(!has(id, QStringLiteral("not_document_issued"), issued.id));

        // Finalising is refused while the warning stands; nothing changes.
        auto refused = lists().finalize(Officer, id);
        QVERIFY(refused);
        QCOMPARE(refused->blocking.size(), 1);
        QCOMPARE(lists().load(id)->status, QStringLiteral("draft"));
        QCOMPARE(cases().load(issued.id)->status, CaseStatus::DocumentIssued);

        QVERIFY(!lists().override(Officer, id, QStringLiteral("not_document_issued"), confirmed.id,
                                  QStringLiteral("  ")));
        QVERIFY(lists().override(Officer, id, QStringLiteral("not_document_issued"), confirmed.id,
                                 QStringLiteral("Passport held by ICE is valid")));
        auto fin = lists().finalize(Officer, id);
        QVERIFY2(fin, qPrintable(fin ? QString() : fin.error().message));
        QVERIFY(fin->blocking.isEmpty());
        QCOMPARE(lists().load(id)->status, QStringLiteral("final"));
        QCOMPARE(cases().load(confirmed.id)->status, CaseStatus::OnReturnList);
        QCOMPARE(cases().load(issued.id)->status, CaseStatus::OnReturnList);
        const QList<StatusChange> history = cases().history(confirmed.id).value();
        QCOMPARE(history.last().fromCode, QStringLiteral("identity_confirmed"));
        QVERIFY(history.last().comment.contains(QStringLiteral("HY 102")));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT reason, actor FROM return_list_override")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Passport held by ICE is valid"));
        QCOMPARE(q.value(1).toString(), Officer.name);
    }

    void finalListChangesOnlyAfterReopening() {
        const qint64 id = newList();
        CaseRecord a = makeCase(QStringLiteral("Bir"));
        CaseRecord b = makeCase(QStringLiteral("Ikki"));
        QVERIFY(add(id, a));
        QVERIFY(lists().finalize(Officer, id));
        auto refused = lists().addCases(Officer, id, {b.caseRef});
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("reopen")));
        QVERIFY(!lists().reopen(Officer, id, QString()));
        QVERIFY(lists().reopen(Officer, id, QStringLiteral("Carrier changed the aircraft")));
        const QList<ReturnListEvent> events = lists().events(id).value();
        QCOMPARE(events.last().event, QStringLiteral("reopened"));
        QCOMPARE(events.last().reason, QStringLiteral("Carrier changed the aircraft"));
        QCOMPARE(events.last().actor, Officer.name);
        QVERIFY(add(id, b));
        // Taking a person off a reopened list puts the case back.
        QVERIFY(lists().removePassenger(Officer, id, a.id, QStringLiteral("Fell ill")));
        QCOMPARE(cases().load(a.id)->status, CaseStatus::DocumentIssued);
    }

    void boardingAfterTheFlight() {
        const qint64 id = newList(0, QDate(2026, 3, 20));
        CaseRecord a = makeCase(QStringLiteral("Bir"));
        CaseRecord b = makeCase(QStringLiteral("Ikki"));
        QVERIFY(add(id, a));
        QVERIFY(add(id, b));
        QVERIFY(lists().finalize(Officer, id));
        QVERIFY(!lists().markBoarded(Officer, id, a.id, true)); // before the flight
        m_clock.advanceDays(6);
        QVERIFY(lists().markBoarded(Officer, id, a.id, true));
        QVERIFY(!lists().markBoarded(Officer, id, b.id, false, QString()));
        QVERIFY(!lists().complete(Officer, id));
        QVERIFY(lists().markBoarded(Officer, id, b.id, false, QStringLiteral("Refused to board")));
        QCOMPARE(cases().load(a.id)->status, CaseStatus::Returned);
        QCOMPARE(cases().load(b.id)->status, CaseStatus::DocumentIssued);
        QVERIFY(cases().history(b.id)->last().comment.contains(QStringLiteral("Refused to board")));
        QVERIFY(!lists().reopen(Officer, id, QStringLiteral("x")));
        QVERIFY(lists().complete(Officer, id));
        QCOMPARE(lists().load(id)->status, QStringLiteral("completed"));
    }

    void holdFieldsRoundTrip() {
        CaseRecord c = makeCase(QStringLiteral("Saqlash"), [](CaseRecord &r) {
            r.doNotBoard = true;
            r.holdNote = QStringLiteral("  ICE instruction 12.03.2026 ");
        });
        QVERIFY(c.doNotBoard);
        QVERIFY(!c.removalStayed);
        QCOMPARE(c.holdNote, QStringLiteral("ICE instruction 12.03.2026"));
    }
};

QTEST_GUILESS_MAIN(TestReturnLists)
#include "tst_returnlists.moc"
