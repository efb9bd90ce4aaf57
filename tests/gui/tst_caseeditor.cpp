// The case editor, driven as an officer would: keyboard first, widgets found by objectName,
// a temporary register, and a responder that answers (and records) every dialog.

#include "core/caserepository.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/dates.h"
#include "core/names.h"
#include "core/pinfl.h"
#include "core/workflow.h"
#include "ui/caseeditor.h"
#include "ui/dateedit.h"
#include "ui/dialogs.h"
#include "ui/identityrequestdialog.h"
#include "ui/interviewdialog.h"
#include "ui/statusdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace qaytish;

namespace {

const Actor Officer{QStringLiteral("k.rahimova")};

// A PINFL for a man born on 30.04.1990, with a correct check digit.
QString validPinfl() {
    const QString first13 = QStringLiteral("3300490123456");
    return first13 + QString::number(Pinfl::checkDigit(first13));
}

// Marks every translated text of the editor, to see that a language change reaches it.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override {
        if (qstrcmp(context, "qaytish::CaseEditor") != 0)
            return {};
        return QStringLiteral("~") + QString::fromUtf8(source);
    }
};

} // namespace

class TestCaseEditor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keyboardOnlyCreation();
    void invalidPinflShowsMessageAndSavesNothing();
    void invalidDateBlocksSave();
    void requiredFieldsReportedOnSave();
    void warningsAskOnceBeforeSaving();
    void ctrlReturnSavesAndStartsNext();
    void closingWithUnsavedChangesAsks();
    void closingWithoutChangesDoesNotAsk();
    void statusWorkflowThroughRequestsTab();
    void statusNeedsReasonToClose();
    void interviewsAreLogged();
    void apostrophesInLatinNames();
    void suggestionsFromTheOtherScript();
    void durationOfStatus();
    void stopsToRemovalAreSaved();
    void notesReminderAndNoSensitiveFields();
    void dateEditParsesAndEchoes();
    void newCaseDefaultsAndDisabledTabs();
    void retranslatesOnLanguageChange();
    void busyRegisterKeepsEditsAndRetries();
    void consentNeedsItsDayAndFormAndYieldsToAnObjection();

private:
    CaseEditor *openEditor(qint64 caseId = 0);
    template <typename T> T *find(QWidget *parent, const char *name) {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }
    QLineEdit *edit(CaseEditor *e, const char *name) { return find<QLineEdit>(e, name); }
    static QWidget *focused() { return QApplication::focusWidget(); }
    static void typeUnicode(QWidget *w, const QString &text) {
        // QTest::keyClicks takes ASCII only; other characters go one key event each.
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    static void replaceText(QLineEdit *w, const QString &ascii) {
        w->setFocus();
        QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(w, Qt::Key_Delete);
        QTest::keyClicks(w, ascii);
    }
    void fillValidCase(CaseEditor *e, const QString &surname);
    qint64 caseCount() const;
    CaseRecord createCase(const QString &surname);

    QTemporaryDir m_dir;
    int m_registerNumber = 0;
    std::shared_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2025, 5, 15), QTime(10, 0), Qt::UTC)};
    QList<Dialogs::Question> m_asked;
    QList<Dialogs::Answer> m_answers; // answered in order; Cancel when none is left
};

void TestCaseEditor::initTestCase() {
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Dialogs::setResponder([this](const Dialogs::Question &q) {
        m_asked << q;
        return m_answers.isEmpty() ? Dialogs::Answer::Cancel : m_answers.takeFirst();
    });
}

void TestCaseEditor::init() {
    auto db = Database::open(
        m_dir.filePath(QStringLiteral("register%1.qaytish").arg(++m_registerNumber)));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    m_db = db.value();
    m_asked.clear();
    m_answers.clear();
}

void TestCaseEditor::cleanup() {
    // Editors left open by a failed test must not ask anything of the next one.
    m_answers.clear();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *e = qobject_cast<CaseEditor *>(w)) {
            m_answers = {Dialogs::Answer::Discard};
            e->close();
        }
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_db.reset();
}

CaseEditor *TestCaseEditor::openEditor(qint64 caseId) {
    auto *editor = new CaseEditor(m_db, m_clock, Officer, caseId);
    editor->show();
    QApplication::setActiveWindow(editor);
    if (!QTest::qWaitForWindowActive(editor))
        qWarning("the editor did not become active");
    return editor;
}

qint64 TestCaseEditor::caseCount() const {
    CaseRepository repo(*m_db, m_clock);
    return repo.caseCount().value();
}

CaseRecord TestCaseEditor::createCase(const QString &surname) {
    CaseRecord r;
    r.person.surname = surname;
    r.person.givenNames = QStringLiteral("Shuhrat");
    r.person.patronymic = QStringLiteral("");
    r.person.surnameCyrillic = QStringLiteral("");
    r.person.givenNamesCyrillic = QStringLiteral("");
    r.person.patronymicCyrillic = QStringLiteral("");
    r.person.sex = QStringLiteral("M");
    r.person.birthDate = QDate(1990, 4, 30);
    r.person.birthPlace = QStringLiteral("");
    r.person.pinfl = QStringLiteral("");
    r.person.passportNumber = QStringLiteral("");
    r.person.contactAbroad = QStringLiteral("");
    r.person.contactHome = QStringLiteral("");
    r.person.familyGroup = QStringLiteral("");
    r.hostReference = QStringLiteral("");
    r.visaClass = QStringLiteral("");
    r.facility = QStringLiteral("");
    r.legalRepresentative = QStringLiteral("");
    r.returnWish = QStringLiteral("");
    r.assignedOfficer = Officer.name;
    r.notes = QStringLiteral("");
    r.hostRequest.reference = QStringLiteral("");
    r.hostRequest.officer = QStringLiteral("");
    r.hostRequest.orderType = QStringLiteral("");
    CaseRepository repo(*m_db, m_clock);
    auto saved = repo.create(Officer, r);
    if (!saved)
        qFatal("cannot create a case: %s", qPrintable(saved.error().message));
    return saved->record;
}

void TestCaseEditor::fillValidCase(CaseEditor *e, const QString &surname) {
    replaceText(edit(e, "surname"), surname);
    replaceText(edit(e, "given_names"), QStringLiteral("Shuhrat"));
    auto *sex = find<QComboBox>(e, "sex");
    sex->setFocus();
    QTest::keyClicks(sex, QStringLiteral("M"));
    replaceText(edit(e, "birth_date"), QStringLiteral("30041990"));
}

// ---------------------------------------------------------------------------------------------

