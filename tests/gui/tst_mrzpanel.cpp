// "Read MRZ" in the case editor, driven as a desk reader and an officer would: the reader
// types each line followed by Enter into the box, the officer applies the result.

#include "core/caserepository.h"
#include "core/clock.h"
#include "core/database.h"
#include "ui/caseeditor.h"
#include "ui/dateedit.h"
#include "ui/dialogs.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace qaytish;
using namespace Qt::StringLiterals;

namespace {

const Actor Officer{u"k.rahimova"_s};

// ICAO 9303 specimen (DOMAIN.md): every check digit holds.
const QString Specimen1 = u"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"_s;
const QString Specimen2 = u"L898902C36UTO7408122F1204159ZE184226B<<<<<10"_s;

// An Uzbek passport, computed by hand with the 7-3-1 rule: FA1234567 -> 3; 900430 -> 0;
// 300114 -> 5; the PINFL 33004901230456 (a man born 30.04.1990; its own check digit 6)
// -> 4; composite -> 2. The patronymic stands among the given names, as in many Uzbek zones.
const QString Uzbek1 = u"P<UZBTOSHMATOV<<JASUR<DILSHOD<OGLI<<<<<<<<<<"_s;
const QString Uzbek2 = u"FA12345673UZB9004300M30011453300490123045642"_s;

} // namespace

class TestMrzPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void deskReaderEnterNeverSavesAndApplyFills();
    void enterInTheBoxIsANewLine();
    void wrongCheckDigitIsShownAndCannotBeApplied();
    void notAnMrzNamesTheLine();
    void applyAsksBeforeReplacingAndKeepsThePatronymic();
    void ctrlSSavesFromTheBox();

private:
    CaseEditor *openEditor();
    template <typename T> T *find(QWidget *parent, const char *name) {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }
    QLineEdit *edit(CaseEditor *e, const char *name) { return find<QLineEdit>(e, name); }
    static QWidget *focused() { return QApplication::focusWidget(); }
    // As a desk reader does it: the characters, then Enter.
    static void scan(QPlainTextEdit *box, const QStringList &lines) {
        for (const QString &line : lines) {
            QTest::keyClicks(box, line);
            QTest::keyClick(box, Qt::Key_Return);
        }
    }
    qint64 caseCount() const { return CaseRepository(*m_db, m_clock).caseCount().value(); }

    QTemporaryDir m_dir;
    int m_registerNumber = 0;
    std::shared_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(10, 0), Qt::UTC)};
    QList<Dialogs::Question> m_asked;
    QList<Dialogs::Answer> m_answers; // answered in order; Cancel when none is left
};

void TestMrzPanel::initTestCase() {
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Dialogs::setResponder([this](const Dialogs::Question &q) {
        m_asked << q;
        return m_answers.isEmpty() ? Dialogs::Answer::Cancel : m_answers.takeFirst();
    });
}

void TestMrzPanel::init() {
    auto db = Database::open(m_dir.filePath(u"register%1.qaytish"_s.arg(++m_registerNumber)));
    QVERIFY(db.ok());
    m_db = db.value();
    m_asked.clear();
    m_answers.clear();
}

void TestMrzPanel::cleanup() {
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *e = qobject_cast<CaseEditor *>(w)) {
            m_answers = {Dialogs::Answer::Discard};
            e->close();
        }
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_db.reset();
}

CaseEditor *TestMrzPanel::openEditor() {
    auto *editor = new CaseEditor(m_db, m_clock, Officer, 0);
    editor->show();
    QApplication::setActiveWindow(editor);
    if (!QTest::qWaitForWindowActive(editor))
        qWarning("the editor did not become active");
    return editor;
}

