// Safety copies of a register (core/safetycopies): one a day, the last N kept, one before
// every upgrade, and restoring a copy, which checks it first and keeps the register as it was.
#include "core/caserepository.h"
#include "core/database.h"
#include "core/safetycopies.h"
#include "support/testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace qaytish;

class TestSafetyCopies : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc())};
    int m_n = 0;

    QString newRegister(int cases) {
        const QString path = m_dir.filePath(QStringLiteral("r%1.qaytish").arg(++m_n));
        auto db = Database::open(path);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        CaseRepository repo(*db.value(), m_clock);
        for (int i = 0; i < cases; ++i)
            if (!repo.create(Actor{QStringLiteral("t")},
                             test::sampleCase(QStringLiteral("Karimov%1").arg(i), QString())))
                qFatal("cannot create a case");
        return path;
    }
    static qint64 cases(const QString &path) {
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        if (!db)
            return -1;
        const FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc()));
        const Result<qint64> n = CaseRepository(*db.value(), clock).caseCount();
        return n ? n.value() : -1;
    }
    static QDateTime day(int d, int hour = 9) {
        return QDateTime(QDate(2026, 3, d), QTime(hour, 0), QTimeZone::utc());
    }

private slots:
    void oneDailyCopyADayAndTheLastNKept() {
        const QString path = newRegister(2);
        auto db = Database::open(path).value();
        auto first = SafetyCopies::makeDaily(db->connection(), path, day(1), 3);
        QVERIFY(first.ok() && first->has_value());
        auto again = SafetyCopies::makeDaily(db->connection(), path, day(1, 17), 3);
        QVERIFY(again.ok() && !again->has_value());
        QVERIFY(
            SafetyCopies::make(db->connection(), path, QStringLiteral("before-v9"), day(1, 18), 3)
                .ok());
        for (int d = 2; d <= 6; ++d)
            QVERIFY(SafetyCopies::makeDaily(db->connection(), path, day(d), 3).value().has_value());
        const QList<SafetyCopy> copies = SafetyCopies::list(path);
        QStringList seen;
        for (const SafetyCopy &c : copies)
            seen << c.madeAt.toString(QStringLiteral("d")) + u' ' + c.reason;
        // Newest first; three daily copies; the copy before the upgrade is never pushed out.
        QCOMPARE(seen, (QStringList{QStringLiteral("6 daily"), QStringLiteral("5 daily"),
                                    QStringLiteral("4 daily"), QStringLiteral("1 before-v9")}));
        QCOMPARE(cases(copies.first().path), 2);
    }

    void restoreChecksTheCopyAndKeepsTheRegisterAsItWas() {
        const QString path = newRegister(3);
        QString copy;
        {
            auto db = Database::open(path).value();
            copy = SafetyCopies::makeDaily(db->connection(), path, day(7), 7).value()->path;
            CaseRepository repo(*db, m_clock);
            QVERIFY(repo.create(Actor{QStringLiteral("t")},
                                test::sampleCase(QStringLiteral("Later"), QString()))
                        .ok());
        }
        QCOMPARE(cases(path), 4);
        // A stale -wal beside the register must never be applied to the restored file.
        {
            QFile wal(path + QStringLiteral("-wal"));
            QVERIFY(wal.open(QIODevice::WriteOnly));
            wal.write(QByteArray(4096, 'x'));
        }
        QVERIFY(SafetyCopies::restore(copy, path, day(8)).ok());
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(cases(path), 3);
        const QList<SafetyCopy> copies = SafetyCopies::list(path);
        QCOMPARE(copies.first().reason, QStringLiteral("before-restore"));
        QVERIFY(QFile::exists(copies.first().path + QStringLiteral("-wal")));
    }

    void aDamagedCopyIsNotRestored() {
        const QString path = newRegister(2);
        QString copy;
        {
            auto db = Database::open(path).value();
            copy = SafetyCopies::makeDaily(db->connection(), path, day(9), 7).value()->path;
        }
        QFile f(copy);
        QVERIFY(f.resize(f.size() / 2));
        const QByteArray before = test::fileHash(path);
        const Status s = SafetyCopies::restore(copy, path, day(10));
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QFileInfo(copy).fileName()));
        QCOMPARE(test::fileHash(path), before);
        QCOMPARE(cases(path), 2);
    }
};

QTEST_GUILESS_MAIN(TestSafetyCopies)
#include "tst_safetycopies.moc"
