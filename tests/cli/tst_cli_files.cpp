// Damaged and foreign files (docs/RELIABILITY.md): `qaytish-cli check` and what every other
// command does with a truncated register, random bytes, another application's database, a
// register of a newer Qaytish, an empty or missing file, a register whose certificate numbers
// have a gap, a -wal file left by a crash, a read-only file and a full disk. Each gives a clear
// message naming the file, and the file is left as it was.
#include "core/database.h"
#include "support/clirunner.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace qaytish;

class TestCliFiles : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo; // a sound register, copied for each damage

    QString path(const QString &name) const { return m_dir.filePath(name); }
    test::CliRun cli(const QStringList &args, const QByteArray &input = {}) {
        return test::runCli(args, input);
    }
    QString copyOfDemo(const QString &name) {
        const QString p = path(name);
        QFile::remove(p);
        return QFile::copy(m_demo, p) ? p : QString();
    }
    // Runs SQL on a file through a connection of the test itself (a raw edit, as another
    // program or a person with a database tool would make).
    static bool rawSql(const QString &file, const QStringList &statements) {
        bool ok = true;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(file);
            ok = db.open();
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                if (ok && !q.exec(sql)) {
                    qWarning() << sql << q.lastError().text();
                    ok = false;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return ok;
    }
    // The check says damaged or not a register, names the file, and leaves it as it was; so
    // does every command that opens it.
    void refusedAndUnchanged(const QString &file, const QString &expected) {
        const QByteArray before = test::fileHash(file);
        test::CliRun r = cli({QStringLiteral("check"), QStringLiteral("--db"), file});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QFileInfo(file).fileName()), qPrintable(r.err));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        r = cli({QStringLiteral("check"), QStringLiteral("--full"), QStringLiteral("--json"),
                 QStringLiteral("--db"), file});
        QCOMPARE(r.code, 2);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("healthy")).toBool(true), false);
        r = cli({QStringLiteral("list"), QStringLiteral("--db"), file});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QFileInfo(file).fileName()), qPrintable(r.err));
        QCOMPARE(test::fileHash(file), before);
    }

