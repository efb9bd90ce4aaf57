// qaytish-cli backup and restore: the exit codes of DESIGN.md's contracts, the order of the
// lines on standard input (the sign-in password, then the passphrase), administrators only,
// and a register that stays as it was whenever a restore is refused.
#include "support/clirunner.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace qaytish;

namespace {

using Run = test::CliRun;
const QString AdminPassword = QStringLiteral("boss-secret-01");
const QString ClerkPassword = QStringLiteral("clerk-secret-1");
const QString Passphrase = QStringLiteral("a long passphrase 7");

QList<std::pair<QString, QString>> password(const QString &value) {
    return {{QStringLiteral("QAYTISH_PASSWORD"), value}};
}

QByteArray lines(const QStringList &values) {
    return (values.join(u'\n') + u'\n').toUtf8();
}

} // namespace

class TestCliBackup : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A register without accounts with `cases` demo cases, in a folder of its own.
    QString openRegister(int cases) {
        const QString folder = path(QStringLiteral("r%1").arg(++m_n));
        QDir().mkpath(folder);
        const QString db = QDir(folder).filePath(QStringLiteral("register.qaytish"));
        const Run r = test::runCli({QStringLiteral("demo"), QStringLiteral("--cases"),
                                    QString::number(cases), QStringLiteral("--db"), db});
        if (r.code != 0)
            qWarning() << r.err;
        return db;
    }

    // A register whose administrator "boss" added an officer "clerk", with 4 demo cases.
    QString protectedRegister() {
        const QString folder = path(QStringLiteral("p%1").arg(++m_n));
        QDir().mkpath(folder);
        const QString db = QDir(folder).filePath(QStringLiteral("register.qaytish"));
        if (test::runCli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("boss"),
                          QStringLiteral("--db"), db},
                         {}, password(AdminPassword))
                .code != 0)
            return {};
        const Run added = test::runCli({QStringLiteral("user"), QStringLiteral("add"),
                                        QStringLiteral("clerk"), QStringLiteral("--role"),
                                        QStringLiteral("officer"), QStringLiteral("--db"), db,
                                        QStringLiteral("--user"), QStringLiteral("boss")},
                                       lines({AdminPassword, ClerkPassword}));
        if (added.code != 0)
            return {};
        if (test::runCli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("4"),
                          QStringLiteral("--db"), db, QStringLiteral("--user"),
                          QStringLiteral("clerk")},
                         {}, password(ClerkPassword))
                .code != 0)
            return {};
        return db;
    }

    // The number of cases, as an officer of the register sees them.
    static int count(const QString &db, const QString &user = {}, const QString &pw = {}) {
        QStringList args = {QStringLiteral("list"), QStringLiteral("--json"),
                            QStringLiteral("--db"), db};
        if (!user.isEmpty())
            args << QStringLiteral("--user") << user;
        const Run r = test::runCli(
            args, {}, user.isEmpty() ? QList<std::pair<QString, QString>>() : password(pw));
        if (r.code != 0)
            return -1;
        return int(QJsonDocument::fromJson(r.out.toUtf8()).array().size());
    }

    QStringList leftovers(const QString &db) const {
        QStringList found;
        const QDir folder = QFileInfo(db).absoluteDir();
        for (const QString &name : folder.entryList(QDir::Files)) {
            if (name.contains(u".backup-") || name.contains(u".restore-"))
                found << name;
        }
        return found;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void plainAndSealedWithoutAccounts() {
        const QString db = openRegister(6);
        const QString plain = path(QStringLiteral("plain.qaytish"));
        Run r = test::runCli({QStringLiteral("backup"), plain, QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("not sealed")));
        QCOMPARE(count(plain), 6); // a plain backup is a register of its own
        // An existing file is not replaced without --overwrite.
        const QByteArray before = test::fileHash(plain);
        r = test::runCli({QStringLiteral("backup"), plain, QStringLiteral("--db"), db});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("plain.qaytish")) &&
                     r.err.contains(QStringLiteral("--overwrite")),
                 qPrintable(r.err));
        QCOMPARE(test::fileHash(plain), before);
        r = test::runCli({QStringLiteral("backup"), plain, QStringLiteral("--overwrite"),
                          QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Not over the register itself.
        r = test::runCli({QStringLiteral("backup"), db, QStringLiteral("--overwrite"),
                          QStringLiteral("--db"), db});
        QCOMPARE(r.code, 2);
        QCOMPARE(count(db), 6);

        // Without accounts the passphrase is the first line, even with QAYTISH_PASSWORD set.
        const QString sealed = path(QStringLiteral("open.qaytish-sealed"));
        r = test::runCli({QStringLiteral("backup"), sealed, QStringLiteral("--passphrase-stdin"),
                          QStringLiteral("--db"), db},
                         lines({Passphrase}), password(QStringLiteral("not-the-passphrase")));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("sealed with the passphrase")));
        QCOMPARE(test::runCli({QStringLiteral("list"), QStringLiteral("--db"), sealed}).code, 2);
        // A passphrase too short, and none at all.
        r = test::runCli({QStringLiteral("backup"), path(QStringLiteral("short.qaytish-sealed")),
                          QStringLiteral("--passphrase-stdin"), QStringLiteral("--db"), db},
                         lines({QStringLiteral("short")}));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("too short")), qPrintable(r.err));
        r = test::runCli({QStringLiteral("backup"), path(QStringLiteral("none.qaytish-sealed")),
                          QStringLiteral("--passphrase-stdin"), QStringLiteral("--db"), db});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("No passphrase")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("none.qaytish-sealed"))));

        // Restoring another register's backup over this one.
        const QString other = openRegister(9);
        const QString otherBackup = path(QStringLiteral("other.qaytish-sealed"));
        r = test::runCli({QStringLiteral("backup"), otherBackup,
                          QStringLiteral("--passphrase-stdin"), QStringLiteral("--db"), other},
                         lines({Passphrase}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Sealed, but no passphrase asked for: refused, saying so; nothing changed.
        const QByteArray registerBefore = test::fileHash(db);
        r = test::runCli({QStringLiteral("restore"), otherBackup, QStringLiteral("--db"), db});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("passphrase is needed")) &&
                     r.err.contains(QStringLiteral("--passphrase-stdin")) &&
                     r.err.contains(QStringLiteral("other.qaytish-sealed")),
                 qPrintable(r.err));
        // A wrong passphrase: refused, and it says it cannot tell that from an altered file.
        r = test::runCli({QStringLiteral("restore"), otherBackup,
                          QStringLiteral("--passphrase-stdin"), QStringLiteral("--db"), db},
                         lines({QStringLiteral("the wrong passphrase")}));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be told apart")), qPrintable(r.err));
        QCOMPARE(test::fileHash(db), registerBefore);
        QCOMPARE(count(db), 6);
        QCOMPARE(leftovers(db), QStringList());

        r = test::runCli({QStringLiteral("restore"), otherBackup,
                          QStringLiteral("--passphrase-stdin"), QStringLiteral("--db"), db},
                         lines({Passphrase}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("before-restore")), qPrintable(r.out));
        QCOMPARE(count(db), 9);
        QCOMPARE(leftovers(db), QStringList());
        // The plain backup restores the six cases again.
        r = test::runCli({QStringLiteral("restore"), plain, QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(count(db), 6);
    }

    void administratorsOnlyAndTheOrderOfTheLines() {
        const QString db = protectedRegister();
        QVERIFY(!db.isEmpty());
        const QString out = path(QStringLiteral("protected.qaytish-sealed"));
        const QStringList backup = {QStringLiteral("backup"), out,
                                    QStringLiteral("--passphrase-stdin"), QStringLiteral("--db"),
                                    db};
        // An officer may not; nor may anyone without signing in.
        Run r =
            test::runCli(backup + QStringList{QStringLiteral("--user"), QStringLiteral("clerk")},
                         lines({ClerkPassword, Passphrase}));
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("administrator")), qPrintable(r.err));
        r = test::runCli(backup, lines({Passphrase}));
        QCOMPARE(r.code, 4);
        QVERIFY(!QFile::exists(out));
        // The lines the wrong way round: the passphrase is taken for the password.
        r = test::runCli(backup + QStringList{QStringLiteral("--user"), QStringLiteral("boss")},
                         lines({Passphrase, AdminPassword}));
        QCOMPARE(r.code, 4);
        QVERIFY(!QFile::exists(out));
        // The password on the first line, the passphrase on the next.
        r = test::runCli(backup + QStringList{QStringLiteral("--user"), QStringLiteral("boss")},
                         lines({AdminPassword, Passphrase}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(out));
        // The password from QAYTISH_PASSWORD, the passphrase then the first line.
        const QString second = path(QStringLiteral("protected-2.qaytish-sealed"));
        r = test::runCli({QStringLiteral("backup"), second, QStringLiteral("--passphrase-stdin"),
                          QStringLiteral("--db"), db, QStringLiteral("--user"),
                          QStringLiteral("boss")},
                         lines({Passphrase}), password(AdminPassword));
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // Restoring over a register with accounts needs its administrator.
        const QByteArray before = test::fileHash(db);
        const QStringList restore = {QStringLiteral("restore"), second,
                                     QStringLiteral("--passphrase-stdin"), QStringLiteral("--db"),
                                     db};
        r = test::runCli(restore + QStringList{QStringLiteral("--user"), QStringLiteral("clerk")},
                         lines({Passphrase}), password(ClerkPassword));
        QCOMPARE(r.code, 4);
        r = test::runCli(restore, lines({Passphrase}));
        QCOMPARE(r.code, 4);
        QCOMPARE(test::fileHash(db), before);
        r = test::runCli(restore + QStringList{QStringLiteral("--user"), QStringLiteral("boss")},
                         lines({AdminPassword, Passphrase}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(count(db, QStringLiteral("clerk"), ClerkPassword), 4);

        // A new register needs nobody; it has the backup's accounts from then on.
        const QString fresh = path(QStringLiteral("fresh.qaytish"));
        r = test::runCli({QStringLiteral("restore"), out, QStringLiteral("--passphrase-stdin"),
                          QStringLiteral("--db"), fresh},
                         lines({Passphrase}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(count(fresh), -1);
        QCOMPARE(count(fresh, QStringLiteral("clerk"), ClerkPassword), 4);
    }

    void refusedFilesLeaveTheRegisterAsItWas() {
        const QString db = openRegister(3);
        QByteArray before = test::fileHash(db);
        // Refused with a message that names `named`.
        auto refused = [&](const QString &file, const QString &says, const QString &target,
                           const QString &named) {
            const QByteArray targetBefore = test::fileHash(target);
            const Run r =
                test::runCli({QStringLiteral("restore"), file, QStringLiteral("--db"), target});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(says), qPrintable(r.err));
            QVERIFY2(r.err.contains(QFileInfo(named).fileName()), qPrintable(r.err));
            QCOMPARE(test::fileHash(target), targetBefore);
        };
        // A text file, a missing file, a register cut in half, a register of a newer version.
        const QString text = path(QStringLiteral("notes.txt"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("these are notes, not a backup\n");
        }
        refused(text, QStringLiteral("not a Qaytish register"), db, text);
        refused(path(QStringLiteral("absent.qaytish")), QStringLiteral("does not exist"), db,
                path(QStringLiteral("absent.qaytish")));
        const QString half = path(QStringLiteral("half.qaytish"));
        QCOMPARE(
            test::runCli({QStringLiteral("backup"), half, QStringLiteral("--db"), openRegister(40)})
                .code,
            0);
        {
            QFile f(half);
            QVERIFY(f.resize(f.size() / 2));
        }
        refused(half, QStringLiteral("damaged"), db, half);
        // The target itself: another application's file is never replaced.
        const QString good = path(QStringLiteral("good.qaytish"));
        QCOMPARE(test::runCli({QStringLiteral("backup"), good, QStringLiteral("--db"), db}).code,
                 0);
        // The backup is recorded in the register's audit trail: that is its only change.
        before = test::fileHash(db);
        refused(good, QStringLiteral("not a Qaytish register"), text, text);
        QCOMPARE(test::fileHash(db), before);
        QCOMPARE(leftovers(db), QStringList());
        // Usage errors.
        QCOMPARE(test::runCli({QStringLiteral("backup"), QStringLiteral("--db"), db}).code, 2);
        QCOMPARE(
            test::runCli({QStringLiteral("restore"), good, good, QStringLiteral("--db"), db}).code,
            2);
        QCOMPARE(test::runCli({QStringLiteral("restore"), good, QStringLiteral("--overwrite"),
                               QStringLiteral("--db"), db})
                     .code,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