void TestMrzPanel::deskReaderEnterNeverSavesAndApplyFills() {
    CaseEditor *e = openEditor();
    QSignalSpy saved(e, &CaseEditor::caseSaved);
    auto *box = find<QPlainTextEdit>(e, "mrzInput");
    auto *result = find<QLabel>(e, "mrzResult");
    auto *apply = find<QPushButton>(e, "mrzApply");
    QVERIFY(box && result && apply);
    QVERIFY(!apply->isEnabled());

    box->setFocus();
    QTest::keyClicks(box, Specimen1);
    QTest::keyClick(box, Qt::Key_Return);
    // One line is not a zone yet: nothing is read, nothing pressed.
    QVERIFY(!apply->isEnabled());
    QVERIFY(!result->text().contains(u"ERIKSSON"_s));
    QTest::keyClicks(box, Specimen2);
    QTest::keyClick(box, Qt::Key_Return);

    QCOMPARE(focused(), box);
    QCOMPARE(caseCount(), 0);
    QCOMPARE(saved.count(), 0);
    QVERIFY2(m_asked.isEmpty(), "Enter from the reader must not start a save");
    QCOMPARE(box->toPlainText(), Specimen1 + u"\n"_s + Specimen2 + u"\n"_s);

    // The result shows as soon as the zone is complete.
    QVERIFY2(result->text().contains(u"ERIKSSON, ANNA MARIA"_s), qPrintable(result->text()));
    QVERIFY(result->text().contains(u"L898902C3"_s));
    QVERIFY(result->text().contains(u"12.08.1974"_s));
    QVERIFY(result->text().contains(u"All check digits are correct."_s));
    auto *note = find<QLabel>(e, "mrzNote");
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"patronymic"_s));
    QVERIFY(apply->isEnabled());
    // Nothing is filled before the officer applies.
    QVERIFY(edit(e, "surname")->text().isEmpty());

    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(edit(e, "surname")->text(), u"Eriksson"_s);
    QCOMPARE(edit(e, "given_names")->text(), u"Anna Maria"_s);
    QVERIFY(edit(e, "patronymic")->text().isEmpty());
    QCOMPARE(find<DateEdit>(e, "birth_date")->date(), QDate(1974, 8, 12));
    QCOMPARE(find<QComboBox>(e, "sex")->currentData().toString(), u"F"_s);
    QCOMPARE(edit(e, "nationality")->text(), u"UTO"_s);
    QCOMPARE(edit(e, "passport_number")->text(), u"L898902C3"_s);
    QCOMPARE(find<DateEdit>(e, "passport_expiry_date")->date(), QDate(2012, 4, 15));
    QVERIFY(edit(e, "pinfl")->text().isEmpty()); // not an Uzbek document
    QVERIFY(m_asked.isEmpty());                  // the form was empty: nothing to replace
    QVERIFY(e->hasUnsavedChanges());
    QCOMPARE(caseCount(), 0); // applying is not saving
    QCOMPARE(focused(), edit(e, "surname"));
}

