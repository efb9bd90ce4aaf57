// Machine readable zones (ICAO Doc 9303): the specimens, every check digit, reader noise,
// two-digit years, Uzbek documents with a PINFL, and input that is not a zone.
#include "core/mrz.h"
#include "support/testsupport.h"

#include <QTest>

using namespace qaytish;
using namespace Qt::StringLiterals;

namespace {

// The fixed "today" of these tests.
const QDate Today(2026, 3, 15);

// The ICAO check digit written out again here, independent of core, so that the lines the
// tests build do not depend on the code under test: A-Z = 10-35, '<' = 0, weights 7,3,1.
int icaoDigit(const QString &s) {
    static const int weights[] = {7, 3, 1};
    int sum = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        const int v = c >= u'0' && c <= u'9'   ? c - u'0'
                      : c >= u'A' && c <= u'Z' ? c - u'A' + 10
                                               : 0;
        sum += v * weights[i % 3];
    }
    return sum % 10;
}

QString digit(const QString &s) {
    return QString::number(icaoDigit(s));
}

QString pad(const QString &s, int length) {
    return s.leftJustified(length, u'<', true);
}

// ICAO 9303 specimens (fictional state UTO). Check digits verified by hand (and with a
// separate script) with the 7-3-1 rule:
//   L898902C3 -> 6; 740812 -> 2; 120415 -> 9; ZE184226B<<<<< -> 1;
//   TD3 composite over L898902C36 7408122 120415 9ZE184226B<<<<<1 -> 0.
//   D23145890 -> 7; TD1 composite over line 1 6-30, line 2 1-7, 9-15, 19-29 -> 6;
//   TD2 composite over D231458907 7408122 1204159<<<<<<< -> 6.
const QStringList Td3Specimen = {u"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"_s,
                                 u"L898902C36UTO7408122F1204159ZE184226B<<<<<10"_s};
const QStringList Td1Specimen = {u"I<UTOD231458907<<<<<<<<<<<<<<<"_s,
                                 u"7408122F1204159UTO<<<<<<<<<<<6"_s,
                                 u"ERIKSSON<<ANNA<MARIA<<<<<<<<<<"_s};
const QStringList Td2Specimen = {u"I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<"_s,
                                 u"D231458907UTO7408122F1204159<<<<<<<6"_s};

// The composite of each format, as DOMAIN.md lists its positions.
QString compositeOf(const QStringList &lines) {
    if (lines.size() == 3)
        return lines[0].mid(5, 25) + lines[1].left(7) + lines[1].mid(8, 7) + lines[1].mid(18, 11);
    const QString &l = lines[1];
    if (l.size() == 36)
        return l.left(10) + l.mid(13, 7) + l.mid(21, 14);
    return l.left(10) + l.mid(13, 7) + l.mid(21, 22);
}

QStringList withComposite(QStringList lines) {
    QString &l = lines[1];
    l[l.size() - 1] = digit(compositeOf(lines)).at(0);
    return lines;
}

// A TD3 second line with every check digit right.
QString td3Line2(const QString &number, const QString &nationality, const QString &birth, QChar sex,
                 const QString &expiry, const QString &personal) {
    const QString p = pad(personal, 14);
    const QString l = pad(number, 9) + digit(pad(number, 9)) + nationality + birth + digit(birth) +
                      sex + expiry + digit(expiry) + p + (personal.isEmpty() ? u"<"_s : digit(p)) +
                      u"0"_s;
    return withComposite({QString(44, u'<'), l})[1];
}

QStringList td3(const QString &name, const QString &state, const QString &line2) {
    return {pad(u"P<"_s + state + name, 44), line2};
}

// A TD1 zone with every check digit right.
QStringList td1(const QString &state, const QString &number, const QString &optional1,
                const QString &birth, QChar sex, const QString &expiry, const QString &nationality,
                const QString &name) {
    const QString l1 =
        u"I<"_s + state + pad(number, 9) + digit(pad(number, 9)) + pad(optional1, 15);
    const QString l2 = birth + digit(birth) + sex + expiry + digit(expiry) + nationality +
                       QString(11, u'<') + u"0"_s;
    return withComposite({l1, l2, pad(name, 30)});
}

