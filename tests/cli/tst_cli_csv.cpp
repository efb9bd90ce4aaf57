// qaytish-cli import and export-csv, run as a separate process the way scripts run them.
#include "core/appinfo.h"
#include "core/csvreader.h"
#include "support/clirunner.h"
#include "support/testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace qaytish;

namespace {

using Run = test::CliRun;

QByteArray person(const char *surname, const QDate &birth, bool male, const char *passport,
                  int serial = 45) {
    return QByteArray(surname) + ";Aziz;" + (male ? "М" : "Ж") + ";" +
           birth.toString(QStringLiteral("dd.MM.yyyy")).toUtf8() + ";" +
           test::pinflFor(birth, male, 123, serial).toUtf8() + ";" + passport + "\r\n";
}

const QByteArray RuHeader = "Фамилия;Имя;Пол;Дата рождения;ПИНФЛ;Номер паспорта\r\n";

} // namespace

class TestCliCsv : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run cli(const QStringList &args) { return test::runCli(args); }

    QString newRegister() {
        const QString db = path(QStringLiteral("r%1.qaytish").arg(++m_n));
        const Run r = cli({QStringLiteral("init"), QStringLiteral("--db"), db});
        return r.code == 0 ? db : QString();
    }

    QString writeFile(const QString &name, const QByteArray &bytes) {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return f.fileName();
    }

    int caseCount(const QString &db) {
        const Run r =
            cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        return int(QJsonDocument::fromJson(r.out.toUtf8()).array().size());
    }

    Run import(const QString &db, const QString &file, const QStringList &extra = {}) {
        return cli(QStringList{QStringLiteral("import"), file, QStringLiteral("--db"), db} + extra);
    }