void TestMrzPanel::enterInTheBoxIsANewLine() {
    CaseEditor *e = openEditor();
    QSignalSpy saved(e, &CaseEditor::caseSaved);
    auto *box = find<QPlainTextEdit>(e, "mrzInput");
    box->setFocus();
    QTest::keyClicks(box, u"P<UZB"_s);
    QTest::keyClick(box, Qt::Key_Return);
    QTest::keyClick(box, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(box->blockCount(), 3);
    QCOMPARE(focused(), box);
    QCOMPARE(saved.count(), 0);
    QVERIFY(m_asked.isEmpty());
    // Elsewhere in the form Enter still moves on to the next field.
    edit(e, "surname")->setFocus();
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(focused(), edit(e, "given_names"));
}

void TestMrzPanel::wrongCheckDigitIsShownAndCannotBeApplied() {
    CaseEditor *e = openEditor();
    auto *box = find<QPlainTextEdit>(e, "mrzInput");
    box->setFocus();
    QString misread = Specimen2;
    misread[19] = u'3'; // the birth date's check digit
    // Lower case and trailing spaces, as some readers send them.
    scan(box, {Specimen1.toLower() + u"  "_s, misread});
    const QString text = find<QLabel>(e, "mrzResult")->text();
    QVERIFY2(text.contains(u"Check digits wrong: date of birth, composite"_s), qPrintable(text));
    QVERIFY(!text.contains(u"All check digits are correct."_s));
    QVERIFY(!find<QPushButton>(e, "mrzApply")->isEnabled());
}

void TestMrzPanel::notAnMrzNamesTheLine() {
    CaseEditor *e = openEditor();
    auto *box = find<QPlainTextEdit>(e, "mrzInput");
    box->setFocus();
    QTest::keyClicks(box, u"P<UTO?"_s);
    const QString text = find<QLabel>(e, "mrzResult")->text();
    QVERIFY2(text.contains(u"Line 1, position 6"_s), qPrintable(text));
    QVERIFY(!find<QPushButton>(e, "mrzApply")->isEnabled());
}

void TestMrzPanel::applyAsksBeforeReplacingAndKeepsThePatronymic() {
    CaseEditor *e = openEditor();
    edit(e, "surname")->setFocus();
    QTest::keyClicks(edit(e, "surname"), u"To'shmatov"_s);
    QTest::keyClicks(edit(e, "patronymic"), u"Dilshod o'g'li"_s);
    auto *box = find<QPlainTextEdit>(e, "mrzInput");
    box->setFocus();
    scan(box, {Uzbek1, Uzbek2});
    const QString text = find<QLabel>(e, "mrzResult")->text();
    QVERIFY2(text.contains(u"PINFL 33004901230456 agrees"_s), qPrintable(text));
    auto *apply = find<QPushButton>(e, "mrzApply");

    // The surname differs (the zone has no oʻ): the officer is asked, and may keep the form.
    m_answers = {Dialogs::Answer::No};
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(m_asked.size(), 1);
    QVERIFY(m_asked.at(0).details.contains(u"Toʻshmatov → Toshmatov"_s));
    QCOMPARE(edit(e, "surname")->text(), u"Toʻshmatov"_s);
    QVERIFY(edit(e, "given_names")->text().isEmpty());

    m_answers = {Dialogs::Answer::Yes};
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(m_asked.size(), 2);
    QCOMPARE(edit(e, "surname")->text(), u"Toshmatov"_s);
    // The patronymic stays where the zone put it; the officer's own field is not touched.
    QCOMPARE(edit(e, "given_names")->text(), u"Jasur Dilshod Ogli"_s);
    QCOMPARE(edit(e, "patronymic")->text(), u"Dilshod oʻgʻli"_s);
    QCOMPARE(edit(e, "pinfl")->text(), u"33004901230456"_s);
    QCOMPARE(edit(e, "passport_number")->text(), u"FA1234567"_s);
    QCOMPARE(find<DateEdit>(e, "passport_expiry_date")->date(), QDate(2030, 1, 14));
    QCOMPARE(find<QComboBox>(e, "sex")->currentData().toString(), u"M"_s);
    QCOMPARE(edit(e, "nationality")->text(), u"UZB"_s);
    QCOMPARE(caseCount(), 0);
}

void TestMrzPanel::ctrlSSavesFromTheBox() {
    CaseEditor *e = openEditor();
    QSignalSpy saved(e, &CaseEditor::caseSaved);
    auto *box = find<QPlainTextEdit>(e, "mrzInput");
    box->setFocus();
    scan(box, {Uzbek1, Uzbek2});
    QTest::mouseClick(find<QPushButton>(e, "mrzApply"), Qt::LeftButton);
    QVERIFY(m_asked.isEmpty());
    box->setFocus();
    m_answers = {Dialogs::Answer::Yes, Dialogs::Answer::Yes}; // any warning is confirmed
    QTest::keyClick(box, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(caseCount(), 1);
    const CaseRecord stored = CaseRepository(*m_db, m_clock).load(e->caseId()).value();
    QCOMPARE(stored.person.surname, u"Toshmatov"_s);
    QCOMPARE(stored.person.birthDate, QDate(1990, 4, 30));
    QCOMPARE(stored.person.pinfl, u"33004901230456"_s);
    QCOMPARE(stored.person.passportNumber, u"FA1234567"_s);
}

QTEST_MAIN(TestMrzPanel)
#include "tst_mrzpanel.moc"