QStringList checkNames(const MrzResult &r) {
    QStringList names;
    for (const MrzCheck &c : r.checks)
        names << c.name;
    return names;
}

MrzResult parsed(const QStringList &lines, const QDate &today = Today) {
    const Result<MrzResult> r = Mrz::parse(lines, today);
    if (!r)
        qWarning("%s", qPrintable(r.error().message));
    return r ? r.value() : MrzResult{};
}

} // namespace

class TestMrz : public QObject {
    Q_OBJECT

private slots:
    void checkDigitRule();
    void td3Specimen();
    void td1Specimen();
    void td2Specimen();
    void corruptedCheckDigit_data();
    void corruptedCheckDigit();
    void misreadDataCharacter();
    void emptyPersonalNumber();
    void readerNoise_data();
    void readerNoise();
    void twoDigitYears_data();
    void twoDigitYears();
    void names_data();
    void names();
    void longDocumentNumberOfAnIdCard();
    void uzbekPassportPinfl_data();
    void uzbekPassportPinfl();
    void uzbekIdCardPinfl();
    void foreignDocumentHasNoPinfl();
    void notAnMrz_data();
    void notAnMrz();
    void progressAsLinesArrive_data();
    void progressAsLinesArrive();
};

void TestMrz::checkDigitRule() {
    QCOMPARE(Mrz::checkDigit(u"L898902C3"_s), 6);
    QCOMPARE(Mrz::checkDigit(u"740812"_s), 2);
    QCOMPARE(Mrz::checkDigit(u"120415"_s), 9);
    QCOMPARE(Mrz::checkDigit(u"ZE184226B<<<<<"_s), 1);
    QCOMPARE(Mrz::checkDigit(u"D23145890"_s), 7);
    QCOMPARE(Mrz::checkDigit(u"<<<<<<<<<"_s), 0);
    QCOMPARE(Mrz::checkDigit(u"L898902c3"_s), -1); // the parser upper-cases first, not this
}

void TestMrz::td3Specimen() {
    const Result<MrzResult> result = Mrz::parse(Td3Specimen, Today);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    const MrzResult &r = result.value();
    QCOMPARE(r.documentType, u"TD3"_s);
    QCOMPARE(r.documentCode, u"P"_s);
    QCOMPARE(r.issuingState, u"UTO"_s);
    QCOMPARE(r.surname, u"ERIKSSON"_s);
    QCOMPARE(r.givenNames, u"ANNA MARIA"_s);
    QCOMPARE(r.documentNumber, u"L898902C3"_s);
    QCOMPARE(r.nationality, u"UTO"_s);
    QCOMPARE(r.birthDate, QDate(1974, 8, 12));
    QCOMPARE(r.sex, u"F"_s);
    QCOMPARE(r.expiryDate, QDate(2012, 4, 15));
    QCOMPARE(r.personalNumber, u"ZE184226B"_s);
    QCOMPARE(checkNames(r), (QStringList{u"document_number"_s, u"birth_date"_s, u"expiry_date"_s,
                                         u"personal_number"_s, u"composite"_s}));
    QVERIFY(r.allChecksPass());
    QCOMPARE(r.checks.last().found, u'0');
    QVERIFY(!r.pinfl.has_value());
    QCOMPARE(r.lines, Td3Specimen);
}

