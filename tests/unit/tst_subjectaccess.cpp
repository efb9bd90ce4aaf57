// The answer to a subject-access request: everything the register holds about the person of
// a case, as JSON, through core alone; and the export's entry in the audit trail.
#include "core/caserepository.h"
#include "core/certificates.h"
#include "core/duplicates.h"
#include "core/passwords.h"
#include "core/personphoto.h"
#include "core/returnlists.h"
#include "core/subjectaccess.h"
#include "core/users.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace qaytish;

namespace {

// Core never decodes the photo; a JPEG's first bytes are what it checks.
const QByteArray FakeJpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(300, 'q');
const QString Password = QStringLiteral("correct horse 7");

QJsonObject findBy(const QJsonArray &array, const QString &key, const QJsonValue &value) {
    for (const QJsonValue &v : array) {
        if (v.toObject().value(key) == value)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestSubjectAccess : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc())};
    const Actor m_officer{QStringLiteral("k.rahimova")};
    qint64 m_caseId = 0;
    QString m_caseRef;
    QString m_otherRef;
    QString m_certificate;
    qint64 m_listId = 0;

    qint64 count(const QString &sql) {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // A person with everything: a confirmed identity request, an interview, a photo, a
    // certificate, a return list with reception data, an edit, and a link to another person.
    void makeRegister() {
        static int n = 0;
        m_db = Database::open(m_dir.filePath(QStringLiteral("s%1.qaytish").arg(++n))).value();
        CaseRepository repo(*m_db, m_clock);
        CaseRecord record = test::sampleCase();
        record.needs = {QStringLiteral("wheelchair")};
        record.person.contactAbroad = QStringLiteral("+1 718 555 0101");
        record.person.contactHome = QStringLiteral("Sister, Samarqand, +998 90 123 45 67");
        record.person.familyGroup = QStringLiteral("Gʻulomovlar");
        record.notes = QStringLiteral("Met at the facility.");
        Result<CaseRepository::SaveResult> saved = repo.create(m_officer, record);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        m_caseId = saved->record.id;
        m_caseRef = saved->record.caseRef;
        Result<IdentityRequest> request = repo.addIdentityRequest(
            m_officer, m_caseId, QStringLiteral("07/1234"), QDate(2026, 3, 1));
        QVERIFY(request);
        QVERIFY(repo.recordIdentityReply(m_officer, request->id, QStringLiteral("R-9"),
                                         QDate(2026, 3, 10), QStringLiteral("confirmed")));
        Interview interview;
        interview.caseId = m_caseId;
        interview.date = QDate(2026, 3, 2);
        interview.place = QStringLiteral("Demo Processing Center North");
        interview.interpreter = QStringLiteral("none needed");
        interview.language = QStringLiteral("Uzbek");
        interview.statedWishes = QStringLiteral("Wants to go home to Samarqand soon.");
        interview.officer = QStringLiteral("k.rahimova");
        QVERIFY(repo.addInterview(m_officer, interview));
        QVERIFY(
            PersonPhotoStore(*m_db, m_clock).setForCase(m_officer, m_caseId, FakeJpeg, 413, 531));
        CertificateRequest certificate;
        certificate.caseId = m_caseId;
        certificate.receiptNumber = QStringLiteral("R-100");
        Result<Certificate> issued =
            CertificateRegister(*m_db, m_clock).issue(m_officer, certificate);
        QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message));
        m_certificate = issued->number;

