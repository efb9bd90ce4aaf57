// The CSV reader, header recognition, value parsing, the importer and the exporter, in
// process.
#include "core/casequery.h"
#include "core/caserepository.h"
#include "core/csvexport.h"
#include "core/csvimport.h"
#include "core/csvreader.h"
#include "core/database.h"
#include "support/testsupport.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace qaytish;

namespace {

QList<QStringList> readAll(const QByteArray &bytes, QList<qint64> *lines = nullptr,
                           std::optional<Error> *error = nullptr, CsvReader *out = nullptr) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> records;
    while (const std::optional<CsvRecord> r = reader.next()) {
        records << r->fields;
        if (lines)
            *lines << r->line;
    }
    if (error)
        *error = reader.error();
    if (out) {
        (void)out;
    }
    return records;
}

QStringList sl(std::initializer_list<const char *> list) {
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

const QByteArray Header = "surname,given_names,sex,birth_date,pinfl,passport_number\n";

QByteArray row(const char *surname, const QDate &birth, bool male, const char *passport,
               int serial = 45) {
    return QByteArray(surname) + ",Aziz," + (male ? "M" : "F") + "," +
           birth.toString(Qt::ISODate).toUtf8() + "," +
           test::pinflFor(birth, male, 123, serial).toUtf8() + "," + passport + "\n";
}

// A strict RFC 4180 reader, independent of Qaytish's: records end with CRLF, a field is
// either plain (no quote, comma, CR or LF) or quoted (quotes inside doubled), and every record
// has the header's number of fields. The UTF-8 byte order mark in front is taken off first
// (RFC 4180 knows ASCII only; spreadsheets want the mark). An error says where.
std::optional<QList<QStringList>> strictRfc4180(QByteArray bytes, QString *error) {
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.mid(3);
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        QString field;
        if (text.at(i) == u'"') {
            ++i;
            for (;;) {
                if (i >= n) {
                    *error = QStringLiteral("unterminated quote in record %1").arg(records.size());
                    return std::nullopt;
                }
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != u',' && text.at(i) != u'\r' && text.at(i) != u'\n') {
                if (text.at(i) == u'"') {
                    *error = QStringLiteral("a quote inside a plain field, record %1")
                                 .arg(records.size());
                    return std::nullopt;
                }
                field += text.at(i++);
            }
        }
        record << field;
        if (i < n && text.at(i) == u',') {
            ++i;
            continue;
        }
        if (i + 1 < n && text.at(i) == u'\r' && text.at(i + 1) == u'\n') {
            i += 2;
            records << record;
            record.clear();
            continue;
        }
        *error = QStringLiteral("record %1 does not end with CRLF").arg(records.size());
        return std::nullopt;
    }
    if (!record.isEmpty()) {
        *error = QStringLiteral("the last record does not end with CRLF");
        return std::nullopt;
    }
    for (qsizetype r = 1; r < records.size(); ++r) {
        if (records.at(r).size() != records.first().size()) {
            *error = QStringLiteral("record %1 has %2 fields, the header %3")
                         .arg(r)
                         .arg(records.at(r).size())
                         .arg(records.first().size());
            return std::nullopt;
        }
    }
    return records;
}

} // namespace

class TestCsv : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc())};
    int m_n = 0;

    std::shared_ptr<Database> newRegister() {
        auto db = Database::open(m_dir.filePath(QStringLiteral("r%1.qaytish").arg(++m_n)));
        if (!db)
            qWarning() << db.error().message;
        return db ? db.value() : nullptr;
    }

    qint64 count(const Database &db) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT count(*) FROM return_case"));
        q.next();
        return q.value(0).toLongLong();
    }

    Result<CsvImportResult> import(const Database &db, const QByteArray &bytes,
                                   CsvImportOptions options = {},
                                   const CsvImporter::Progress &progress = {}) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        if (options.fileName.isEmpty())
            options.fileName = QStringLiteral("list.csv");
        return CsvImporter::import(db.connection(), db.path(), m_clock, Actor{QStringLiteral("t")},
                                   &buffer, options, progress);
    }

