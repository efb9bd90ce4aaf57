#include <QTest>

#include "core/dates.h"

using namespace qaytish;
using namespace Qt::StringLiterals;

class TestDates : public QObject {
    Q_OBJECT

private slots:
    void parsesOfficerInput_data();
    void parsesOfficerInput();
    void refusesAmbiguousOrImpossible_data();
    void refusesAmbiguousOrImpossible();
    void format_data();
    void format();
    void iso_data();
    void iso();
    void fromIsoIsStrict_data();
    void fromIsoIsStrict();
};

void TestDates::parsesOfficerInput_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("dd.MM.yyyy") << u"30.04.2025"_s << QDate(2025, 4, 30);
    QTest::newRow("d.M.yyyy") << u"1.5.2025"_s << QDate(2025, 5, 1);
    QTest::newRow("d.MM.yyyy") << u"1.05.2025"_s << QDate(2025, 5, 1);
    QTest::newRow("ddMMyyyy") << u"30042025"_s << QDate(2025, 4, 30);
    QTest::newRow("ddMMyyyy leading zero") << u"01052025"_s << QDate(2025, 5, 1);
    QTest::newRow("yyyy-MM-dd") << u"2025-04-30"_s << QDate(2025, 4, 30);
    QTest::newRow("white space around") << u"  30.04.2025\t\n"_s << QDate(2025, 4, 30);
    QTest::newRow("leap day") << u"29.02.2024"_s << QDate(2024, 2, 29);
    QTest::newRow("leap day 2000") << u"29022000"_s << QDate(2000, 2, 29);
    QTest::newRow("old date") << u"01.01.1900"_s << QDate(1900, 1, 1);
}

void TestDates::parsesOfficerInput() {
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    const std::optional<QDate> date = dates::parseInput(text);
    QVERIFY(date.has_value());
    QCOMPARE(*date, expected);
}

void TestDates::refusesAmbiguousOrImpossible_data() {
    QTest::addColumn<QString>("text");

    QTest::newRow("31 February") << u"31.02.2025"_s;
    QTest::newRow("29 February in a common year") << u"29.02.2025"_s;
    QTest::newRow("29 February 1900") << u"29021900"_s;
    QTest::newRow("month 13") << u"01.13.2025"_s;
    QTest::newRow("day 0") << u"00.01.2025"_s;
    QTest::newRow("ISO month 13") << u"2025-13-01"_s;
    QTest::newRow("slashes") << u"30/04/2025"_s;
    QTest::newRow("slashes month first") << u"04/30/2025"_s;
    QTest::newRow("two-digit year with dots") << u"30.04.25"_s;
    QTest::newRow("two-digit year compact") << u"300425"_s;
    QTest::newRow("seven digits") << u"3004202"_s;
    QTest::newRow("dashes day first") << u"30-04-2025"_s;
    QTest::newRow("ISO with one-digit month") << u"2025-4-30"_s;
    QTest::newRow("trailing dot") << u"30.04.2025."_s;
    QTest::newRow("space inside") << u"30.04. 2025"_s;
    QTest::newRow("date and time") << u"2025-04-30T10:00"_s;
    QTest::newRow("words") << u"yesterday"_s;
    QTest::newRow("Arabic-Indic digits") << u"٣٠.٠٤.٢٠٢٥"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
}

void TestDates::refusesAmbiguousOrImpossible() {
    QFETCH(QString, text);
    QVERIFY(!dates::parseInput(text).has_value());
}

void TestDates::format_data() {
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero padded") << QDate(2025, 5, 1) << u"01.05.2025"_s;
    QTest::newRow("two-digit day and month") << QDate(1985, 12, 31) << u"31.12.1985"_s;
    QTest::newRow("four-digit year even when early") << QDate(905, 3, 2) << u"02.03.0905"_s;
    QTest::newRow("invalid") << QDate() << QString();
}

void TestDates::format() {
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(dates::format(date), expected);
    if (date.isValid()) // what is shown can be typed back
        QCOMPARE(dates::parseInput(expected).value_or(QDate()), date);
}

void TestDates::iso_data() {
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("iso");

    QTest::newRow("ordinary") << QDate(2025, 4, 30) << u"2025-04-30"_s;
    QTest::newRow("zero padded") << QDate(2000, 1, 2) << u"2000-01-02"_s;
    QTest::newRow("leap day") << QDate(2024, 2, 29) << u"2024-02-29"_s;
}

void TestDates::iso() {
    QFETCH(QDate, date);
    QFETCH(QString, iso);
    QCOMPARE(dates::toIso(date), iso);
    QCOMPARE(dates::fromIso(iso), date);
}

void TestDates::fromIsoIsStrict_data() {
    QTest::addColumn<QString>("text");

    QTest::newRow("impossible date") << u"2025-02-30"_s;
    QTest::newRow("day first") << u"30.04.2025"_s;
    QTest::newRow("with time") << u"2025-04-30T10:00:00"_s;
    QTest::newRow("one-digit month") << u"2025-4-30"_s;
    QTest::newRow("empty") << QString();
}

void TestDates::fromIsoIsStrict() {
    QFETCH(QString, text);
    QVERIFY(!dates::fromIso(text).isValid());
    QVERIFY(dates::toIso(QDate()).isEmpty());
}

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
