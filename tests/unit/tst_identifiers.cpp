#include <QTest>

#include "core/identifiers.h"

using namespace qaytish;
using namespace Qt::StringLiterals;

class TestIdentifiers : public QObject {
    Q_OBJECT

private slots:
    void normalizesANumber_data();
    void normalizesANumber();
    void refusesMalformedANumber_data();
    void refusesMalformedANumber();
    void formatsANumber_data();
    void formatsANumber();
    void normalizesPassportNumber_data();
    void normalizesPassportNumber();
    void recognisesUzbekPassportNumber_data();
    void recognisesUzbekPassportNumber();
};

void TestIdentifiers::normalizesANumber_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("A and 9 digits") << u"A123456789"_s << u"123456789"_s;
    QTest::newRow("lower-case a, 8 digits") << u"a12345678"_s << u"012345678"_s;
    QTest::newRow("7 digits padded") << u"A1234567"_s << u"001234567"_s;
    QTest::newRow("display form") << u"A-123-456-789"_s << u"123456789"_s;
    QTest::newRow("spaces") << u"A 123 456 789"_s << u"123456789"_s;
    QTest::newRow("digits only") << u"123456789"_s << u"123456789"_s;
    QTest::newRow("digits with dashes") << u"123-456-789"_s << u"123456789"_s;
    QTest::newRow("white space around") << u"  A12345678\n"_s << u"012345678"_s;
}

void TestIdentifiers::normalizesANumber() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const std::optional<QString> normalized = identifiers::normalizeANumber(text);
    QVERIFY(normalized.has_value());
    QCOMPARE(*normalized, expected);
}

void TestIdentifiers::refusesMalformedANumber_data() {
    QTest::addColumn<QString>("text");

    QTest::newRow("6 digits") << u"A123456"_s;
    QTest::newRow("10 digits") << u"A1234567890"_s;
    QTest::newRow("another letter") << u"B123456789"_s;
    QTest::newRow("two letters") << u"AA123456789"_s;
    QTest::newRow("letter inside") << u"A12345678X"_s;
    QTest::newRow("slashes") << u"A/123/456/789"_s;
    QTest::newRow("dots") << u"A12.345.678"_s;
    QTest::newRow("A alone") << u"A"_s;
    QTest::newRow("empty") << QString();
}

void TestIdentifiers::refusesMalformedANumber() {
    QFETCH(QString, text);
    QVERIFY(!identifiers::normalizeANumber(text).has_value());
}

void TestIdentifiers::formatsANumber_data() {
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("expected");

    QTest::newRow("9 digits") << u"123456789"_s << u"A-123-456-789"_s;
    QTest::newRow("leading zeros kept") << u"012345678"_s << u"A-012-345-678"_s;
    QTest::newRow("too short: unchanged") << u"12345"_s << u"12345"_s;
    QTest::newRow("not normalised: unchanged") << u"A12345678"_s << u"A12345678"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestIdentifiers::formatsANumber() {
    QFETCH(QString, stored);
    QFETCH(QString, expected);
    const QString shown = identifiers::formatANumber(stored);
    QCOMPARE(shown, expected);
    if (shown != stored) // what is shown normalises back to what is stored
        QCOMPARE(identifiers::normalizeANumber(shown).value_or(QString()), stored);
}

void TestIdentifiers::normalizesPassportNumber_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("lower case") << u"aa1234567"_s << u"AA1234567"_s;
    QTest::newRow("spaces inside and around") << u" fa 123 45 67 "_s << u"FA1234567"_s;
    QTest::newRow("foreign number kept") << u"c01x00t47"_s << u"C01X00T47"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestIdentifiers::normalizesPassportNumber() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(identifiers::normalizePassportNumber(text), expected);
}

void TestIdentifiers::recognisesUzbekPassportNumber_data() {
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("uzbek");

    QTest::newRow("AA1234567") << u"AA1234567"_s << true;
    QTest::newRow("FA1234567") << u"FA1234567"_s << true;
    QTest::newRow("normalised from typing")
        << identifiers::normalizePassportNumber(u"ab 1234567"_s) << true;
    QTest::newRow("one letter") << u"A12345678"_s << false;
    QTest::newRow("6 digits") << u"AA123456"_s << false;
    QTest::newRow("8 digits") << u"AA12345678"_s << false;
    QTest::newRow("not normalised") << u"aa1234567"_s << false;
    QTest::newRow("space") << u"AA 1234567"_s << false;
    QTest::newRow("digits first") << u"1234567AA"_s << false;
    QTest::newRow("Cyrillic АА") << u"АА1234567"_s << false;
    QTest::newRow("accented letter") << u"ÀA1234567"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestIdentifiers::recognisesUzbekPassportNumber() {
    QFETCH(QString, number);
    QFETCH(bool, uzbek);
    QCOMPARE(identifiers::isUzbekPassportNumber(number), uzbek);
}

QTEST_GUILESS_MAIN(TestIdentifiers)
#include "tst_identifiers.moc"
