#include <QTest>

#include "core/caserecord.h"
#include "core/validation.h"

using namespace qaytish;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2025, 6, 15);

// A complete, valid case; each test row changes a few fields of it.
CaseRecord validCase() {
    CaseRecord r;
    r.person.surname = u"Abdullayev"_s;
    r.person.givenNames = u"Aziz"_s;
    r.person.patronymic = u"Shavkat oʻgʻli"_s;
    r.person.surnameCyrillic = u"Абдуллаев"_s;
    r.person.givenNamesCyrillic = u"Азиз"_s;
    r.person.patronymicCyrillic = u"Шавкат ўғли"_s;
    r.person.sex = u"M"_s;
    r.person.birthDate = QDate(1985, 3, 12);
    r.person.nationality = u"UZB"_s;
    r.person.pinfl = u"31203851234563"_s;
    r.person.passportNumber = u"AA1234567"_s;
    r.person.passportIssueDate = QDate(2020, 1, 10);
    r.person.passportExpiryDate = QDate(2030, 1, 9);
    r.hostReference = u"123456789"_s;
    r.entryDate = QDate(2019, 6, 1);
    r.authorizedUntil = QDate(2019, 12, 1);
    r.custody = u"detained"_s;
    r.facility = u"Elizabeth Contract Detention Facility"_s;
    r.needs = {u"interpreter"_s};
    r.returnWish = u"wants_return"_s;
    r.hostRequest.orderType = u"removal_order"_s;
    return r;
}

QDate dateOrInvalid(const QString &iso) {
    return iso.isEmpty() ? QDate() : QDate::fromString(iso, Qt::ISODate);
}

// Sets one field by its column name; "field=value" is how the test rows describe changes.
void setField(CaseRecord &r, const QString &change) {
    const qsizetype eq = change.indexOf(u'=');
    QVERIFY2(eq > 0, qPrintable(change));
    const QString field = change.left(eq);
    const QString value = change.mid(eq + 1);
    PersonRecord &p = r.person;
    if (field == u"surname")
        p.surname = value;
    else if (field == u"given_names")
        p.givenNames = value;
    else if (field == u"patronymic")
        p.patronymic = value;
    else if (field == u"surname_cyrillic")
        p.surnameCyrillic = value;
    else if (field == u"given_names_cyrillic")
        p.givenNamesCyrillic = value;
    else if (field == u"patronymic_cyrillic")
        p.patronymicCyrillic = value;
    else if (field == u"sex")
        p.sex = value;
    else if (field == u"birth_date")
        p.birthDate = dateOrInvalid(value);
    else if (field == u"nationality")
        p.nationality = value;
    else if (field == u"pinfl")
        p.pinfl = value;
    else if (field == u"passport_number")
        p.passportNumber = value;
    else if (field == u"passport_issue_date")
        p.passportIssueDate = dateOrInvalid(value);
    else if (field == u"passport_expiry_date")
        p.passportExpiryDate = dateOrInvalid(value);
    else if (field == u"host_reference")
        r.hostReference = value;
    else if (field == u"entry_date")
        r.entryDate = dateOrInvalid(value);
    else if (field == u"authorized_until")
        r.authorizedUntil = dateOrInvalid(value);
    else if (field == u"authorized_ds")
        r.durationOfStatus = value == u"1";
    else if (field == u"custody")
        r.custody = value;
    else if (field == u"facility")
        r.facility = value;
    else if (field == u"needs")
        r.needs = value.split(u',', Qt::SkipEmptyParts);
    else if (field == u"return_wish")
        r.returnWish = value;
    else if (field == u"host_order_type")
        r.hostRequest.orderType = value;
    else
        QFAIL(qPrintable(u"unknown field in test data: "_s + field));
}

QString describe(const ValidationIssues &issues) {
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines << u"%1 [%2] %3"_s.arg(issue.field, issue.isError() ? u"error"_s : u"warning"_s,
                                     issue.message);
    return lines.join(u"; "_s);
}

} // namespace

class TestValidation : public QObject {
    Q_OBJECT

private slots:
    void validCaseHasNoIssues();
    void rules_data();
    void rules();
    void validateIsTheUnionOfTheRules();
    void pinflAlone_data();
    void pinflAlone();
    void helpers();

    void overstayDays_data();
    void overstayDays();
    void durationOfStatusHasNoOverstay();
    void codeLists();
    void fullNames();
};