void TestMrz::td1Specimen() {
    const MrzResult r = parsed(Td1Specimen);
    QCOMPARE(r.documentType, u"TD1"_s);
    QCOMPARE(r.documentCode, u"I"_s);
    QCOMPARE(r.issuingState, u"UTO"_s);
    QCOMPARE(r.documentNumber, u"D23145890"_s);
    QCOMPARE(r.birthDate, QDate(1974, 8, 12));
    QCOMPARE(r.sex, u"F"_s);
    QCOMPARE(r.expiryDate, QDate(2012, 4, 15));
    QCOMPARE(r.nationality, u"UTO"_s);
    QCOMPARE(r.surname, u"ERIKSSON"_s);
    QCOMPARE(r.givenNames, u"ANNA MARIA"_s);
    QVERIFY(r.personalNumber.isEmpty());
    QVERIFY(r.optionalData1.isEmpty());
    QVERIFY(r.optionalData2.isEmpty());
    QCOMPARE(checkNames(r), (QStringList{u"document_number"_s, u"birth_date"_s, u"expiry_date"_s,
                                         u"composite"_s}));
    QVERIFY(r.allChecksPass());

    // The TD1 composite leaves the sex out: another sex letter keeps every check right,
    // a birth digit (inside it) does not.
    QStringList other = Td1Specimen;
    other[1][7] = u'M';
    const MrzResult man = parsed(other);
    QCOMPARE(man.sex, u"M"_s);
    QVERIFY(man.allChecksPass());
    other = Td1Specimen;
    other[1][0] = u'8';
    QCOMPARE(parsed(other).failedChecks(), (QStringList{u"birth_date"_s, u"composite"_s}));
}

void TestMrz::td2Specimen() {
    const MrzResult r = parsed(Td2Specimen);
    QCOMPARE(r.documentType, u"TD2"_s);
    QCOMPARE(r.documentCode, u"I"_s);
    QCOMPARE(r.issuingState, u"UTO"_s);
    QCOMPARE(r.surname, u"ERIKSSON"_s);
    QCOMPARE(r.givenNames, u"ANNA MARIA"_s);
    QCOMPARE(r.documentNumber, u"D23145890"_s);
    QCOMPARE(r.nationality, u"UTO"_s);
    QCOMPARE(r.birthDate, QDate(1974, 8, 12));
    QCOMPARE(r.sex, u"F"_s);
    QCOMPARE(r.expiryDate, QDate(2012, 4, 15));
    QCOMPARE(checkNames(r), (QStringList{u"document_number"_s, u"birth_date"_s, u"expiry_date"_s,
                                         u"composite"_s}));
    QVERIFY(r.allChecksPass());
}

void TestMrz::corruptedCheckDigit_data() {
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<int>("line");     // 0-based
    QTest::addColumn<int>("position"); // 0-based
    QTest::addColumn<QString>("check");

    QTest::newRow("TD3 document number") << Td3Specimen << 1 << 9 << u"document_number"_s;
    QTest::newRow("TD3 birth date") << Td3Specimen << 1 << 19 << u"birth_date"_s;
    QTest::newRow("TD3 expiry date") << Td3Specimen << 1 << 27 << u"expiry_date"_s;
    QTest::newRow("TD3 personal number") << Td3Specimen << 1 << 42 << u"personal_number"_s;
    QTest::newRow("TD3 composite") << Td3Specimen << 1 << 43 << u"composite"_s;
    QTest::newRow("TD1 document number") << Td1Specimen << 0 << 14 << u"document_number"_s;
    QTest::newRow("TD1 birth date") << Td1Specimen << 1 << 6 << u"birth_date"_s;
    QTest::newRow("TD1 expiry date") << Td1Specimen << 1 << 14 << u"expiry_date"_s;
    QTest::newRow("TD1 composite") << Td1Specimen << 1 << 29 << u"composite"_s;
    QTest::newRow("TD2 document number") << Td2Specimen << 1 << 9 << u"document_number"_s;
    QTest::newRow("TD2 birth date") << Td2Specimen << 1 << 19 << u"birth_date"_s;
    QTest::newRow("TD2 expiry date") << Td2Specimen << 1 << 27 << u"expiry_date"_s;
    QTest::newRow("TD2 composite") << Td2Specimen << 1 << 35 << u"composite"_s;
}

