// qaytish-cli subject-access: everything about the person of a case as PDF or JSON, run as a
// separate process the way scripts run it. The PDF is read back with poppler's pdftotext.
#include "core/auditlog.h"
#include "core/caserepository.h"
#include "core/database.h"
#include "core/passwords.h"
#include "core/users.h"
#include "support/certificatesupport.h"
#include "support/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace qaytish;

namespace {

using Run = test::CliRun;

QString pdfText(const QString &pdf) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// A value longer than any line, without a space to wrap at.
const QString LongWord =
    QStringLiteral("Ref:") + QString(QStringLiteral("0123456789")).repeated(14);

} // namespace

class TestCliSubjectAccess : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FixedClock m_clock{test::certificateNow()};
    int m_n = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run cli(const QString &db, QStringList args,
            const QList<std::pair<QString, QString>> &environment = {}) {
        args << QStringLiteral("--db") << db;
        return test::runCli(args, {}, environment);
    }

    qint64 exports(const QString &db) {
        Result<std::shared_ptr<Database>> open = Database::open(db);
        if (!open)
            return -1;
        QSqlQuery q(open.value()->connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export'")) ||
            !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // A register with a confirmed case, an interview with long text, and the mission's names.
    QString newRegister(QString *ref) {
        const QString file = path(QStringLiteral("r%1.qaytish").arg(++m_n));
        Result<std::shared_ptr<Database>> db = Database::open(file);
        if (!db || !test::setMissionSettings(*db.value(), m_clock))
            return {};
        *ref = test::confirmedCase(*db.value(), m_clock);
        CaseRepository repo(*db.value(), m_clock);
        Result<CaseRecord> record = repo.loadByRef(*ref);
        if (!record)
            return {};
        CaseRecord edited = record.value();
        edited.notes = QStringLiteral("The person asked that his sister in Samarqand be told of "
                                      "the date of the flight as soon as it is known, and that "
                                      "his lawyer receive a copy of every letter. ") +
                       LongWord;
        edited.person.contactHome = QStringLiteral("Dilnoza Gʻulomova, Urgut");
        if (!repo.update(Actor{QStringLiteral("k.rahimova")}, edited))
            return {};
        Interview interview;
        interview.caseId = record->id;
        interview.date = QDate(2026, 3, 2);
        interview.place = QStringLiteral("Demo Processing Center North");
        interview.language = QStringLiteral("oʻzbek");
        interview.statedWishes = QStringLiteral("Qaytishni xohlaydi");
        interview.officer = QStringLiteral("k.rahimova");
        if (!repo.addInterview(Actor{QStringLiteral("k.rahimova")}, interview))
            return {};
        return file;
    }

private slots:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariable("QAYTISH_CLI").isEmpty());
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
        Passwords::setParameters({Passwords::MinimumOps, Passwords::MinimumMemory});
    }

    void helpNamesTheCommand() {
        const Run r = test::runCli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("subject-access CASE_REF --out FILE.pdf|FILE.json")));
    }

    void pdfInTheChosenLanguageReadsBack() {
        QString ref;
        const QString db = newRegister(&ref);
        QVERIFY(!db.isEmpty());
        QString photo = path(QStringLiteral("photo.png"));
        QVERIFY(test::portrait(600, 800).save(photo, "PNG"));
        QCOMPARE(cli(db, {QStringLiteral("case"), QStringLiteral("photo"), ref, photo}).code, 0);
        const qint64 before = exports(db);

        const QString pdf = path(QStringLiteral("person-ru.pdf"));
        const Run r = cli(db, {QStringLiteral("subject-access"), ref, QStringLiteral("--out"), pdf,
                               QStringLiteral("--lang"), QStringLiteral("ru")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(r.out.contains(ref));
        const QString text = pdfText(pdf);
        for (const QString &expected :
             {QStringLiteral("Персональные данные, хранящиеся в реестре"), ref,
              QStringLiteral("Сведения о лице"), QStringLiteral("Gʻulomov"),
              QStringLiteral("Ғуломов"), QStringLiteral("Алишер ўғли"),
              QStringLiteral("30.04.1990"), test::pinflFor(QDate(1990, 4, 30), true),
              QStringLiteral("Dilnoza Gʻulomova, Urgut"), QStringLiteral("Фотография"),
              QStringLiteral("Запрос № 07/1234 от"), QStringLiteral("01.03.2026"),
              QStringLiteral("Ответ № R-9 от 10.03.2026"), QStringLiteral("Беседа, 02.03.2026"),
              QStringLiteral("Qaytishni xohlaydi"), QStringLiteral("Журнал аудита"),
              QStringLiteral("Составлено: test.officer, "), QStringLiteral("Страница 1 из "),
              QStringLiteral("Под стражей")})
            QVERIFY2(text.contains(expected), qPrintable(expected + u'\n' + text));
        QVERIFY(!text.contains(QChar(0xFFFD)));
        // The long value wraps (broken where it reaches the edge) and is all there.
        QString joined = text;
        joined.remove(u'\n');
        QVERIFY(joined.contains(LongWord));
        QVERIFY(!text.contains(LongWord)); // not on one line: it did not fit
        QString spaced = text;
        spaced.replace(u'\n', u' ');
        QVERIFY(spaced.contains(QStringLiteral("his lawyer receive a copy of every letter.")));
        QCOMPARE(exports(db), before + 1);

        // The same in English, by the option.
        const QString en = path(QStringLiteral("person-en.pdf"));
        QCOMPARE(cli(db, {QStringLiteral("subject-access"), ref, QStringLiteral("--out"), en,
                          QStringLiteral("--lang"), QStringLiteral("en")})
                     .code,
                 0);
        const QString english = pdfText(en);
        QVERIFY(english.contains(QStringLiteral("Personal data held in the register")));
        QVERIFY(english.contains(QStringLiteral("Made by test.officer on ")));
        QCOMPARE(exports(db), before + 2);
    }

    void jsonByTheExtensionAndRecordedInTheTrail() {
        QString ref;
        const QString db = newRegister(&ref);
        QVERIFY(!db.isEmpty());
        const QString json = path(QStringLiteral("person.JSON"));
        const Run r = cli(
            db, {QStringLiteral("subject-access"), ref.toLower(), QStringLiteral("--out"), json});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("case_ref")).toString(), ref);
        QCOMPARE(o.value(QStringLiteral("made_by")).toString(), QStringLiteral("test.officer"));
        const QJsonObject c = o.value(QStringLiteral("cases")).toArray().first().toObject();
        QCOMPARE(c.value(QStringLiteral("interviews")).toArray().size(), 1);
        // Each case carries exactly the keys of `show --json`, and more.
        const Run show = cli(db, {QStringLiteral("show"), ref, QStringLiteral("--json")});
        QCOMPARE(show.code, 0);
        const QJsonObject shown = QJsonDocument::fromJson(show.out.toUtf8()).object();
        for (const QString &key : shown.keys())
            QVERIFY2(c.contains(key), qPrintable(key));
        QCOMPARE(c.value(QStringLiteral("notes")), shown.value(QStringLiteral("notes")));

        // The export is in the audit trail, as an export of the person's record.
        const Run audit = cli(db, {QStringLiteral("audit"), QStringLiteral("list"),
                                   QStringLiteral("--action"), QStringLiteral("export"),
                                   QStringLiteral("--case"), ref, QStringLiteral("--json")});
        QCOMPARE(audit.code, 0);
        const QJsonArray entries = QJsonDocument::fromJson(audit.out.toUtf8()).array();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.value(QStringLiteral("user")).toString(), QStringLiteral("test.officer"));
        QCOMPARE(entry.value(QStringLiteral("table")).toString(), QStringLiteral("return_case"));
        QVERIFY(
            entry.value(QStringLiteral("new_value")).toString().contains(QStringLiteral("json")));
        QVERIFY(entry.value(QStringLiteral("new_value")).toString().contains(ref));
    }

    void badInputNotFoundAndNotAllowed() {
        QString ref;
        const QString db = newRegister(&ref);
        QVERIFY(!db.isEmpty());
        const qint64 before = exports(db);
        auto refused = [&](const QStringList &args, int code, const QString &message) {
            const Run r = cli(db, args);
            QVERIFY2(r.code == code, qPrintable(r.err));
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
        };
        refused({QStringLiteral("subject-access"), ref}, 2, QStringLiteral("--out"));
        refused({QStringLiteral("subject-access"), ref, QStringLiteral("--out"),
                 path(QStringLiteral("p.txt"))},
                2, QStringLiteral(".pdf"));
        refused({QStringLiteral("subject-access"), ref, QStringLiteral("--out"),
                 path(QStringLiteral("p.pdf")), QStringLiteral("--lang"), QStringLiteral("de")},
                2, QStringLiteral("--lang"));
        refused({QStringLiteral("subject-access"), QStringLiteral("QY-2026-999999"),
                 QStringLiteral("--out"), path(QStringLiteral("p.pdf"))},
                2, QStringLiteral("QY-2026-999999"));
        refused({QStringLiteral("subject-access"), ref, QStringLiteral("--out"),
                 path(QStringLiteral("missing/folder/p.pdf"))},
                2, QStringLiteral("p.pdf"));
        refused({QStringLiteral("subject-access"), ref, QStringLiteral("--out"),
                 path(QStringLiteral("p.pdf")), QStringLiteral("--kind"), QStringLiteral("x")},
                2, QStringLiteral("--kind"));
        QVERIFY(!QFile::exists(path(QStringLiteral("p.pdf"))));
        QCOMPARE(exports(db), before);

        // An auditor reads no case contents: exit 4, nothing written.
        {
            Result<std::shared_ptr<Database>> open = Database::open(db);
            QVERIFY(open);
            UserStore users(*open.value(), m_clock);
            QVERIFY(users.add(Actor{QStringLiteral("setup")}, QStringLiteral("admin"), QString(),
                              AllRoles, QStringLiteral("admin-secret-1")));
            const Actor admin =
                users.signIn(QStringLiteral("admin"), QStringLiteral("admin-secret-1"))->actor;
            QVERIFY(users.add(admin, QStringLiteral("audit"), QString(), Role::Auditor,
                              QStringLiteral("auditor-secret-1")));
        }
        const Run denied =
            cli(db,
                {QStringLiteral("subject-access"), ref, QStringLiteral("--out"),
                 path(QStringLiteral("p.pdf")), QStringLiteral("--user"), QStringLiteral("audit")},
                {{QStringLiteral("QAYTISH_PASSWORD"), QStringLiteral("auditor-secret-1")}});
        QVERIFY2(denied.code == 4, qPrintable(denied.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("p.pdf"))));
        QCOMPARE(exports(db), before);
    }
};

QTEST_MAIN(TestCliSubjectAccess)
#include "tst_cli_subjectaccess.moc"