void TestValidation::validCaseHasNoIssues() {
    const ValidationIssues issues = CaseValidator::validate(validCase(), Today);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

void TestValidation::rules_data() {
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QString>("field");    // the field that must have the issue
    QTest::addColumn<QString>("severity"); // "error", "warning" or "none" (no issue at all)
    QTest::addColumn<QString>("mentions"); // a word the message must contain

    auto row = [](const char *name, const QStringList &changes, const QString &field,
                  const QString &severity, const QString &mentions = QString()) {
        QTest::newRow(name) << changes << field << severity << mentions;
    };
    const QString error = u"error"_s;
    const QString warning = u"warning"_s;
    const QString none = u"none"_s;

    // Required fields
    row("surname missing", {u"surname="_s}, u"surname"_s, error, u"required"_s);
    row("surname blank", {u"surname=   "_s}, u"surname"_s, error, u"required"_s);
    row("given names missing", {u"given_names="_s}, u"given_names"_s, error, u"required"_s);
    row("patronymic optional", {u"patronymic="_s}, QString(), none);
    row("Cyrillic names optional",
        {u"surname_cyrillic="_s, u"given_names_cyrillic="_s, u"patronymic_cyrillic="_s}, QString(),
        none);
    row("sex missing", {u"sex="_s}, u"sex"_s, error, u"required"_s);
    row("sex not M or F", {u"sex=X"_s}, u"sex"_s, error, u"\"X\""_s);
    row("birth date missing", {u"birth_date="_s}, u"birth_date"_s, error, u"required"_s);

    // Scripts
    row("surname in Cyrillic", {u"surname=Абдуллаев"_s}, u"surname"_s, error, u"Cyrillic"_s);
    row("given names mixed scripts", {u"given_names=Аziz"_s}, u"given_names"_s, error,
        u"Cyrillic"_s);
    row("patronymic in Cyrillic", {u"patronymic=Шавкатович"_s}, u"patronymic"_s, error,
        u"Cyrillic"_s);
    row("Latin with okina and hyphen", {u"surname=Oʻrinova-Qodirova"_s}, QString(), none);
    row("Cyrillic surname in Latin", {u"surname_cyrillic=Abdullayev"_s}, u"surname_cyrillic"_s,
        error, u"Latin"_s);
    row("Cyrillic given names with a Latin A", {u"given_names_cyrillic=Aзиз"_s},
        u"given_names_cyrillic"_s, error, u"Latin"_s);
    row("Cyrillic patronymic in Latin", {u"patronymic_cyrillic=Shavkatovich"_s},
        u"patronymic_cyrillic"_s, error, u"Latin"_s);

    // Birth date
    row("born tomorrow",
        {u"birth_date=2025-06-16"_s, u"pinfl="_s, u"entry_date="_s, u"authorized_until="_s},
        u"birth_date"_s, error, u"future"_s);
    row("born today",
        {u"birth_date=2025-06-15"_s, u"pinfl="_s, u"entry_date="_s, u"authorized_until="_s},
        QString(), none);
    row("born 1899", {u"birth_date=1899-12-31"_s, u"pinfl="_s}, u"birth_date"_s, error, u"1900"_s);
    row("born 1 January 1900", {u"birth_date=1900-01-01"_s, u"pinfl="_s}, QString(), none);

    // Nationality
    row("nationality two letters", {u"nationality=UZ"_s}, u"nationality"_s, error, u"UZ"_s);
    row("nationality lower case", {u"nationality=uzb"_s}, u"nationality"_s, error, u"uzb"_s);
    row("nationality with digit", {u"nationality=UZ1"_s}, u"nationality"_s, error);
    row("nationality with filler", {u"nationality=D<<"_s}, QString(), none);

    // Passport
    row("passport typed in lower case with a space", {u"passport_number=aa 1234567"_s}, QString(),
        none);
    row("passport empty", {u"passport_number="_s}, QString(), none);
    row("Uzbek passport malformed", {u"passport_number=A1234567"_s}, u"passport_number"_s, warning,
        u"A1234567"_s);
    row("nationality empty, passport malformed", {u"nationality="_s, u"passport_number=12345678"_s},
        u"passport_number"_s, warning);
    row("foreign passport in its own format",
        {u"nationality=RUS"_s, u"passport_number=751234567"_s}, QString(), none);
    row("passport with Cyrillic letters", {u"passport_number=АА1234567"_s}, u"passport_number"_s,
        warning, u"Cyrillic"_s);
    row("passport expires on its issue date", {u"passport_expiry_date=2020-01-10"_s},
        u"passport_expiry_date"_s, error, u"10.01.2020"_s);
    row("passport expires before issue", {u"passport_expiry_date=2019-01-01"_s},
        u"passport_expiry_date"_s, error, u"01.01.2019"_s);
    row("passport issued in the future", {u"passport_issue_date=2025-07-01"_s},
        u"passport_issue_date"_s, error, u"future"_s);

    // PINFL
    row("PINFL empty", {u"pinfl="_s}, QString(), none);
    row("PINFL with spaces", {u"pinfl=3120 3851 2345 63"_s}, QString(), none);
    row("PINFL 13 digits", {u"pinfl=3120385123456"_s}, u"pinfl"_s, error, u"13"_s);
    row("PINFL with a letter", {u"pinfl=3120385123456X"_s}, u"pinfl"_s, error, u"X"_s);
    row("PINFL first digit 7", {u"pinfl=71203851234563"_s}, u"pinfl"_s, error, u"7"_s);
    row("PINFL impossible date", {u"pinfl=33102851234563"_s}, u"pinfl"_s, error, u"310285"_s);
    row("PINFL for another birth date", {u"pinfl=31203861234560"_s}, u"pinfl"_s, error,
        u"12.03.1986"_s);
    row("PINFL of a woman for a man", {u"pinfl=41203851234560"_s}, u"pinfl"_s, error, u"woman"_s);
    row("PINFL of a man for a woman", {u"sex=F"_s}, u"pinfl"_s, error, u"woman"_s);
    row("PINFL check digit mismatch", {u"pinfl=31203851234560"_s}, u"pinfl"_s, warning,
        u"confirm"_s);

    // Host reference (A-number)
    row("A-number empty", {u"host_reference="_s}, QString(), none);
    row("A-number display form", {u"host_reference=A-123-456-789"_s}, QString(), none);
    row("A-number too short", {u"host_reference=A12345"_s}, u"host_reference"_s, error,
        u"A12345"_s);
    row("A-number with another letter", {u"host_reference=B123456789"_s}, u"host_reference"_s,
        error, u"7 to 9 digits"_s);

    // Immigration dates
    row("entry tomorrow", {u"entry_date=2025-06-16"_s, u"authorized_until="_s}, u"entry_date"_s,
        error, u"future"_s);
    row("entry before birth", {u"entry_date=1980-01-01"_s}, u"entry_date"_s, error,
        u"12.03.1985"_s);
    row("stay ends before entry", {u"authorized_until=2019-05-31"_s}, u"authorized_until"_s, error,
        u"01.06.2019"_s);
    row("stay ends on the entry date", {u"authorized_until=2019-06-01"_s}, QString(), none);
    row("D/S with a date", {u"authorized_ds=1"_s}, u"authorized_until"_s, error, u"D/S"_s);
    row("D/S without a date", {u"authorized_ds=1"_s, u"authorized_until="_s}, QString(), none);

    // Custody and codes
    row("detained without facility", {u"facility="_s}, u"facility"_s, warning, u"detention"_s);
    row("at large without facility", {u"custody=at_large"_s, u"facility="_s}, QString(), none);
    row("unknown custody", {u"custody=jail"_s}, u"custody"_s, error, u"jail"_s);
    row("known needs", {u"needs=wheelchair,medical_escort,unaccompanied_minor"_s}, QString(), none);
    row("a diagnosis is not a need", {u"needs=wheelchair,diabetes"_s}, u"needs"_s, error,
        u"diabetes"_s);
    row("unknown return wish", {u"return_wish=maybe"_s}, u"return_wish"_s, error);
    row("no return wish yet", {u"return_wish="_s}, QString(), none);
    row("unknown order type", {u"host_order_type=deportation"_s}, u"host_order_type"_s, error);
}

void TestValidation::rules() {
    QFETCH(QStringList, changes);
    QFETCH(QString, field);
    QFETCH(QString, severity);
    QFETCH(QString, mentions);

    CaseRecord record = validCase();
    for (const QString &change : changes) {
        setField(record, change);
        if (QTest::currentTestFailed())
            return;
    }
    const ValidationIssues issues = CaseValidator::validate(record, Today);

    if (severity == u"none") {
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        return;
    }
    // The change must be reported on its field, with the expected weight, and nowhere else.
    const ValidationIssues mine = issuesFor(issues, field);
    QVERIFY2(!mine.isEmpty(), qPrintable(u"nothing on %1: %2"_s.arg(field, describe(issues))));
    QCOMPARE(mine.size(), issues.size());
    const bool expectError = severity == u"error";
    for (const ValidationIssue &issue : mine) {
        QCOMPARE(issue.isError(), expectError);
        QVERIFY(!issue.message.isEmpty());
    }
    QCOMPARE(hasErrors(issues), expectError);
    if (!mentions.isEmpty()) {
        const bool mentioned = std::any_of(mine.cbegin(), mine.cend(), [&](const auto &issue) {
            return issue.message.contains(mentions);
        });
        QVERIFY2(mentioned, qPrintable(mentions + u" not in: "_s + describe(mine)));
    }
}

void TestValidation::validateIsTheUnionOfTheRules() {
    CaseRecord record = validCase();
    record.person.surname.clear();
    record.person.passportNumber = u"A1"_s;
    record.person.pinfl = u"31203851234560"_s;
    record.hostReference = u"A1"_s;
    record.durationOfStatus = true;
    record.facility.clear();

    const ValidationIssues issues = CaseValidator::validate(record, Today);
    const ValidationIssues expected = CaseValidator::validatePerson(record.person, Today) +
                                      CaseValidator::validateHostReference(record.hostReference) +
                                      CaseValidator::validateImmigrationDates(record, Today) +
                                      CaseValidator::validateCaseDetails(record);
    QCOMPARE(issues.size(), expected.size());
    for (const QString &field : {u"surname"_s, u"passport_number"_s, u"pinfl"_s,
                                 u"host_reference"_s, u"authorized_until"_s, u"facility"_s})
        QVERIFY2(!issuesFor(issues, field).isEmpty(), qPrintable(field));
    QVERIFY(hasErrors(issues));
}

void TestValidation::pinflAlone_data() {
    QTest::addColumn<QString>("pinfl");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");

    QTest::newRow("matches the record")
        << u"31203851234563"_s << QDate(1985, 3, 12) << u"M"_s << 0 << 0;
    QTest::newRow("record without birth date or sex")
        << u"31203851234563"_s << QDate() << QString() << 0 << 0;
    QTest::newRow("date and sex contradict")
        << u"31203851234563"_s << QDate(1985, 3, 13) << u"F"_s << 2 << 0;
    QTest::newRow("check digit only")
        << u"31203851234569"_s << QDate(1985, 3, 12) << u"M"_s << 0 << 1;
    QTest::newRow("malformed: no further checks")
        << u"3120385123"_s << QDate(1990, 1, 1) << u"F"_s << 1 << 0;
    QTest::newRow("empty") << QString() << QDate(1985, 3, 12) << u"M"_s << 0 << 0;
}

void TestValidation::pinflAlone() {
    QFETCH(QString, pinfl);
    QFETCH(QDate, birthDate);
    QFETCH(QString, sex);
    QFETCH(int, errors);
    QFETCH(int, warnings);

    const ValidationIssues issues = CaseValidator::validatePinfl(pinfl, birthDate, sex);
    const auto errorCount =
        std::count_if(issues.cbegin(), issues.cend(), [](const auto &i) { return i.isError(); });
    QCOMPARE(int(errorCount), errors);
    QCOMPARE(int(issues.size() - errorCount), warnings);
    for (const ValidationIssue &issue : issues)
        QCOMPARE(issue.field, u"pinfl"_s);
}

void TestValidation::helpers() {
    const ValidationIssues issues{
        {u"pinfl"_s, ValidationIssue::Severity::Warning, u"w"_s},
        {u"surname"_s, ValidationIssue::Severity::Error, u"e"_s},
        {u"pinfl"_s, ValidationIssue::Severity::Error, u"e2"_s},
    };
    QVERIFY(hasErrors(issues));
    QVERIFY(!hasErrors(issuesFor(issues, u"nothing"_s)));
    QVERIFY(!hasErrors({issues.first()})); // a warning alone does not block
    const ValidationIssues pinfl = issuesFor(issues, u"pinfl"_s);
    QCOMPARE(pinfl.size(), 2);
    QCOMPARE(pinfl.at(0).message, u"w"_s);
    QCOMPARE(pinfl.at(1).message, u"e2"_s);
    QVERIFY(issuesFor(issues, u"sex"_s).isEmpty());
}

void TestValidation::overstayDays_data() {
    QTest::addColumn<QDate>("until");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("expected"); // -1: no figure

    QTest::newRow("unlawful presence starts the day after")
        << QDate(2025, 1, 1) << QDate(2025, 1, 2) << 1;
    QTest::newRow("on the last authorised day") << QDate(2025, 1, 1) << QDate(2025, 1, 1) << 0;
    QTest::newRow("still authorised") << QDate(2025, 3, 1) << QDate(2025, 1, 1) << 0;
    QTest::newRow("over a leap day") << QDate(2024, 2, 28) << QDate(2024, 3, 1) << 2;
    QTest::newRow("a year") << QDate(2024, 1, 1) << QDate(2025, 1, 1) << 366;
    QTest::newRow("no date") << QDate() << QDate(2025, 1, 1) << -1;
}

void TestValidation::overstayDays() {
    QFETCH(QDate, until);
    QFETCH(QDate, today);
    QFETCH(int, expected);

    const std::optional<int> days = qaytish::overstayDays(until, today);
    QCOMPARE(days.value_or(-1), expected);

    CaseRecord record;
    record.authorizedUntil = until;
    QCOMPARE(record.overstayDays(today).value_or(-1), expected);
}

void TestValidation::durationOfStatusHasNoOverstay() {
    CaseRecord record;
    record.authorizedUntil = QDate(2020, 1, 1); // inconsistent, and the validator says so
    record.durationOfStatus = true;
    QVERIFY(!record.overstayDays(QDate(2025, 1, 1)).has_value());
}

void TestValidation::codeLists() {
    const QList<std::pair<QStringList, QString (*)(const QString &)>> lists{
        {needCodes(), needDisplayName},
        {orderTypeCodes(), orderTypeDisplayName},
        {custodyCodes(), custodyDisplayName},
        {returnWishCodes(), returnWishDisplayName},
        {replyResultCodes(), replyResultDisplayName},
    };
    for (const auto &[codes, displayName] : lists) {
        QVERIFY(!codes.isEmpty());
        QStringList names;
        for (const QString &code : codes) {
            const QString name = displayName(code);
            // Every code has its own readable name, not the code itself.
            QVERIFY2(!name.isEmpty() && name != code, qPrintable(code));
            QVERIFY2(!names.contains(name), qPrintable(name));
            names << name;
        }
        QCOMPARE(displayName(u"no_such_code"_s), u"no_such_code"_s);
    }
    QCOMPARE(needCodes(),
             (QStringList{u"wheelchair"_s, u"medical_escort"_s, u"unaccompanied_minor"_s,
                          u"travel_assistance"_s, u"interpreter"_s}));
    QCOMPARE(custodyCodes(), (QStringList{u"at_large"_s, u"detained"_s}));
    QCOMPARE(custodyDisplayName(u"detained"_s), u"In immigration detention"_s);
    QCOMPARE(custodyDisplayName(u"at_large"_s), u"At large"_s);
    QCOMPARE(returnWishCodes(), (QStringList{u"wants_return"_s, u"undecided"_s, u"objects"_s}));
    QCOMPARE(replyResultCodes(),
             (QStringList{u"confirmed"_s, u"no_record"_s, u"not_citizen"_s, u"more_info"_s}));
    QCOMPARE(orderTypeCodes(),
             (QStringList{u"removal_order"_s, u"voluntary_departure"_s, u"expedited_removal"_s,
                          u"reinstated_order"_s, u"other"_s}));
}

void TestValidation::fullNames() {
    const CaseRecord record = validCase();
    QCOMPARE(record.person.fullNameLatin(), u"Abdullayev Aziz Shavkat oʻgʻli"_s);
    QCOMPARE(record.person.fullNameCyrillic(), u"Абдуллаев Азиз Шавкат ўғли"_s);
    PersonRecord noPatronymic = record.person;
    noPatronymic.patronymic.clear();
    QCOMPARE(noPatronymic.fullNameLatin(), u"Abdullayev Aziz"_s);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