void TestMrz::corruptedCheckDigit() {
    QFETCH(QStringList, lines);
    QFETCH(int, line);
    QFETCH(int, position);
    QFETCH(QString, check);

    QStringList corrupted = lines;
    const QChar original = corrupted[line][position];
    QVERIFY(original.isDigit());
    corrupted[line][position] = QChar(u'0' + (original.digitValue() + 1) % 10);

    // The composite covers the other check digits, so it fails with them...
    const MrzResult r = parsed(corrupted);
    const QStringList expected =
        check == u"composite"_s ? QStringList{check} : QStringList{check, u"composite"_s};
    QCOMPARE(r.failedChecks(), expected);
    QVERIFY(!r.allChecksPass());
    // ...unless the composite is made right again: then only the corrupted check fails.
    if (check != u"composite"_s) {
        const MrzResult repaired = parsed(withComposite(corrupted));
        QCOMPARE(repaired.failedChecks(), QStringList{check});
    }
    // The failing check says what it expected and what it found.
    for (const MrzCheck &c : r.checks) {
        if (c.name == check) {
            QCOMPARE(c.expected, original);
            QCOMPARE(c.found, corrupted[line][position]);
        }
    }
    // The fields are read all the same: the officer sees what the zone says.
    QCOMPARE(r.surname, u"ERIKSSON"_s);
    QCOMPARE(r.birthDate, QDate(1974, 8, 12));
}

void TestMrz::misreadDataCharacter() {
    // A reader taking the 8 of L898902C3 for a B: the number's check and the composite fail.
    QStringList lines = Td3Specimen;
    lines[1][1] = u'B';
    const MrzResult r = parsed(lines);
    QCOMPARE(r.documentNumber, u"LB98902C3"_s);
    QCOMPARE(r.failedChecks(), (QStringList{u"document_number"_s, u"composite"_s}));
}

void TestMrz::emptyPersonalNumber() {
    // An empty personal number may carry '<' or 0 as its check digit; anything else fails.
    const QString filler = td3Line2(u"AB1234567"_s, u"UTO"_s, u"800101"_s, u'M', u"300101"_s, {});
    QCOMPARE(filler.at(42), u'<');
    QVERIFY(parsed(td3(u"DOE<<JOHN"_s, u"UTO"_s, filler)).allChecksPass());
    QString zero = filler;
    zero[42] = u'0';
    zero = withComposite({QString(), zero})[1];
    QVERIFY(parsed(td3(u"DOE<<JOHN"_s, u"UTO"_s, zero)).allChecksPass());
    QString five = filler;
    five[42] = u'5';
    five = withComposite({QString(), five})[1];
    QCOMPARE(parsed(td3(u"DOE<<JOHN"_s, u"UTO"_s, five)).failedChecks(),
             QStringList{u"personal_number"_s});
}

void TestMrz::readerNoise_data() {
    QTest::addColumn<QString>("text");
    const QString a = Td3Specimen[0];
    const QString b = Td3Specimen[1];
    QTest::newRow("LF") << a + u"\n"_s + b;
    QTest::newRow("CRLF after each line, as a desk reader sends") << a + u"\r\n"_s + b + u"\r\n"_s;
    QTest::newRow("CR only") << a + u"\r"_s + b + u"\r"_s;
    QTest::newRow("trailing spaces and tabs") << a + u"   \n"_s + b + u" \t\n"_s;
    QTest::newRow("leading white space and blank lines")
        << u"\n\n  "_s + a + u"\n\n\t"_s + b + u"\n\n"_s;
    QTest::newRow("lower case") << a.toLower() + u"\n"_s + b.toLower();
}

void TestMrz::readerNoise() {
    QFETCH(QString, text);
    const Result<MrzResult> r = Mrz::parse(text, Today);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QVERIFY(r->allChecksPass());
    QCOMPARE(r->surname, u"ERIKSSON"_s);
    QCOMPARE(r->documentNumber, u"L898902C3"_s);
    QCOMPARE(r->lines, Td3Specimen);
    // Separate strings, each with its own noise, are read the same way.
    const QStringList separate = {u"  "_s + Td3Specimen[0].toLower() + u"  "_s,
                                  Td3Specimen[1] + u"\r\n"_s};
    QVERIFY(parsed(separate).allChecksPass());
}

