// Every qaytish-cli command with its output and exit code, run as a separate process the
// way scripts run it.
#include "core/appinfo.h"
#include "core/database.h"
#include "support/clirunner.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace qaytish;

namespace {

using Run = test::CliRun;

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run cli(const QStringList &args, const QByteArray &input = {}) {
        return test::runCli(args, input);
    }

    QJsonArray listJson(const QStringList &extra) {
        const Run r = cli(QStringList{QStringLiteral("list"), QStringLiteral("--json"),
                                      QStringLiteral("--db"), m_demo} +
                          extra);
        if (r.code != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private slots:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariable("QAYTISH_CLI").isEmpty());
        setApplicationIdentity(); // to know where the CLI's default register is
        m_demo = path(QStringLiteral("demo.qaytish"));
        const Run r =
            cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("300"),
                 QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--db"), m_demo});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("300")));
    }

    void versionAndHelp() {
        Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("qaytish-cli 0.")));
        r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *word : {"init", "demo", "list", "show", "case status", "identity-request",
                                 "identity-reply", "--db", "--user"})
            QVERIFY2(r.out.contains(QLatin1String(word)), word);
    }

    void usageErrorsExitTwo() {
        Run r = cli({});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("no command")));
        r = cli({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("frobnicate")));
        r = cli({QStringLiteral("list"), QStringLiteral("--no-such-option")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("lost"),
                 QStringLiteral("--db"), m_demo});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("identity_check")));
        r = cli({QStringLiteral("init"), QStringLiteral("--cases"), QStringLiteral("3"),
                 QStringLiteral("--db"), path(QStringLiteral("x.qaytish"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--cases")));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.qaytish"))));
    }

    void initIsIdempotent() {
        const QString file = path(QStringLiteral("init.qaytish"));
        Run r = cli({QStringLiteral("init"), QStringLiteral("--db"), file});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Created")));
        r = cli({QStringLiteral("--db"), file, QStringLiteral("init")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("up to date")));
        r = cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), file});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    }

    void demoRefusesTheDefaultRegisterAndAFullOne() {
        Run r = cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("5")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--db")));
        QVERIFY(!QFile::exists(Database::defaultPath()));
        r = cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("5"),
                 QStringLiteral("--db"), m_demo});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("already")));
        r = cli(
            {QStringLiteral("demo"), QStringLiteral("--db"), path(QStringLiteral("d0.qaytish"))});
        QCOMPARE(r.code, 2);
    }

    void sameSeedGivesTheSameList() {
        const QString other = path(QStringLiteral("demo2.qaytish"));
        QCOMPARE(
            cli({QStringLiteral("demo"), QStringLiteral("--db"), other, QStringLiteral("--seed"),
                 QStringLiteral("7"), QStringLiteral("--cases"), QStringLiteral("300")})
                .code,
            0);
        const Run a =
            cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), m_demo});
        const Run b =
            cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), other});
        QCOMPARE(a.code, 0);
        QVERIFY(a.out.size() > 1000);
        QCOMPARE(a.out, b.out);
        const QString third = path(QStringLiteral("demo3.qaytish"));
        QCOMPARE(
            cli({QStringLiteral("demo"), QStringLiteral("--db"), third, QStringLiteral("--seed"),
                 QStringLiteral("8"), QStringLiteral("--cases"), QStringLiteral("300")})
                .code,
            0);
        QVERIFY(
            cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), third})
                .out != a.out);
    }

    void listJsonHasTheContractKeys() {
        const QJsonArray all = listJson({});
        QCOMPARE(all.size(), 300);
        const QJsonObject first = all.first().toObject();
        for (const char *key :
             {"case_ref", "surname", "given_names", "patronymic", "surname_cyrillic",
              "given_names_cyrillic", "patronymic_cyrillic", "birth_date", "sex", "passport_number",
              "pinfl", "host_reference", "status", "overstay_days", "updated_at"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QVERIFY(QDate::fromString(first.value(QStringLiteral("birth_date")).toString(), Qt::ISODate)
                    .isValid());
        QVERIFY(first.value(QStringLiteral("sex")).toString() == QStringLiteral("M") ||
                first.value(QStringLiteral("sex")).toString() == QStringLiteral("F"));
        QCOMPARE(first.value(QStringLiteral("pinfl")).toString().size(), 14);
        QVERIFY(
            QDateTime::fromString(first.value(QStringLiteral("updated_at")).toString(), Qt::ISODate)
                .isValid());
    }

    void listFiltersAndStopsAtTheLimit() {
        QCOMPARE(listJson({QStringLiteral("--limit"), QStringLiteral("5")}).size(), 5);
        QCOMPARE(listJson({QStringLiteral("--limit"), QStringLiteral("0")}).size(), 0);
        const QJsonArray closed = listJson({QStringLiteral("--status"), QStringLiteral("closed")});
        QVERIFY(!closed.isEmpty());
        for (const QJsonValue &v : closed)
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("closed"));
        // A Cyrillic search finds the same people as the Latin one.
        const QJsonObject someone =
            listJson({QStringLiteral("--limit"), QStringLiteral("1")}).first().toObject();
        const QString cyr = someone.value(QStringLiteral("surname_cyrillic")).toString();
        const QString lat = someone.value(QStringLiteral("surname")).toString();
        const QJsonArray byCyr = listJson({QStringLiteral("--search"), cyr});
        const QJsonArray byLat = listJson({QStringLiteral("--search"), lat});
        QVERIFY(!byCyr.isEmpty());
        QCOMPARE(byCyr, byLat);
        bool found = false;
        for (const QJsonValue &v : byCyr)
            found = found || v.toObject().value(QStringLiteral("case_ref")) ==
                                 someone.value(QStringLiteral("case_ref"));
        QVERIFY(found);
        const QJsonArray byPinfl = listJson(
            {QStringLiteral("--search"), someone.value(QStringLiteral("pinfl")).toString()});
        QCOMPARE(byPinfl.size(), 1);
        // Text output: one line per case.
        const Run text = cli({QStringLiteral("list"), QStringLiteral("--limit"),
                              QStringLiteral("3"), QStringLiteral("--db"), m_demo});
        QCOMPARE(text.code, 0);
        QCOMPARE(text.out.count(u'\n'), 3);
    }

    void showPrintsOneCase() {
        const QJsonObject someone =
            listJson({QStringLiteral("--limit"), QStringLiteral("1")}).first().toObject();
        const QString ref = someone.value(QStringLiteral("case_ref")).toString();
        Run r = cli({QStringLiteral("show"), ref, QStringLiteral("--json"), QStringLiteral("--db"),
                     m_demo});
        QCOMPARE(r.code, 0);
        const QJsonObject detail = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(detail.value(QStringLiteral("case_ref")).toString(), ref);
        QCOMPARE(detail.value(QStringLiteral("surname")), someone.value(QStringLiteral("surname")));
        QVERIFY(detail.value(QStringLiteral("history")).toArray().size() >= 1);
        r = cli({QStringLiteral("show"), ref, QStringLiteral("--db"), m_demo});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(someone.value(QStringLiteral("surname")).toString()));
        r = cli({QStringLiteral("show"), QStringLiteral("QY-1999-999999"), QStringLiteral("--db"),
                 m_demo});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("QY-1999-999999")));
    }

    void caseWorkflowThroughTheCli() {
        const QJsonArray registered =
            listJson({QStringLiteral("--status"), QStringLiteral("registered"),
                      QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(registered.size(), 1);
        const QString ref =
            registered.first().toObject().value(QStringLiteral("case_ref")).toString();
        auto statusOf = [&]() {
            const Run r = cli({QStringLiteral("show"), ref, QStringLiteral("--json"),
                               QStringLiteral("--db"), m_demo});
            return QJsonDocument::fromJson(r.out.toUtf8())
                .object()
                .value(QStringLiteral("status"))
                .toString();
        };
        // A step the workflow does not allow.
        Run r = cli({QStringLiteral("case"), QStringLiteral("status"), ref,
                     QStringLiteral("returned"), QStringLiteral("--db"), m_demo});
        QCOMPARE(r.code, 2);
        QCOMPARE(statusOf(), QStringLiteral("registered"));
        // A reply without a request.
        r = cli({QStringLiteral("case"), QStringLiteral("identity-reply"), ref,
                 QStringLiteral("--number"), QStringLiteral("R-9"), QStringLiteral("--date"),
                 QStringLiteral("10.03.2026"), QStringLiteral("--result"),
                 QStringLiteral("confirmed"), QStringLiteral("--db"), m_demo});
        QCOMPARE(r.code, 2);
        // Options after the positional arguments, dates in each accepted form.
        r = cli({QStringLiteral("case"), QStringLiteral("identity-request"), ref,
                 QStringLiteral("--number"), QStringLiteral("07/1234"), QStringLiteral("--date"),
                 QStringLiteral("01032026"), QStringLiteral("--db"), m_demo,
                 QStringLiteral("--user"), QStringLiteral("n.yusupova")});
        QCOMPARE(r.code, 0);
        QCOMPARE(statusOf(), QStringLiteral("identity_check"));
        r = cli({QStringLiteral("case"), QStringLiteral("status"), ref,
                 QStringLiteral("identity_confirmed"), QStringLiteral("--db"), m_demo});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("reply")));
        r = cli({QStringLiteral("case"), QStringLiteral("identity-reply"), ref,
                 QStringLiteral("--number"), QStringLiteral("R-9"), QStringLiteral("--date"),
                 QStringLiteral("2026-03-10"), QStringLiteral("--result"), QStringLiteral("maybe"),
                 QStringLiteral("--db"), m_demo});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("--db"), m_demo, QStringLiteral("case"),
                 QStringLiteral("identity-reply"), ref, QStringLiteral("--number"),
                 QStringLiteral("R-9"), QStringLiteral("--date"), QStringLiteral("10.03.2026"),
                 QStringLiteral("--result"), QStringLiteral("confirmed")});
        QCOMPARE(r.code, 0);
        QCOMPARE(statusOf(), QStringLiteral("identity_confirmed"));
        r = cli({QStringLiteral("case"), QStringLiteral("status"), ref, QStringLiteral("closed"),
                 QStringLiteral("--db"), m_demo});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("reason")));
        r = cli({QStringLiteral("case"), QStringLiteral("status"), ref, QStringLiteral("closed"),
                 QStringLiteral("--comment"), QStringLiteral("Left on their own"),
                 QStringLiteral("--db"), m_demo});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("show"), ref, QStringLiteral("--json"), QStringLiteral("--db"),
                 m_demo});
        const QJsonArray history = QJsonDocument::fromJson(r.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("history"))
                                       .toArray();
        QCOMPARE(history.last().toObject().value(QStringLiteral("to")).toString(),
                 QStringLiteral("closed"));
        QCOMPARE(history.last().toObject().value(QStringLiteral("comment")).toString(),
                 QStringLiteral("Left on their own"));
        QCOMPARE(
            history.at(history.size() - 3).toObject().value(QStringLiteral("actor")).toString(),
            QStringLiteral("n.yusupova"));
        QCOMPARE(history.last().toObject().value(QStringLiteral("actor")).toString(),
                 QStringLiteral("test.officer"));
    }

    void foreignAndNewerFilesAreRefusedAndLeftAlone() {
        const QString text = path(QStringLiteral("list.csv"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("surname,given_names\nKarimov,Alisher\n");
        f.close();
        const QByteArray before = test::fileHash(text);
        Run r = cli({QStringLiteral("list"), QStringLiteral("--db"), text});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("list.csv")));
        r = cli({QStringLiteral("init"), QStringLiteral("--db"), text});
        QCOMPARE(r.code, 2);
        QCOMPARE(test::fileHash(text), before);

        const QString newer = path(QStringLiteral("newer.qaytish"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), newer}).code, 0);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 42")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const QByteArray newerBefore = test::fileHash(newer);
        r = cli({QStringLiteral("init"), QStringLiteral("--db"), newer});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("newer")));
        QCOMPARE(test::fileHash(newer), newerBefore);

        r = cli({QStringLiteral("list"), QStringLiteral("--db"), m_dir.path()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("folder")));
        r = cli({QStringLiteral("list"), QStringLiteral("--db"),
                 path(QStringLiteral("absent.qaytish"))});
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(path(QStringLiteral("absent.qaytish"))));
    }

    void busyRegisterExitsFive() {
        const QString file = path(QStringLiteral("busy.qaytish"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("3"),
                      QStringLiteral("--db"), file})
                     .code,
                 0);
        const QJsonArray rows =
            QJsonDocument::fromJson(cli({QStringLiteral("list"), QStringLiteral("--json"),
                                         QStringLiteral("--db"), file})
                                        .out.toUtf8())
                .array();
        QCOMPARE(rows.size(), 3);
        QString ref;
        for (const QJsonValue &v : rows)
            if (v.toObject().value(QStringLiteral("status")).toString() !=
                    QStringLiteral("closed") &&
                v.toObject().value(QStringLiteral("status")).toString() !=
                    QStringLiteral("returned"))
                ref = v.toObject().value(QStringLiteral("case_ref")).toString();
        QVERIFY(!ref.isEmpty());
        Result<std::shared_ptr<Database>> holder = Database::open(file);
        QVERIFY(holder.ok());
        QSqlQuery hold(holder.value()->connection());
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const Run r = cli({QStringLiteral("case"), QStringLiteral("status"), ref,
                           QStringLiteral("closed"), QStringLiteral("--comment"),
                           QStringLiteral("test"), QStringLiteral("--db"), file});
        QCOMPARE(r.code, 5);
        QVERIFY(r.err.contains(QStringLiteral("busy")));
        // Reading still works while another process writes.
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--db"), file}).code, 0);
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