void TestCaseEditor::keyboardOnlyCreation() {
    CaseEditor *e = openEditor();
    QSignalSpy saved(e, &CaseEditor::caseSaved);

    // Everything below is typed into whatever has the focus, moving on with Tab.
    auto tabTo = [](const char *expected) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        QVERIFY(focused());
        QCOMPARE(focused()->objectName(), QString::fromLatin1(expected));
    };
    QVERIFY(focused());
    QCOMPARE(focused()->objectName(), QStringLiteral("surname"));
    QTest::keyClicks(focused(), QStringLiteral("G'ulomov"));
    QCOMPARE(edit(e, "surname")->text(), QStringLiteral("Gʻulomov"));
    tabTo("given_names");
    QTest::keyClicks(focused(), QStringLiteral("Shuhrat"));
    tabTo("patronymic");
    QTest::keyClicks(focused(), QStringLiteral("Alisher o'g'li"));
    QCOMPARE(edit(e, "patronymic")->text(), QStringLiteral("Alisher oʻgʻli"));
    tabTo("surname_cyrillic");
    typeUnicode(focused(), QStringLiteral("Ғуломов"));
    tabTo("given_names_cyrillic");
    // The Cyrillic spelling of the Latin name is offered, and taken with Ctrl+Space.
    QCOMPARE(edit(e, "given_names_cyrillic")->placeholderText(), QStringLiteral("Шуҳрат"));
    QVERIFY(edit(e, "given_names_cyrillic")->text().isEmpty());
    QTest::keyClick(focused(), Qt::Key_Space, Qt::ControlModifier);
    QCOMPARE(edit(e, "given_names_cyrillic")->text(), QStringLiteral("Шуҳрат"));
    tabTo("patronymic_cyrillic");
    typeUnicode(focused(), QStringLiteral("Алишер ўғли"));
    tabTo("sex");
    QTest::keyClicks(focused(), QStringLiteral("M"));
    QCOMPARE(find<QComboBox>(e, "sex")->currentData().toString(), QStringLiteral("M"));
    tabTo("birth_date");
    QTest::keyClicks(focused(), QStringLiteral("30041990"));
    tabTo("birth_place");
    QCOMPARE(edit(e, "birth_date")->text(), QStringLiteral("30.04.1990"));
    QCOMPARE(find<DateEdit>(e, "birth_date")->echoLabel()->text(), QStringLiteral("30 April 1990"));
    QTest::keyClicks(focused(), QStringLiteral("Andijan"));
    tabTo("nationality");
    QCOMPARE(edit(e, "nationality")->text(), QStringLiteral("UZB"));
    tabTo("pinfl");
    QTest::keyClicks(focused(), validPinfl());
    tabTo("passport_number");
    QTest::keyClicks(focused(), QStringLiteral("fa1234567"));
    tabTo("passport_issue_date");
    QTest::keyClicks(focused(), QStringLiteral("2020-01-15"));
    tabTo("passport_expiry_date");
    QTest::keyClicks(focused(), QStringLiteral("14012030"));
    QVERIFY(e->hasUnsavedChanges());

    QCOMPARE(caseCount(), 0);
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);

    QCOMPARE(saved.count(), 1);
    QVERIFY2(m_asked.isEmpty(), "a valid case saves without any question");
    const qint64 id = saved.at(0).at(0).toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(e->caseId(), id);
    QVERIFY(e->isVisible()); // Ctrl+S keeps the editor open on the saved case
    QVERIFY(!e->hasUnsavedChanges());
    QCOMPARE(caseCount(), 1);

    CaseRepository repo(*m_db, m_clock);
    const CaseRecord r = repo.load(id).value();
    QCOMPARE(r.person.surname, QStringLiteral("Gʻulomov"));
    QCOMPARE(r.person.givenNames, QStringLiteral("Shuhrat"));
    QCOMPARE(r.person.patronymic, QStringLiteral("Alisher oʻgʻli"));
    QCOMPARE(r.person.surnameCyrillic, QStringLiteral("Ғуломов"));
    QCOMPARE(r.person.givenNamesCyrillic, QStringLiteral("Шуҳрат"));
    QCOMPARE(r.person.patronymicCyrillic, QStringLiteral("Алишер ўғли"));
    QCOMPARE(r.person.sex, QStringLiteral("M"));
    QCOMPARE(r.person.birthDate, QDate(1990, 4, 30));
    QCOMPARE(r.person.birthPlace, QStringLiteral("Andijan"));
    QCOMPARE(r.person.nationality, QStringLiteral("UZB"));
    QCOMPARE(r.person.pinfl, validPinfl());
    QCOMPARE(r.person.passportNumber, QStringLiteral("FA1234567"));
    QCOMPARE(r.person.passportIssueDate, QDate(2020, 1, 15));
    QCOMPARE(r.person.passportExpiryDate, QDate(2030, 1, 14));
    QCOMPARE(r.custody, QStringLiteral("at_large"));
    QCOMPARE(r.assignedOfficer, Officer.name);
    QCOMPARE(r.status, CaseStatus::Registered);

    // Now editing the saved case: the title names it, the other tabs open.
    QVERIFY(e->windowTitle().contains(r.caseRef));
    auto *tabs = find<QTabWidget>(e, "caseTabs");
    QVERIFY(tabs->isTabEnabled(tabs->indexOf(find<QWidget>(e, "historyTab"))));
    QVERIFY(find<QPushButton>(e, "changeStatusButton")->isEnabled());

    // A second Ctrl+S after a change updates the same case instead of creating another.
    replaceText(edit(e, "birth_place"), QStringLiteral("Andijan region"));
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 2);
    QCOMPARE(saved.at(1).at(0).toLongLong(), id);
    QCOMPARE(caseCount(), 1);
    QCOMPARE(repo.load(id)->person.birthPlace, QStringLiteral("Andijan region"));
}

