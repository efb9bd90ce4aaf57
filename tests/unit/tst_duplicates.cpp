#include "core/caserepository.h"
#include "core/duplicates.h"
#include "support/testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace qaytish;
using namespace Qt::StringLiterals;

class TestDuplicates : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc())};
    const Actor m_officer{u"k.rahimova"_s};

    // An existing case: Toʻxtayev Oʻtkir, born 1990-04-30, with its own PINFL and passport.
    CaseRecord existing() const {
        CaseRecord r = test::sampleCase(u"Toʻxtayev"_s, u"Тўхтаев"_s);
        r.person.givenNames = u"Oʻtkir"_s;
        r.person.givenNamesCyrillic = u"Ўткир"_s;
        r.person.patronymic = u"Baxtiyor oʻgʻli"_s;
        r.person.patronymicCyrillic = u"Бахтиёр ўғли"_s;
        return r;
    }

    // Someone else entirely: other names, birth date, PINFL and passport.
    CaseRecord unrelated() const {
        CaseRecord r = test::sampleCase(u"Sodiqova"_s, u"Содиқова"_s);
        r.person.givenNames = u"Gulnoza"_s;
        r.person.givenNamesCyrillic = u"Гулноза"_s;
        r.person.patronymic.clear();
        r.person.patronymicCyrillic.clear();
        r.person.sex = u"F"_s;
        r.person.birthDate = QDate(1985, 2, 14);
        r.person.pinfl = test::pinflFor(r.person.birthDate, false, 200, 7);
        r.person.passportNumber = u"FA7654321"_s;
        return r;
    }

    CaseRecord saved(const CaseRecord &r) {
        CaseRepository repo(*m_db, m_clock);
        auto result = repo.create(m_officer, r);
        if (!result) {
            qWarning("%s", qPrintable(result.error().message));
            return {};
        }
        return result->record;
    }

    QList<DuplicateMatch> find(const CaseRecord &r, qint64 exclude = 0) {
        auto result = DuplicateFinder::find(m_db->connection(), m_db->path(),
                                            CaseRepository::normalized(r), exclude);
        if (!result) {
            qWarning("%s", qPrintable(result.error().message));
            return {};
        }
        return result.value();
    }

    // A new record that shares nothing with existing() but what the test puts in.
    CaseRecord newRecord() const {
        CaseRecord r = unrelated();
        r.person.surname = u"Karimov"_s;
        r.person.surnameCyrillic = u"Каримов"_s;
        r.person.givenNames = u"Sardor"_s;
        r.person.givenNamesCyrillic = u"Сардор"_s;
        r.person.sex = u"M"_s;
        r.person.birthDate = QDate(1979, 9, 1);
        r.person.pinfl = test::pinflFor(r.person.birthDate, true, 300, 9);
        r.person.passportNumber = u"AC1112223"_s;
        return r;
    }

