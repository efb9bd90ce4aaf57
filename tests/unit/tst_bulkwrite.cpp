// The bulk insert path of ChangeWriter in both of its forms: through SQLite's own API
// (core/sqlitedirect.h, where the build and the run prove that Qt's driver uses the same
// SQLite library) and through Qt's driver (the fallback, the only form on Windows). Both
// must write the same register, byte for byte apart from the random uuids, and fail alike.
#include "core/caserepository.h"
#include "core/changewriter.h"
#include "core/csvimport.h"
#include "core/database.h"
#include "core/demogenerator.h"
#include "core/sqlitedirect.h"
#include "support/testsupport.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace qaytish;

namespace {

// Every row of every table, every column but the uuids (random by design), as text with
// the SQL type of each value, in rowid order; the search index as the rowids its words find.
// Random by design too: the persons' keys, and so the sealed values of the audit trail and
// the hashes that cover them; of those only the type is compared.
QStringList dump(QSqlDatabase db) {
    QStringList out;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'person\\_search%' "
                               "ESCAPE '\\' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        QStringList columns;
        QSqlQuery info(db);
        info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (info.next()) {
            const QString column = info.value(1).toString();
            const bool random =
                table == QStringLiteral("person_key") ||
                ((table == QStringLiteral("audit_log") || table == QStringLiteral("audit_head")) &&
                 (column.endsWith(QStringLiteral("hash")) ||
                  column.endsWith(QStringLiteral("_value"))));
            if (random)
                columns << QStringLiteral("typeof(%1)").arg(column);
            else if (column != QStringLiteral("uuid"))
                columns << QStringLiteral("typeof(%1) || ':' || quote(%1)").arg(column);
        }
        QSqlQuery rows(db);
        rows.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                      .arg(columns.join(QStringLiteral(", ")), table));
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < columns.size(); ++i)
                values << rows.value(i).toString();
            out << table + u'|' + values.join(u'|');
        }
    }
    QSqlQuery search(db);
    search.exec(QStringLiteral("SELECT rowid FROM person_search WHERE person_search MATCH 'k*' "
                               "ORDER BY rowid"));
    while (search.next())
        out << QStringLiteral("person_search|") + search.value(0).toString();
    QSqlQuery schema(db);
    schema.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
    while (schema.next())
        out << QStringLiteral("schema|%1|%2|%3")
                   .arg(schema.value(0).toString(), schema.value(1).toString(),
                        schema.value(2).toString());
    return out;
}

// The first line where two dumps differ, for a readable failure.
QString firstDifference(const QStringList &a, const QStringList &b) {
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        if (a.at(i) != b.at(i))
            return QStringLiteral("line %1:\n  direct: %2\n  Qt:     %3")
                .arg(i)
                .arg(a.at(i), b.at(i));
    }
    return QStringLiteral("lengths %1 and %2").arg(a.size()).arg(b.size());
}

QByteArray sampleCsv() {
    // Latin and Cyrillic names, ʻ and ʼ, quotes and commas inside cells, empty cells (NULL
    // dates, '' texts), D/S, a facility (detained), a row that is rejected, an astral
    // character and a duplicate passport within the file.
    QByteArray csv = "surname,given_names,patronymic,surname_cyrillic,sex,birth_date,"
                     "birth_place,passport_number,pinfl,host_reference,visa_class,entry_date,"
                     "authorized_until,facility,phone,notes\r\n";
    const QDate birth(1988, 7, 14);
    for (int i = 0; i < 40; ++i) {
        const QDate b = birth.addDays(i * 53);
        const bool male = i % 3 != 0;
        QStringList cells = {
            i % 4 == 0 ? QStringLiteral("Gʻulomov") : QStringLiteral("Karimov"),
            male ? QStringLiteral("Shuhrat") : QStringLiteral("Dilnoza"),
            i % 5 == 0 ? QString() : QStringLiteral("Alisher oʻgʻli"),
            i % 2 ? QStringLiteral("Каримов") : QString(),
            male ? QStringLiteral("M") : QStringLiteral("F"),
            b.toString(i % 2 ? QStringLiteral("dd.MM.yyyy") : QStringLiteral("yyyy-MM-dd")),
            i % 3 ? QStringLiteral("Toshkent") : QString(),
            i == 7 ? QStringLiteral("AA1000006") : QStringLiteral("AA%1").arg(1000000 + i),
            i % 6 ? test::pinflFor(b, male, 120, i) : QString(),
            i % 2 ? QStringLiteral("A%1").arg(200000000 + i) : QString(),
            i % 4 == 1 ? QStringLiteral("F-1") : QStringLiteral("B1/B2"),
            i % 5 ? QStringLiteral("2022-05-01") : QString(),
            i % 4 == 1 ? QStringLiteral("D/S") : (i % 3 ? QStringLiteral("01.11.2022") : QString()),
            i % 3 == 1 ? QStringLiteral("North \"Center\", Block 2") : QString(),
            i % 2 ? QStringLiteral("+1 555 0100") : QString(),
            i % 7 == 0 ? QStringLiteral("Tel ʼ and 😀 note") : QString(),
        };
        if (i == 11)
            cells[5] = QStringLiteral("31.02.1990"); // not a date: the row is rejected
        for (QString &cell : cells) {
            if (cell.contains(u',') || cell.contains(u'"'))
                cell = u'"' + QString(cell).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
                       u'"';
        }
        csv += cells.join(u',').toUtf8() + "\r\n";
    }
    return csv;
}

} // namespace