        ReturnListRepository lists(*m_db, m_clock);
        ReturnList list;
        list.flightNumber = QStringLiteral("HY 102");
        list.carrier = QStringLiteral("Uzbekistan Airways");
        list.flightDate = QDate(2026, 4, 10);
        list.fromAirport = QStringLiteral("JFK");
        list.toAirport = QStringLiteral("TAS");
        Result<ReturnList> made = lists.create(m_officer, list);
        QVERIFY(made);
        m_listId = made->id;
        Result<QList<AddOutcome>> added = lists.addCaseIds(m_officer, m_listId, {m_caseId});
        QVERIFY(added && added->size() == 1 && added->first().added);
        ReceptionData reception;
        reception.region = QStringLiteral("Samarqand viloyati");
        reception.district = QStringLiteral("Urgut tumani");
        reception.receiverName = QStringLiteral("Dilnoza Gʻulomova");
        reception.receiverRelation = QStringLiteral("sister");
        reception.receiverContact = QStringLiteral("+998 90 123 45 67");
        reception.receiverConsent = true;
        // A receiver's contact needs the person's consent to contacting relatives.
        CaseRecord consenting = repo.load(m_caseId).value();
        consenting.consentContactRelatives = true;
        consenting.consentContactRelativesOn = QDate(2026, 3, 1);
        consenting.consentContactRelativesForm = QStringLiteral("written");
        QVERIFY(repo.update(m_officer, consenting));
        QVERIFY(lists.setReception(m_officer, m_listId, m_caseId, reception));

        // An edit, for the audit trail's values.
        CaseRecord edited = repo.load(m_caseId).value();
        edited.notes = QStringLiteral("Asked for his sister to be told.");
        QVERIFY(repo.update(m_officer, edited));