private slots:
    void init() {
        static int n = 0;
        auto db = Database::open(m_dir.filePath(u"d%1.qaytish"_s.arg(++n)));
        QVERIFY(db.ok());
        m_db = db.value();
    }
    void cleanup() { m_db.reset(); }

    void nothingInAnEmptyOrUnrelatedRegister() {
        QVERIFY(find(existing()).isEmpty());
        QVERIFY(saved(unrelated()).id > 0);
        QVERIFY(find(newRecord()).isEmpty());
    }

    void samePinfl() {
        const CaseRecord old = saved(existing());
        QVERIFY(saved(unrelated()).id > 0);
        CaseRecord r = newRecord();
        r.person.pinfl = old.person.pinfl;
        const QList<DuplicateMatch> found = find(r);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().caseId, old.id);
        QCOMPARE(found.first().caseRef, old.caseRef);
        QCOMPARE(found.first().fullName, u"Toʻxtayev Oʻtkir Baxtiyor oʻgʻli"_s);
        QCOMPARE(found.first().reasons, QList<DuplicateReason>{DuplicateReason::SamePinfl});
        QVERIFY(found.first().reasonsText().contains(u"PINFL"_s));
        QVERIFY(!found.first().linked);
    }

    void samePassport() {
        const CaseRecord old = saved(existing());
        CaseRecord r = newRecord();
        r.person.passportNumber = u" ab1234567"_s; // normalised like the stored one
        const QList<DuplicateMatch> found = find(r);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().caseId, old.id);
        QCOMPARE(found.first().reasons, QList<DuplicateReason>{DuplicateReason::SamePassport});
    }

    void sameBirthDateAndNameInOtherSpellings_data() {
        QTest::addColumn<QString>("surname");
        QTest::addColumn<QString>("given");
        QTest::addColumn<bool>("found");

        QTest::newRow("Russian") << u"Тухтаев"_s << u"Уткир"_s << true;
        QTest::newRow("passport") << u"TUKHTAEV"_s << u"UTKIR"_s << true;
        QTest::newRow("MRZ without ʻ") << u"TOXTAYEV"_s << u"OTKIR"_s << true;
        QTest::newRow("typed apostrophes") << u"To'xtayev"_s << u"O`tkir"_s << true;
        QTest::newRow("two given names") << u"Tukhtaev"_s << u"Utkir Baxtiyor"_s << true;
        QTest::newRow("other given name") << u"Tukhtaev"_s << u"Sardor"_s << false;
        QTest::newRow("other surname") << u"Karimov"_s << u"Utkir"_s << false;
        QTest::newRow("female form") << u"Tukhtaeva"_s << u"Utkir"_s << false;
        QTest::newRow("prefix only") << u"Tukh"_s << u"Utk"_s << false;
    }

    void sameBirthDateAndNameInOtherSpellings() {
        QFETCH(QString, surname);
        QFETCH(QString, given);
        QFETCH(bool, found);
        const CaseRecord old = saved(existing());
        QVERIFY(saved(unrelated()).id > 0);
        CaseRecord r = newRecord();
        r.person.surname = surname;
        r.person.givenNames = given;
        r.person.surnameCyrillic.clear();
        r.person.givenNamesCyrillic.clear();
        r.person.birthDate = old.person.birthDate;
        const QList<DuplicateMatch> matches = find(r);
        QCOMPARE(matches.size(), found ? 1 : 0);
        if (found) {
            QCOMPARE(matches.first().caseId, old.id);
            QCOMPARE(matches.first().reasons,
                     QList<DuplicateReason>{DuplicateReason::SameBirthDateAndName});
        }
    }

    void sameNameOtherBirthDateIsNotADuplicate() {
        saved(existing());
        CaseRecord r = newRecord();
        r.person.surname = u"Tukhtaev"_s;
        r.person.givenNames = u"Utkir"_s;
        r.person.birthDate = QDate(1990, 4, 29);
        QVERIFY(find(r).isEmpty());
    }

    // The surname of an MRZ import among the given names: one word of the stored key.
    void surnameAmongStoredWords() {
        CaseRecord imported = newRecord();
        imported.person.surname = u"OTKIR TOXTAYEV"_s; // put in the wrong field
        imported.person.givenNames = u"BAXTIYOROVICH"_s;
        imported.person.surnameCyrillic.clear();
        imported.person.givenNamesCyrillic.clear();
        imported.person.birthDate = QDate(1990, 4, 30);
        imported.person.pinfl = test::pinflFor(imported.person.birthDate, true, 301, 10);
        const CaseRecord old = saved(imported);
        QVERIFY(old.id > 0);
        CaseRecord r = existing();
        r.person.givenNames = u"Oʻtkir"_s;
        r.person.pinfl = test::pinflFor(r.person.birthDate, true, 302, 11);
        r.person.passportNumber = u"AD0000001"_s;
        const QList<DuplicateMatch> matches = find(r);
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().caseId, old.id);
    }

    void allReasonsTogetherAndTheEditedCaseLeftOut() {
        const CaseRecord old = saved(existing());
        CaseRecord again = existing(); // the same person registered a second time
        const QList<DuplicateMatch> matches = find(again);
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().reasons,
                 (QList<DuplicateReason>{DuplicateReason::SamePinfl, DuplicateReason::SamePassport,
                                         DuplicateReason::SameBirthDateAndName}));
        // Editing the case itself finds nothing.
        QVERIFY(find(old, old.id).isEmpty());
    }

    void linkRecordedWithWhoAndWhenAndShown() {
        const CaseRecord first = saved(existing());
        CaseRecord second = existing();
        second.person.passportNumber = u"AE7777777"_s;
        const CaseRecord stored = saved(second);
        QVERIFY(stored.id > 0);
        PersonLinks links(*m_db, m_clock);
        auto link = links.linkCases(m_officer, stored.id, first.id, u"same PINFL"_s);
        QVERIFY2(link.ok(), link.ok() ? "" : qPrintable(link.error().message));
        QCOMPARE(link->personA, std::min(first.person.id, stored.person.id));
        QCOMPARE(link->personB, std::max(first.person.id, stored.person.id));
        QCOMPARE(link->linkedBy, m_officer.name);
        QCOMPARE(link->linkedAt, m_clock.now());

        // Recorded once, seen from either side, and in the change log.
        auto again = links.linkCases(m_officer, first.id, stored.id);
        QVERIFY(again.ok());
        QCOMPARE(again->id, link->id);
        auto ofFirst = links.linksOf(first.person.id);
        QVERIFY(ofFirst.ok());
        QCOMPARE(ofFirst->size(), 1);
        QCOMPARE(ofFirst->first().note, u"same PINFL"_s);
        QCOMPARE(links.linksOf(stored.person.id)->size(), 1);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT actor FROM audit_log WHERE table_name = 'person_link'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), m_officer.name);

        // The finder shows the pair as linked; both rows are still there, unmerged.
        const QList<DuplicateMatch> matches = find(stored, stored.id);
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().caseId, first.id);
        QVERIFY(matches.first().linked);
        QVERIFY(q.exec(u"SELECT count(*) FROM person"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void aPersonIsNotLinkedWithItself() {
        const CaseRecord first = saved(existing());
        PersonLinks links(*m_db, m_clock);
        auto link = links.linkCases(m_officer, first.id, first.id);
        QVERIFY(!link.ok());
        QCOMPARE(link.error().kind, ErrorKind::BadInput);
        QVERIFY(!links.linkCases(m_officer, first.id, 999).ok());
    }

    // The three look-ups use the indexes (no full scan of person).
    void queriesUseTheIndexes() {
        QSqlQuery q(m_db->connection());
        for (const QString &column : {u"pinfl"_s, u"passport_number"_s, u"birth_date"_s}) {
            // The shape of DuplicateFinder's query.
            QVERIFY(q.exec(u"EXPLAIN QUERY PLAN SELECT c.id, c.case_ref, p.id, p.surname, "
                           "p.search_key FROM person p JOIN return_case c "
                           "ON c.person_id = p.id WHERE p."_s +
                           column + u" = 'x' ORDER BY c.id"_s));
            QString plan;
            while (q.next())
                plan += q.value(3).toString() + u'\n';
            QVERIFY2(plan.contains(u"SEARCH p USING INDEX person_"_s) &&
                         plan.contains(u"SEARCH c USING"_s) && !plan.contains(u"SCAN"_s),
                     qPrintable(plan));
        }
    }
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