private slots:
    void initTestCase() { QVERIFY(!qEnvironmentVariable("QAYTISH_CLI").isEmpty()); }

    void helpNamesTheCommands() {
        const Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *word : {"import FILE", "export-csv FILE", "--date-format", "--dry-run",
                                 "--all-or-nothing", "--encoding", "--delimiter"})
            QVERIFY2(r.out.contains(QLatin1String(word)), word);
    }

    void everyRowImportedExitsZero() {
        const QString db = newRegister();
        const QString file =
            writeFile(QStringLiteral("ok.csv"),
                      RuHeader + person("Karimov", QDate(1990, 4, 30), true, "AB1234567") +
                          person("Rahimova", QDate(1985, 1, 2), false, "AC7654321"));
        const Run r = import(db, file, {QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 2);
        QVERIFY(o.value(QStringLiteral("rejected")).isArray());
        QVERIFY(o.value(QStringLiteral("rejected")).toArray().isEmpty());
        QVERIFY(o.value(QStringLiteral("duplicates")).isArray());
        QCOMPARE(caseCount(db), 2);
    }

    void someRowsRejectedExitsThree() {
        const QString db = newRegister();
        const QString file = writeFile(
            QStringLiteral("partly.csv"),
            RuHeader + person("Karimov", QDate(1990, 4, 30), true, "AB1234567") +
                "Noname;;М;30.04.1990;;\r\n" +                             // line 3: no given names
                person("Karimov", QDate(1990, 4, 30), true, "AB1234567")); // duplicate of line 2
        Run r = import(db, file, {QStringLiteral("--json")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(file + QStringLiteral(":3: ")), qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 2);
        const QJsonArray rejected = o.value(QStringLiteral("rejected")).toArray();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
        QVERIFY(rejected.at(0)
                    .toObject()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("given_names")));
        const QJsonArray duplicates = o.value(QStringLiteral("duplicates")).toArray();
        QCOMPARE(duplicates.size(), 2); // PINFL and passport of line 4, both as on line 2
        QCOMPARE(duplicates.at(0).toObject().value(QStringLiteral("line")).toInt(), 4);
        QCOMPARE(duplicates.at(0).toObject().value(QStringLiteral("other_line")).toInt(), 2);
        QCOMPARE(caseCount(db), 2);
    }

    void allOrNothingAndDryRunWriteNothing() {
        const QString db = newRegister();
        const QString file =
            writeFile(QStringLiteral("aon.csv"),
                      RuHeader + person("Karimov", QDate(1990, 4, 30), true, "AB1234567") +
                          "Noname;;М;30.04.1990;;\r\n");
        Run r = import(db, file, {QStringLiteral("--all-or-nothing")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(file + QStringLiteral(":3: ")));
        QCOMPARE(caseCount(db), 0);
        r = import(db, file, {QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(r.code, 3);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(QStringLiteral("imported"))
                     .toInt(),
                 1);
        QCOMPARE(caseCount(db), 0);
    }

    void nothingImportedExitsTwo() {
        const QString db = newRegister();
        // Unreadable file.
        Run r = import(db, path(QStringLiteral("missing.csv")));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("missing.csv")));
        // No recognisable header.
        r = import(db, writeFile(QStringLiteral("nohead.csv"), "colour,taste\nred,sweet\n"));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("header")));
        // Binary garbage.
        QByteArray garbage;
        for (int i = 0; i < 2000; ++i)
            garbage += char((i * 131 + 7) % 256);
        r = import(db, writeFile(QStringLiteral("garbage.csv"), garbage));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("binary")));
        // Unknown encoding: bytes that are neither UTF-8 nor Cyrillic Windows-1251 text.
        r = import(db,
                   writeFile(QStringLiteral("latin1.csv"),
                             "surname,given_names\n\x80\x83\x89\x8b\x99\xa4\xa6\xa9\xae\xb1,x\n"));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("encoding")), qPrintable(r.err));
        // Empty file.
        r = import(db, writeFile(QStringLiteral("empty.csv"), QByteArray()));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("empty")));
        // Bad option values.
        r = import(db, path(QStringLiteral("empty.csv")),
                   {QStringLiteral("--date-format"), QStringLiteral("ydm")});
        QCOMPARE(r.code, 2);
        QCOMPARE(caseCount(db), 0);
    }

    void ambiguousDatesNeedAChoice() {
        const QString db = newRegister();
        const QByteArray bytes = "surname,given_names,sex,birth_date\r\n"
                                 "Karimov,Aziz,M,03/04/1990\r\n"
                                 "Rahimova,Dilnoza,F,13/04/1991\r\n";
        const QString file = writeFile(QStringLiteral("slashes.csv"), bytes);
        Run r = import(db, file);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--date-format")) ||
                r.err.contains(QStringLiteral("dmy")));
        QVERIFY(r.err.contains(QStringLiteral("03/04/1990")));
        QCOMPARE(caseCount(db), 0);
        r = import(db, file, {QStringLiteral("--date-format"), QStringLiteral("dmy")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        const QJsonArray cases = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(cases.size(), 2);
        QStringList births;
        for (const QJsonValue &v : cases)
            births << v.toObject().value(QStringLiteral("birth_date")).toString();
        births.sort();
        QCOMPARE(births, (QStringList{QStringLiteral("1990-04-03"), QStringLiteral("1991-04-13")}));
    }

    void windows1251File() {
        const QString db = newRegister();
        const QString text =
            QStringLiteral("Familiya;Ism;Фамилия (кириллица);Jinsi;Tugʻilgan sana\r\n"
                           "Karimov;Aziz;Каримов;E;30.04.1990\r\n");
        QByteArray bytes = encodeWindows1251(
            QString(text).replace(QStringLiteral("Tugʻilgan"), QStringLiteral("Tug'ilgan")));
        const QString file = writeFile(QStringLiteral("cp1251.csv"), bytes);
        Run r = import(db, file, {QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(QStringLiteral("encoding"))
                     .toString(),
                 QStringLiteral("windows-1251"));
        r = cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        const QJsonObject c = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(c.value(QStringLiteral("surname_cyrillic")).toString(), QStringLiteral("Каримов"));
        QCOMPARE(c.value(QStringLiteral("sex")).toString(), QStringLiteral("M"));
    }

    void exportThenImportRoundTrip() {
        const QString demo = path(QStringLiteral("demo.qaytish"));
        Run r = cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("120"),
                     QStringLiteral("--db"), demo});
        QCOMPARE(r.code, 0);
        const QString out = path(QStringLiteral("export.csv"));
        r = cli({QStringLiteral("export-csv"), out, QStringLiteral("--db"), demo});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("120")));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(!bytes.contains("Demo record")); // notes are never exported
        QVERIFY(!bytes.contains("wheelchair"));  // nor operational needs
        // The header, exactly; every row ends with who exported the file and when.
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 121);
        QCOMPARE(lines.first(),
                 QStringLiteral("case_ref,status,surname,given_names,patronymic,surname_cyrillic,"
                                "given_names_cyrillic,patronymic_cyrillic,sex,birth_date,"
                                "birth_place,nationality,passport_number,passport_expiry,pinfl,"
                                "host_reference,visa_class,entry_date,authorized_until,facility,"
                                "exported_by,exported_at"));
        for (const QString &line : lines.mid(1))
            QVERIFY2(line.endsWith(u',' + test::cliUser() + u',' + test::cliNowIso()),
                     qPrintable(line));
        // The audit trail has the export: who, what, where, how many.
        QList<test::ExportEntry> entries = test::exportEntries(demo);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().entry.value(QStringLiteral("user")).toString(), test::cliUser());
        QCOMPARE(entries.first().entry.value(QStringLiteral("at")).toString(), test::cliNowIso());
        QCOMPARE(entries.first().entry.value(QStringLiteral("field")).toString(),
                 QStringLiteral("cases_csv"));
        QCOMPARE(entries.first().what.value(QStringLiteral("destination")).toString(),
                 QDir::toNativeSeparators(out));
        QCOMPARE(entries.first().what.value(QStringLiteral("records")).toInt(), 120);

        // It imports again: the attribution columns are known and not imported.
        const QString db = newRegister();
        r = import(db, out, {QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject imported = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(imported.value(QStringLiteral("imported")).toInt(), 120);
        QCOMPARE(imported.value(QStringLiteral("unknown_columns")).toArray().size(), 0);
        QCOMPARE(imported.value(QStringLiteral("not_imported_columns")).toArray(),
                 QJsonArray({QStringLiteral("case_ref"), QStringLiteral("status"),
                             QStringLiteral("exported_by"), QStringLiteral("exported_at")}));

        auto people = [&](const QString &register_) {
            const Run l = cli({QStringLiteral("list"), QStringLiteral("--json"),
                               QStringLiteral("--db"), register_});
            QStringList out;
            for (const QJsonValue &v : QJsonDocument::fromJson(l.out.toUtf8()).array()) {
                const QJsonObject o = v.toObject();
                QStringList parts;
                for (const char *key : {"surname", "given_names", "patronymic", "surname_cyrillic",
                                        "given_names_cyrillic", "patronymic_cyrillic", "birth_date",
                                        "sex", "passport_number", "pinfl", "host_reference"})
                    parts << o.value(QLatin1String(key)).toString();
                out << parts.join(u'|');
            }
            out.sort();
            return out;
        };
        const QStringList before = people(demo);
        QCOMPARE(before.size(), 120);
        QCOMPARE(people(db), before);

        // A search exports only what it finds.
        r = cli({QStringLiteral("export-csv"), path(QStringLiteral("closed.csv")),
                 QStringLiteral("--status"), QStringLiteral("closed"), QStringLiteral("--db"),
                 demo});
        QCOMPARE(r.code, 0);
        entries = test::exportEntries(demo);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first()
                     .what.value(QStringLiteral("filter"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("closed"));
        r = cli({QStringLiteral("export-csv"), path(QStringLiteral("x.csv")),
                 QStringLiteral("--status"), QStringLiteral("lost"), QStringLiteral("--db"), demo});
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(path(QStringLiteral("x.csv"))));
        // A file that cannot be written is no export.
        r = cli({QStringLiteral("export-csv"), path(QStringLiteral("no/such/folder.csv")),
                 QStringLiteral("--db"), demo});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("folder.csv")));
        QCOMPARE(test::exportEntries(demo).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCsv)
#include "tst_cli_csv.moc"