void TestCaseEditor::invalidPinflShowsMessageAndSavesNothing() {
    CaseEditor *e = openEditor();
    QSignalSpy saved(e, &CaseEditor::caseSaved);
    fillValidCase(e, QStringLiteral("Karimov"));
    auto *error = find<QLabel>(e, "pinflError");
    QVERIFY(error);
    QVERIFY(!error->isVisible());

    // 13 digits.
    replaceText(edit(e, "pinfl"), QStringLiteral("3300490123456"));
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), Pinfl::decode(QStringLiteral("3300490123456")).error);
    QVERIFY(!error->text().isEmpty());
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(caseCount(), 0);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(focused(), edit(e, "pinfl")); // the officer is taken to the field in error
    QVERIFY(m_asked.isEmpty());            // refused inline, not with a dialog

    // 14 digits, but born on another day than the record says.
    QString otherDay = QStringLiteral("3010190123456");
    otherDay += QString::number(Pinfl::checkDigit(otherDay));
    replaceText(edit(e, "pinfl"), otherDay);
    QTRY_VERIFY(error->text().contains(QStringLiteral("01.01.1990")));
    QVERIFY(error->isVisible());
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(caseCount(), 0);

    // The same form with the right PINFL saves: the PINFL alone was what stopped it.
    replaceText(edit(e, "pinfl"), validPinfl());
    QTRY_VERIFY(!error->isVisible());
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(caseCount(), 1);
    QCOMPARE(saved.count(), 1);
}

void TestCaseEditor::invalidDateBlocksSave() {
    CaseEditor *e = openEditor();
    fillValidCase(e, QStringLiteral("Karimov"));
    auto *error = find<QLabel>(e, "birth_dateError");
    replaceText(edit(e, "birth_date"), QStringLiteral("31.02.1990"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), find<DateEdit>(e, "birth_date")->errorText());
    QVERIFY(error->text().contains(QStringLiteral("30.04.2025")));
    QVERIFY(find<DateEdit>(e, "birth_date")->echoLabel()->text().isEmpty());
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(caseCount(), 0);
    QCOMPARE(focused(), edit(e, "birth_date"));
    QVERIFY(m_asked.isEmpty()); // refused by the form itself, inline

    // A two-digit year is never guessed.
    replaceText(edit(e, "birth_date"), QStringLiteral("300490"));
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(caseCount(), 0);
    QVERIFY(error->isVisible());

    replaceText(edit(e, "birth_date"), QStringLiteral("30.4.1990"));
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(caseCount(), 1);
    QCOMPARE(edit(e, "birth_date")->text(), QStringLiteral("30.04.1990"));
}

void TestCaseEditor::requiredFieldsReportedOnSave() {
    CaseEditor *e = openEditor();
    auto *surnameError = find<QLabel>(e, "surnameError");
    QVERIFY(surnameError);
    // An empty new form does not shout at the officer before anything was typed...
    QTest::qWait(400);
    QVERIFY(!surnameError->isVisible());
    QVERIFY(!find<QLabel>(e, "sexError")->isVisible());
    // ...but saving it shows what is missing, where it is missing.
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(surnameError->isVisible());
    QVERIFY(find<QLabel>(e, "given_namesError")->isVisible());
    QVERIFY(find<QLabel>(e, "sexError")->isVisible());
    QVERIFY(find<QLabel>(e, "birth_dateError")->isVisible());
    QVERIFY(surnameError->styleSheet().contains(QStringLiteral("#b00020")));
    QCOMPARE(focused(), edit(e, "surname"));
    QCOMPARE(caseCount(), 0);
}

void TestCaseEditor::warningsAskOnceBeforeSaving() {
    CaseEditor *e = openEditor();
    QSignalSpy saved(e, &CaseEditor::caseSaved);
    fillValidCase(e, QStringLiteral("Karimov"));
    // A check digit that does not follow the usual rule is a warning, not an error.
    QString pinfl = validPinfl();
    pinfl[13] = QChar(u'0' + (pinfl.at(13).digitValue() + 1) % 10);
    replaceText(edit(e, "pinfl"), pinfl);
    auto *error = find<QLabel>(e, "pinflError");
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->styleSheet().contains(QStringLiteral("#8a5a00"))); // amber, not red

    m_answers = {Dialogs::Answer::No};
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(m_asked.at(0).kind, Dialogs::Question::Kind::Question);
    QVERIFY(m_asked.at(0).text.contains(QStringLiteral("check rule")));
    QCOMPARE(caseCount(), 0);

    m_answers = {Dialogs::Answer::Yes};
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_asked.size(), 2);
    QCOMPARE(caseCount(), 1);
    QCOMPARE(saved.count(), 1);

    // Confirmed once: a later save of the same case does not ask again.
    replaceText(edit(e, "birth_place"), QStringLiteral("Fergana"));
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_asked.size(), 2);
    QCOMPARE(saved.count(), 2);
}

