// qaytish-cli mrz and pinfl, run as a separate process the way scripts run them: output,
// JSON keys and values, exit codes 0 (all checks pass), 1 (a check fails), 2 (not an MRZ or
// not a PINFL). Neither command touches a register.
#include "core/appinfo.h"
#include "core/database.h"
#include "support/clirunner.h"
#include "support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace qaytish;
using namespace Qt::StringLiterals;

namespace {

using Run = test::CliRun;

// ICAO 9303 specimen (DOMAIN.md): every check digit holds, composite 0.
const QString Line1 = u"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"_s;
const QString Line2 = u"L898902C36UTO7408122F1204159ZE184226B<<<<<10"_s;

} // namespace

class TestCliMrz : public QObject {
    Q_OBJECT
private:
    Run cli(const QStringList &args, const QByteArray &input = {}) {
        return test::runCli(args, input);
    }

    static QJsonObject json(const Run &r) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << "not JSON:" << r.out << r.err;
        return doc.object();
    }

private slots:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariable("QAYTISH_CLI").isEmpty());
        setApplicationIdentity();
    }

    void mrzFromArgumentsAsText() {
        const Run r = cli({u"mrz"_s, Line1, Line2});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        for (const QString &expected :
             {u"ERIKSSON"_s, u"ANNA MARIA"_s, u"L898902C3"_s, u"12.08.1974"_s, u"15.04.2012"_s,
              u"ZE184226B"_s, u"All check digits are correct."_s})
            QVERIFY2(r.out.contains(expected), qPrintable(expected + u" missing in "_s + r.out));
    }

    void mrzJsonKeysAndValues() {
        const Run r = cli({u"mrz"_s, u"--json"_s, Line1, Line2});
        QCOMPARE(r.code, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o.value(u"document_type"_s).toString(), u"TD3"_s);
        QCOMPARE(o.value(u"issuing_state"_s).toString(), u"UTO"_s);
        QCOMPARE(o.value(u"surname"_s).toString(), u"ERIKSSON"_s);
        QCOMPARE(o.value(u"given_names"_s).toString(), u"ANNA MARIA"_s);
        QCOMPARE(o.value(u"document_number"_s).toString(), u"L898902C3"_s);
        QCOMPARE(o.value(u"nationality"_s).toString(), u"UTO"_s);
        QCOMPARE(o.value(u"birth_date"_s).toString(), u"1974-08-12"_s);
        QCOMPARE(o.value(u"expiry_date"_s).toString(), u"2012-04-15"_s);
        QCOMPARE(o.value(u"sex"_s).toString(), u"F"_s);
        QCOMPARE(o.value(u"personal_number"_s).toString(), u"ZE184226B"_s);
        const QJsonObject checks = o.value(u"checks"_s).toObject();
        QCOMPARE(checks.keys(), (QStringList{u"birth_date"_s, u"composite"_s, u"document_number"_s,
                                             u"expiry_date"_s, u"personal_number"_s}));
        for (const QString &key : checks.keys())
            QVERIFY2(checks.value(key).isBool() && checks.value(key).toBool(), qPrintable(key));
        QVERIFY(o.value(u"pinfl"_s).isNull());
    }

    void mrzFromStandardInputAsADeskReaderSendsIt() {
        // Lower case, trailing spaces, a carriage return after each line.
        const QByteArray typed = Line1.toLower().toUtf8() + "   \r\n" + Line2.toUtf8() + " \r\n";
        const Run r = cli({u"mrz"_s, u"--json"_s}, typed);
        QCOMPARE(r.code, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o.value(u"surname"_s).toString(), u"ERIKSSON"_s);
        QCOMPARE(o.value(u"document_number"_s).toString(), u"L898902C3"_s);
    }

    void mrzCheckFailsExitsOne() {
        QString wrong = Line2;
        wrong[19] = u'3'; // birth date check digit 2 -> 3 (and so the composite)
        const Run r = cli({u"--json"_s, u"mrz"_s, Line1, wrong});
        QCOMPARE(r.code, 1);
        const QJsonObject checks = json(r).value(u"checks"_s).toObject();
        QCOMPARE(checks.value(u"birth_date"_s).toBool(true), false);
        QCOMPARE(checks.value(u"composite"_s).toBool(true), false);
        QCOMPARE(checks.value(u"document_number"_s).toBool(false), true);
        QCOMPARE(checks.value(u"expiry_date"_s).toBool(false), true);
        QCOMPARE(checks.value(u"personal_number"_s).toBool(false), true);

        const Run text = cli({u"mrz"_s, Line1, wrong});
        QCOMPARE(text.code, 1);
        QVERIFY(text.out.contains(u"WRONG"_s));
        QVERIFY(!text.out.contains(u"All check digits are correct."_s));
    }

    void notAnMrzExitsTwoNamingTheLine() {
        Run r = cli({u"mrz"_s, Line1, Line2.left(40)});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"Line 2"_s), qPrintable(r.err));
        r = cli({u"mrz"_s, u"--json"_s}, "P<UTO@RIKSSON\nhello\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"Line 1, position 6"_s), qPrintable(r.err));
        r = cli({u"mrz"_s}, QByteArray());
        QCOMPARE(r.code, 2);
        r = cli({u"mrz"_s, u"--status"_s, u"registered"_s, Line1, Line2});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"--status"_s));
    }

    void mrzOfAnUzbekIdCardDecodesThePinfl() {
        // A TD1 card of a woman born 02.11.1985 with her PINFL 40211851230458 (check digit:
        // 4*7+0*3+2+1*7+1*3+8+5*7+1*3+2+3*7+0*3+4+5*7 = 148 -> 8) in line 1, 16-29.
        // ICAO check digits by hand: AD1234567 -> 7; 851102 -> 1; 320101 -> 5; composite -> 4.
        QCOMPARE(test::pinflFor(QDate(1985, 11, 2), false, 123, 45), u"40211851230458"_s);
        const QStringList card = {u"I<UZBAD1234567740211851230458<"_s,
                                  u"8511021F3201015UZB<<<<<<<<<<<4"_s,
                                  u"ALIYEVA<<MAKHINUR<<<<<<<<<<<<<"_s};
        const Run r = cli(QStringList{u"mrz"_s, u"--json"_s} + card);
        QCOMPARE(r.code, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o.value(u"document_type"_s).toString(), u"TD1"_s);
        QCOMPARE(o.value(u"document_number"_s).toString(), u"AD1234567"_s);
        QCOMPARE(
            o.value(u"checks"_s).toObject().keys(),
            (QStringList{u"birth_date"_s, u"composite"_s, u"document_number"_s, u"expiry_date"_s}));
        const QJsonObject p = o.value(u"pinfl"_s).toObject();
        QCOMPARE(p.value(u"number"_s).toString(), u"40211851230458"_s);
        QCOMPARE(p.value(u"birth_date"_s).toString(), u"1985-11-02"_s);
        QCOMPARE(p.value(u"sex"_s).toString(), u"F"_s);
        QCOMPARE(p.value(u"birth_date_matches"_s).toBool(false), true);
        QCOMPARE(p.value(u"sex_matches"_s).toBool(false), true);
        QCOMPARE(p.value(u"consistent"_s).toBool(false), true);

        // The same card with sex M: the zone's checks still hold (the TD1 composite leaves
        // the sex out), but the PINFL says otherwise, and the text says so.
        QStringList man = card;
        man[1][7] = u'M';
        const Run text = cli(QStringList{u"mrz"_s} + man);
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(u"its sex F differs"_s), qPrintable(text.out));
        const Run asJson = cli(QStringList{u"mrz"_s, u"--json"_s} + man);
        QCOMPARE(json(asJson).value(u"pinfl"_s).toObject().value(u"sex_matches"_s).toBool(true),
                 false);
    }

    void neitherCommandCreatesARegister() {
        QVERIFY(!QFile::exists(Database::defaultPath()));
        QCOMPARE(cli({u"mrz"_s, Line1, Line2}).code, 0);
        QCOMPARE(cli({u"pinfl"_s, u"31203851234563"_s}).code, 0);
        QVERIFY(!QFile::exists(Database::defaultPath()));
    }

    void pinflValid() {
        Run r = cli({u"pinfl"_s, u"31203851234563"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"12.03.1985"_s));
        QVERIFY(r.out.contains(u"valid"_s));
        r = cli({u"pinfl"_s, u"31203851234563"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o.value(u"valid"_s).toBool(false), true);
        QCOMPARE(o.value(u"check_digit_ok"_s).toBool(false), true);
        QCOMPARE(o.value(u"century"_s).toInt(), 1900);
        QCOMPARE(o.value(u"sex"_s).toString(), u"M"_s);
        QCOMPARE(o.value(u"birth_date"_s).toString(), u"1985-03-12"_s);
        QCOMPARE(o.value(u"district"_s).toString(), u"123"_s);
        QCOMPARE(o.value(u"serial"_s).toString(), u"456"_s);
        QVERIFY(o.value(u"error"_s).isNull());
    }

    void pinflCheckDigitWrongExitsOne() {
        const Run r = cli({u"pinfl"_s, u"--json"_s, u"31203851234560"_s});
        QCOMPARE(r.code, 1);
        const QJsonObject o = json(r);
        QCOMPARE(o.value(u"valid"_s).toBool(true), false);
        QCOMPARE(o.value(u"check_digit_ok"_s).toBool(true), false);
        QCOMPARE(o.value(u"birth_date"_s).toString(), u"1985-03-12"_s);
        QVERIFY(o.value(u"error"_s).toString().contains(u"3"_s));
        const Run text = cli({u"pinfl"_s, u"31203851234560"_s});
        QCOMPARE(text.code, 1);
        QVERIFY(text.out.contains(u"not valid"_s));
    }

    void pinflBornInTheFutureExitsOne() {
        // 5 = a man born in the 2000s; 01.01.2030 is after QAYTISH_NOW.
        const QString first13 = u"5010130123045"_s;
        const QString number = first13 + QString::number(Pinfl::checkDigit(first13));
        const Run r = cli({u"pinfl"_s, u"--json"_s, number});
        QCOMPARE(r.code, 1);
        QCOMPARE(json(r).value(u"birth_date_in_future"_s).toBool(false), true);
    }

    void notAPinflExitsTwo() {
        for (const QString &bad :
             {u"3120385123456"_s, u"3120385123456X"_s, u"33102851234563"_s, u"71203851234563"_s}) {
            Run r = cli({u"pinfl"_s, bad});
            QCOMPARE(r.code, 2);
            QVERIFY(!r.err.isEmpty());
            r = cli({u"pinfl"_s, bad, u"--json"_s});
            QCOMPARE(r.code, 2);
            const QJsonObject o = json(r);
            QCOMPARE(o.value(u"valid"_s).toBool(true), false);
            QVERIFY(!o.value(u"error"_s).toString().isEmpty());
        }
        QCOMPARE(cli({u"pinfl"_s}).code, 2);
        QCOMPARE(cli({u"pinfl"_s, u"31203851234563"_s, u"--limit"_s, u"3"_s}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliMrz)
#include "tst_cli_mrz.moc"
