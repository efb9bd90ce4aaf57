// Probable duplicates on saving a case: the editor shows them in the duplicates dialog and
// does what the officer chooses. Widgets are found by objectName; the dialog is answered
// by clicking its buttons while it is open.

#include "core/caserepository.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/duplicates.h"
#include "support/testsupport.h"
#include "ui/caseeditor.h"
#include "ui/dialogs.h"
#include "ui/duplicatesdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace qaytish;
using namespace Qt::StringLiterals;

namespace {

const Actor Officer{u"k.rahimova"_s};

} // namespace

class TestDuplicatesDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void samePinflGoOnSaves();
    void samePinflLinkRecordsTheLink();
    void samePinflOpenSavesNothingAndReportsTheCase();
    void backToTheFormSavesNothing();
    void otherSpellingSameBirthDateIsShown();
    void nothingAskedForSomeoneElse();
    void editWithoutIdentityChangeDoesNotAskAgain();
    void dialogListsEveryMatchWithReasons();

private:
    CaseEditor *openEditor();
    void fill(CaseEditor *e, const QString &surname, const QString &given, const QString &pinfl);
    void save(CaseEditor *e, const QString &button);
    qint64 scalar(const QString &sql) const;

    QTemporaryDir m_dir;
    int m_registerNumber = 0;
    std::shared_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2025, 5, 15), QTime(10, 0), Qt::UTC)};
    CaseRecord m_existing;
    // What the duplicates dialog showed the last time it was open.
    bool m_dialogShown = false;
    QStringList m_shownRows;
};

void TestDuplicatesDialog::initTestCase() {
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // Warnings (e.g. no Cyrillic name) are confirmed; nothing else is asked here.
    Dialogs::setResponder([](const Dialogs::Question &) { return Dialogs::Answer::Yes; });
}

void TestDuplicatesDialog::init() {
    auto db = Database::open(m_dir.filePath(u"register%1.qaytish"_s.arg(++m_registerNumber)));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    m_db = db.value();
    // The case already in the register: Toʻxtayev Oʻtkir, born 30.04.1990.
    CaseRecord r = test::sampleCase(u"Toʻxtayev"_s, u"Тўхтаев"_s);
    r.person.givenNames = u"Oʻtkir"_s;
    r.person.givenNamesCyrillic = u"Ўткир"_s;
    CaseRepository repo(*m_db, m_clock);
    auto saved = repo.create(Officer, r);
    QVERIFY(saved.ok());
    m_existing = saved->record;
    m_dialogShown = false;
    m_shownRows.clear();
}

void TestDuplicatesDialog::cleanup() {
    Dialogs::setResponder([](const Dialogs::Question &q) {
        return q.kind == Dialogs::Question::Kind::UnsavedChanges ? Dialogs::Answer::Discard
                                                                 : Dialogs::Answer::Yes;
    });
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *e = qobject_cast<CaseEditor *>(w))
            e->close();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    Dialogs::setResponder([](const Dialogs::Question &) { return Dialogs::Answer::Yes; });
    m_db.reset();
}

CaseEditor *TestDuplicatesDialog::openEditor() {
    auto *editor = new CaseEditor(m_db, m_clock, Officer, 0);
    editor->show();
    QApplication::setActiveWindow(editor);
    if (!QTest::qWaitForWindowActive(editor))
        qWarning("the editor did not become active");
    return editor;
}

void TestDuplicatesDialog::fill(CaseEditor *e, const QString &surname, const QString &given,
                                const QString &pinfl) {
    e->findChild<QLineEdit *>(u"surname"_s)->setText(surname);
    e->findChild<QLineEdit *>(u"given_names"_s)->setText(given);
    auto *sex = e->findChild<QComboBox *>(u"sex"_s);
    sex->setCurrentIndex(sex->findData(u"M"_s));
    auto *birth = e->findChild<QLineEdit *>(u"birth_date"_s);
    birth->setFocus();
    birth->setText(u"30.04.1990"_s);
    e->findChild<QLineEdit *>(u"pinfl"_s)->setFocus(); // commits the date
    e->findChild<QLineEdit *>(u"pinfl"_s)->setText(pinfl);
}