void TestMrz::twoDigitYears_data() {
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("birth");
    QTest::addColumn<QString>("expiry");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<QDate>("expiryDate");

    // Birth: the latest year that is not in the future. Expiry: within [year-50, year+49].
    QTest::newRow("born today") << Today << u"260315"_s << u"360314"_s << QDate(2026, 3, 15)
                                << QDate(2036, 3, 14);
    QTest::newRow("born tomorrow's date: a century earlier")
        << Today << u"260316"_s << u"260316"_s << QDate(1926, 3, 16) << QDate(2026, 3, 16);
    QTest::newRow("born 1999, expires 2075")
        << Today << u"991231"_s << u"751231"_s << QDate(1999, 12, 31) << QDate(2075, 12, 31);
    QTest::newRow("expiry 76 is 1976, long expired")
        << Today << u"500101"_s << u"760101"_s << QDate(1950, 1, 1) << QDate(1976, 1, 1);
    QTest::newRow("29 February 2000")
        << Today << u"000229"_s << u"280229"_s << QDate(2000, 2, 29) << QDate(2028, 2, 29);
    QTest::newRow("another today: 2080") << QDate(2080, 6, 1) << u"790101"_s << u"290101"_s
                                         << QDate(2079, 1, 1) << QDate(2129, 1, 1);
    QTest::newRow("another today: 2080, expiry 30 is 2030")
        << QDate(2080, 6, 1) << u"810101"_s << u"300101"_s << QDate(1981, 1, 1)
        << QDate(2030, 1, 1);
}

void TestMrz::twoDigitYears() {
    QFETCH(QDate, today);
    QFETCH(QString, birth);
    QFETCH(QString, expiry);
    QFETCH(QDate, birthDate);
    QFETCH(QDate, expiryDate);
    const QStringList lines =
        td3(u"DOE<<JANE"_s, u"UTO"_s, td3Line2(u"X1"_s, u"UTO"_s, birth, u'F', expiry, {}));
    const MrzResult r = parsed(lines, today);
    QVERIFY(r.allChecksPass());
    QCOMPARE(r.birthDate, birthDate);
    QCOMPARE(r.expiryDate, expiryDate);
}

void TestMrz::names_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("surname");
    QTest::addColumn<QString>("givenNames");

    QTest::newRow("surname and two given names")
        << u"ERIKSSON<<ANNA<MARIA"_s << u"ERIKSSON"_s << u"ANNA MARIA"_s;
    // The patronymic stays among the given names: only the officer can tell.
    QTest::newRow("Uzbek patronymic in the given names")
        << u"ALIYEV<<ALISHER<BAXTIYOROVICH"_s << u"ALIYEV"_s << u"ALISHER BAXTIYOROVICH"_s;
    QTest::newRow("OGLI stays too")
        << u"TOSHMATOV<<JASUR<DILSHOD<OGLI"_s << u"TOSHMATOV"_s << u"JASUR DILSHOD OGLI"_s;
    QTest::newRow("surname of several words")
        << u"VAN<DER<BERG<<PIETER"_s << u"VAN DER BERG"_s << u"PIETER"_s;
    QTest::newRow("surname only") << u"MADONNA"_s << u"MADONNA"_s << QString();
}

void TestMrz::names() {
    QFETCH(QString, field);
    QFETCH(QString, surname);
    QFETCH(QString, givenNames);
    const MrzResult r = parsed(
        td3(field, u"UTO"_s, td3Line2(u"X1"_s, u"UTO"_s, u"800101"_s, u'M', u"300101"_s, {})));
    QCOMPARE(r.surname, surname);
    QCOMPARE(r.givenNames, givenNames);
    // TD1 keeps the name in line 3.
    const MrzResult card = parsed(
        td1(u"UTO"_s, u"X1"_s, {}, u"800101"_s, u'M', u"300101"_s, u"UTO"_s, field.left(30)));
    QCOMPARE(card.surname, surname);
}