        // Another person, linked as the same one: only their keys may appear.
        CaseRecord other = test::sampleCase(QStringLiteral("Qodirov"), QStringLiteral("Қодиров"));
        other.person.givenNames = QStringLiteral("Bahrom");
        other.person.givenNamesCyrillic = QStringLiteral("Баҳром");
        other.person.pinfl = test::pinflFor(QDate(1985, 2, 3), true, 321, 77);
        other.person.birthDate = QDate(1985, 2, 3);
        other.person.passportNumber = QStringLiteral("FA7654321");
        other.person.birthPlace = QStringLiteral("Termiz");
        other.hostReference = QStringLiteral("A-987-654-321");
        Result<CaseRepository::SaveResult> second = repo.create(m_officer, other);
        QVERIFY(second);
        m_otherRef = second->record.caseRef;
        QVERIFY(PersonLinks(*m_db, m_clock).linkCases(m_officer, m_caseId, second->record.id));
        // The other person's record opened: an entry about them, not about ours.
        QVERIFY(repo.read(m_officer, second->record.id));
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        Passwords::setParameters({Passwords::MinimumOps, Passwords::MinimumMemory});
    }
    void cleanup() { m_db.reset(); }

    void everySectionWithItsValues() {
        makeRegister();
        Result<SubjectAccessReport> report =
            SubjectAccess::gatherByRef(*m_db, m_clock, m_officer, m_caseRef.toLower());
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        const QJsonObject json = SubjectAccess::toJson(report.value());
        QCOMPARE(json.value(QStringLiteral("format")).toString(),
                 QStringLiteral("qaytish-subject-access"));
        QCOMPARE(json.value(QStringLiteral("case_ref")).toString(), m_caseRef);
        QCOMPARE(json.value(QStringLiteral("made_by")).toString(), QStringLiteral("k.rahimova"));
        QCOMPARE(json.value(QStringLiteral("made_at")).toString(),
                 QStringLiteral("2026-03-15T10:00:00Z"));
        QCOMPARE(json.value(QStringLiteral("needs_withheld")).toBool(), false);

        // The person: every name form, identifiers, contacts, family group, photo.
        const QJsonObject person = json.value(QStringLiteral("person")).toObject();
        QCOMPARE(person.value(QStringLiteral("surname")).toString(), QStringLiteral("Gʻulomov"));
        QCOMPARE(person.value(QStringLiteral("surname_cyrillic")).toString(),
                 QStringLiteral("Ғуломов"));
        QCOMPARE(person.value(QStringLiteral("patronymic")).toString(),
                 QStringLiteral("Alisher oʻgʻli"));
        QCOMPARE(person.value(QStringLiteral("patronymic_cyrillic")).toString(),
                 QStringLiteral("Алишер ўғли"));
        QCOMPARE(person.value(QStringLiteral("pinfl")).toString(),
                 test::pinflFor(QDate(1990, 4, 30), true));
        QCOMPARE(person.value(QStringLiteral("passport_number")).toString(),
                 QStringLiteral("AB1234567"));
        QCOMPARE(person.value(QStringLiteral("birth_date")).toString(),
                 QStringLiteral("1990-04-30"));
        QCOMPARE(person.value(QStringLiteral("contact_home")).toString(),
                 QStringLiteral("Sister, Samarqand, +998 90 123 45 67"));
        QCOMPARE(person.value(QStringLiteral("family_group")).toString(),
                 QStringLiteral("Gʻulomovlar"));
        QVERIFY(!person.contains(QStringLiteral("search_key"))); // derived keys are not data
        const QJsonObject photo = person.value(QStringLiteral("photo")).toObject();
        QCOMPARE(photo.value(QStringLiteral("bytes")).toInt(), FakeJpeg.size());
        QCOMPARE(QByteArray::fromBase64(
                     photo.value(QStringLiteral("jpeg_base64")).toString().toLatin1()),
                 FakeJpeg);
        QCOMPARE(photo.value(QStringLiteral("width")).toInt(), 413);

        // The linked person: keys only.
        const QJsonArray links = person.value(QStringLiteral("linked_persons")).toArray();
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().toObject().value(QStringLiteral("case_refs")).toArray(),
                 QJsonArray{m_otherRef});
        QCOMPARE(links.first().toObject().keys(),
                 (QStringList{QStringLiteral("case_refs"), QStringLiteral("linked_at"),
                              QStringLiteral("linked_by"), QStringLiteral("person_id")}));

        // The case, as `show --json` gives it, and what is added to it.
        const QJsonArray cases = json.value(QStringLiteral("cases")).toArray();
        QCOMPARE(cases.size(), 1);
        const QJsonObject c = cases.first().toObject();
        QCOMPARE(c.value(QStringLiteral("case_ref")).toString(), m_caseRef);
        // Issuing moved it on; a draft list does not.
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("document_issued"));
        QCOMPARE(c.value(QStringLiteral("host_reference")).toString(), QStringLiteral("123456789"));
        QCOMPARE(c.value(QStringLiteral("needs")).toArray(),
                 QJsonArray{QStringLiteral("wheelchair")});
        QCOMPARE(c.value(QStringLiteral("notes")).toString(),
                 QStringLiteral("Asked for his sister to be told."));
        const QJsonArray requests = c.value(QStringLiteral("identity_requests")).toArray();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().toObject().value(QStringLiteral("out_number")).toString(),
                 QStringLiteral("07/1234"));
        QCOMPARE(requests.first().toObject().value(QStringLiteral("reply_result")).toString(),
                 QStringLiteral("confirmed"));
        QCOMPARE(requests.first().toObject().value(QStringLiteral("reply_date")).toString(),
                 QStringLiteral("2026-03-10"));
        const QJsonArray interviews = c.value(QStringLiteral("interviews")).toArray();
        QCOMPARE(interviews.size(), 1);
        QCOMPARE(interviews.first().toObject().value(QStringLiteral("stated_wishes")).toString(),
                 QStringLiteral("Wants to go home to Samarqand soon."));
        const QJsonArray history = c.value(QStringLiteral("history")).toArray();
        QVERIFY(findBy(history, QStringLiteral("to"), QStringLiteral("identity_confirmed")).size() >
                0);
        QVERIFY(findBy(history, QStringLiteral("to"), QStringLiteral("document_issued")).size() >
                0);
        const QJsonObject confirmed = c.value(QStringLiteral("confirmed_identity")).toObject();
        QCOMPARE(confirmed.value(QStringLiteral("surname")).toString(), QStringLiteral("Gʻulomov"));
        QCOMPARE(confirmed.value(QStringLiteral("birth_date")).toString(),
                 QStringLiteral("1990-04-30"));
        const QJsonArray certificates = c.value(QStringLiteral("certificates")).toArray();
        QCOMPARE(certificates.size(), 1);
        const QJsonObject certificate = certificates.first().toObject();
        QCOMPARE(certificate.value(QStringLiteral("number")).toString(), m_certificate);
        QCOMPARE(certificate.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
        QCOMPARE(certificate.value(QStringLiteral("receipt_number")).toString(),
                 QStringLiteral("R-100"));
        QCOMPARE(certificate.value(QStringLiteral("photo_bytes")).toInt(), FakeJpeg.size());
        const QJsonArray lists = c.value(QStringLiteral("return_lists")).toArray();
        QCOMPARE(lists.size(), 1);
        const QJsonObject list = lists.first().toObject();
        QCOMPARE(list.value(QStringLiteral("flight_number")).toString(), QStringLiteral("HY 102"));
        QCOMPARE(list.value(QStringLiteral("flight_date")).toString(),
                 QStringLiteral("2026-04-10"));
        QCOMPARE(list.value(QStringLiteral("list_status")).toString(), QStringLiteral("draft"));
        const QJsonObject reception = list.value(QStringLiteral("reception")).toObject();
        QCOMPARE(reception.value(QStringLiteral("receiver_name")).toString(),
                 QStringLiteral("Dilnoza Gʻulomova"));
        QCOMPARE(reception.value(QStringLiteral("district")).toString(),
                 QStringLiteral("Urgut tumani"));
        QCOMPARE(reception.value(QStringLiteral("receiver_consent")).toBool(), true);

        // The audit trail: the edit with its values, oldest first; nothing about the other
        // person (their opening above is theirs).
        const QJsonArray audit = json.value(QStringLiteral("audit_trail")).toArray();
        QVERIFY(audit.size() >= 5);
        QVERIFY(audit.first().toObject().value(QStringLiteral("id")).toInteger() <
                audit.last().toObject().value(QStringLiteral("id")).toInteger());
        const QJsonObject edit = findBy(audit, QStringLiteral("field"), QStringLiteral("notes"));
        QCOMPARE(edit.value(QStringLiteral("action")).toString(), QStringLiteral("update"));
        QCOMPARE(edit.value(QStringLiteral("old_value")).toString(),
                 QStringLiteral("Met at the facility."));
        QCOMPARE(edit.value(QStringLiteral("new_value")).toString(),
                 QStringLiteral("Asked for his sister to be told."));
        QCOMPARE(edit.value(QStringLiteral("user")).toString(), QStringLiteral("k.rahimova"));
        for (const QJsonValue &e : audit)
            QVERIFY(e.toObject().value(QStringLiteral("action")).toString() != u"open" ||
                    e.toObject().value(QStringLiteral("row_id")).toInteger() == m_caseId);

        // Nothing of the linked person's own data, anywhere in the file.
        const QString text = QString::fromUtf8(SubjectAccess::jsonBytes(report.value()));
        for (const QString &theirs :
             {QStringLiteral("Qodirov"), QStringLiteral("Қодиров"), QStringLiteral("Bahrom"),
              QStringLiteral("FA7654321"), QStringLiteral("Termiz"), QStringLiteral("987654321"),
              test::pinflFor(QDate(1985, 2, 3), true, 321, 77)})
            QVERIFY2(!text.contains(theirs), qPrintable(theirs));
    }

    void theExportIsRecordedWithTheFile() {
        makeRegister();
        Result<SubjectAccessReport> report =
            SubjectAccess::gather(*m_db, m_clock, m_officer, m_caseId);
        QVERIFY(report);
        const qint64 exportsBefore =
            count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export'"));
        const qint64 opensBefore =
            count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'open'"));
        const QString file = m_dir.filePath(QStringLiteral("person.json"));
        const QByteArray bytes = SubjectAccess::jsonBytes(report.value());
        QVERIFY(SubjectAccess::save(*m_db, m_clock, m_officer, report.value(),
                                    QStringLiteral("json"), bytes, file));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), bytes);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export'")),
                 exportsBefore + 1);
        // Gathering is not an opening: the export is the one entry.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'open'")),
                 opensBefore);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT table_name, row_id, person_id FROM audit_log WHERE "
                                      "action = 'export' ORDER BY id DESC LIMIT 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("return_case"));
        QCOMPARE(q.value(1).toLongLong(), m_caseId);
        QCOMPARE(q.value(2).toLongLong(), report->person.id);
        // The next answer lists that export among the person's entries.
        Result<SubjectAccessReport> again =
            SubjectAccess::gather(*m_db, m_clock, m_officer, m_caseId);
        QVERIFY(again);
        QCOMPARE(again->audit.last().action, QStringLiteral("export"));
        QVERIFY(again->audit.last().newValue.value_or(QString()).contains(QStringLiteral("json")));

        // A file that cannot be written records nothing.
        const QString bad = m_dir.filePath(QStringLiteral("no/such/folder/p.json"));
        Status refused = SubjectAccess::save(*m_db, m_clock, m_officer, report.value(),
                                             QStringLiteral("json"), bytes, bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Io);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export'")),
                 exportsBefore + 1);
        // Only .pdf and .json.
        QVERIFY(SubjectAccess::formatFor(QStringLiteral("a.PDF")).ok());
        QCOMPARE(SubjectAccess::formatFor(QStringLiteral("a.txt")).error().kind,
                 ErrorKind::BadInput);
    }

    void needsFollowTheRuleAndTheAuditorIsRefused() {
        m_db = Database::open(m_dir.filePath(QStringLiteral("accounts.qaytish"))).value();
        UserStore users(*m_db, m_clock);
        QVERIFY(users.add(Actor{QStringLiteral("setup")}, QStringLiteral("admin"), QString(),
                          AllRoles, QStringLiteral("admin-secret-1")));
        const Actor admin =
            users.signIn(QStringLiteral("admin"), QStringLiteral("admin-secret-1"))->actor;
        for (const auto &[name, role] : {std::pair{QStringLiteral("officer"), Role::Officer},
                                         std::pair{QStringLiteral("officer2"), Role::Officer},
                                         std::pair{QStringLiteral("auditor"), Role::Auditor}})
            QVERIFY(users.add(admin, name, QString(), role, Password));
        const Actor officer = users.signIn(QStringLiteral("officer"), Password)->actor;
        const Actor other = users.signIn(QStringLiteral("officer2"), Password)->actor;
        const Actor auditor = users.signIn(QStringLiteral("auditor"), Password)->actor;
        CaseRepository repo(*m_db, m_clock);
        CaseRecord record = test::sampleCase();
        record.needs = {QStringLiteral("medical_escort")};
        record.assignedOfficer = QStringLiteral("officer");
        Result<CaseRepository::SaveResult> created = repo.create(officer, record);
        QVERIFY(created);
        CaseRecord edited = created->record;
        edited.needs = {QStringLiteral("medical_escort"), QStringLiteral("wheelchair")};
        QVERIFY(repo.update(officer, edited));

        // The assigned officer sees the needs, and their change in the trail.
        Result<SubjectAccessReport> full =
            SubjectAccess::gather(*m_db, m_clock, officer, created->record.id);
        QVERIFY(full);
        QCOMPARE(full->cases.first().record.needs.size(), 2);
        QVERIFY(!full->needsWithheld());
        const QString fullText = QString::fromUtf8(SubjectAccess::jsonBytes(full.value()));
        QVERIFY(fullText.contains(QStringLiteral("wheelchair")));

        // Another officer gets an answer that says the needs are withheld, and their values
        // are withheld in the trail as well.
        Result<SubjectAccessReport> partial =
            SubjectAccess::gather(*m_db, m_clock, other, created->record.id);
        QVERIFY(partial);
        QVERIFY(partial->needsWithheld());
        const QJsonObject json = SubjectAccess::toJson(partial.value());
        QCOMPARE(json.value(QStringLiteral("needs_withheld")).toBool(), true);
        const QString text = QString::fromUtf8(QJsonDocument(json).toJson());
        QVERIFY(!text.contains(QStringLiteral("wheelchair")));
        QVERIFY(!text.contains(QStringLiteral("medical_escort")));
        const QJsonObject needsEntry = findBy(json.value(QStringLiteral("audit_trail")).toArray(),
                                              QStringLiteral("field"), QStringLiteral("needs"));
        QCOMPARE(needsEntry.value(QStringLiteral("values")).toString(), QStringLiteral("hidden"));

        // The auditor reads no case contents, so makes no answer.
        Result<SubjectAccessReport> refused =
            SubjectAccess::gather(*m_db, m_clock, auditor, created->record.id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Denied);
    }
};

QTEST_GUILESS_MAIN(TestSubjectAccess)
#include "tst_subjectaccess.moc"