void TestCaseEditor::ctrlReturnSavesAndStartsNext() {
    CaseEditor *e = openEditor();
    QSignalSpy saved(e, &CaseEditor::caseSaved);
    fillValidCase(e, QStringLiteral("Karimov"));
    replaceText(edit(e, "nationality"), QStringLiteral("KAZ"));
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(caseCount(), 1);
    QCOMPARE(saved.count(), 1);

    // A fresh form for the next person: empty, defaults back, cursor in the surname.
    QCOMPARE(e->caseId(), 0);
    QVERIFY(e->isVisible());
    QVERIFY(edit(e, "surname")->text().isEmpty());
    QVERIFY(edit(e, "given_names")->text().isEmpty());
    QVERIFY(edit(e, "birth_date")->text().isEmpty());
    QCOMPARE(find<QComboBox>(e, "sex")->currentData().toString(), QString());
    QCOMPARE(edit(e, "nationality")->text(), QStringLiteral("UZB"));
    QCOMPARE(edit(e, "assigned_officer")->text(), Officer.name);
    QCOMPARE(focused(), edit(e, "surname"));
    QVERIFY(!e->hasUnsavedChanges());
    QVERIFY(!find<QPushButton>(e, "changeStatusButton")->isEnabled());
    QVERIFY(!find<QLabel>(e, "surnameError")->isVisible());

    fillValidCase(e, QStringLiteral("Saidova"));
    find<QComboBox>(e, "sex")->setCurrentIndex(
        find<QComboBox>(e, "sex")->findData(QStringLiteral("F")));
    QTest::keyClick(focused(), Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QCOMPARE(caseCount(), 2);
    QCOMPARE(saved.count(), 2);
    QVERIFY(saved.at(0).at(0).toLongLong() != saved.at(1).at(0).toLongLong());
    CaseRepository repo(*m_db, m_clock);
    QCOMPARE(repo.load(saved.at(0).at(0).toLongLong())->person.surname, QStringLiteral("Karimov"));
    QCOMPARE(repo.load(saved.at(0).at(0).toLongLong())->person.nationality, QStringLiteral("KAZ"));
    QCOMPARE(repo.load(saved.at(1).at(0).toLongLong())->person.surname, QStringLiteral("Saidova"));
    QCOMPARE(repo.load(saved.at(1).at(0).toLongLong())->person.sex, QStringLiteral("F"));
}

void TestCaseEditor::closingWithUnsavedChangesAsks() {
    QPointer<CaseEditor> e = openEditor();
    QTest::keyClicks(edit(e, "surname"), QStringLiteral("Karimov"));
    QVERIFY(e->hasUnsavedChanges());

    // The window's close box: Cancel keeps everything.
    m_answers = {Dialogs::Answer::Cancel};
    QVERIFY(!e->close());
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(m_asked.at(0).kind, Dialogs::Question::Kind::UnsavedChanges);
    QVERIFY(e->isVisible());
    QCOMPARE(edit(e, "surname")->text(), QStringLiteral("Karimov"));

    // Escape: asks too.
    m_answers = {Dialogs::Answer::Cancel};
    QTest::keyClick(edit(e, "surname"), Qt::Key_Escape);
    QCOMPARE(m_asked.size(), 2);
    QCOMPARE(m_asked.at(1).kind, Dialogs::Question::Kind::UnsavedChanges);
    QVERIFY(e->isVisible());

    // Save from the question with an invalid form: nothing is written, the editor stays.
    m_answers = {Dialogs::Answer::Save};
    QTest::mouseClick(find<QPushButton>(e, "closeButton"), Qt::LeftButton);
    QCOMPARE(m_asked.size(), 3);
    QVERIFY(e->isVisible());
    QCOMPARE(caseCount(), 0);

    // Discard closes (and deletes) the editor; nothing is written.
    m_answers = {Dialogs::Answer::Discard};
    QTest::mouseClick(find<QPushButton>(e, "closeButton"), Qt::LeftButton);
    QCOMPARE(m_asked.size(), 4);
    QTRY_VERIFY(e.isNull());
    QCOMPARE(caseCount(), 0);

    // Save from the question with a valid form writes the case, then closes.
    QPointer<CaseEditor> second = openEditor();
    fillValidCase(second, QStringLiteral("Karimov"));
    m_answers = {Dialogs::Answer::Save};
    QTest::keyClick(focused(), Qt::Key_Escape);
    QTRY_VERIFY(second.isNull());
    QCOMPARE(caseCount(), 1);
}

void TestCaseEditor::closingWithoutChangesDoesNotAsk() {
    const CaseRecord stored = createCase(QStringLiteral("Karimov"));
    QPointer<CaseEditor> e = openEditor(stored.id);
    QCOMPARE(edit(e, "surname")->text(), QStringLiteral("Karimov"));
    QVERIFY(!e->hasUnsavedChanges());
    // Typing and undoing leaves no change behind.
    QTest::keyClicks(edit(e, "given_names"), QStringLiteral("x"));
    QVERIFY(e->hasUnsavedChanges());
    QTest::keyClick(edit(e, "given_names"), Qt::Key_Backspace);
    QVERIFY(!e->hasUnsavedChanges());
    QVERIFY(e->close());
    QVERIFY(m_asked.isEmpty());
    QTRY_VERIFY(e.isNull());
}

void TestCaseEditor::statusWorkflowThroughRequestsTab() {
    const CaseRecord stored = createCase(QStringLiteral("Karimov"));
    CaseEditor *e = openEditor(stored.id);
    QSignalSpy saved(e, &CaseEditor::caseSaved);
    CaseRepository repo(*m_db, m_clock);
    auto *statusLabel = find<QLabel>(e, "statusLabel");
    QVERIFY(statusLabel->text().contains(CaseStatusInfo::displayName(CaseStatus::Registered)));

    auto openStatusDialog = [&]() -> StatusDialog * {
        QTest::mouseClick(find<QPushButton>(e, "changeStatusButton"), Qt::LeftButton);
        return e->findChild<StatusDialog *>();
    };
    auto choose = [](StatusDialog *d, CaseStatus s) {
        auto *combo = d->findChild<QComboBox *>(QStringLiteral("targetStatus"));
        const int index = combo->findData(CaseStatusInfo::code(s));
        combo->setCurrentIndex(index);
        return index >= 0;
    };
    auto codes = [](StatusDialog *d) {
        QStringList out;
        auto *combo = d->findChild<QComboBox *>(QStringLiteral("targetStatus"));
        for (int i = 0; i < combo->count(); ++i)
            out << combo->itemData(i).toString();
        return out;
    };
    auto expected = [](CaseStatus from) {
        QStringList out;
        for (CaseStatus s : Workflow::manualTargets(from))
            out << CaseStatusInfo::code(s);
        return out;
    };

    // registered -> identity_check: only the workflow's next steps are offered.
    StatusDialog *d = openStatusDialog();
    QVERIFY(d);
    QCOMPARE(codes(d), expected(CaseStatus::Registered));
    QVERIFY(!codes(d).contains(QStringLiteral("identity_confirmed")));
    // Only a finalised return list puts a case on_return_list.
    QVERIFY(!codes(d).contains(QStringLiteral("on_return_list")));
    QVERIFY(choose(d, CaseStatus::IdentityCheck));
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(!e->findChild<StatusDialog *>());
    QCOMPARE(repo.load(stored.id)->status, CaseStatus::IdentityCheck);
    QVERIFY(statusLabel->text().contains(CaseStatusInfo::displayName(CaseStatus::IdentityCheck)));
    QCOMPARE(saved.count(), 1);

    // identity_check -> identity_confirmed without a reply: core refuses, its message is shown.
    d = openStatusDialog();
    QVERIFY(d);
    QVERIFY(choose(d, CaseStatus::IdentityConfirmed));
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(m_asked.at(0).kind, Dialogs::Question::Kind::Error);
    const Status refusal =
        Workflow::check(CaseStatus::IdentityCheck, CaseStatus::IdentityConfirmed, {}, {});
    QVERIFY(!refusal.ok());
    QCOMPARE(m_asked.at(0).text, refusal.error().message);
    QVERIFY(d->isVisible()); // the officer can pick another step or cancel
    QCOMPARE(repo.load(stored.id)->status, CaseStatus::IdentityCheck);
    QCOMPARE(saved.count(), 1);
    d->reject();
    QTRY_VERIFY(!e->findChild<StatusDialog *>());

    // Log the identity request and its confirmed reply through the requests tab.
    auto *tabs = find<QTabWidget>(e, "caseTabs");
    tabs->setCurrentWidget(find<QWidget>(e, "requestsTab"));
    QTest::mouseClick(find<QPushButton>(e, "logRequestButton"), Qt::LeftButton);
    auto *request = e->findChild<IdentityRequestDialog *>(QStringLiteral("identityRequestDialog"));
    QVERIFY(request);
    QTest::keyClicks(find<QLineEdit>(request, "requestNumber"), QStringLiteral("07/1234"));
    replaceText(find<QLineEdit>(request, "requestDate"), QStringLiteral("10052025"));
    QTest::mouseClick(request->findChild<QPushButton *>(QStringLiteral("okButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!e->findChild<IdentityRequestDialog *>());
    auto *table = find<QTableWidget>(e, "identityRequestsTable");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("07/1234"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("10.05.2025"));
    QCOMPARE(saved.count(), 2);

    QTest::mouseClick(find<QPushButton>(e, "recordReplyButton"), Qt::LeftButton);
    auto *reply = e->findChild<IdentityRequestDialog *>(QStringLiteral("identityReplyDialog"));
    QVERIFY(reply);
    // A reply older than the request is refused by core, shown in the dialog, kept open.
    QTest::keyClicks(find<QLineEdit>(reply, "replyNumber"), QStringLiteral("UZ-55"));
    replaceText(find<QLineEdit>(reply, "replyDate"), QStringLiteral("01.05.2025"));
    auto *result = find<QComboBox>(reply, "replyResult");
    // Choosing "confirmed" shows the record that becomes the confirmed one.
    auto *toConfirm = find<QLabel>(reply, "recordToConfirm");
    result->setCurrentIndex(result->findData(QStringLiteral("no_record")));
    QVERIFY(toConfirm->isHidden());
    result->setCurrentIndex(result->findData(QStringLiteral("confirmed")));
    QVERIFY(!toConfirm->isHidden());
    QVERIFY2(toConfirm->text().contains(stored.person.fullNameCyrillic()) &&
                 toConfirm->text().contains(dates::format(stored.person.birthDate)),
             qPrintable(toConfirm->text()));
    QTest::mouseClick(reply->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(reply->isVisible());
    QVERIFY(find<QLabel>(reply, "errorLabel")->isVisible());
    QCOMPARE(repo.identityRequests(stored.id)->at(0).hasReply(), false);
    replaceText(find<QLineEdit>(reply, "replyDate"), QStringLiteral("2025-05-14"));
    QTest::mouseClick(reply->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(!e->findChild<IdentityRequestDialog *>());
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("UZ-55"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("14.05.2025"));
    QCOMPARE(table->item(0, 4)->text(), replyResultDisplayName(QStringLiteral("confirmed")));
    QCOMPARE(saved.count(), 3);

    // The confirmed reply moved the case on (a core rule); the editor shows it.
    QCOMPARE(repo.load(stored.id)->status, CaseStatus::IdentityConfirmed);
    QVERIFY(
        statusLabel->text().contains(CaseStatusInfo::displayName(CaseStatus::IdentityConfirmed)));
    d = openStatusDialog();
    QVERIFY(d);
    QCOMPARE(codes(d), expected(CaseStatus::IdentityConfirmed));
    d->reject();

    // The history tab shows every step with its officer.
    auto *history = find<QTableWidget>(e, "historyTable");
    QCOMPARE(history->rowCount(), 3);
    QCOMPARE(history->item(0, 3)->text(), CaseStatusInfo::displayName(CaseStatus::Registered));
    QCOMPARE(history->item(1, 2)->text(), CaseStatusInfo::displayName(CaseStatus::Registered));
    QCOMPARE(history->item(1, 3)->text(), CaseStatusInfo::displayName(CaseStatus::IdentityCheck));
    QCOMPARE(history->item(2, 2)->text(), CaseStatusInfo::displayName(CaseStatus::IdentityCheck));
    QCOMPARE(history->item(2, 3)->text(),
             CaseStatusInfo::displayName(CaseStatus::IdentityConfirmed));
    QCOMPARE(history->item(1, 1)->text(), Officer.name);
    QVERIFY(history->item(2, 4)->text().contains(QStringLiteral("UZ-55")));
    const QDate localToday = m_clock.now().toLocalTime().date();
    QVERIFY(
        history->item(2, 0)->text().startsWith(localToday.toString(QStringLiteral("dd.MM.yyyy"))));
}

void TestCaseEditor::statusNeedsReasonToClose() {
    const CaseRecord stored = createCase(QStringLiteral("Karimov"));
    CaseEditor *e = openEditor(stored.id);
    QTest::mouseClick(find<QPushButton>(e, "changeStatusButton"), Qt::LeftButton);
    auto *d = e->findChild<StatusDialog *>();
    QVERIFY(d);
    auto *combo = find<QComboBox>(d, "targetStatus");
    auto *ok = d->findChild<QPushButton *>(QStringLiteral("okButton"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("identity_check")));
    QVERIFY(ok->isEnabled());
    combo->setCurrentIndex(combo->findData(QStringLiteral("closed")));
    QVERIFY(!ok->isEnabled()); // a reason is required
    QVERIFY(find<QLabel>(d, "statusCommentHint")->isVisible());
    QTest::keyClicks(find<QPlainTextEdit>(d, "statusComment"),
                     QStringLiteral("Left the US on his own"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!e->findChild<StatusDialog *>());
    CaseRepository repo(*m_db, m_clock);
    QCOMPARE(repo.load(stored.id)->status, CaseStatus::Closed);
    QCOMPARE(repo.history(stored.id)->last().comment, QStringLiteral("Left the US on his own"));
    // A closed case takes no new identity request.
    QVERIFY(!find<QPushButton>(e, "logRequestButton")->isEnabled());
}

void TestCaseEditor::interviewsAreLogged() {
    const CaseRecord stored = createCase(QStringLiteral("Karimov"));
    CaseEditor *e = openEditor(stored.id);
    QSignalSpy saved(e, &CaseEditor::caseSaved);
    QTest::mouseClick(find<QPushButton>(e, "addInterviewButton"), Qt::LeftButton);
    auto *d = e->findChild<InterviewDialog *>();
    QVERIFY(d);
    QVERIFY(find<QLabel>(d, "interviewReminder")->isVisible());
    QCOMPARE(find<QLineEdit>(d, "interviewDate")->text(), QStringLiteral("15.05.2025"));
    QTest::keyClicks(find<QLineEdit>(d, "interviewPlace"), QStringLiteral("Elizabeth CDF"));
    QTest::keyClicks(find<QLineEdit>(d, "interviewInterpreter"), QStringLiteral("A. Yusupov"));
    QTest::keyClicks(find<QLineEdit>(d, "interviewLanguage"), QStringLiteral("Uzbek"));
    QTest::keyClicks(find<QPlainTextEdit>(d, "interviewWishes"), QStringLiteral("Wants to return"));
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(!e->findChild<InterviewDialog *>());
    QCOMPARE(saved.count(), 1);
    auto *table = find<QTableWidget>(e, "interviewsTable");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Elizabeth CDF"));
    CaseRepository repo(*m_db, m_clock);
    const QList<Interview> stored2 = repo.interviews(stored.id).value();
    QCOMPARE(stored2.size(), 1);
    QCOMPARE(stored2.at(0).statedWishes, QStringLiteral("Wants to return"));
    QCOMPARE(stored2.at(0).date, QDate(2025, 5, 15));
    QCOMPARE(stored2.at(0).officer, Officer.name);
}

void TestCaseEditor::apostrophesInLatinNames() {
    CaseEditor *e = openEditor();
    QLineEdit *name = edit(e, "given_names");
    // ' after o gives ʻ, elsewhere ʼ; ` and ’ are read the same way.
    QTest::keyClicks(name, QStringLiteral("Yo'ldosh Ma'rifat Go`zal"));
    QCOMPARE(name->text(), QStringLiteral("Yoʻldosh Maʼrifat Goʻzal"));
    name->clear();
    typeUnicode(name, QStringLiteral("Oʼg’iloy"));
    QCOMPARE(name->text(), QStringLiteral("Oʻgʻiloy"));

    // Inserted in the middle: the cursor stays where the officer is typing, and Ctrl+Z
    // takes the keystroke back.
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Gulomov"));
    name->setCursorPosition(1);
    QTest::keyClicks(name, QStringLiteral("'"));
    QCOMPARE(name->text(), QStringLiteral("Gʻulomov"));
    QCOMPARE(name->cursorPosition(), 2);
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(name->text(), QStringLiteral("Gulomov"));

    // A pasted name is put right as well.
    name->clear();
    QApplication::clipboard()->setText(QStringLiteral("G'ulom O'g'li"));
    QTest::keyClick(name, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(name->text(), QStringLiteral("Gʻulom Oʻgʻli"));

    // The Cyrillic field is left alone.
    QLineEdit *cyrillic = edit(e, "given_names_cyrillic");
    QTest::keyClicks(cyrillic, QStringLiteral("o'"));
    QCOMPARE(cyrillic->text(), QStringLiteral("o'"));
}

void TestCaseEditor::suggestionsFromTheOtherScript() {
    CaseEditor *e = openEditor();
    auto *suggestion = find<QLabel>(e, "surnameSuggestion");
    QVERIFY(suggestion);
    QVERIFY(!suggestion->isVisible());
    typeUnicode(edit(e, "surname_cyrillic"), QStringLiteral("Раҳимов"));
    QVERIFY(suggestion->isVisible());
    const QString expected = names::cyrillicToLatin(QStringLiteral("Раҳимов"));
    QCOMPARE(expected, QStringLiteral("Rahimov"));
    QVERIFY(suggestion->text().contains(expected));
    QCOMPARE(edit(e, "surname")->placeholderText(), expected);
    QVERIFY(edit(e, "surname")->text().isEmpty()); // never stored by itself
    // Taken with a click on the link.
    emit suggestion->linkActivated(QStringLiteral("use"));
    QCOMPARE(edit(e, "surname")->text(), expected);
    QVERIFY(!suggestion->isVisible());
    // Once the officer wrote something else, no suggestion overrides it.
    auto *cyrillicSuggestion = find<QLabel>(e, "surname_cyrillicSuggestion");
    QVERIFY(!cyrillicSuggestion->isVisible());
}

void TestCaseEditor::durationOfStatus() {
    CaseEditor *e = openEditor();
    fillValidCase(e, QStringLiteral("Karimov"));
    auto *until = find<DateEdit>(e, "authorized_until");
    auto *ds = find<QCheckBox>(e, "authorized_ds");
    auto *info = find<QLabel>(e, "overstayInfo");
    find<QTabWidget>(e, "caseTabs")->setCurrentWidget(find<QWidget>(e, "immigrationTab"));
    replaceText(until, QStringLiteral("01.05.2025"));
    QTest::keyClick(until, Qt::Key_Tab);
    QVERIFY(info->isVisible());
    QVERIFY(info->text().contains(QStringLiteral("14 day")));

    ds->setFocus();
    QTest::keyClick(ds, Qt::Key_Space);
    QVERIFY(ds->isChecked());
    QVERIFY(!until->isEnabled());
    QVERIFY(until->text().isEmpty());
    QVERIFY(!info->text().contains(QStringLiteral("day(s)")));
    QVERIFY(info->text().contains(QStringLiteral("duration of status")));

    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(caseCount(), 1);
    CaseRepository repo(*m_db, m_clock);
    const CaseRecord r = repo.load(e->caseId()).value();
    QVERIFY(r.durationOfStatus);
    QVERIFY(!r.authorizedUntil.isValid());
    QVERIFY(!r.overstayDays(m_clock.today()).has_value());

    // Unticked, the date can be entered again.
    QTest::keyClick(ds, Qt::Key_Space);
    QVERIFY(until->isEnabled());
}

void TestCaseEditor::stopsToRemovalAreSaved() {
    CaseEditor *e = openEditor();
    fillValidCase(e, QStringLiteral("Karimov"));
    find<QTabWidget>(e, "caseTabs")->setCurrentWidget(find<QWidget>(e, "immigrationTab"));
    auto *stayed = find<QCheckBox>(e, "removal_stayed");
    auto *doNotBoard = find<QCheckBox>(e, "do_not_board");
    QVERIFY(stayed && stayed->isVisible());
    QVERIFY(doNotBoard && doNotBoard->isVisible());
    stayed->setFocus();
    QTest::keyClick(stayed, Qt::Key_Space);
    replaceText(edit(e, "hold_note"), QStringLiteral("Stay of removal, 9th Circuit, 12.05.2025"));
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(caseCount(), 1);
    CaseRepository repo(*m_db, m_clock);
    CaseRecord r = repo.load(e->caseId()).value();
    QVERIFY(r.removalStayed);
    QVERIFY(!r.doNotBoard);
    QCOMPARE(r.holdNote, QStringLiteral("Stay of removal, 9th Circuit, 12.05.2025"));

    // Lifted later: the editor shows what is stored and saves the change.
    r.removalStayed = false;
    r.doNotBoard = true;
    QVERIFY(repo.update(Officer, r));
    e->close();
    CaseEditor *again = openEditor(r.id);
    QVERIFY(!find<QCheckBox>(again, "removal_stayed")->isChecked());
    QVERIFY(find<QCheckBox>(again, "do_not_board")->isChecked());
    QCOMPARE(edit(again, "hold_note")->text(), r.holdNote);
}

void TestCaseEditor::consentNeedsItsDayAndFormAndYieldsToAnObjection() {
    CaseEditor *e = openEditor();
    fillValidCase(e, QStringLiteral("Karimov"));
    find<QTabWidget>(e, "caseTabs")->setCurrentWidget(find<QWidget>(e, "careTab"));
    auto *relatives = find<QCheckBox>(e, "consent_contact_relatives");
    auto *on = find<DateEdit>(e, "consent_contact_relatives_on");
    auto *form = find<QComboBox>(e, "consent_contact_relatives_form");
    auto *objects = find<QCheckBox>(e, "objects_to_consular_action");
    auto *banner = find<QLabel>(e, "objectionBanner");
    QVERIFY(relatives && on && form && objects && banner);
    QVERIFY(!on->isEnabled() && !form->isEnabled());
    QVERIFY(!banner->isVisible());

    // Ticking the consent dates it today and asks for its form.
    relatives->setFocus();
    QTest::keyClick(relatives, Qt::Key_Space);
    QVERIFY(on->isEnabled() && form->isEnabled());
    QCOMPARE(on->date(), m_clock.today());
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(caseCount(), 0);
    auto *formError = find<QLabel>(e, "consent_contact_relatives_formError");
    QVERIFY(formError && formError->isVisible());
    QVERIFY2(formError->text().contains(QStringLiteral("form")), qPrintable(formError->text()));
    form->setFocus();
    form->setCurrentIndex(form->findData(QStringLiteral("written")));
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(caseCount(), 1);
    CaseRepository repo(*m_db, m_clock);
    CaseRecord stored = repo.load(e->caseId()).value();
    QVERIFY(stored.consentContactRelatives);
    QCOMPARE(stored.consentContactRelativesOn, m_clock.today());
    QCOMPARE(stored.consentContactRelativesForm, QStringLiteral("written"));

    // The person objects: the banner says what it means, and the consent must be taken back
    // before the objection is saved; afterwards no consent can be ticked.
    objects->setFocus();
    QTest::keyClick(objects, Qt::Key_Space);
    QVERIFY(banner->isVisible());
    QVERIFY(relatives->isEnabled()); // it can still be taken back
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!repo.load(e->caseId())->objectsToConsularAction);
    relatives->setFocus();
    QTest::keyClick(relatives, Qt::Key_Space);
    QVERIFY(!relatives->isEnabled());
    QVERIFY(!find<QCheckBox>(e, "consent_share_lawyer")->isEnabled());
    QTest::keyClick(e, Qt::Key_S, Qt::ControlModifier);
    stored = repo.load(e->caseId()).value();
    QVERIFY(stored.objectsToConsularAction);
    QCOMPARE(stored.objectionOn, m_clock.today());
    QVERIFY(!stored.consentContactRelatives);
    QVERIFY(!stored.consentContactRelativesOn.isValid());
}

void TestCaseEditor::notesReminderAndNoSensitiveFields() {
    CaseEditor *e = openEditor();
    auto *tabs = find<QTabWidget>(e, "caseTabs");
    auto *notes = find<QPlainTextEdit>(e, "notes");
    QVERIFY(notes);
    tabs->setCurrentWidget(find<QWidget>(e, "careTab"));
    auto *reminder = find<QLabel>(e, "notesReminder");
    QVERIFY(reminder->isVisible());
    for (const char *topic : {"asylum", "political", "religious", "sexual orientation",
                              "gender identity", "medical diagnoses"})
        QVERIFY2(reminder->text().contains(QString::fromLatin1(topic)), topic);
    QVERIFY(find<QLabel>(e, "needsNote")->isVisible());
    QVERIFY(find<QLabel>(e, "needsNote")->text().contains(QStringLiteral("never a diagnosis")));
    // One check box per operational need, none for anything else.
    for (const QString &code : needCodes())
        QVERIFY(e->findChild<QCheckBox *>(QStringLiteral("need_") + code));
    // No input of the editor is about the topics that are never recorded.
    const QStringList forbidden = {QStringLiteral("asylum"),      QStringLiteral("religio"),
                                   QStringLiteral("politic"),     QStringLiteral("diagnos"),
                                   QStringLiteral("orientation"), QStringLiteral("gender"),
                                   QStringLiteral("ethnic")};
    for (QWidget *w : e->findChildren<QWidget *>()) {
        if (!qobject_cast<QLineEdit *>(w) && !qobject_cast<QCheckBox *>(w) &&
            !qobject_cast<QComboBox *>(w) && !qobject_cast<QPlainTextEdit *>(w))
            continue;
        for (const QString &word : forbidden)
            QVERIFY2(!w->objectName().contains(word, Qt::CaseInsensitive),
                     qPrintable(w->objectName()));
    }
}

void TestCaseEditor::dateEditParsesAndEchoes() {
    QWidget window;
    auto *date = new DateEdit(&window);
    auto *other = new QLineEdit(&window);
    auto *layout = new QHBoxLayout(&window);
    layout->addWidget(date);
    layout->addWidget(date->echoLabel());
    layout->addWidget(other);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    const QList<std::pair<QString, QDate>> inputs = {
        {QStringLiteral("30.04.2025"), QDate(2025, 4, 30)},
        {QStringLiteral("30042025"), QDate(2025, 4, 30)},
        {QStringLiteral("2025-04-30"), QDate(2025, 4, 30)},
        {QStringLiteral("3.4.2025"), QDate(2025, 4, 3)},
    };
    for (const auto &[typed, expected] : inputs) {
        date->setFocus();
        date->clear();
        QTest::keyClicks(date, typed);
        QCOMPARE(date->date(), expected);
        QTest::keyClick(date, Qt::Key_Tab);
        QCOMPARE(date->text(), expected.toString(QStringLiteral("dd.MM.yyyy")));
        QCOMPARE(date->echoLabel()->text(),
                 QLocale().toString(expected, QStringLiteral("d MMMM yyyy")));
        QVERIFY(date->isValidOrEmpty());
    }
    QCOMPARE(date->echoLabel()->text(), QStringLiteral("3 April 2025"));

    // Not a date: an error in the echo once typing is finished, never a guess.
    for (const QString &typed :
         {QStringLiteral("300425"), QStringLiteral("31.02.2025"), QStringLiteral("04/30/2025")}) {
        date->setFocus();
        date->clear();
        QTest::keyClicks(date, typed);
        QVERIFY(date->echoLabel()->text().isEmpty()); // not while typing
        QTest::keyClick(date, Qt::Key_Tab);
        QVERIFY(!date->isValidOrEmpty());
        QVERIFY(!date->date().isValid());
        QCOMPARE(date->text(), typed); // the officer's text is kept to correct it
        QCOMPARE(date->echoLabel()->text(), date->errorText());
        QVERIFY(date->errorText().contains(QStringLiteral("30.04.2025")));
    }

    date->setDate(QDate(1990, 4, 30));
    QCOMPARE(date->text(), QStringLiteral("30.04.1990"));
    QVERIFY(date->isValidOrEmpty());
    date->setDate(QDate());
    QVERIFY(date->text().isEmpty());
    QVERIFY(date->isValidOrEmpty());

    // The month is written in the interface language.
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    date->setDate(QDate(2025, 4, 30));
    const QString russian = date->echoLabel()->text();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(russian.contains(QStringLiteral("апреля")) ||
                 russian.contains(QStringLiteral("апрель")),
             qPrintable(russian));
    QVERIFY(russian.contains(QStringLiteral("2025")));
}

void TestCaseEditor::newCaseDefaultsAndDisabledTabs() {
    CaseEditor *e = openEditor();
    QCOMPARE(e->objectName(), QStringLiteral("caseEditor"));
    QVERIFY(!e->isModal());
    QVERIFY(e->testAttribute(Qt::WA_DeleteOnClose));
    QCOMPARE(e->caseId(), 0);
    QCOMPARE(edit(e, "nationality")->text(), QStringLiteral("UZB"));
    QCOMPARE(find<QComboBox>(e, "custody")->currentData().toString(), QStringLiteral("at_large"));
    QCOMPARE(edit(e, "assigned_officer")->text(), Officer.name);
    QVERIFY(!e->hasUnsavedChanges());
    auto *tabs = find<QTabWidget>(e, "caseTabs");
    for (const char *page : {"requestsTab", "interviewsTab", "historyTab"})
        QVERIFY(!tabs->isTabEnabled(tabs->indexOf(find<QWidget>(e, page))));
    for (const char *page : {"personTab", "immigrationTab", "careTab"})
        QVERIFY(tabs->isTabEnabled(tabs->indexOf(find<QWidget>(e, page))));
    QVERIFY(!find<QPushButton>(e, "changeStatusButton")->isEnabled());
    for (const char *button : {"saveButton", "saveNextButton", "closeButton"})
        QVERIFY(find<QPushButton>(e, button));

    // Every input named after its column has a label whose buddy it is (Cyrillic names share
    // the column header), and Enter in a field goes to the next field, not to a button.
    for (const char *name :
         {"surname", "given_names", "patronymic", "sex", "birth_date", "birth_place", "nationality",
          "pinfl", "passport_number", "passport_issue_date", "passport_expiry_date",
          "host_reference", "entry_date", "authorized_until", "custody", "facility", "notes"}) {
        QWidget *w = find<QWidget>(e, name);
        QVERIFY2(w, name);
        bool labelled = false;
        for (QLabel *label : e->findChildren<QLabel *>()) {
            if (label->buddy() == w && label->text().contains(u'&'))
                labelled = true;
        }
        QVERIFY2(labelled, name);
    }
    QTest::keyClick(edit(e, "surname"), Qt::Key_Return);
    QCOMPARE(focused(), edit(e, "given_names"));
    QCOMPARE(caseCount(), 0);

    // Alt+2 opens the immigration tab at its first field.
    QTest::keyClick(focused(), Qt::Key_2, Qt::AltModifier);
    QCOMPARE(tabs->currentWidget(), find<QWidget>(e, "immigrationTab"));
    QCOMPARE(focused(), edit(e, "host_reference"));
}

void TestCaseEditor::retranslatesOnLanguageChange() {
    CaseEditor *e = openEditor();
    auto *tabs = find<QTabWidget>(e, "caseTabs");
    const QString before = tabs->tabText(0);
    auto *label = find<QLabel>(e, "surnameLabel");
    QVERIFY(label);
    const QString labelBefore = label->text();
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QCoreApplication::processEvents(); // LanguageChange is posted
    QCOMPARE(tabs->tabText(0), QStringLiteral("~") + before);
    QCOMPARE(label->text(), QStringLiteral("~") + labelBefore);
    QVERIFY(find<QPushButton>(e, "saveButton")->text().startsWith(u'~'));
    QVERIFY(find<QComboBox>(e, "return_wish")->itemText(0).startsWith(u'~'));
    QCoreApplication::removeTranslator(&marking);
    QCoreApplication::processEvents();
    QCOMPARE(tabs->tabText(0), before);
}

QTEST_MAIN(TestCaseEditor)
#include "tst_caseeditor.moc"

void TestCaseEditor::busyRegisterKeepsEditsAndRetries() {
    // Another program holds the register's write lock (as a second window's long import
    // would): the save waits for the busy timeout, says so, keeps the edits and may retry.
    const QString other = QStringLiteral("other-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
        db.setDatabaseName(m_db->path());
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE")));
    }
    CaseEditor *e = openEditor();
    QSignalSpy saved(e, &CaseEditor::caseSaved);
    fillValidCase(e, QStringLiteral("Nazarov"));

    m_answers = {Dialogs::Answer::No}; // keep editing
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_asked.size(), 1);
    QVERIFY(m_asked.at(0).text.contains(QStringLiteral("busy")));
    QVERIFY(m_asked.at(0).text.contains(QStringLiteral("kept in this window")));
    QCOMPARE(saved.count(), 0);
    QVERIFY(e->isVisible());
    QCOMPARE(edit(e, "surname")->text(), QStringLiteral("Nazarov"));

    // Saving again: still busy; the other program finishes while the question is shown,
    // and "Try again" saves what was typed.
    Dialogs::setResponder([&](const Dialogs::Question &q) {
        m_asked << q;
        QSqlQuery(QSqlDatabase::database(other, false)).exec(QStringLiteral("COMMIT"));
        return Dialogs::Answer::Yes;
    });
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    Dialogs::setResponder([this](const Dialogs::Question &q) {
        m_asked << q;
        return m_answers.isEmpty() ? Dialogs::Answer::Cancel : m_answers.takeFirst();
    });
    QSqlDatabase::database(other, false).close();
    QSqlDatabase::removeDatabase(other);
    QCOMPARE(m_asked.size(), 2);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(caseCount(), 1);
    CaseRepository repo(*m_db, m_clock);
    QCOMPARE(repo.load(e->caseId()).value().person.surname, QStringLiteral("Nazarov"));
}