void TestMrz::longDocumentNumberOfAnIdCard() {
    // ICAO 9303-5: a number longer than 9 characters continues in the optional data after a
    // filler in the check digit's place, followed by its check digit.
    const QString number = u"D231458901234"_s;
    const QString l1 =
        u"I<UTO"_s + number.left(9) + u"<"_s + pad(number.mid(9) + digit(number) + u"<XYZ"_s, 15);
    const QString l2 = u"7408122F1204159UTO<<<<<<<<<<<0"_s;
    const QStringList lines = withComposite({l1, l2, pad(u"ERIKSSON<<ANNA"_s, 30)});
    const MrzResult r = parsed(lines);
    QCOMPARE(r.documentNumber, number);
    QCOMPARE(r.optionalData1, u"XYZ"_s);
    QVERIFY(r.allChecksPass());
}

void TestMrz::uzbekPassportPinfl_data() {
    QTest::addColumn<QString>("pinfl");
    QTest::addColumn<QChar>("sex");
    QTest::addColumn<bool>("checkDigitOk");
    QTest::addColumn<bool>("birthDateMatches");
    QTest::addColumn<QVariant>("sexMatches"); // invalid = not known
    const QDate born(1990, 4, 30);
    const QString man = test::pinflFor(born, true);
    QTest::newRow("consistent") << man << QChar(u'M') << true << true << QVariant(true);
    QTest::newRow("a woman's PINFL for a man")
        << test::pinflFor(born, false) << QChar(u'M') << true << true << QVariant(false);
    QTest::newRow("PINFL of another birth date") << test::pinflFor(QDate(1990, 5, 1), true)
                                                 << QChar(u'M') << true << false << QVariant(true);
    QTest::newRow("born a century earlier: the zone cannot tell")
        << test::pinflFor(QDate(1890, 4, 30), true) << QChar(u'M') << true << true
        << QVariant(true);
    QString wrongDigit = man;
    wrongDigit[13] = QChar(u'0' + (man.at(13).digitValue() + 1) % 10);
    QTest::newRow("PINFL check digit wrong")
        << wrongDigit << QChar(u'M') << false << true << QVariant(true);
    QTest::newRow("zone without sex") << man << QChar(u'<') << true << true << QVariant();
}

void TestMrz::uzbekPassportPinfl() {
    QFETCH(QString, pinfl);
    QFETCH(QChar, sex);
    QFETCH(bool, checkDigitOk);
    QFETCH(bool, birthDateMatches);
    QFETCH(QVariant, sexMatches);
    QCOMPARE(pinfl.size(), 14);
    const QStringList lines =
        td3(u"ALIYEV<<ALISHER<BAXTIYOROVICH"_s, u"UZB"_s,
            td3Line2(u"FA1234567"_s, u"UZB"_s, u"900430"_s, sex, u"300114"_s, pinfl));
    const MrzResult r = parsed(lines);
    // The zone's own check digits all hold: consistency with the PINFL is a separate question.
    QVERIFY(r.allChecksPass());
    QCOMPARE(r.personalNumber, pinfl);
    QVERIFY(r.pinfl.has_value());
    QCOMPARE(r.pinfl->number, pinfl);
    QVERIFY(r.pinfl->info.wellFormed);
    QCOMPARE(r.pinfl->info.checkDigitOk, checkDigitOk);
    QCOMPARE(r.pinfl->birthDateMatches, birthDateMatches);
    QCOMPARE(r.pinfl->sexMatches.has_value(), sexMatches.isValid());
    if (sexMatches.isValid())
        QCOMPARE(*r.pinfl->sexMatches, sexMatches.toBool());
    QCOMPARE(r.pinfl->consistent(),
             birthDateMatches && (!sexMatches.isValid() || sexMatches.toBool()));
}

