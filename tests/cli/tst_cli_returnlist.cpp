// qaytish-cli return-list, run as a separate process the way scripts run it. The register is
// prepared in-process (cases in several statuses, 1,000 passengers); the PDFs are read back
// with poppler's pdftotext, pdffonts and pdfinfo.
#include "core/caserepository.h"
#include "core/changewriter.h"
#include "core/database.h"
#include "support/clirunner.h"
#include "support/testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace qaytish;

namespace {

using Run = test::CliRun;

struct Pair {
    const char *latin;
    const char *cyrillic;
};

// Ten of each: 1,000 different full names, with oʻ gʻ in Latin and ў қ ғ ҳ in Cyrillic.
const Pair Surnames[] = {{"Gʻulomov", "Ғуломов"},    {"Toʻxtayev", "Тўхтаев"},
                         {"Qodirov", "Қодиров"},     {"Hamidov", "Ҳамидов"},
                         {"Oʻrinboyev", "Ўринбоев"}, {"Rahimov", "Раҳимов"},
                         {"Yoʻldoshev", "Йўлдошев"}, {"Ergashev", "Эргашев"},
                         {"Qoʻchqorov", "Қўчқоров"}, {"Gʻaniyev", "Ғаниев"}};
const Pair Given[] = {{"Shuhrat", "Шуҳрат"},  {"Baxtiyor", "Бахтиёр"}, {"Dilshod", "Дилшод"},
                      {"Gʻayrat", "Ғайрат"},  {"Oybek", "Ойбек"},      {"Zafar", "Зафар"},
                      {"Hasan", "Ҳасан"},     {"Sardor", "Сардор"},    {"Qahramon", "Қаҳрамон"},
                      {"Ulugʻbek", "Улуғбек"}};
const Pair Fathers[] = {{"Alisher", "Алишер"},       {"Toʻlqin", "Тўлқин"}, {"Hamza", "Ҳамза"},
                        {"Qosim", "Қосим"},          {"Gʻofur", "Ғофур"},   {"Botir", "Ботир"},
                        {"Doʻstmurod", "Дўстмурод"}, {"Xurshid", "Хуршид"}, {"Nodir", "Нодир"},
                        {"Shavkat", "Шавкат"}};

CaseRecord passenger(int i) {
    CaseRecord r = test::sampleCase(QString::fromUtf8(Surnames[i % 10].latin),
                                    QString::fromUtf8(Surnames[i % 10].cyrillic));
    const bool male = i % 3 != 0;
    PersonRecord &p = r.person;
    p.givenNames = QString::fromUtf8(Given[(i / 10) % 10].latin);
    p.givenNamesCyrillic = QString::fromUtf8(Given[(i / 10) % 10].cyrillic);
    p.patronymic = QString::fromUtf8(Fathers[(i / 100) % 10].latin) +
                   (male ? QStringLiteral(" oʻgʻli") : QStringLiteral(" qizi"));
    p.patronymicCyrillic = QString::fromUtf8(Fathers[(i / 100) % 10].cyrillic) +
                           (male ? QStringLiteral(" ўғли") : QStringLiteral(" қизи"));
    p.sex = male ? QStringLiteral("M") : QStringLiteral("F");
    // Every 50th a child, with a parent of the same family on the list.
    p.birthDate = i % 50 == 1 ? QDate(2014, 1, 1).addDays(i) : QDate(1970, 1, 1).addDays(i * 7);
    if (i % 50 == 0 || i % 50 == 1)
        p.familyGroup = QStringLiteral("family %1").arg(i / 50);
    p.pinfl = test::pinflFor(p.birthDate, male, 100 + i / 1000, i % 1000);
    p.passportNumber = QStringLiteral("AB%1").arg(2000000 + i);
    r.hostReference = QStringLiteral("A%1").arg(300000000 + i);
    if (i % 7 == 0)
        r.needs = {QStringLiteral("wheelchair"), QStringLiteral("medical_escort")};
    r.status = CaseStatus::DocumentIssued;
    return r;
}

QString tool(const QString &program, const QStringList &args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestCliReturnList : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_big; // a register with a 1,000-passenger list (list 1)
    QStringList m_refs;
    int m_n = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run cli(QStringList args, const QString &db) {
        args << QStringLiteral("--db") << db;
        return test::runCli(args);
    }

    // Cases written straight into a new register, as the demo does.
    QString registerWith(const QList<CaseRecord> &cases, QStringList *refs) {
        const QString file = path(QStringLiteral("r%1.qaytish").arg(++m_n));
        auto db = Database::open(file);
        if (!db)
            return {};
        FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc()));
        ChangeWriter writer(db.value()->connection(), file, clock, Actor{QStringLiteral("test")},
                            Permission::ImportCases);
        Status s = db.value()->transaction([&]() -> Status {
            for (const CaseRecord &c : cases) {
                auto saved = CaseRepository::insertCase(writer, c, clock.today());
                if (!saved)
                    return saved.error();
                *refs << saved->record.caseRef;
            }
            return {};
        });
        if (!s)
            qWarning() << s.error().message;
        return s ? file : QString();
    }

    QString createList(const QString &db) {
        const Run r =
            cli({QStringLiteral("return-list"), QStringLiteral("create"),
                 QStringLiteral("--flight"), QStringLiteral("HY 102"), QStringLiteral("--date"),
                 QStringLiteral("2026-04-10"), QStringLiteral("--from"), QStringLiteral("JFK"),
                 QStringLiteral("--to"), QStringLiteral("TAS"), QStringLiteral("--carrier"),
                 QStringLiteral("Uzbekistan Airways")},
                db);
        return r.code == 0 ? r.out.trimmed() : QString();
    }

    struct Pdf {
        QString text;
        int pages = 0;
        QString fonts;
    };
    Pdf read(const QString &file) {
        Pdf pdf;
        pdf.text = tool(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
        const QString info = tool(QStringLiteral("pdfinfo"), {file});
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        pdf.pages = m.hasMatch() ? m.captured(1).toInt() : 0;
        pdf.fonts = tool(QStringLiteral("pdffonts"), {file});
        return pdf;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QList<CaseRecord> cases;
        for (int i = 0; i < 1000; ++i)
            cases << passenger(i);
        m_big = registerWith(cases, &m_refs);
        QVERIFY(!m_big.isEmpty());
        QCOMPARE(createList(m_big), QStringLiteral("1"));
        const Run add = cli(
            QStringList{QStringLiteral("return-list"), QStringLiteral("add"), QStringLiteral("1")} +
                m_refs,
            m_big);
        QVERIFY2(add.code == 0, qPrintable(add.err));
    }

    void createValidates() {
        QStringList refs;
        const QString db = registerWith({}, &refs);
        Run r = cli({QStringLiteral("return-list"), QStringLiteral("create"),
                     QStringLiteral("--flight"), QStringLiteral("HY 102"), QStringLiteral("--date"),
                     QStringLiteral("2026-04-10"), QStringLiteral("--from"), QStringLiteral("JFK"),
                     QStringLiteral("--to"), QStringLiteral("TASH")},
                    db);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("TASH")));
        QVERIFY(r.err.contains(QStringLiteral("IATA")));
        r = cli({QStringLiteral("return-list"), QStringLiteral("create"),
                 QStringLiteral("--flight"), QStringLiteral("HY 102"), QStringLiteral("--date"),
                 QStringLiteral("2026-04-10"), QStringLiteral("--to"), QStringLiteral("TAS")},
                db);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--from")));
        // Options anywhere, capacity given: the list's number is printed.
        r = cli({QStringLiteral("--capacity"), QStringLiteral("2"), QStringLiteral("return-list"),
                 QStringLiteral("--from"), QStringLiteral("JFK"), QStringLiteral("create"),
                 QStringLiteral("--flight"), QStringLiteral("HY 102"), QStringLiteral("--date"),
                 QStringLiteral("2026-04-10"), QStringLiteral("--to"), QStringLiteral("TAS")},
                db);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("1"));
        r = cli({QStringLiteral("return-list"), QStringLiteral("check"), QStringLiteral("7")}, db);
        QCOMPARE(r.code, 2); // no such list
    }

    void checkOverrideFinalize() {
        QList<CaseRecord> cases;
        CaseRecord ok = passenger(2);
        CaseRecord stayed = passenger(3);
        stayed.removalStayed = true;
        stayed.holdNote = QStringLiteral("Stay of 01.03.2026");
        CaseRecord early = passenger(4);
        early.status = CaseStatus::IdentityConfirmed;
        cases << ok << stayed << early;
        QStringList refs;
        const QString db = registerWith(cases, &refs);
        QCOMPARE(createList(db), QStringLiteral("1"));
        Run r = cli({QStringLiteral("return-list"), QStringLiteral("add"), QStringLiteral("1"),
                     refs.at(0), refs.at(1), refs.at(2)},
                    db);
        QCOMPARE(r.code, 3); // partly done: the stayed case was taken off at once
        QVERIFY(r.err.contains(refs.at(1)));
        QVERIFY(r.err.contains(QStringLiteral("Stay of 01.03.2026")));

        r = cli({QStringLiteral("return-list"), QStringLiteral("check"), QStringLiteral("1")}, db);
        QCOMPARE(r.code, 3);
        const QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().startsWith(refs.at(2) +
                                         QStringLiteral("\twarning\tnot_document_issued\t")));

        // A hard stop recorded later: marked, and no reason overrides it.
        {
            auto opened = Database::open(db);
            QVERIFY(opened);
            QSqlQuery q(opened.value()->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE return_case SET do_not_board = 1 WHERE "
                                          "case_ref = '%1'")
                               .arg(refs.at(0))));
        }
        r = cli({QStringLiteral("return-list"), QStringLiteral("check"), QStringLiteral("1")}, db);
        QCOMPARE(r.code, 3);
        QVERIFY(r.out.contains(refs.at(0) + QStringLiteral("\tHARD STOP\tdo_not_board\t")));
        r = cli({QStringLiteral("return-list"), QStringLiteral("override"), QStringLiteral("1"),
                 QStringLiteral("do_not_board"), refs.at(0), QStringLiteral("--reason"),
                 QStringLiteral("urgent")},
                db);
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.contains(QStringLiteral("hard stop")));

        // Finalising: the hard stop goes off; the warning blocks until overridden.
        r = cli({QStringLiteral("return-list"), QStringLiteral("finalize"), QStringLiteral("1")},
                db);
        QCOMPARE(r.code, 3);
        QVERIFY(r.out.contains(refs.at(0)));
        QVERIFY(r.err.contains(QStringLiteral("not_document_issued")));
        r = cli({QStringLiteral("return-list"), QStringLiteral("finalize"), QStringLiteral("1"),
                 QStringLiteral("--reason"), QStringLiteral("ICE holds a valid passport")},
                db);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("1 passenger")));
        r = cli({QStringLiteral("show"), refs.at(2), QStringLiteral("--json")}, db);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("on_return_list"));
        r = cli(
            {QStringLiteral("return-list"), QStringLiteral("add"), QStringLiteral("1"), refs.at(0)},
            db);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("reopen")));
        r = cli({QStringLiteral("return-list"), QStringLiteral("reopen"), QStringLiteral("1"),
                 QStringLiteral("--reason"), QStringLiteral("Seat change")},
                db);
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("return-list"), QStringLiteral("list"), QStringLiteral("--json")},
                db);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .array()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("draft"));
    }

    void pdf_data() {
        QTest::addColumn<QString>("paper");
        QTest::newRow("a4") << QStringLiteral("a4");
        QTest::newRow("letter") << QStringLiteral("letter");
    }
    void pdf() {
        QFETCH(QString, paper);
        const QString file = path(QStringLiteral("manifest-%1.pdf").arg(paper));
        Run r = cli({QStringLiteral("return-list"), QStringLiteral("pdf"), QStringLiteral("1"),
                     QStringLiteral("--out"), file, QStringLiteral("--lang"), QStringLiteral("en"),
                     QStringLiteral("--paper"), paper},
                    m_big);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Pdf pdf = read(file);
        QVERIFY(pdf.pages > 20);
        // Every passenger's names in both scripts, exactly (oʻ gʻ ў қ ғ ҳ included).
        for (int i = 0; i < 1000; ++i) {
            const CaseRecord c = passenger(i);
            QVERIFY2(pdf.text.contains(c.person.fullNameLatin()),
                     qPrintable(c.person.fullNameLatin()));
            QVERIFY2(pdf.text.contains(c.person.fullNameCyrillic()),
                     qPrintable(c.person.fullNameCyrillic()));
        }
        for (const QString &s : {QStringLiteral("oʻ"), QStringLiteral("gʻ"), QStringLiteral("ў"),
                                 QStringLiteral("қ"), QStringLiteral("ғ"), QStringLiteral("ҳ")})
            QVERIFY(pdf.text.contains(s));
        // The embedded font.
        QVERIFY(pdf.fonts.contains(QStringLiteral("DejaVuSans")));
        for (const QString &line : pdf.fonts.split(u'\n').mid(2, -1)) {
            if (!line.trimmed().isEmpty())
                QVERIFY2(line.contains(QRegularExpression(QStringLiteral("Identity-H\\s+yes\\s"))),
                         qPrintable(line)); // the "emb" column
        }
        // The header row and "page X of Y" on every page.
        QCOMPARE(int(pdf.text.count(QStringLiteral("Date of birth"))), pdf.pages);
        QCOMPARE(int(pdf.text.count(QStringLiteral("Travel document"))), pdf.pages);
        for (int page = 1; page <= pdf.pages; ++page)
            QVERIFY2(pdf.text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pdf.pages)),
                     qPrintable(QString::number(page)));
        QVERIFY(!pdf.text.contains(QStringLiteral("Page %1 of").arg(pdf.pages + 1)));
        // The pages come out of pdftotext separated by form feeds, one per page.
        const QStringList pages = pdf.text.split(u'\f', Qt::SkipEmptyParts);
        QCOMPARE(int(pages.size()), pdf.pages);
        const QString madeBy =
            QStringLiteral("Made by %1 on %2").arg(test::cliUser(), test::cliNowOnDocuments());
        for (int page = 0; page < pages.size(); ++page) {
            QVERIFY(pages.at(page).contains(QStringLiteral("Name (Latin)")));
            QVERIFY(pages.at(page).contains(
                QStringLiteral("Page %1 of %2").arg(page + 1).arg(pdf.pages)));
            QVERIFY2(pages.at(page).contains(madeBy), qPrintable(pages.at(page)));
        }
        // The export is in the audit trail, with the list, the output and the file.
        const QList<test::ExportEntry> entries = test::exportEntries(m_big);
        QVERIFY(!entries.isEmpty());
        const test::ExportEntry &e = entries.first();
        QCOMPARE(e.entry.value(QStringLiteral("user")).toString(), test::cliUser());
        QCOMPARE(e.entry.value(QStringLiteral("field")).toString(),
                 QStringLiteral("return_list_pdf"));
        QCOMPARE(e.entry.value(QStringLiteral("table")).toString(), QStringLiteral("return_list"));
        QCOMPARE(e.entry.value(QStringLiteral("row_id")).toInt(), 1);
        QCOMPARE(e.what.value(QStringLiteral("destination")).toString(),
                 QDir::toNativeSeparators(file));
        QCOMPARE(e.what.value(QStringLiteral("output")).toString(), QStringLiteral("manifest"));
        QCOMPARE(e.what.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QCOMPARE(e.what.value(QStringLiteral("paper")).toString(), paper);
        QCOMPARE(e.what.value(QStringLiteral("records")).toInt(), 1000);
        // Title block, totals and signatures.
        QVERIFY(pages.first().contains(QStringLiteral("HY 102")));
        QVERIFY(pages.first().contains(QStringLiteral("JFK – TAS")));
        QVERIFY(pages.first().contains(QStringLiteral("10.04.2026")));
        int men = 0, women = 0, minors = 0;
        for (int i = 0; i < 1000; ++i) {
            const CaseRecord c = passenger(i);
            (c.person.sex == u"M" ? men : women) += 1;
            minors += c.person.birthDate.addYears(18) > QDate(2026, 4, 10) ? 1 : 0;
        }
        QVERIFY(minors > 0);
        QVERIFY2(pages.last().contains(QStringLiteral("Passengers: 1000; men: %1; women: %2; "
                                                      "minors (under 18): %3.")
                                           .arg(men)
                                           .arg(women)
                                           .arg(minors)),
                 qPrintable(pages.last()));
        QVERIFY(pages.last().contains(QStringLiteral("Consular officer")));
        QVERIFY(pages.last().contains(QStringLiteral("Head of mission")));
        // Only what the carrier needs: no PINFL, no needs beyond the assistance codes.
        QVERIFY(pdf.text.contains(QStringLiteral("WCHR")));
        QVERIFY(!pdf.text.contains(QStringLiteral("PINFL")));
        for (int i = 0; i < 1000; i += 37)
            QVERIFY(!pdf.text.contains(passenger(i).person.pinfl));
        QVERIFY(!pdf.text.contains(QStringLiteral("Medical")));
    }

    void receptionHasPinfl() {
        const QString file = path(QStringLiteral("reception.pdf"));
        Run r = cli({QStringLiteral("return-list"), QStringLiteral("pdf"), QStringLiteral("1"),
                     QStringLiteral("--out"), file, QStringLiteral("--kind"),
                     QStringLiteral("reception"), QStringLiteral("--lang"), QStringLiteral("ru")},
                    m_big);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Pdf pdf = read(file);
        for (int i = 0; i < 1000; ++i)
            QVERIFY2(pdf.text.contains(passenger(i).person.pinfl), qPrintable(QString::number(i)));
        QVERIFY(pdf.text.contains(QStringLiteral("ПИНФЛ")));
        QVERIFY(pdf.text.contains(QStringLiteral("JSHSHIR"))); // the Uzbek label under it
        QVERIFY(pdf.text.contains(QStringLiteral("Страница 1 из %1").arg(pdf.pages)));
        QVERIFY(pdf.text.contains(QStringLiteral("%1 sahifadan %1-sahifa").arg(pdf.pages)));
        const QString madeBy = QStringLiteral("Подготовлено: %1, %2 / Tayyorladi: %1, %2")
                                   .arg(test::cliUser(), test::cliNowOnDocuments());
        QCOMPARE(int(pdf.text.count(madeBy)), pdf.pages);
        const test::ExportEntry e = test::exportEntries(m_big).value(0);
        QCOMPARE(e.what.value(QStringLiteral("output")).toString(), QStringLiteral("reception"));
        QCOMPARE(e.what.value(QStringLiteral("language")).toString(), QStringLiteral("ru+uz"));
    }

    void bilingualUzbek() {
        const QString file = path(QStringLiteral("uz.pdf"));
        Run r = cli({QStringLiteral("return-list"), QStringLiteral("pdf"), QStringLiteral("1"),
                     QStringLiteral("--out"), file},
                    m_big); // Uzbek with Russian by default
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Pdf pdf = read(file);
        QVERIFY(pdf.text.contains(QStringLiteral("Tugʻilgan sana")));
        QVERIFY(pdf.text.contains(QStringLiteral("Дата рождения")));
        QVERIFY(pdf.text.contains(QStringLiteral("QORALAMA"))); // the list is a draft
    }

    void csv() {
        const QString manifest = path(QStringLiteral("manifest.csv"));
        const QString reception = path(QStringLiteral("reception.csv"));
        Run r = cli({QStringLiteral("return-list"), QStringLiteral("csv"), QStringLiteral("1"),
                     QStringLiteral("--out"), manifest},
                    m_big);
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("return-list"), QStringLiteral("csv"), QStringLiteral("1"),
                 QStringLiteral("--out"), reception, QStringLiteral("--kind"),
                 QStringLiteral("reception")},
                m_big);
        QCOMPARE(r.code, 0);
        QFile m(manifest), c(reception);
        QVERIFY(m.open(QIODevice::ReadOnly));
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QString mt = QString::fromUtf8(m.readAll());
        const QString ct = QString::fromUtf8(c.readAll());
        QCOMPARE(int(mt.count(QStringLiteral("\r\n"))), 1001);
        // The columns, exactly; every row ends with who exported the file and when.
        const QStringList rows = mt.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.first(), QStringLiteral("no,surname,given_names,patronymic,surname_cyrillic,"
                                              "given_names_cyrillic,patronymic_cyrillic,"
                                              "birth_date,sex,document_type,document_number,"
                                              "host_reference,assistance,exported_by,exported_at"));
        for (const QString &row : rows.mid(1))
            QVERIFY2(row.endsWith(u',' + test::cliUser() + u',' + test::cliNowIso()),
                     qPrintable(row));
        QVERIFY(ct.startsWith(
            QStringLiteral("no,surname,given_names,patronymic,surname_cyrillic,"
                           "given_names_cyrillic,patronymic_cyrillic,birth_date,sex,"
                           "document_type,document_number,host_reference,assistance,pinfl,region,"
                           "district,receiver_name,receiver_relation,receiver_contact,"
                           "receiver_confirmed,exported_by,exported_at\r\n")));
        const QList<test::ExportEntry> entries = test::exportEntries(m_big);
        QVERIFY(entries.size() >= 2);
        QCOMPARE(entries.at(0).entry.value(QStringLiteral("field")).toString(),
                 QStringLiteral("return_list_csv"));
        QCOMPARE(entries.at(0).what.value(QStringLiteral("output")).toString(),
                 QStringLiteral("reception"));
        QCOMPARE(entries.at(0).what.value(QStringLiteral("destination")).toString(),
                 QDir::toNativeSeparators(reception));
        QCOMPARE(entries.at(1).what.value(QStringLiteral("output")).toString(),
                 QStringLiteral("manifest"));
        QCOMPARE(entries.at(1).what.value(QStringLiteral("records")).toInt(), 1000);
        QVERIFY(mt.contains(QStringLiteral("Ғуломов")));
        QVERIFY(!mt.contains(QStringLiteral("pinfl")));
        QVERIFY(!mt.contains(passenger(5).person.pinfl));
        QVERIFY(!mt.contains(QStringLiteral("medical")));
        QVERIFY(mt.contains(QStringLiteral("WCHR")));
        QVERIFY(ct.contains(QStringLiteral("pinfl")));
        QVERIFY(ct.contains(passenger(5).person.pinfl));
        r = cli({QStringLiteral("return-list"), QStringLiteral("csv"), QStringLiteral("1"),
                 QStringLiteral("--out"), reception, QStringLiteral("--kind"),
                 QStringLiteral("carrier")},
                m_big);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--kind")));
        QCOMPARE(test::exportEntries(m_big).size(), entries.size()); // refused: not recorded
    }
};

QTEST_GUILESS_MAIN(TestCliReturnList)
#include "tst_cli_returnlist.moc"