// Clicks Save; if the duplicates dialog opens, records what it lists and clicks `button`.
void TestDuplicatesDialog::save(CaseEditor *e, const QString &button) {
    m_dialogShown = false;
    m_shownRows.clear();
    QTimer poll;
    poll.setInterval(5);
    connect(&poll, &QTimer::timeout, this, [&] {
        DuplicatesDialog *dialog = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->isVisible() && w->objectName() == u"duplicatesDialog"_s)
                dialog = qobject_cast<DuplicatesDialog *>(w);
        }
        if (!dialog)
            return;
        poll.stop();
        m_dialogShown = true;
        auto *table = dialog->findChild<QTableWidget *>(u"duplicatesTable"_s);
        for (int row = 0; table && row < table->rowCount(); ++row) {
            QStringList cells;
            for (int col = 0; col < table->columnCount(); ++col)
                cells << table->item(row, col)->text();
            m_shownRows << cells.join(u" | "_s);
        }
        dialog->findChild<QPushButton *>(button)->click();
    });
    poll.start();
    e->findChild<QPushButton *>(u"saveButton"_s)->click();
    poll.stop();
}

qint64 TestDuplicatesDialog::scalar(const QString &sql) const {
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestDuplicatesDialog::samePinflGoOnSaves() {
    CaseEditor *e = openEditor();
    QSignalSpy saved(e, &CaseEditor::caseSaved);
    fill(e, u"Sodiqov"_s, u"Sardor"_s, m_existing.person.pinfl);
    save(e, u"goOnButton"_s);
    QVERIFY(m_dialogShown);
    QCOMPARE(m_shownRows.size(), 1);
    QVERIFY2(m_shownRows.first().contains(m_existing.caseRef), qPrintable(m_shownRows.first()));
    QVERIFY(m_shownRows.first().contains(u"Toʻxtayev Oʻtkir"_s));
    QVERIFY(m_shownRows.first().contains(u"30.04.1990"_s));
    QVERIFY(m_shownRows.first().contains(u"same PINFL"_s));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM return_case"_s), 2);
    QCOMPARE(scalar(u"SELECT count(*) FROM person_link"_s), 0);
    QVERIFY(e->caseId() > m_existing.id);
}

void TestDuplicatesDialog::samePinflLinkRecordsTheLink() {
    CaseEditor *e = openEditor();
    fill(e, u"Sodiqov"_s, u"Sardor"_s, m_existing.person.pinfl);
    save(e, u"linkButton"_s);
    QVERIFY(m_dialogShown);
    QCOMPARE(scalar(u"SELECT count(*) FROM return_case"_s), 2);
    QCOMPARE(scalar(u"SELECT count(*) FROM person_link"_s), 1);
    PersonLinks links(*m_db, m_clock);
    auto ofExisting = links.linksOf(m_existing.person.id);
    QVERIFY(ofExisting.ok());
    QCOMPARE(ofExisting->size(), 1);
    QCOMPARE(ofExisting->first().linkedBy, Officer.name);
    QCOMPARE(ofExisting->first().linkedAt, m_clock.now());
    const qint64 newPerson =
        scalar(u"SELECT person_id FROM return_case WHERE id = %1"_s.arg(e->caseId()));
    QVERIFY(ofExisting->first().personA == newPerson || ofExisting->first().personB == newPerson);
}

void TestDuplicatesDialog::samePinflOpenSavesNothingAndReportsTheCase() {
    CaseEditor *e = openEditor();
    QSignalSpy saved(e, &CaseEditor::caseSaved);
    QSignalSpy open(e, &CaseEditor::openCaseRequested);
    fill(e, u"Sodiqov"_s, u"Sardor"_s, m_existing.person.pinfl);
    save(e, u"openExistingButton"_s);
    QVERIFY(m_dialogShown);
    QCOMPARE(saved.size(), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM return_case"_s), 1);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toLongLong(), m_existing.id);
    // The form keeps what was typed.
    QCOMPARE(e->findChild<QLineEdit *>(u"surname"_s)->text(), u"Sodiqov"_s);
    QVERIFY(e->hasUnsavedChanges());
}

void TestDuplicatesDialog::backToTheFormSavesNothing() {
    CaseEditor *e = openEditor();
    QSignalSpy open(e, &CaseEditor::openCaseRequested);
    fill(e, u"Sodiqov"_s, u"Sardor"_s, m_existing.person.pinfl);
    save(e, u"cancelButton"_s);
    QVERIFY(m_dialogShown);
    QCOMPARE(scalar(u"SELECT count(*) FROM return_case"_s), 1);
    QCOMPARE(open.size(), 0);
}

// No shared identifier, but the same birth date and the Russian spelling of the name.
void TestDuplicatesDialog::otherSpellingSameBirthDateIsShown() {
    CaseEditor *e = openEditor();
    fill(e, u"TOKHTAEV"_s, u"UTKIR"_s, QString());
    save(e, u"goOnButton"_s);
    QVERIFY(m_dialogShown);
    QCOMPARE(m_shownRows.size(), 1);
    QVERIFY(m_shownRows.first().contains(u"matching name"_s));
    QVERIFY(!m_shownRows.first().contains(u"PINFL"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM return_case"_s), 2);
}

void TestDuplicatesDialog::nothingAskedForSomeoneElse() {
    CaseEditor *e = openEditor();
    QSignalSpy saved(e, &CaseEditor::caseSaved);
    fill(e, u"Sodiqov"_s, u"Sardor"_s, QString());
    save(e, u"goOnButton"_s);
    QVERIFY(!m_dialogShown);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM return_case"_s), 2);
}

void TestDuplicatesDialog::editWithoutIdentityChangeDoesNotAskAgain() {
    CaseEditor *e = openEditor();
    fill(e, u"Sodiqov"_s, u"Sardor"_s, m_existing.person.pinfl);
    save(e, u"goOnButton"_s);
    QVERIFY(m_dialogShown);
    // Another field changes: the identity is the same, nothing is asked.
    e->findChild<QLineEdit *>(u"birth_place"_s)->setText(u"Buxoro"_s);
    save(e, u"goOnButton"_s);
    QVERIFY(!m_dialogShown);
    QCOMPARE(scalar(u"SELECT count(*) FROM person WHERE birth_place = 'Buxoro'"_s), 1);
    // The given name changes: asked again.
    e->findChild<QLineEdit *>(u"given_names"_s)->setText(u"Sardorbek"_s);
    save(e, u"goOnButton"_s);
    QVERIFY(m_dialogShown);
}

void TestDuplicatesDialog::dialogListsEveryMatchWithReasons() {
    DuplicateMatch a;
    a.caseId = 7;
    a.caseRef = u"QY-2025-000007"_s;
    a.fullName = u"Toʻxtayev Oʻtkir"_s;
    a.birthDate = QDate(1990, 4, 30);
    a.reasons = {DuplicateReason::SamePinfl, DuplicateReason::SamePassport};
    DuplicateMatch b = a;
    b.caseId = 9;
    b.caseRef = u"QY-2025-000009"_s;
    b.reasons = {DuplicateReason::SameBirthDateAndName};
    b.linked = true;
    DuplicatesDialog dialog({a, b});
    auto *table = dialog.findChild<QTableWidget *>(u"duplicatesTable"_s);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), a.caseRef);
    QVERIFY(table->item(0, 3)->text().contains(u"same PINFL"_s));
    QVERIFY(table->item(0, 3)->text().contains(u"same passport number"_s));
    QVERIFY(table->item(1, 3)->text().contains(u"already linked"_s));
    QCOMPARE(dialog.selectedCaseId(), 7);
    table->selectRow(1);
    QCOMPARE(dialog.selectedCaseId(), 9);
    dialog.findChild<QPushButton *>(u"linkButton"_s)->click();
    QCOMPARE(dialog.choice(), DuplicatesDialog::Choice::Link);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestDuplicatesDialog)
#include "tst_duplicatesdialog.moc"