void TestMrz::uzbekIdCardPinfl() {
    const QString pinfl = test::pinflFor(QDate(1985, 11, 2), false);
    const QStringList card = td1(u"UZB"_s, u"AD1234567"_s, pinfl, u"851102"_s, u'F', u"320101"_s,
                                 u"UZB"_s, u"ALIYEVA<<MAKHINUR"_s);
    MrzResult r = parsed(card);
    QCOMPARE(r.documentType, u"TD1"_s);
    QVERIFY(r.allChecksPass());
    QCOMPARE(r.documentNumber, u"AD1234567"_s);
    QCOMPARE(r.optionalData1, pinfl);
    QVERIFY(r.pinfl.has_value());
    QCOMPARE(r.pinfl->number, pinfl);
    QVERIFY(r.pinfl->consistent());
    QCOMPARE(r.pinfl->info.birthDate, QDate(1985, 11, 2));

    // A man's PINFL on a woman's card.
    const QStringList wrong =
        td1(u"UZB"_s, u"AD1234567"_s, test::pinflFor(QDate(1985, 11, 2), true), u"851102"_s, u'F',
            u"320101"_s, u"UZB"_s, u"ALIYEVA<<MAKHINUR"_s);
    r = parsed(wrong);
    QVERIFY(r.allChecksPass());
    QVERIFY(r.pinfl.has_value());
    QCOMPARE(r.pinfl->sexMatches, std::optional<bool>(false));
    QVERIFY(!r.pinfl->consistent());

    // Digits that are not a PINFL at all (month 13) are reported, not read.
    const QStringList garbled = td1(u"UZB"_s, u"AD1234567"_s, u"31113851234563"_s, u"851102"_s,
                                    u'F', u"320101"_s, u"UZB"_s, u"ALIYEVA<<MAKHINUR"_s);
    r = parsed(garbled);
    QVERIFY(r.pinfl.has_value());
    QVERIFY(!r.pinfl->info.wellFormed);
    QVERIFY(!r.pinfl->info.error.isEmpty());
    QVERIFY(!r.pinfl->consistent());
}

void TestMrz::foreignDocumentHasNoPinfl() {
    const QString digits = test::pinflFor(QDate(1990, 4, 30), true);
    const MrzResult r =
        parsed(td3(u"DOE<<JOHN"_s, u"UTO"_s,
                   td3Line2(u"X1"_s, u"UTO"_s, u"900430"_s, u'M', u"300114"_s, digits)));
    QVERIFY(r.allChecksPass());
    QVERIFY(!r.pinfl.has_value());
    // Nationality UZB in another state's document counts as Uzbek.
    const MrzResult uzbek =
        parsed(td3(u"DOE<<JOHN"_s, u"UTO"_s,
                   td3Line2(u"X1"_s, u"UZB"_s, u"900430"_s, u'M', u"300114"_s, digits)));
    QVERIFY(uzbek.pinfl.has_value());
    QVERIFY(uzbek.pinfl->consistent());
}