private slots:
    void quoting_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<QStringList>>("expected");
        QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n")
                               << QList<QStringList>{sl({"a", "b", "c"}), sl({"1", "2", "3"})};
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n")
                              << QList<QStringList>{sl({"a", "b"}), sl({"1", "2"})};
        QTest::newRow("no final newline")
            << QByteArray("a,b\n1,2") << QList<QStringList>{sl({"a", "b"}), sl({"1", "2"})};
        QTest::newRow("quoted delimiter")
            << QByteArray("\"a,b\",c\n") << QList<QStringList>{sl({"a,b", "c"})};
        QTest::newRow("doubled quote")
            << QByteArray("\"say \"\"hi\"\"\",x\n") << QList<QStringList>{sl({"say \"hi\"", "x"})};
        QTest::newRow("line break inside")
            << QByteArray("\"one\ntwo\",x\r\n\"three\r\nfour\",y\n")
            << QList<QStringList>{sl({"one\ntwo", "x"}), sl({"three\nfour", "y"})};
        QTest::newRow("empty fields") << QByteArray(",,\n\"\",x,\n")
                                      << QList<QStringList>{sl({"", "", ""}), sl({"", "x", ""})};
        QTest::newRow("empty lines skipped")
            << QByteArray("a\n\n\r\nb\n") << QList<QStringList>{sl({"a"}), sl({"b"})};
        QTest::newRow("only quotes") << QByteArray("\"\"\"\"\n") << QList<QStringList>{sl({"\""})};
        QTest::newRow("semicolon")
            << QByteArray("a;b,c;d\n1;2,3;4\n")
            << QList<QStringList>{sl({"a", "b,c", "d"}), sl({"1", "2,3", "4"})};
        QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n")
                             << QList<QStringList>{sl({"a", "b"}), sl({"1", "2"})};
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                           "Фамилия,b\n")
                             << QList<QStringList>{sl({"Фамилия", "b"})};
    }

    void quoting() {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<QStringList>, expected);
        std::optional<Error> error;
        QCOMPARE(readAll(bytes, nullptr, &error), expected);
        QVERIFY(!error);
    }

    void lineNumbersArePhysical() {
        QList<qint64> lines;
        readAll("h1,h2\n\"a\nb\nc\",x\n\nlast,y\r\nz,w\n", &lines);
        QCOMPARE(lines, (QList<qint64>{1, 2, 6, 7}));
    }

    void unterminatedQuoteIsAnError() {
        std::optional<Error> error;
        readAll("a,b\n1,\"never closed\n2,3\n", nullptr, &error);
        QVERIFY(error);
        QCOMPARE(error->line, 2);
        QVERIFY(error->message.contains(QStringLiteral("line 2")));
    }

    void fieldOfOneMegabyteAcrossChunks() {
        const QByteArray big(1024 * 1024, 'x');
        QByteArray bytes = "a,b\n\"" + big + "\"\"" + big.left(10) + "\",end\n";
        const QList<QStringList> records = readAll(bytes);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).at(0).size(), 1024 * 1024 + 11);
        QCOMPARE(records.at(1).at(0).at(1024 * 1024), u'"');
        QCOMPARE(records.at(1).at(1), QStringLiteral("end"));
    }

    void windows1251WithRussianHeaders() {
        const QString text =
            QStringLiteral("Фамилия;Имя;Пол;Дата рождения\nИванов;Ёжик;М;30.04.1990\n");
        const QByteArray bytes = encodeWindows1251(text);
        QVERIFY(bytes.size() == text.size()); // one byte per character
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QVERIFY(reader.start());
        QCOMPARE(reader.encoding(), CsvEncoding::Windows1251);
        QCOMPARE(reader.delimiter(), u';');
        const auto header = reader.next();
        QVERIFY(header);
        QCOMPARE(header->fields, sl({"Фамилия", "Имя", "Пол", "Дата рождения"}));
        QCOMPARE(reader.next()->fields.at(1), QStringLiteral("Ёжик"));
        // Qt's own converter agrees where it exists (Debian's Qt is built with ICU).
        QStringDecoder icu("windows-1251");
        if (icu.isValid())
            QCOMPARE(decodeWindows1251(bytes), QString(icu(bytes)));
    }

    void binaryGarbageIsRefused() {
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage += char((i * 7919 + 13) % 256);
        QBuffer buffer;
        buffer.setData(garbage);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        const Status s = reader.start();
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QStringLiteral("binary")));
        QVERIFY(!reader.next());
    }

    void emptyFileHasNoRecords() {
        std::optional<Error> error;
        QVERIFY(readAll(QByteArray(), nullptr, &error).isEmpty());
        QVERIFY(!error);
    }

    void headersInFourLanguages_data() {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("field");
        const QList<std::pair<const char *, const char *>> cases = {
            {"Surname", "surname"},
            {"Фамилия", "surname"},
            {"Familiya", "surname"},
            {"Фамилияси", "surname"},
            {"  FAMILY_NAME ", "surname"},
            {"Given names", "given_names"},
            {"Имя", "given_names"},
            {"Ism", "given_names"},
            {"Дата рождения", "birth_date"},
            {"Tugʻilgan sana", "birth_date"},
            {"Tug'ilgan sana", "birth_date"},
            {"Туғилган сана", "birth_date"},
            {"date_of_birth", "birth_date"},
            {"ПИНФЛ", "pinfl"},
            {"JShShIR", "pinfl"},
            {"Пол", "sex"},
            {"Jinsi", "sex"},
            {"Surname, Given Names", "full_name"},
            {"ФИО", "full_name"},
            {"Номер паспорта", "passport_number"},
            {"A-Number", "host_reference"},
            {"Телефон", "phone"},
            {"Izoh", "notes"},
            {"Eslatma", "notes"},
            {"Эслатма", "notes"},
            {"Заметки", "notes"},
            {"surname_cyrillic", "surname_cyrillic"},
            {"case_ref", "case_ref"},
            {"status", "status"},
            {"exported_by", "exported_by"},
            {"Exported at", "exported_at"},
            {"passport_expiry", "passport_expiry"},
            {"Favourite colour", ""},
        };
        for (const auto &[h, f] : cases)
            QTest::newRow(h) << QString::fromUtf8(h) << QString::fromUtf8(f);
    }

    void headersInFourLanguages() {
        QFETCH(QString, header);
        QFETCH(QString, field);
        QCOMPARE(CsvImporter::recognizeHeader(header), field);
    }

    void sexValues() {
        for (const char *m : {"M", "m", "М", "E", "male", "Мужской", "erkak", "Эркак"})
            QCOMPARE(CsvImporter::parseSex(QString::fromUtf8(m)),
                     std::optional<QString>(QStringLiteral("M")));
        for (const char *f : {"F", "Ж", "A", "А", "female", "женский", "ayol", "аёл"})
            QCOMPARE(CsvImporter::parseSex(QString::fromUtf8(f)),
                     std::optional<QString>(QStringLiteral("F")));
        QVERIFY(!CsvImporter::parseSex(QStringLiteral("X")));
    }

    void dates() {
        using P = CsvImporter::DateProblem;
        P p = P::None;
        QCOMPARE(CsvImporter::parseDate(QStringLiteral("2025-04-30"), DateOrder::Unset, &p),
                 std::optional<QDate>(QDate(2025, 4, 30)));
        QCOMPARE(CsvImporter::parseDate(QStringLiteral("30.04.2025"), DateOrder::Mdy, &p),
                 std::optional<QDate>(QDate(2025, 4, 30)));
        QVERIFY(!CsvImporter::parseDate(QStringLiteral("03/04/2025"), DateOrder::Unset, &p));
        QCOMPARE(p, P::Ambiguous);
        QCOMPARE(CsvImporter::parseDate(QStringLiteral("03/04/2025"), DateOrder::Dmy, &p),
                 std::optional<QDate>(QDate(2025, 4, 3)));
        QCOMPARE(CsvImporter::parseDate(QStringLiteral("03/04/2025"), DateOrder::Mdy, &p),
                 std::optional<QDate>(QDate(2025, 3, 4)));
        QCOMPARE(CsvImporter::parseDate(QStringLiteral("2025/04/03"), DateOrder::Iso, &p),
                 std::optional<QDate>(QDate(2025, 4, 3)));
        QVERIFY(!CsvImporter::parseDate(QStringLiteral("31/02/2025"), DateOrder::Dmy, &p));
        QCOMPARE(p, P::Invalid);
        QVERIFY(!CsvImporter::parseDate(QStringLiteral("03/04/25"), DateOrder::Dmy, &p));
        QCOMPARE(p, P::Invalid);
        QVERIFY(!CsvImporter::parseDate(QStringLiteral("soon"), DateOrder::Dmy, &p));
        QCOMPARE(p, P::Invalid);
        // Found by fuzzing: a sign is not a digit, so no year -204 (or +2025) is read.
        QVERIFY(!CsvImporter::parseDate(QStringLiteral("-204/05/6"), DateOrder::Iso, &p));
        QCOMPARE(p, P::Invalid);
        QVERIFY(!CsvImporter::parseDate(QStringLiteral("03/04/+202"), DateOrder::Dmy, &p));
        QCOMPARE(p, P::Invalid);
    }

    void fullNameSplitsOnTheComma() {
        const auto s =
            CsvImporter::splitFullName(QStringLiteral(" Karimov ,  Aziz  Bahrom oʻgʻli"));
        QVERIFY(s);
        QCOMPARE(s->first, QStringLiteral("Karimov"));
        QCOMPARE(s->second, QStringLiteral("Aziz Bahrom oʻgʻli"));
        QVERIFY(!CsvImporter::splitFullName(QStringLiteral("Karimov Aziz")));
    }

    void formulaEscape() {
        for (const char *bad : {"=1+2", "+998", "-3", "@SUM(A1)", "\tx", "\rx"}) {
            const QString cell = QString::fromUtf8(bad);
            QCOMPARE(CsvExporter::escapeFormula(cell), u'\'' + cell);
            QCOMPARE(CsvImporter::unescapeCell(CsvExporter::escapeFormula(cell)), cell);
        }
        QCOMPARE(CsvExporter::escapeFormula(QStringLiteral("Karimov")), QStringLiteral("Karimov"));
        QCOMPARE(CsvExporter::escapeFormula(QStringLiteral("'quoted")), QStringLiteral("'quoted"));
        QCOMPARE(CsvExporter::quoted(QStringLiteral("a,\"b\"")), QStringLiteral("\"a,\"\"b\"\"\""));
    }

    void importWritesValidRowsAndReportsTheOthers() {
        auto db = newRegister();
        QVERIFY(db);
        const QByteArray bytes = Header + row("Karimov", QDate(1990, 4, 30), true, "AB1234567") +
                                 "Bad,Row,X,2099-01-01,,\n" +
                                 row("Rahimova", QDate(1985, 1, 2), false, "AC7654321");
        auto r = import(*db, bytes);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->imported, 2);
        QCOMPARE(r->rejected.size(), 1);
        QCOMPARE(r->rejected.first().line, 3);
        QVERIFY(r->rejected.first().reason.contains(QStringLiteral("sex")));
        QVERIFY(r->written);
        QCOMPARE(count(*db), 2);
    }

    void allOrNothingAndDryRunWriteNothing() {
        auto db = newRegister();
        QVERIFY(db);
        const QByteArray bytes = Header + row("Karimov", QDate(1990, 4, 30), true, "AB1234567") +
                                 "Bad,Row,X,2099-01-01,,\n";
        CsvImportOptions o;
        o.allOrNothing = true;
        auto r = import(*db, bytes, o);
        QVERIFY(r);
        QCOMPARE(r->imported, 0);
        QCOMPARE(r->rejected.size(), 1);
        QCOMPARE(count(*db), 0);
        o = {};
        o.dryRun = true;
        r = import(*db, bytes, o);
        QVERIFY(r);
        QCOMPARE(r->imported, 1); // would be imported
        QVERIFY(!r->written);
        QCOMPARE(count(*db), 0);
    }

    void ambiguousSlashedDatesRefuseTheFile() {
        auto db = newRegister();
        QVERIFY(db);
        const QByteArray bytes = Header + row("Karimov", QDate(1990, 4, 30), true, "AB1234567") +
                                 "Rahimov,Aziz,M,03/04/1990," +
                                 test::pinflFor(QDate(1990, 4, 3), true).toUtf8() + ",AB7654321\n";
        auto r = import(*db, bytes);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("03/04/1990")));
        QCOMPARE(r.error().line, 3);
        QCOMPARE(count(*db), 0); // the first row was rolled back too
        CsvImportOptions o;
        o.dateOrder = DateOrder::Dmy;
        r = import(*db, bytes, o);
        QVERIFY(r);
        QCOMPARE(r->imported, 2);
        QVERIFY(r->rejected.isEmpty());
    }

    void duplicatesAreReportedNotRejected() {
        auto db = newRegister();
        QVERIFY(db);
        QVERIFY(import(*db, Header + row("Karimov", QDate(1990, 4, 30), true, "AB1234567")));
        const QByteArray bytes = Header +
                                 row("Karimov", QDate(1990, 4, 30), true, "AB1234567") + // register
                                 row("Rahimova", QDate(1985, 1, 2), false, "AC7654321") +
                                 row("Rahimova", QDate(1985, 1, 2), false, "AC7654321"); // line 3
        auto r = import(*db, bytes);
        QVERIFY(r);
        QCOMPARE(r->imported, 3);
        QVERIFY(r->rejected.isEmpty());
        // Line 2 matches the case in the register three ways; line 4 repeats line 3.
        QCOMPARE(r->duplicates.size(), 5);
        QCOMPARE(r->duplicates.at(0).line, 2);
        QCOMPARE(r->duplicates.at(0).field, QStringLiteral("pinfl"));
        QVERIFY(r->duplicates.at(0).caseRef.startsWith(QStringLiteral("QY-")));
        QCOMPARE(r->duplicates.at(2).line, 2);
        QCOMPARE(r->duplicates.at(2).field, QStringLiteral("birth_date_and_name"));
        QCOMPARE(r->duplicates.at(2).caseRef, r->duplicates.at(0).caseRef);
        QCOMPARE(r->duplicates.at(3).line, 4);
        QCOMPARE(r->duplicates.at(3).otherLine, 3);
        QVERIFY(r->duplicates.at(3).caseRef.isEmpty());
    }

    // The same person under another spelling, without a shared identifier: found by the
    // date of birth and the name, as when a case is saved in the editor.
    void duplicateByBirthDateAndNameInAnotherSpelling() {
        auto db = newRegister();
        QVERIFY(db);
        QVERIFY(import(*db, QByteArrayLiteral("surname,given_names,sex,birth_date\n"
                                              "G\xca\xbbulomov,Shuhrat,M,1990-04-30\n")));
        const QByteArray bytes = QByteArrayLiteral("surname,given_names,sex,birth_date\n"
                                                   "Gulomov,Shukhrat,M,30.04.1990\n"
                                                   "Gulomov,Shukhrat,M,30.04.1991\n"
                                                   "Karimov,Shukhrat,M,30.04.1990\n");
        auto r = import(*db, bytes);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->imported, 3);
        QCOMPARE(r->duplicates.size(), 1);
        QCOMPARE(r->duplicates.first().line, 2);
        QCOMPARE(r->duplicates.first().field, QStringLiteral("birth_date_and_name"));
        QVERIFY(r->duplicates.first().what().contains(QStringLiteral("Gʻulomov")));
    }

    void cancelWritesNothing() {
        auto db = newRegister();
        QVERIFY(db);
        QByteArray bytes = Header;
        for (int i = 0; i < 600; ++i)
            bytes += row("Karimov", QDate(1990, 4, 30), true, "AB1234567", i % 1000);
        auto r = import(*db, bytes, {}, [](qint64, qint64) { return false; });
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("Cancelled")));
        QCOMPARE(count(*db), 0);
    }

    void noRecognisableHeader() {
        auto db = newRegister();
        QVERIFY(db);
        auto r = import(*db, "colour,flavour\nred,sweet\n");
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("header")));
        r = import(*db, QByteArray());
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("empty")));
    }

    void headerOnlyImportsNothing() {
        auto db = newRegister();
        QVERIFY(db);
        auto r = import(*db, Header);
        QVERIFY(r);
        QCOMPARE(r->rows, 0);
        QCOMPARE(r->imported, 0);
        QVERIFY(r->rejected.isEmpty());
    }

    void fullNameCyrillicSexAndPhone() {
        auto db = newRegister();
        QVERIFY(db);
        const QDate birth(1990, 4, 30);
        const QByteArray bytes =
            "\"Surname, Given Names\";Пол;Дата рождения;Телефон;Notes;Favourite colour\n"
            "\"Karimov, Aziz Bahrom oʻgʻli\";М;30.04.1990;+1 555 0100;=cmd;blue\n";
        auto r = import(*db, bytes);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->imported, 1);
        QCOMPARE(r->unknownColumns, QStringList{QStringLiteral("Favourite colour")});
        CaseRepository repo(*db, m_clock);
        auto c = repo.loadByRef(QStringLiteral("QY-2026-000001"));
        QVERIFY(c);
        QCOMPARE(c->person.surname, QStringLiteral("Karimov"));
        QCOMPARE(c->person.givenNames, QStringLiteral("Aziz Bahrom oʻgʻli"));
        QCOMPARE(c->person.sex, QStringLiteral("M"));
        QCOMPARE(c->person.birthDate, birth);
        QCOMPARE(c->person.contactAbroad, QStringLiteral("+1 555 0100"));
        QCOMPARE(c->notes, QStringLiteral("=cmd"));
        QVERIFY(!c->notes.contains(QStringLiteral("blue")));
    }

    void exportThenImportGivesTheSamePeople() {
        auto source = newRegister();
        QVERIFY(source);
        CaseRepository repo(*source, m_clock);
        CaseRecord a = test::sampleCase();
        a.notes = QStringLiteral("private remark");
        a.needs = {QStringLiteral("wheelchair")};
        QVERIFY(repo.create(Actor{QStringLiteral("t")}, a));
        CaseRecord b =
            test::sampleCase(QStringLiteral("=Abdullayev, \"Jr\""), QStringLiteral("Абдуллаев"));
        b.person.passportNumber = QStringLiteral("AC1111111");
        b.person.pinfl = test::pinflFor(b.person.birthDate, true, 200, 7);
        b.durationOfStatus = true;
        b.authorizedUntil = QDate();
        b.facility.clear();
        b.custody = QStringLiteral("at_large");
        QVERIFY(repo.create(Actor{QStringLiteral("t")}, b));

        const QString file = m_dir.filePath(QStringLiteral("export.csv"));
        auto written = CsvExporter::write(source->connection(), source->path(), m_clock,
                                          Actor{QStringLiteral("k.rahimova")}, {}, file);
        QVERIFY(written);
        QCOMPARE(written.value(), 2);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "case_ref,status,"));
        // A strict RFC 4180 reader takes the file: the attribution is two ordinary columns.
        QString strictError;
        const std::optional<QList<QStringList>> strict = strictRfc4180(bytes, &strictError);
        QVERIFY2(strict, qPrintable(strictError));
        QCOMPARE(strict->size(), 3);
        QCOMPARE(strict->first().mid(strict->first().size() - 2),
                 (QStringList{QStringLiteral("exported_by"), QStringLiteral("exported_at")}));
        for (const QStringList &row : strict->mid(1))
            QCOMPARE(row.mid(row.size() - 2),
                     (QStringList{QStringLiteral("k.rahimova"),
                                  QStringLiteral("2026-03-15T10:00:00.000Z")}));
        // Qaytish's own reader sees the same records.
        QCOMPARE(readAll(bytes), strict.value());
        QVERIFY(!bytes.contains("private remark"));
        QVERIFY(!bytes.contains("wheelchair"));
        QVERIFY(bytes.contains("\"'=Abdullayev, \"\"Jr\"\"\""));

        auto target = newRegister();
        QVERIFY(target);
        auto r = import(*target, bytes);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->imported, 2);
        QVERIFY(r->rejected.isEmpty());
        QVERIFY(r->unknownColumns.isEmpty());
        QCOMPARE(r->notImportedColumns,
                 (QStringList{QStringLiteral("case_ref"), QStringLiteral("status"),
                              QStringLiteral("exported_by"), QStringLiteral("exported_at")}));
        CaseRepository back(*target, m_clock);
        for (const CaseRecord &original : {a, b}) {
            const CaseQuery q(CaseFilter{original.person.pinfl, {}}, CaseSort{});
            auto rows = q.fetch(target->connection(), target->path(), 0, 10);
            QVERIFY(rows && rows->size() == 1);
            auto c = back.load(rows->first().id);
            QVERIFY(c);
            const CaseRecord want = CaseRepository::normalized(original);
            const PersonRecord &p = c->person;
            QCOMPARE(p.surname, want.person.surname);
            QCOMPARE(p.givenNames, want.person.givenNames);
            QCOMPARE(p.patronymic, want.person.patronymic);
            QCOMPARE(p.surnameCyrillic, want.person.surnameCyrillic);
            QCOMPARE(p.givenNamesCyrillic, want.person.givenNamesCyrillic);
            QCOMPARE(p.patronymicCyrillic, want.person.patronymicCyrillic);
            QCOMPARE(p.sex, want.person.sex);
            QCOMPARE(p.birthDate, want.person.birthDate);
            QCOMPARE(p.birthPlace, want.person.birthPlace);
            QCOMPARE(p.passportNumber, want.person.passportNumber);
            QCOMPARE(p.passportExpiryDate, want.person.passportExpiryDate);
            QCOMPARE(c->hostReference, want.hostReference);
            QCOMPARE(c->visaClass, want.visaClass);
            QCOMPARE(c->entryDate, want.entryDate);
            QCOMPARE(c->authorizedUntil, want.authorizedUntil);
            QCOMPARE(c->durationOfStatus, want.durationOfStatus);
            QCOMPARE(c->facility, want.facility);
            QVERIFY(c->notes.isEmpty());
            QVERIFY(c->needs.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
