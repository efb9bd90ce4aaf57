// Retention: a preview of exactly who will be anonymised, then anonymisation that keeps the
// statistics, removes the personal data from the register, the file and the audit trail's
// readable values, and leaves the hash chain verifiable.
#include "core/auditlog.h"
#include "core/casequery.h"
#include "core/caserepository.h"
#include "core/missionsettings.h"
#include "core/passwords.h"
#include "core/retention.h"
#include "core/users.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace qaytish;

class TestRetention : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::shared_ptr<Database> m_db;
    const Actor m_officer{QStringLiteral("k.rahimova")};
    const FixedClock m_then{QDateTime(QDate(2023, 1, 10), QTime(9, 0), QTimeZone::utc())};
    const FixedClock m_later{QDateTime(QDate(2025, 6, 1), QTime(9, 0), QTimeZone::utc())};
    const FixedClock m_now{QDateTime(QDate(2029, 3, 15), QTime(10, 0), QTimeZone::utc())};

    qint64 addCase(const FixedClock &clock, const QString &surname, const QString &cyrillic,
                   bool close) {
        CaseRepository repo(*m_db, clock);
        CaseRecord r = test::sampleCase(surname, cyrillic);
        // Notes and comments name the person, so that a trace of them is found by the name.
        r.notes = QStringLiteral("Met %1 at the facility; a brother in Termiz.").arg(surname);
        Result<CaseRepository::SaveResult> saved = repo.create(m_officer, r);
        if (!saved)
            return 0;
        if (close &&
            !repo.changeStatus(m_officer, saved->record.id, CaseStatus::Closed,
                               QStringLiteral("%1 left with a lawyer's help").arg(surname)))
            return 0;
        return saved->record.id;
    }

    qint64 scalar(const QString &sql) {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    static QByteArray bytesOf(const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QByteArray fileBytes() {
        QByteArray all;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(m_db->path() + suffix);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        Passwords::setParameters({Passwords::MinimumOps, Passwords::MinimumMemory});
    }

    void previewThenAnonymise() {
        m_db = Database::open(m_dir.filePath(QStringLiteral("r%1.qaytish").arg(++m_n))).value();
        // Closed in 2023: past five years in 2029.
        const qint64 old =
            addCase(m_then, QStringLiteral("Xoʻjayev"), QStringLiteral("Хўжаев"), true);
        // Closed in 2025: within the period.
        const qint64 recent =
            addCase(m_later, QStringLiteral("Sobirov"), QStringLiteral("Собиров"), true);
        // Still open since 2023.
        const qint64 open =
            addCase(m_then, QStringLiteral("Nazarov"), QStringLiteral("Назаров"), false);
        QVERIFY(old && recent && open);
        const qint64 oldPerson = CaseRepository(*m_db, m_now).load(old)->person.id;

        Result<RetentionPreview> preview = Retention::preview(*m_db, m_now, m_officer);
        QVERIFY(preview);
        QCOMPARE(preview->years, 5);
        QCOMPARE(preview->cutoff, QDate(2024, 3, 15));
        QCOMPARE(preview->persons.size(), 1);
        QCOMPARE(preview->persons.first().personId, oldPerson);
        QCOMPARE(preview->persons.first().statuses, QStringList{QStringLiteral("closed")});
        QCOMPARE(preview->persons.first().closedOn, QDate(2023, 1, 10));
        // The preview changed nothing.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM person WHERE anonymised_at IS NOT "
                                       "NULL")),
                 qint64(0));

        // A safety copy of the day before holds the person's data.
        Result<SafetyCopy> daily = SafetyCopies::make(
            m_db->connection(), m_db->path(), QStringLiteral("daily"), m_now.now().addDays(-1), 7);
        QVERIFY(daily);
        QVERIFY(bytesOf(daily->path).contains(QStringLiteral("Xoʻjayev").toUtf8()));

        const qint64 statusesBefore =
            scalar(QStringLiteral("SELECT count(*) FROM return_case WHERE status = 'closed'"));
        Result<RetentionOutcome> applied =
            Retention::apply(*m_db, m_now, m_officer, preview.value());
        QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
        QCOMPARE(applied->anonymised, 1);

        // The copy that held the data is gone; a new copy holds the register as it is now.
        QVERIFY(applied->copies);
        QCOMPARE(applied->copies->removed, 1);
        QVERIFY(applied->copies->notRemoved.isEmpty());
        QVERIFY(applied->copies->made);
        QVERIFY(!QFileInfo::exists(daily->path));
        const QList<SafetyCopy> copies = SafetyCopies::list(m_db->path());
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.first().reason, QStringLiteral("after-retention"));
        QVERIFY(!bytesOf(copies.first().path).contains(QStringLiteral("Xoʻjayev").toUtf8()));
        QVERIFY(bytesOf(copies.first().path).contains(QStringLiteral("Sobirov").toUtf8()));
        // The officer is told: copies deleted, the new copy, backups outside still hold it.
        const QStringList told = Retention::copiesOutcome(applied.value());
        QCOMPARE(told.size(), 3);
        QVERIFY2(told.at(1).contains(QDir::toNativeSeparators(copies.first().path)),
                 qPrintable(told.join(u'\n')));

        // The statistics stay: the cases, their statuses and dates, sex, nationality.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM return_case")), qint64(3));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM return_case WHERE status = "
                                       "'closed'")),
                 statusesBefore);
        const CaseRecord gone = CaseRepository(*m_db, m_now).load(old).value();
        QVERIFY(gone.person.anonymisedAt.isValid());
        QCOMPARE(gone.person.sex, QStringLiteral("M"));
        QCOMPARE(gone.person.nationality, QStringLiteral("UZB"));
        QCOMPARE(gone.entryDate, QDate(2022, 5, 1));
        // The personal data is gone.
        QVERIFY(gone.person.surname.isEmpty() && gone.person.surnameCyrillic.isEmpty());
        QVERIFY(gone.person.pinfl.isEmpty() && gone.person.passportNumber.isEmpty());
        QVERIFY(!gone.person.birthDate.isValid());
        QVERIFY(gone.notes.isEmpty() && gone.facility.isEmpty() && gone.hostReference.isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM status_history WHERE comment <> '' "
                                       "AND case_id = %1")
                            .arg(old)),
                 qint64(0));
        // The others are untouched.
        QCOMPARE(CaseRepository(*m_db, m_now).load(recent)->person.surname,
                 QStringLiteral("Sobirov"));
        QCOMPARE(CaseRepository(*m_db, m_now).load(open)->person.surname,
                 QStringLiteral("Nazarov"));
        // Search no longer finds the name in any script.
        for (const QString &typed : {QStringLiteral("Xojayev"), QStringLiteral("Хўжаев")}) {
            Result<QList<CaseListRow>> rows = CaseQuery(CaseFilter{typed, std::nullopt}, CaseSort{})
                                                  .fetch(m_db->connection(), m_db->path(), 0, -1);
            QVERIFY(rows);
            QVERIFY2(rows->isEmpty(), qPrintable(typed));
        }
        // Not even the file's free pages hold the names or the notes any more.
        const QByteArray bytes = fileBytes();

        for (const QString &text :
             {QStringLiteral("Xoʻjayev"), QStringLiteral("Хўжаев"), QStringLiteral("xojayev"),
              QStringLiteral("Met Xoʻjayev"), QStringLiteral("Xoʻjayev left")})
            QVERIFY2(!bytes.contains(text.toUtf8()), qPrintable(text));
        QVERIFY(bytes.contains(QByteArrayLiteral("Met Sobirov at the facility")));

        // The audit trail keeps every entry, the person's values are unreadable for good,
        // and the chain verifies.
        AuditFilter filter;
        filter.personId = oldPerson;
        Result<QList<AuditEntry>> entries =
            AuditLog::entries(m_db->connection(), m_db->path(), m_officer, filter, 0, 1000);
        QVERIFY(entries);
        int erased = 0;
        for (const AuditEntry &e : entries.value()) {
            QVERIFY(!e.newValue || e.newValue->isEmpty());
            erased += e.valuesErased ? 1 : 0;
        }
        QVERIFY(erased > 5);
        Result<AuditVerification> verified = AuditLog::verify(m_db->connection(), m_db->path());
        QVERIFY(verified && verified->intact());

        // An anonymised case cannot be edited again, and a second run finds no one.
        CaseRecord edit = gone;
        edit.person.surname = QStringLiteral("Xoʻjayev");
        edit.person.givenNames = QStringLiteral("Ali");
        QVERIFY(!CaseRepository(*m_db, m_now).update(m_officer, edit));
        QCOMPARE(Retention::preview(*m_db, m_now, m_officer)->persons.size(), 0);
    }

    // A case reopened between the preview and the applying keeps its person.
    void appliesOnlyWhatIsStillDue() {
        m_db = Database::open(m_dir.filePath(QStringLiteral("r%1.qaytish").arg(++m_n))).value();
        const qint64 id =
            addCase(m_then, QStringLiteral("Qodirov"), QStringLiteral("Қодиров"), true);
        QVERIFY(id);
        Result<RetentionPreview> preview = Retention::preview(*m_db, m_now, m_officer);
        QCOMPARE(preview->persons.size(), 1);
        // The case is open again meanwhile (as another program on the register would do).
        CaseRepository repo(*m_db, m_now);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE return_case SET status = 'registered' WHERE id = "
                                      "%1")
                           .arg(id)));
        Result<SafetyCopy> daily = SafetyCopies::make(m_db->connection(), m_db->path(),
                                                      QStringLiteral("daily"), m_now.now(), 7);
        QVERIFY(daily);
        Result<RetentionOutcome> applied =
            Retention::apply(*m_db, m_now, m_officer, preview.value());
        QVERIFY(applied);
        QCOMPARE(applied->anonymised, 0);
        QCOMPARE(repo.load(id)->person.surname, QStringLiteral("Qodirov"));
        // Nobody was anonymised: the safety copies stay as they were.
        QVERIFY(!applied->copies);
        QVERIFY(QFileInfo::exists(daily->path));
        QCOMPARE(SafetyCopies::list(m_db->path()).size(), 1);
    }

    // Only an administrator applies retention; the period is a mission setting.
    void onlyAnAdministratorAndThePeriodIsASetting() {
        m_db = Database::open(m_dir.filePath(QStringLiteral("r%1.qaytish").arg(++m_n))).value();
        QVERIFY(addCase(m_then, QStringLiteral("Olimov"), QStringLiteral("Олимов"), true));
        UserStore users(*m_db, m_now);
        const QString password = QStringLiteral("correct horse 7");
        QVERIFY(users.add(Actor{QStringLiteral("setup")}, QStringLiteral("admin"), QString(),
                          Role::Administrator, password));
        const Actor admin = users.signIn(QStringLiteral("admin"), password)->actor;
        QVERIFY(users.add(admin, QStringLiteral("consul"), QString(),
                          Roles(Role::Consul) | Role::Officer, password));
        const Actor consul = users.signIn(QStringLiteral("consul"), password)->actor;
        Result<RetentionPreview> refused = Retention::preview(*m_db, m_now, consul);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Denied);

        MissionSettingsStore settings(*m_db, m_now);
        MissionSettings s = settings.load().value();
        s.retentionYears = 10;
        QVERIFY(settings.save(admin, s));
        QCOMPARE(Retention::preview(*m_db, m_now, admin)->persons.size(), 0);
        s.retentionYears = 0;
        QCOMPARE(settings.save(admin, s).error().field, QStringLiteral("retention_years"));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
