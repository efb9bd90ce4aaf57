#include <QTest>

#include "core/pinfl.h"

using namespace qaytish;
using namespace Qt::StringLiterals;

// The PINFLs below were made by hand with the rule of DOMAIN.md: digit 1 century and sex,
// digits 2-7 DDMMYY, 8-10 district, 11-13 serial, 14 = sum of digits 1-13 times 7,3,1,...
// mod 10. For 3120385123456: 21+3+2+0+9+8+35+3+2+21+12+5+42 = 163, check digit 3.
class TestPinfl : public QObject {
    Q_OBJECT

private slots:
    void decodesWellFormed_data();
    void decodesWellFormed();
    void refusesMalformed_data();
    void refusesMalformed();
    void checkDigitMismatchIsNotAnError();
    void checkDigit_data();
    void checkDigit();
};

void TestPinfl::decodesWellFormed_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<int>("century");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<QString>("district");
    QTest::addColumn<QString>("serial");

    QTest::newRow("3: man born in the 1900s")
        << u"31203851234563"_s << u"M"_s << 1900 << QDate(1985, 3, 12) << u"123"_s << u"456"_s;
    QTest::newRow("4: woman born in the 1900s")
        << u"42507900260128"_s << u"F"_s << 1900 << QDate(1990, 7, 25) << u"026"_s << u"012"_s;
    QTest::newRow("5: man born in the 2000s, 29 February 2000")
        << u"52902003010019"_s << u"M"_s << 2000 << QDate(2000, 2, 29) << u"301"_s << u"001"_s;
    QTest::newRow("6: woman born in the 2000s")
        << u"61512100420071"_s << u"F"_s << 2000 << QDate(2010, 12, 15) << u"042"_s << u"007"_s;
    QTest::newRow("1: man born in the 1800s")
        << u"10101850000011"_s << u"M"_s << 1800 << QDate(1885, 1, 1) << u"000"_s << u"001"_s;
    QTest::newRow("2: woman born in the 1800s")
        << u"23112999999997"_s << u"F"_s << 1800 << QDate(1899, 12, 31) << u"999"_s << u"999"_s;
    QTest::newRow("leap day 1996")
        << u"32902961234568"_s << u"M"_s << 1900 << QDate(1996, 2, 29) << u"123"_s << u"456"_s;
    QTest::newRow("spaces are ignored")
        << u" 3120 3851 2345 63 "_s << u"M"_s << 1900 << QDate(1985, 3, 12) << u"123"_s << u"456"_s;
}

void TestPinfl::decodesWellFormed() {
    QFETCH(QString, text);
    QFETCH(QString, sex);
    QFETCH(int, century);
    QFETCH(QDate, birthDate);
    QFETCH(QString, district);
    QFETCH(QString, serial);

    const PinflInfo info = Pinfl::decode(text);
    QVERIFY2(info.wellFormed, qPrintable(info.error));
    QVERIFY(info.error.isEmpty());
    QVERIFY(info.checkDigitOk);
    QCOMPARE(info.sex, sex);
    QCOMPARE(info.century, century);
    QCOMPARE(info.birthDate, birthDate);
    QCOMPARE(info.district, district);
    QCOMPARE(info.serial, serial);
}

void TestPinfl::refusesMalformed_data() {
    QTest::addColumn<QString>("text");
    // Words the message must contain, so that the officer learns what exactly is wrong.
    QTest::addColumn<QStringList>("messageMentions");

    QTest::newRow("13 digits") << u"3120385123456"_s << QStringList{u"14"_s, u"13"_s};
    QTest::newRow("15 digits") << u"312038512345631"_s << QStringList{u"14"_s, u"15"_s};
    QTest::newRow("13 digits with spaces") << u"3120 3851 2345 6"_s << QStringList{u"13"_s};
    QTest::newRow("empty") << QString() << QStringList{u"14"_s, u"0"_s};
    QTest::newRow("letter") << u"3120385123456X"_s << QStringList{u"\"X\""_s, u"14"_s};
    QTest::newRow("letter O for zero") << u"312O3851234563"_s << QStringList{u"\"O\""_s, u"4"_s};
    QTest::newRow("dash") << u"3120385-123456"_s << QStringList{u"\"-\""_s, u"digits"_s};
    QTest::newRow("Arabic-Indic digit") << u"312038512345٦3"_s << QStringList{u"digits"_s};
    QTest::newRow("first digit 0") << u"01203851234563"_s << QStringList{u"first digit"_s, u"0"_s};
    QTest::newRow("first digit 7") << u"71203851234563"_s << QStringList{u"first digit"_s, u"7"_s};
    QTest::newRow("31 February") << u"33102851234563"_s
                                 << QStringList{u"310285"_s, u"not a real date"_s};
    QTest::newRow("month 13") << u"31213851234563"_s << QStringList{u"121385"_s, u"month 13"_s};
    QTest::newRow("day 00") << u"30003851234563"_s << QStringList{u"000385"_s};
    QTest::newRow("29 February 1900 (3 = 1900s, not a leap year)")
        << u"32902001234563"_s << QStringList{u"290200"_s, u"1900"_s};
}

void TestPinfl::refusesMalformed() {
    QFETCH(QString, text);
    QFETCH(QStringList, messageMentions);

    const PinflInfo info = Pinfl::decode(text);
    QVERIFY(!info.wellFormed);
    QVERIFY(!info.error.isEmpty());
    QVERIFY(!info.birthDate.isValid());
    for (const QString &word : messageMentions)
        QVERIFY2(info.error.contains(word), qPrintable(info.error + u" lacks "_s + word));
}

void TestPinfl::checkDigitMismatchIsNotAnError() {
    // The check rule is not official: a wrong last digit leaves the PINFL well formed.
    const PinflInfo info = Pinfl::decode(u"31203851234560"_s);
    QVERIFY(info.wellFormed);
    QVERIFY(!info.checkDigitOk);
    QCOMPARE(info.expectedCheckDigit, 3);
    QCOMPARE(info.birthDate, QDate(1985, 3, 12));
}

void TestPinfl::checkDigit_data() {
    QTest::addColumn<QString>("first13");
    QTest::addColumn<int>("expected");

    QTest::newRow("163 mod 10") << u"3120385123456"_s << 3;
    QTest::newRow("another") << u"4250790026012"_s << 8;
    QTest::newRow("mostly zeros") << u"3010100000000"_s << 5;
    QTest::newRow("check digit 0") << u"3120386123456"_s << 0;
    QTest::newRow("weights repeat") << u"5311223401555"_s << 5;
    QTest::newRow("12 digits") << u"312038512345"_s << -1;
    QTest::newRow("14 digits") << u"31203851234563"_s << -1;
    QTest::newRow("a letter") << u"312038512345X"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestPinfl::checkDigit() {
    QFETCH(QString, first13);
    QFETCH(int, expected);
    QCOMPARE(Pinfl::checkDigit(first13), expected);
}

QTEST_GUILESS_MAIN(TestPinfl)
#include "tst_pinfl.moc"