void TestMrz::notAnMrz_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QStringList>("mentions");
    const QString a = Td3Specimen[0];
    const QString b = Td3Specimen[1];
    auto with = [](QString s, int at, const QString &what) {
        return s.replace(at, what.size(), what);
    };

    QTest::newRow("nothing") << QString() << 0 << QStringList{u"2 or 3 lines"_s};
    QTest::newRow("blank lines only") << u"\r\n \n"_s << 0 << QStringList{u"2 or 3 lines"_s};
    QTest::newRow("a word") << u"HELLO"_s << 0 << QStringList{u"1 line"_s};
    QTest::newRow("a space inside")
        << u"HELLO WORLD"_s << 1 << QStringList{u"Line 1, position 6"_s, u"U+0020"_s};
    QTest::newRow("@ in line 2") << a + u"\n"_s + with(b, 9, u"@"_s) << 2
                                 << QStringList{u"Line 2, position 10"_s, u"“@”"_s};
    QTest::newRow("Cyrillic Р for Latin P")
        << u"Р"_s + a.mid(1) + u"\n"_s + b << 1 << QStringList{u"Line 1, position 1"_s, u"“Р”"_s};
    QTest::newRow("line 2 cut short")
        << a + u"\n"_s + b.left(43) << 2 << QStringList{u"Line 2 has 43 characters"_s};
    QTest::newRow("lines of different lengths")
        << a + u"\n"_s + Td2Specimen[1] << 2 << QStringList{u"Line 2 has 36"_s, u"44"_s};
    QTest::newRow("four lines") << Td1Specimen.join(u'\n') + u"\n"_s + Td1Specimen[2] << 4
                                << QStringList{u"4 line"_s};
    QTest::newRow("three lines of 44")
        << a + u"\n"_s + b + u"\n"_s + a << 3 << QStringList{u"3 lines"_s, u"30"_s};
    QTest::newRow("two lines of 30")
        << Td1Specimen[0] + u"\n"_s + Td1Specimen[1] << 0 << QStringList{u"TD1"_s, u"3 lines"_s};
    QTest::newRow("letter O in the birth date")
        << a + u"\n"_s + with(b, 15, u"O"_s) << 2
        << QStringList{u"Line 2, positions 14-19"_s, u"74O812"_s, u"date of birth"_s};
    QTest::newRow("month 13") << a + u"\n"_s + with(b, 15, u"13"_s) << 2
                              << QStringList{u"positions 14-19"_s, u"741312"_s};
    QTest::newRow("30 February expiry") << a + u"\n"_s + with(b, 21, u"120230"_s) << 2
                                        << QStringList{u"positions 22-27"_s, u"date of expiry"_s};
    QTest::newRow("TD1 birth date") << with(Td1Specimen.join(u'\n'), 33, u"13"_s) << 2
                                    << QStringList{u"Line 2, positions 1-6"_s};
    QTest::newRow("sex Q") << a + u"\n"_s + with(b, 20, u"Q"_s) << 2
                           << QStringList{u"Line 2, position 21"_s, u"“Q”"_s};
    QTest::newRow("a visa") << u"V"_s + a.mid(1) + u"\n"_s + b << 1 << QStringList{u"visa"_s};
}

void TestMrz::notAnMrz() {
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QStringList, mentions);
    const Result<MrzResult> r = Mrz::parse(text, Today);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QCOMPARE(r.error().line, line);
    for (const QString &word : mentions)
        QVERIFY2(r.error().message.contains(word),
                 qPrintable(r.error().message + u" lacks "_s + word));
}

void TestMrz::progressAsLinesArrive_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("state");
    using S = MrzProgress::State;
    const QString a = Td3Specimen[0];
    const QString b = Td3Specimen[1];
    QTest::newRow("empty") << u" \r\n"_s << int(S::Empty);
    QTest::newRow("first characters") << u"P<UTO"_s << int(S::Incomplete);
    QTest::newRow("line 1 and Enter") << a + u"\r"_s << int(S::Incomplete);
    QTest::newRow("line 2 being typed") << a + u"\r"_s + b.left(20) << int(S::Incomplete);
    QTest::newRow("line 2 complete") << a + u"\r"_s + b << int(S::Complete);
    QTest::newRow("line 2 and Enter") << a + u"\r"_s + b + u"\r"_s << int(S::Complete);
    QTest::newRow("TD2 complete") << Td2Specimen.join(u'\n') << int(S::Complete);
    QTest::newRow("TD1 after two lines")
        << Td1Specimen.mid(0, 2).join(u'\n') + u"\n"_s << int(S::Incomplete);
    QTest::newRow("TD1 complete") << Td1Specimen.join(u'\n') << int(S::Complete);
    QTest::newRow("a wrong character") << u"P<UTO?"_s << int(S::NotMrz);
    QTest::newRow("Enter after 40 characters") << a.left(40) + u"\n"_s << int(S::NotMrz);
    QTest::newRow("line 2 longer than line 1")
        << Td2Specimen[0] + u"\n"_s + b.left(40) << int(S::NotMrz);
    QTest::newRow("a line over 44") << a + u"<"_s << int(S::NotMrz);
    QTest::newRow("three lines of 44") << a + u"\n"_s + b + u"\nP"_s << int(S::NotMrz);
}

void TestMrz::progressAsLinesArrive() {
    QFETCH(QString, text);
    QFETCH(int, state);
    const MrzProgress p = Mrz::progress(text);
    QCOMPARE(int(p.state), state);
    if (p.state == MrzProgress::State::NotMrz)
        QVERIFY(!p.error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestMrz)
#include "tst_mrz.moc"
