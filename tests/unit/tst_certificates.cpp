// The register of Certificates of Return, the mission's signing keys and the workflow's
// travel-document rule, through core alone.
#include "core/caserepository.h"
#include "core/certificates.h"
#include "core/changewriter.h"
#include "core/personphoto.h"
#include "core/signing.h"
#include "support/testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace qaytish;

namespace {

// Core never decodes the photo; a JPEG's first bytes are what it checks.
const QByteArray FakeJpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(200, 'x');

} // namespace

class TestCertificates : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc())};
    const Actor m_officer{QStringLiteral("k.rahimova")};

    qint64 scalar(const QString &sql) {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // A confirmed case with a photo (or without); returns its id.
    qint64 confirmedCase(CaseRecord record = test::sampleCase(), bool photo = true) {
        CaseRepository repo(*m_db, m_clock);
        Result<CaseRepository::SaveResult> saved = repo.create(m_officer, record);
        if (!saved)
            return 0;
        const qint64 id = saved->record.id;
        Result<IdentityRequest> request =
            repo.addIdentityRequest(m_officer, id, QStringLiteral("07/1"), QDate(2026, 3, 1));
        if (!request || !repo.recordIdentityReply(m_officer, request->id, QStringLiteral("R-1"),
                                                  QDate(2026, 3, 10), QStringLiteral("confirmed")))
            return 0;
        if (photo &&
            !PersonPhotoStore(*m_db, m_clock).setForCase(m_officer, id, FakeJpeg, 413, 531))
            return 0;
        return id;
    }

    CertificateRequest request(qint64 caseId) {
        CertificateRequest r;
        r.caseId = caseId;
        r.receiptNumber = QStringLiteral("R-100");
        return r;
    }

private slots:
    void init() {
        static int n = 0;
        Result<std::shared_ptr<Database>> db =
            Database::open(m_dir.filePath(QStringLiteral("c%1.qaytish").arg(++n)));
        QVERIFY(db.ok());
        m_db = db.value();
    }
    void cleanup() { m_db.reset(); }

    void issueTakesTheConfirmedRecordAndMovesTheCase() {
        const qint64 id = confirmedCase();
        QVERIFY(id > 0);
        // The person is edited after the confirmation: the certificate keeps the confirmed
        // names.
        CaseRepository repo(*m_db, m_clock);
        CaseRecord edited = repo.load(id).value();
        edited.person.surname = QStringLiteral("Gulomov");
        QVERIFY(repo.update(m_officer, edited).ok());

        CertificateRegister reg(*m_db, m_clock);
        Result<Certificate> c = reg.issue(m_officer, request(id));
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        QCOMPARE(c->number, QStringLiteral("WAS-2026-000001"));
        QCOMPARE(c->surname, QStringLiteral("Gʻulomov"));
        QCOMPARE(c->surnameCyrillic, QStringLiteral("Ғуломов"));
        QCOMPARE(c->issueDate, QDate(2026, 3, 15));
        QCOMPARE(c->validUntil, QDate(2026, 3, 15).addDays(30));
        QCOMPARE(c->photo, FakeJpeg);
        QCOMPARE(c->issuedBy, m_officer.name);
        QCOMPARE(c->dutyAmount, QStringLiteral("60")); // an adult
        QCOMPARE(repo.load(id)->status, CaseStatus::DocumentIssued);
        const QList<StatusChange> history = repo.history(id).value();
        QCOMPARE(history.last().fromCode, QStringLiteral("identity_confirmed"));
        QCOMPARE(history.last().toCode, QStringLiteral("document_issued"));
        QVERIFY(history.last().comment.contains(c->number));

        // The QR payload verifies with the register's keys.
        Result<QList<PublicKey>> keys = Signing::publicKeys(m_db->connection(), m_db->path());
        QVERIFY(keys.ok());
        QCOMPARE(keys->size(), 1);
        const PayloadVerification v = Signing::verify(c->payload, keys.value());
        QCOMPARE(v.check, PayloadCheck::Valid);
        QCOMPARE(v.payload.number, c->number);
        QCOMPARE(v.payload.birthDate, QDate(1990, 4, 30));
        QCOMPARE(v.payload.keyId, keys->first().keyId);
    }

    void theSecretKeyNeverReachesTheAuditTrail() {
        QVERIFY(reg_issue());
        const QString secret = [&] {
            QSqlQuery q(m_db->connection());
            q.exec(QStringLiteral("SELECT secret_key FROM signing_key"));
            return q.next() ? q.value(0).toString() : QString();
        }();
        QVERIFY(secret.size() > 40);
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE new_value LIKE ? OR "
                                 "old_value LIKE ?"));
        q.addBindValue(QStringLiteral("%") + secret.left(20) + QStringLiteral("%"));
        q.addBindValue(QStringLiteral("%") + secret.left(20) + QStringLiteral("%"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // The insert is logged, as one line without values.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                       "'signing_key' AND new_value IS NULL")),
                 qint64(1));
        // A second certificate is signed by the same key.
        const qint64 other =
            confirmedCase(test::sampleCase(QStringLiteral("Qodirov"), QStringLiteral("Қодиров")));
        QVERIFY(CertificateRegister(*m_db, m_clock).issue(m_officer, request(other)).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM signing_key")), qint64(1));
    }

    void payloadEscapingAndAlteration() {
        ChangeWriter writer(m_db->connection(), m_db->path(), m_clock, m_officer,
                            Permission::IssueCertificates);
        CertificatePayload p;
        p.number = QStringLiteral("WAS-2026-000009");
        p.surname = QStringLiteral("O|Brien\\x"); // separators inside a field
        p.givenNames = QStringLiteral("Oʻktam");
        p.birthDate = QDate(2001, 2, 3);
        p.validUntil = QDate(2026, 5, 1);
        QString text;
        QVERIFY(m_db->transaction([&]() -> Status {
                        Result<QString> s = Signing::signPayload(writer, p);
                        if (!s)
                            return s.error();
                        text = s.value();
                        return {};
                    })
                    .ok());
        QVERIFY(text.startsWith(QStringLiteral("QR1|WAS-2026-000009|O\\|Brien\\\\x|Oʻktam|")));
        QVERIFY(text.toUtf8().size() < 200); // a small QR code at print size
        const QList<PublicKey> keys = Signing::publicKeys(m_db->connection(), m_db->path()).value();
        const PayloadVerification v = Signing::verify(text, keys);
        QCOMPARE(v.check, PayloadCheck::Valid);
        QCOMPARE(v.payload.surname, p.surname);
        QCOMPARE(v.payload.givenNames, p.givenNames);
        QString altered = text;
        altered.replace(QStringLiteral("Oʻktam"), QStringLiteral("Oʻktan"));
        QCOMPARE(Signing::verify(altered, keys).check, PayloadCheck::Altered);
        QCOMPARE(Signing::verify(QStringLiteral("QR2|x"), keys).check, PayloadCheck::Malformed);
        QCOMPARE(Signing::verify(text, {}).check, PayloadCheck::UnknownKey);

        // The exported key file reads back to the same keys; a damaged one is refused.
        const QString file = m_dir.filePath(QStringLiteral("keys.pub"));
        QVERIFY(Signing::writePublicKeyFile(file, keys, QStringLiteral("Embassy")).ok());
        Result<QList<PublicKey>> read = Signing::readPublicKeyFile(file);
        QVERIFY(read.ok());
        QCOMPARE(read->first().key, keys.first().key);
        QCOMPARE(Signing::verify(text, read.value()).check, PayloadCheck::Valid);
        QFile f(file);
        QVERIFY(f.open(QIODevice::Append));
        f.write("key 00000000 AAAA current\n");
        f.close();
        QVERIFY(!Signing::readPublicKeyFile(file).ok());
    }

    void problemsAreListedWithTheirFields() {
        CaseRecord incomplete = test::sampleCase();
        incomplete.person.givenNamesCyrillic.clear();
        const qint64 id = confirmedCase(incomplete, false);
        QVERIFY(id > 0);
        CertificateRegister reg(*m_db, m_clock);
        CertificateRequest r;
        r.caseId = id;
        r.validDays = 120;
        Result<QList<Error>> problems = reg.problems(r);
        QVERIFY(problems.ok());
        QStringList fields;
        for (const Error &e : problems.value())
            fields << e.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("confirmed_identity"), QStringLiteral("photo"),
                                      QStringLiteral("receipt"), QStringLiteral("valid_days")}));
        QVERIFY(problems->first().message.contains(QStringLiteral("given names (Cyrillic)")));
        Result<Certificate> refused = reg.issue(m_officer, r);
        QVERIFY(!refused.ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM certificate")), qint64(0));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM certificate_counter")), qint64(0));

        // A case whose identity is not confirmed, and a minor's duty.
        CaseRepository repo(*m_db, m_clock);
        CaseRecord child = test::sampleCase(QStringLiteral("Karimov"), QStringLiteral("Каримов"));
        child.person.birthDate = QDate(2015, 6, 1);
        child.person.pinfl = test::pinflFor(child.person.birthDate, true);
        const qint64 open = repo.create(m_officer, child)->record.id;
        QVERIFY(PersonPhotoStore(*m_db, m_clock).setForCase(m_officer, open, FakeJpeg, 413, 531));
        problems = reg.problems(request(open));
        QCOMPARE(problems->first().field, QStringLiteral("status"));
        const qint64 minor = confirmedCase(child);
        Result<Certificate> c = reg.issue(m_officer, request(minor));
        QVERIFY(c.ok());
        QCOMPARE(c->dutyAmount, QStringLiteral("10"));
    }

    void spoilingKeepsTheRowAndReopensTheCase() {
        // No passport: without its certificate the case has no travel document.
        CaseRecord record = test::sampleCase();
        record.person.passportNumber.clear();
        record.person.passportIssueDate = QDate();
        record.person.passportExpiryDate = QDate();
        const qint64 id = confirmedCase(record);
        CertificateRegister reg(*m_db, m_clock);
        const QString first = reg.issue(m_officer, request(id))->number;
        QVERIFY(!reg.issue(m_officer, request(id)).ok()); // one valid per person
        QVERIFY(!reg.voidCertificate(m_officer, first, QStringLiteral("spoiled"), QString()).ok());
        Result<Certificate> spoiled = reg.voidCertificate(
            m_officer, first, QStringLiteral("spoiled"), QStringLiteral("Ink smudge"));
        QVERIFY(spoiled.ok());
        QCOMPARE(spoiled->status, QStringLiteral("spoiled"));
        QCOMPARE(spoiled->voidReason, QStringLiteral("Ink smudge"));
        QCOMPARE(CaseRepository(*m_db, m_clock).load(id)->status, CaseStatus::IdentityConfirmed);
        // Rows are never deleted.
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM certificate")));
        const QString second = reg.issue(m_officer, request(id))->number;
        QCOMPARE(second, QStringLiteral("WAS-2026-000002"));
        QCOMPARE(reg.list(QString())->size(), 2);
        QCOMPARE(reg.list(QStringLiteral("Ғуломов"))->size(), 2);
        QCOMPARE(reg.list(QStringLiteral("000002"))->size(), 1);
        QCOMPARE(reg.list(QString(), QStringLiteral("spoiled"))->size(), 1);
    }

    void aFailureInsideTheTransactionLeavesNoTrace() {
        const qint64 id = confirmedCase();
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER fail_history BEFORE INSERT ON "
                                      "status_history WHEN NEW.to_status = 'document_issued' "
                                      "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        CertificateRegister reg(*m_db, m_clock);
        QVERIFY(!reg.issue(m_officer, request(id)).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM certificate")), qint64(0));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM certificate_counter")), qint64(0));
        QCOMPARE(CaseRepository(*m_db, m_clock).load(id)->status, CaseStatus::IdentityConfirmed);
        QCOMPARE(scalar(QStringLiteral("PRAGMA synchronous")), qint64(1)); // NORMAL again
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER fail_history")));
        QCOMPARE(reg.issue(m_officer, request(id))->number, QStringLiteral("WAS-2026-000001"));
    }

    void manualDocumentIssuedNeedsAValidDocument() {
        CaseRepository repo(*m_db, m_clock);
        // A passport that expired yesterday: refused with margin 0, allowed with margin 5.
        CaseRecord record = test::sampleCase();
        record.person.passportExpiryDate = QDate(2026, 3, 14);
        const qint64 id = confirmedCase(record, false);
        Status refused = repo.changeStatus(m_officer, id, CaseStatus::DocumentIssued, QString());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("status"));
        MissionSettings settings = MissionSettings::defaults();
        settings.passportMarginDays = 5;
        QVERIFY(MissionSettingsStore(*m_db, m_clock).save(m_officer, settings).ok());
        QVERIFY(repo.changeStatus(m_officer, id, CaseStatus::DocumentIssued, QString()).ok());
    }

private:
    bool reg_issue() {
        const qint64 id = confirmedCase();
        return id > 0 && CertificateRegister(*m_db, m_clock).issue(m_officer, request(id)).ok();
    }
};

QTEST_GUILESS_MAIN(TestCertificates)
#include "tst_certificates.moc"