private slots:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariable("QAYTISH_CLI").isEmpty());
        m_demo = path(QStringLiteral("demo.qaytish"));
        QCOMPARE(
            cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("400"),
                 QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--db"), m_demo})
                .code,
            0);
        QVERIFY(!QFile::exists(m_demo + QStringLiteral("-wal")));
    }

    void soundRegisterPasses() {
        test::CliRun r = cli({QStringLiteral("check"), QStringLiteral("--db"), m_demo});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("demo.qaytish")));
        r = cli({QStringLiteral("check"), QStringLiteral("--full"), QStringLiteral("--json"),
                 QStringLiteral("--db"), m_demo});
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("healthy")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), Database::SchemaVersion);
        QCOMPARE(json.value(QStringLiteral("check")).toString(), QStringLiteral("integrity_check"));
        QVERIFY(json.value(QStringLiteral("problems")).toArray().isEmpty());
    }

    void randomBytes() {
        const QString file = path(QStringLiteral("random.qaytish"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes(64 * 1024, '\0');
        QRandomGenerator rng(11);
        for (char &c : bytes)
            c = char(rng.bounded(256));
        f.write(bytes);
        f.close();
        refusedAndUnchanged(file, QStringLiteral("not a database"));
    }

    void anotherApplicationsDatabase() {
        const QString file = path(QStringLiteral("other.sqlite"));
        QVERIFY(rawSql(file, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text)"),
                              QStringLiteral("INSERT INTO notes (text) VALUES ('mine')")}));
        refusedAndUnchanged(file, QStringLiteral("another application"));
    }

    void newerRegister() {
        const QString file = copyOfDemo(QStringLiteral("newer.qaytish"));
        QVERIFY(rawSql(file, {QStringLiteral("PRAGMA user_version = 99")}));
        refusedAndUnchanged(file, QStringLiteral("newer"));
    }

    void truncatedRegister() {
        const QString file = copyOfDemo(QStringLiteral("truncated.qaytish"));
        QFile f(file);
        QVERIFY(f.resize(f.size() / 2));
        refusedAndUnchanged(file, QStringLiteral("damaged"));
    }

    void overwrittenPages() {
        // A stretch of zeros and noise in the middle of the file, as a failing disk leaves.
        const QString file = copyOfDemo(QStringLiteral("holes.qaytish"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QRandomGenerator rng(5);
        // Most of each page is overwritten: a page's free space (between its cell pointers and
        // its cells) holds nothing a check could miss, so the noise must reach the cells.
        for (qint64 at = 8 * 4096; at < size - 4096; at += 16 * 4096) {
            f.seek(at + 100);
            QByteArray noise(3800, '\0');
            for (char &c : noise)
                c = char(rng.bounded(256));
            f.write(noise);
        }
        f.close();
        refusedAndUnchanged(file, QStringLiteral("damaged"));
    }

    void emptyAndMissingFiles() {
        const QString empty = path(QStringLiteral("empty.qaytish"));
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        test::CliRun r = cli({QStringLiteral("check"), QStringLiteral("--db"), empty});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("empty.qaytish")));
        QCOMPARE(QFileInfo(empty).size(), 0);

        const QString missing = path(QStringLiteral("missing.qaytish"));
        r = cli({QStringLiteral("check"), QStringLiteral("--db"), missing});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(missing));
    }

    void certificateNumbersWithoutTheirCertificates() {
        // Numbers counted but no certificate recorded: someone deleted rows by hand.
        const QString file = copyOfDemo(QStringLiteral("gap.qaytish"));
        QVERIFY(rawSql(file, {QStringLiteral("INSERT INTO certificate_counter (prefix, year, last) "
                                             "VALUES ('WAS', 2026, 3)")}));
        const test::CliRun r = cli({QStringLiteral("check"), QStringLiteral("--db"), file});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("WAS-2026")), qPrintable(r.err));
    }

    void walLeftByACrash() {
        // A writer stopped after its commit and before any checkpoint leaves the change in
        // the -wal file beside the register: copy both while the writer still holds them.
        const QString source = copyOfDemo(QStringLiteral("live.qaytish"));
        const QString file = path(QStringLiteral("crashed.qaytish"));
        const QString stamp = QStringLiteral("2030-01-01T00:00:00.000Z");
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("live"));
            db.setDatabaseName(source);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(q.exec(QStringLiteral("UPDATE return_case SET updated_at = '%1' WHERE id = "
                                          "(SELECT min(id) FROM return_case)")
                               .arg(stamp)));
            QVERIFY(QFileInfo(source + QStringLiteral("-wal")).size() > 0);
            QVERIFY(QFile::copy(source, file));
            QVERIFY(QFile::copy(source + QStringLiteral("-wal"), file + QStringLiteral("-wal")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("live"));
        test::CliRun r =
            cli({QStringLiteral("check"), QStringLiteral("--full"), QStringLiteral("--db"), file});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--limit"),
                 QStringLiteral("1000"), QStringLiteral("--db"), file});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("\"updated_at\":\"2030-01-01T00:00:00")),
                 "the change committed before the crash is there");
    }

    void readOnlyFile() {
        const QString file = copyOfDemo(QStringLiteral("readonly.qaytish"));
        QVERIFY(
            QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        // The superuser may write to any file: run the command as an ordinary user then.
        QStringList prefix;
        if (::geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("running as root without setpriv: permissions cannot be tested");
            QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777));
            prefix = {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                      QStringLiteral("--clear-groups")};
        }
        const QByteArray before = test::fileHash(file);
        auto run = [&](const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), m_dir.path());
            env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
            p.setProcessEnvironment(env);
            const QStringList command =
                prefix + QStringList{qEnvironmentVariable("QAYTISH_CLI")} + args;
            p.start(command.first(), command.mid(1));
            p.waitForFinished(60000);
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
        };
        auto [code, err] = run({QStringLiteral("list"), QStringLiteral("--db"), file});
        QCOMPARE(code, 2);
        QVERIFY2(err.contains(QStringLiteral("read-only")) &&
                     err.contains(QStringLiteral("readonly.qaytish")),
                 qPrintable(err));
        std::tie(code, err) = run({QStringLiteral("check"), QStringLiteral("--db"), file});
        QVERIFY2(code == 0, qPrintable(err)); // a read-only register can still be checked
        QCOMPARE(test::fileHash(file), before);
    }

    void fullDisk() {
        // A file-size limit stands in for a full disk: writing past it fails with EFBIG.
        const QString file = copyOfDemo(QStringLiteral("full.qaytish"));
        const qint64 size = QFileInfo(file).size();
        const QString csv = path(QStringLiteral("big.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("surname,given_names,birth_date,sex,passport_number\n");
            for (int i = 0; i < 4000; ++i)
                f.write(QStringLiteral("Karimov%1,Jasur,%2.%3.%4,M,FA%5\n")
                            .arg(i)
                            .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                            .arg(i % 12 + 1, 2, 10, QLatin1Char('0'))
                            .arg(1950 + i % 50)
                            .arg(1000000 + i)
                            .toUtf8());
        }
        const QString cliPath = qEnvironmentVariable("QAYTISH_CLI");
        // 512-byte blocks: room for the register as it is and a little more.
        const qint64 blocks = size / 512 + 64;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" "
                                "import \"$1\" --db \"$2\"")
                     .arg(blocks),
                 cliPath, csv, file});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(QStringLiteral("full.qaytish")), qPrintable(err));
        // Nothing half-written: the register is sound and holds what it held before.
        test::CliRun r =
            cli({QStringLiteral("check"), QStringLiteral("--full"), QStringLiteral("--db"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--limit"),
                 QStringLiteral("100000"), QStringLiteral("--db"), file});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 400);
    }

    void twoProcessesWriteAtOnce() {
        // Two imports started together on one register: SQLite lets one write at a time, and
        // the other waits for the lock (the busy timeout) or gives up with exit 5 and writes
        // nothing. Never a damaged register, never a half import.
        const QString file = copyOfDemo(QStringLiteral("shared.qaytish"));
        QStringList csvs;
        for (int n = 0; n < 2; ++n) {
            const QString csv = path(QStringLiteral("people%1.csv").arg(n));
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("surname,given_names,birth_date,sex\n");
            for (int i = 0; i < 1500; ++i)
                f.write(QStringLiteral("Parallel%1x%2,Ali,%3.%4.1980,M\n")
                            .arg(n)
                            .arg(i)
                            .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                            .arg(i % 12 + 1, 2, 10, QLatin1Char('0'))
                            .toUtf8());
            csvs << csv;
        }
        QList<QProcess *> processes;
        for (const QString &csv : csvs) {
            auto *p = new QProcess(this);
            p->start(qEnvironmentVariable("QAYTISH_CLI"),
                     {QStringLiteral("import"), csv, QStringLiteral("--db"), file});
            processes << p;
        }
        int imported = 0;
        for (QProcess *p : processes) {
            QVERIFY(p->waitForFinished(120000));
            const QString err = QString::fromUtf8(p->readAllStandardError());
            QVERIFY2(p->exitCode() == 0 || p->exitCode() == 5, qPrintable(err));
            if (p->exitCode() == 5)
                QVERIFY2(err.contains(QStringLiteral("busy")), qPrintable(err));
            else
                ++imported;
            delete p;
        }
        QVERIFY(imported >= 1);
        test::CliRun r =
            cli({QStringLiteral("check"), QStringLiteral("--full"), QStringLiteral("--db"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--limit"),
                 QStringLiteral("100000"), QStringLiteral("--db"), file});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 400 + 1500 * imported);
    }
};

QTEST_GUILESS_MAIN(TestCliFiles)
#include "tst_cli_files.moc"