class TstBulkWrite : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc())};
    Actor m_actor{QStringLiteral("officer")};

    std::shared_ptr<Database> open(const QString &name) {
        auto db = Database::open(m_dir.filePath(name));
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        return db.value();
    }

    // Runs `work` once with the direct path allowed and once with it switched off, each on
    // a new register, and returns both dumps.
    int m_runs = 0;

    template <typename Work> std::pair<QStringList, QStringList> bothWays(Work work) {
        const int run = ++m_runs;
        SqliteDirect::setEnabled(true);
        auto direct = open(QStringLiteral("direct-%1.qaytish").arg(run));
        work(*direct);
        SqliteDirect::setEnabled(false);
        auto qt = open(QStringLiteral("qt-%1.qaytish").arg(run));
        work(*qt);
        SqliteDirect::setEnabled(true);
        return {dump(direct->connection()), dump(qt->connection())};
    }

private slots:
    void cleanup() { SqliteDirect::setEnabled(true); }

    void verdict() {
        auto db = open(QStringLiteral("verdict.qaytish"));
        const SqliteDirect::Verdict v = SqliteDirect::check(db->connection());
        if (SqliteDirect::isBuilt()) {
            // Built only where CMake saw the driver link our SQLite: the run-time proof
            // must then agree.
            QCOMPARE(v, SqliteDirect::Verdict::Usable);
            QVERIFY(SqliteDirect::handle(db->connection()) != nullptr);
        } else {
            QCOMPARE(v, SqliteDirect::Verdict::NotBuilt);
            QVERIFY(SqliteDirect::handle(db->connection()) == nullptr);
        }
        SqliteDirect::setEnabled(false);
        QCOMPARE(SqliteDirect::check(db->connection()), SqliteDirect::Verdict::SwitchedOff);
        QVERIFY(SqliteDirect::handle(db->connection()) == nullptr);
        // Not an SQLite connection: never a handle.
        SqliteDirect::setEnabled(true);
        QCOMPARE(SqliteDirect::check(QSqlDatabase()), SqliteDirect::isBuilt()
                                                          ? SqliteDirect::Verdict::NotSqlite
                                                          : SqliteDirect::Verdict::NotBuilt);
    }

    void importWritesTheSameRegister_data() {
        QTest::addColumn<bool>("intoEmpty");
        QTest::newRow("empty register (indexes rebuilt)") << true;
        QTest::newRow("register with cases (indexes kept)") << false;
    }
    void importWritesTheSameRegister() {
        QFETCH(bool, intoEmpty);
        QList<CsvImportResult> results;
        auto [direct, qt] = bothWays([&](const Database &db) {
            if (!intoEmpty) {
                CaseRepository repo(db, m_clock);
                QVERIFY(repo.create(m_actor, test::sampleCase()));
            }
            QBuffer file;
            file.setData(sampleCsv());
            file.open(QIODevice::ReadOnly);
            CsvImportOptions options;
            options.fileName = QStringLiteral("list.csv");
            Result<CsvImportResult> r =
                CsvImporter::import(db.connection(), db.path(), m_clock, m_actor, &file, options);
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            results << r.value();
        });
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).imported, 39);
        QCOMPARE(results.at(1).imported, 39);
        QCOMPARE(results.at(0).rejected.size(), 1);
        QCOMPARE(results.at(0).rejected.first().line, 13);
        QCOMPARE(results.at(1).rejected.first().line, 13);
        QCOMPARE(results.at(0).duplicates.size(), results.at(1).duplicates.size());
        QVERIFY(!results.at(0).duplicates.isEmpty());
        QVERIFY(direct.size() > 39 * 5);
        QVERIFY2(direct == qt, qPrintable(firstDifference(direct, qt)));
        // The astral character went in whole, as UTF-8, both ways.
        QVERIFY(direct.join(u'\n').contains(QStringLiteral("Tel ʼ and 😀 note")));
    }

    void demoWritesTheSameRegister() {
        auto [direct, qt] = bothWays([&](const Database &db) {
            DemoGenerator::Options options;
            options.cases = 300;
            options.seed = 11;
            const Status s = DemoGenerator::generate(db, m_clock, m_actor, options);
            QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        });
        QVERIFY(direct.size() > 300 * 4);
        QVERIFY2(direct == qt, qPrintable(firstDifference(direct, qt)));
    }

    // Single inserts and updates of the editor go through the same statements.
    void editorWritesTheSameRegister() {
        auto [direct, qt] = bothWays([&](const Database &db) {
            CaseRepository repo(db, m_clock);
            Result<CaseRepository::SaveResult> saved = repo.create(m_actor, test::sampleCase());
            QVERIFY(saved);
            CaseRecord changed = saved->record;
            changed.notes = QStringLiteral("Переведён в другой центр");
            changed.person.contactHome = QStringLiteral("+998 90 123 45 67");
            QVERIFY(repo.update(m_actor, changed));
            QVERIFY(repo.addIdentityRequest(m_actor, saved->record.id, QStringLiteral("12/345"),
                                            QDate(2026, 3, 1)));
        });
        QVERIFY2(direct == qt, qPrintable(firstDifference(direct, qt)));
    }

    // Text reaches the register as the same bytes whichever way it was bound, even text
    // that is not valid UTF-16 (SQLite's own conversion is followed to the letter), and
    // NULL, '' and numbers keep their SQL types.
    void valuesKeepTheirBytesAndTypes() {
        const QString lone = QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b");
        const QString trailing = QStringLiteral("end") + QChar(0xdbff);
        const QString lowFirst = QChar(0xdc00) + QStringLiteral("x");
        const QString nul = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
        const QStringList texts = {lone,
                                   trailing,
                                   lowFirst,
                                   nul,
                                   QString(),
                                   QStringLiteral(""),
                                   QStringLiteral("ўқғҳ 😀 ʻʼ")};
        auto [direct, qt] = bothWays([&](const Database &db) {
            ChangeWriter writer(db.connection(), db.path(), m_clock, m_actor,
                                Permission::EditCases);
            QVERIFY(Database::transaction(db.connection(), db.path(), [&]() -> Status {
                for (qsizetype i = 0; i < texts.size(); ++i) {
                    Result<qint64> id =
                        writer.insert(QStringLiteral("mission_setting"),
                                      {{QStringLiteral("key"), QStringLiteral("test.k%1").arg(i)},
                                       {QStringLiteral("value"), texts.at(i)}});
                    if (!id)
                        return id.error();
                }
                return {};
            }));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT hex(value), typeof(value) FROM mission_setting "
                                          "WHERE key LIKE 'test.%' ORDER BY id")));
            QVERIFY(q.next());
            // SQLite takes the unit after an unpaired high surrogate as its pair: "a", then
            // U+10062 from U+D800 and "b".
            QCOMPARE(q.value(0).toString(), QStringLiteral("61F09081A2"));
        });
        QVERIFY2(direct == qt, qPrintable(firstDifference(direct, qt)));
    }

    // A value the register refuses gives the same error both ways, and the transaction
    // leaves nothing behind.
    void refusalsAreTheSameError() {
        QList<Error> errors;
        auto [direct, qt] = bothWays([&](const Database &db) {
            ChangeWriter writer(db.connection(), db.path(), m_clock, m_actor,
                                Permission::EditCases);
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next());
            const int logLinesBefore = q.value(0).toInt();
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM mission_setting")) && q.next());
            const int settingsBefore = q.value(0).toInt();
            q.finish();
            const Status s = Database::transaction(db.connection(), db.path(), [&]() -> Status {
                Result<qint64> first =
                    writer.insert(QStringLiteral("mission_setting"),
                                  {{QStringLiteral("key"), QStringLiteral("test.k")},
                                   {QStringLiteral("value"), 1}});
                if (!first)
                    return first.error();
                Result<qint64> again =
                    writer.insert(QStringLiteral("mission_setting"),
                                  {{QStringLiteral("key"), QStringLiteral("test.k")},
                                   {QStringLiteral("value"), 2}});
                if (!again)
                    return again.error();
                return {};
            });
            QVERIFY(!s);
            errors << s.error();
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM mission_setting")) && q.next());
            QCOMPARE(q.value(0).toInt(), settingsBefore);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next());
            QCOMPARE(q.value(0).toInt(), logLinesBefore);
        });
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).kind, ErrorKind::BadInput);
        QCOMPARE(errors.at(1).kind, ErrorKind::BadInput);
        QVERIFY2(errors.at(0).message.contains(QStringLiteral("UNIQUE constraint failed: "
                                                              "mission_setting.key")),
                 qPrintable(errors.at(0).message));
        // The file names differ; the rest of the message is the same.
        QCOMPARE(errors.at(0).message.section(u':', 1), errors.at(1).message.section(u':', 1));
        QVERIFY2(direct == qt, qPrintable(firstDifference(direct, qt)));
    }

    // The writer's statements are finalised with it, so that the connection closes and the
    // register opens again.
    void connectionClosesAfterBulkWrite() {
        const QString path = m_dir.filePath(QStringLiteral("closes.qaytish"));
        {
            auto db = open(QStringLiteral("closes.qaytish"));
            DemoGenerator::Options options;
            options.cases = 20;
            QVERIFY(DemoGenerator::generate(*db, m_clock, m_actor, options));
        }
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
                QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        auto again = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY(again);
        CaseRepository repo(*again.value(), m_clock);
        QCOMPARE(repo.caseCount().value(), 20);
    }
};

QTEST_GUILESS_MAIN(TstBulkWrite)
#include "tst_bulkwrite.moc"
