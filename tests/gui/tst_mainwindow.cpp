#include "support/testsupport.h"

#include "core/appinfo.h"
#include "core/casequery.h"
#include "core/caserepository.h"
#include "core/database.h"
#include "core/demogenerator.h"
#include "core/safetycopies.h"
#include "ui/caseeditor.h"
#include "ui/casetablemodel.h"
#include "ui/dialogs.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/safetycopiesdialog.h"
#include "ui/welcomeview.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <memory>

using namespace qaytish;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyRegisterShowsWelcome();
    void tableShowsCountAndPath();
    void searchFiltersAfterDelay();
    void cyrillicSearchFindsLatinNames();
    void statusFilterFilters();
    void findShortcutFocusesSearch();
    void enterOpensSelectedCase();
    void newCaseShortcutOpensEditorAndSaveRefreshes();
    void keyboardOnlyCaseIsFoundBySearch();
    void languageSwitchChangesMenus();
    void foreignFileIsRefusedAndLeftUnchanged_data();
    void foreignFileIsRefusedAndLeftUnchanged();
    void rememberGeometryAndLastRegister();
    void cancellingDemoWritesNothing();
    void openDemoRegister();
    void dailySafetyCopyAndRestore();

private:
    QString makeRegister(const QString &name, int cases);
    static int expectedCount(const QString &path, const CaseFilter &filter);
    template <typename T> static T *child(QWidget *w, const char *name) {
        return w->findChild<T *>(QString::fromLatin1(name));
    }
    std::unique_ptr<MainWindow> showWindow();

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2025, 6, 15), QTime(12, 0), QTimeZone::utc())};
    QString m_populated; // 300 demo cases
    QList<Dialogs::Question> m_asked;
};

QString TestMainWindow::makeRegister(const QString &name, int cases) {
    const QString path = m_dir.filePath(name);
    Result<std::shared_ptr<Database>> db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    if (cases > 0) {
        const Status s = DemoGenerator::generate(*db.value(), m_clock, Actor{QStringLiteral("t")},
                                                 DemoGenerator::Options{cases, 3});
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
    }
    return path;
}

int TestMainWindow::expectedCount(const QString &path, const CaseFilter &filter) {
    Result<std::shared_ptr<Database>> db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db)
        return -1;
    Result<qint64> n = CaseQuery(filter, {}).count(db.value()->connection(), path);
    return n ? int(n.value()) : -1;
}

std::unique_ptr<MainWindow> TestMainWindow::showWindow() {
    auto w = std::make_unique<MainWindow>(m_clock);
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("the window did not become active");
    return w;
}

void TestMainWindow::initTestCase() {
    QVERIFY(m_dir.isValid());
    // Settings and the demo register of this run only, never an officer's.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    setApplicationIdentity();
    QVERIFY(Database::demoPath().startsWith(m_dir.path()));
    QVERIFY(QSettings().fileName().startsWith(m_dir.path()));
    Dialogs::setResponder([this](const Dialogs::Question &q) {
        m_asked << q;
        return q.kind == Dialogs::Question::Kind::UnsavedChanges ? Dialogs::Answer::Discard
                                                                 : Dialogs::Answer::No;
    });
    Dialogs::setFileResponder([](const QString &) { return QString(); });
    m_populated = makeRegister(QStringLiteral("populated.qaytish"), 300);
}

void TestMainWindow::init() {
    QSettings().clear();
    Language::apply(QStringLiteral("en"));
    m_asked.clear();
    Dialogs::shownTexts().clear();
}

void TestMainWindow::cleanup() {
    // Editors are windows of their own; none may outlive a test.
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        if (w->objectName() == QStringLiteral("caseEditor"))
            delete w;
    }
}

void TestMainWindow::emptyRegisterShowsWelcome() {
    const QString path = makeRegister(QStringLiteral("empty.qaytish"), 0);
    auto w = showWindow();
    QVERIFY(w->openRegister(path));
    QVERIFY(m_asked.isEmpty());

    auto *welcome = child<WelcomeView>(w.get(), "welcomeView");
    auto *table = child<QTableView>(w.get(), "caseTable");
    QVERIFY(welcome && table);
    QVERIFY(welcome->isVisible());
    QVERIFY(!table->isVisible());
    auto *newCase = child<QPushButton>(w.get(), "welcomeNewCase");
    auto *import = child<QPushButton>(w.get(), "welcomeImport");
    auto *demo = child<QPushButton>(w.get(), "welcomeDemo");
    QVERIFY(newCase && import && demo);
    QVERIFY(newCase->isVisible() && newCase->isEnabled());
    QCOMPARE(newCase->text(), QStringLiteral("New case"));
    QVERIFY(import->isEnabled()); // CSV import is there
    QVERIFY(!import->toolTip().isEmpty());
    QVERIFY(demo->isEnabled());
    QTRY_VERIFY(newCase->hasFocus()); // the first thing to do is one key press away
    QCOMPARE(w->windowTitle(), QStringLiteral("Qaytish — empty.qaytish (unprotected register)"));
    QVERIFY(child<QLabel>(w.get(), "caseCountLabel")->text().contains(u'0'));
}

void TestMainWindow::tableShowsCountAndPath() {
    auto w = showWindow();
    QVERIFY(w->openRegister(m_populated));
    auto *table = child<QTableView>(w.get(), "caseTable");
    QVERIFY(table->isVisible());
    QVERIFY(!child<WelcomeView>(w.get(), "welcomeView")->isVisible());
    // The first rows at once, the rest when the count arrives from the reader thread.
    QVERIFY(table->model()->index(0, 0).data().toString().startsWith(QStringLiteral("QY-")));
    QTRY_COMPARE(table->model()->rowCount(), 300);
    QCOMPARE(table->model()->columnCount(), CaseColumnCount);
    const QString count = child<QLabel>(w.get(), "caseCountLabel")->text();
    QVERIFY2(count.contains(QStringLiteral("300")), qPrintable(count));
    QCOMPARE(child<QLabel>(w.get(), "registerPathLabel")->text(),
             QDir::toNativeSeparators(m_populated));
    QCOMPARE(w->windowTitle(),
             QStringLiteral("Qaytish — populated.qaytish (unprotected register)"));
    QVERIFY(table->isSortingEnabled());
    QVERIFY(table->alternatingRowColors());
    QCOMPARE(table->selectionBehavior(), QAbstractItemView::SelectRows);
    QVERIFY(table->currentIndex().isValid()); // keyboard-ready on the first row

    // A header click sorts in SQL through the model.
    table->sortByColumn(int(CaseColumn::BirthDate), Qt::AscendingOrder);
    QCOMPARE(w->model()->currentSort().column, CaseColumn::BirthDate);
    const QDate first = QDate::fromString(table->model()->index(0, 3).data().toString(),
                                          QStringLiteral("dd.MM.yyyy"));
    // The last rows lie pages away from the first: read in the background.
    auto lastDate = [&] {
        return QDate::fromString(table->model()->index(299, 3).data().toString(),
                                 QStringLiteral("dd.MM.yyyy"));
    };
    QTRY_VERIFY(lastDate().isValid());
    const QDate last = lastDate();
    QVERIFY(first.isValid());
    QVERIFY(first < last);
}

void TestMainWindow::searchFiltersAfterDelay() {
    const int expected = expectedCount(m_populated, CaseFilter{QStringLiteral("Karimov"), {}});
    QVERIFY(expected > 0 && expected < 300);
    auto w = showWindow();
    QVERIFY(w->openRegister(m_populated));
    auto *search = child<QLineEdit>(w.get(), "searchEdit");
    auto *table = child<QTableView>(w.get(), "caseTable");
    QVERIFY(search->isClearButtonEnabled());
    QVERIFY(!search->placeholderText().isEmpty());

    QTRY_COMPARE(table->model()->rowCount(), 300);
    QTest::keyClicks(search, QStringLiteral("Karimov"));
    // Debounced: nothing is queried while typing.
    QCOMPARE(table->model()->rowCount(), 300);
    QTRY_COMPARE(table->model()->rowCount(), expected);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY(
            table->model()->index(row, 1).data().toString().contains(QStringLiteral("Karimov")));
    QTRY_VERIFY(child<QLabel>(w.get(), "caseCountLabel")->text().contains(QStringLiteral("300")));
    const QString count = child<QLabel>(w.get(), "caseCountLabel")->text();
    QVERIFY2(count.contains(QString::number(expected)) && count.contains(QStringLiteral("300")),
             qPrintable(count));

    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), 300);
}

void TestMainWindow::cyrillicSearchFindsLatinNames() {
    const int expected = expectedCount(m_populated, CaseFilter{QStringLiteral("Karimov"), {}});
    QVERIFY(expected > 0);
    auto w = showWindow();
    QVERIFY(w->openRegister(m_populated));
    auto *search = child<QLineEdit>(w.get(), "searchEdit");
    auto *table = child<QTableView>(w.get(), "caseTable");
    search->setFocus();
    // keyClicks() cannot type non-ASCII: one key event per character.
    for (QChar c : QStringLiteral("Каримов"))
        QTest::sendKeyEvent(QTest::KeyAction::Click, search, Qt::Key_unknown, QString(c),
                            Qt::NoModifier);
    QCOMPARE(search->text(), QStringLiteral("Каримов"));
    QTRY_COMPARE(table->model()->rowCount(), expected);
    QVERIFY(table->model()->index(0, 1).data().toString().contains(QStringLiteral("Karimov")));
}

void TestMainWindow::statusFilterFilters() {
    const int closed = expectedCount(m_populated, CaseFilter{{}, CaseStatus::Closed});
    QVERIFY(closed > 0 && closed < 300);
    auto w = showWindow();
    QVERIFY(w->openRegister(m_populated));
    auto *combo = child<QComboBox>(w.get(), "statusFilter");
    auto *table = child<QTableView>(w.get(), "caseTable");
    QCOMPARE(combo->count(), int(CaseStatusInfo::all().size()) + 1);
    QCOMPARE(combo->itemText(0), QStringLiteral("All statuses"));
    const int index = combo->findData(QStringLiteral("closed"));
    QVERIFY(index > 0);
    QCOMPARE(combo->itemText(index), CaseStatusInfo::displayName(CaseStatus::Closed));
    combo->setCurrentIndex(index);
    QCOMPARE(table->model()->rowCount(), closed);
    for (int row = 0; row < closed; ++row)
        QCOMPARE(table->model()->index(row, 0).data(CaseTableModel::StatusCodeRole).toString(),
                 QStringLiteral("closed"));
    combo->setCurrentIndex(0);
    QTRY_COMPARE(table->model()->rowCount(), 300);
}

void TestMainWindow::findShortcutFocusesSearch() {
    auto w = showWindow();
    QVERIFY(w->openRegister(m_populated));
    auto *search = child<QLineEdit>(w.get(), "searchEdit");
    auto *table = child<QTableView>(w.get(), "caseTable");
    search->setText(QStringLiteral("abc"));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QCOMPARE(search->selectedText(), QStringLiteral("abc"));
}

void TestMainWindow::enterOpensSelectedCase() {
    auto w = showWindow();
    QVERIFY(w->openRegister(m_populated));
    auto *table = child<QTableView>(w.get(), "caseTable");
    const QModelIndex index = table->model()->index(5, 1);
    const qint64 id = index.data(CaseTableModel::CaseIdRole).toLongLong();
    QVERIFY(id > 0);
    table->setCurrentIndex(index);
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Return);
    auto *editor = w->findChild<CaseEditor *>(QStringLiteral("caseEditor"));
    QVERIFY(editor);
    QCOMPARE(editor->caseId(), id);
    // The same case again brings its editor forward instead of a second one.
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(w->findChildren<CaseEditor *>().size(), 1);
}

void TestMainWindow::newCaseShortcutOpensEditorAndSaveRefreshes() {
    const QString path = makeRegister(QStringLiteral("first-case.qaytish"), 0);
    auto w = showWindow();
    QVERIFY(w->openRegister(path));
    QVERIFY(child<WelcomeView>(w.get(), "welcomeView")->isVisible());
    QTest::keyClick(w.get(), Qt::Key_N, Qt::ControlModifier);
    auto *editor = w->findChild<CaseEditor *>(QStringLiteral("caseEditor"));
    QVERIFY(editor);
    QCOMPARE(editor->caseId(), 0);

    // The editor writes through the window's register and says so.
    CaseRepository repo(*w->database(), m_clock);
    Result<CaseRepository::SaveResult> saved =
        repo.create(Actor{QStringLiteral("t")}, test::sampleCase());
    QVERIFY(saved);
    emit editor->caseSaved(saved->record.id);
    auto *table = child<QTableView>(w.get(), "caseTable");
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), saved->record.caseRef);
    QVERIFY(child<QLabel>(w.get(), "caseCountLabel")->text().contains(u'1'));
}

// The whole path an officer takes without a mouse: Ctrl+N, the names in both scripts, Ctrl+S,
// Escape, Ctrl+F and a search in the other script.
void TestMainWindow::keyboardOnlyCaseIsFoundBySearch() {
    const QString path = makeRegister(QStringLiteral("keyboard.qaytish"), 40);
    auto w = showWindow();
    QVERIFY(w->openRegister(path));
    QTest::keyClick(w.get(), Qt::Key_N, Qt::ControlModifier);
    auto *editor = w->findChild<CaseEditor *>(QStringLiteral("caseEditor"));
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowActive(editor));
    auto focused = [] {
        return QApplication::focusWidget();
    };
    auto typeText = [&](const QString &text) {
        for (const QChar c : text) // keyClicks takes ASCII only
            QTest::sendKeyEvent(QTest::Click, focused(), Qt::Key_unknown, QString(c),
                                Qt::NoModifier);
    };
    auto tabTo = [&](const char *expected) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QString::fromLatin1(expected));
    };
    QTRY_VERIFY(focused() && focused()->objectName() == QStringLiteral("surname"));
    QTest::keyClicks(focused(), QStringLiteral("Qo'chqorov"));
    tabTo("given_names");
    QTest::keyClicks(focused(), QStringLiteral("Ulug'bek"));
    tabTo("patronymic");
    tabTo("surname_cyrillic");
    typeText(QStringLiteral("Қўчқоров"));
    tabTo("given_names_cyrillic");
    typeText(QStringLiteral("Улуғбек"));
    tabTo("patronymic_cyrillic");
    tabTo("sex");
    QTest::keyClicks(focused(), QStringLiteral("M"));
    tabTo("birth_date");
    QTest::keyClicks(focused(), QStringLiteral("1988-11-02"));
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(editor->caseId() > 0);
    QTest::keyClick(focused(), Qt::Key_Escape);
    QTRY_VERIFY(!w->findChild<CaseEditor *>(QStringLiteral("caseEditor")));

    w->activateWindow(); // the offscreen platform has no window manager to do it
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = child<QLineEdit>(w.get(), "searchEdit");
    QCOMPARE(focused(), search);
    typeText(QStringLiteral("Кучкаров")); // Russian spelling, other script
    auto *table = child<QTableView>(w.get(), "caseTable");
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("Qoʻchqorov Ulugʻbek"));
    QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("Қўчқоров Улуғбек"));
    QCOMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("02.11.1988"));
}

void TestMainWindow::languageSwitchChangesMenus() {
    auto w = showWindow();
    QVERIFY(w->openRegister(m_populated));
    auto *fileMenu = child<QMenu>(w.get(), "fileMenu");
    auto *table = child<QTableView>(w.get(), "caseTable");
    QVERIFY(fileMenu);
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
    QCOMPARE(table->model()->headerData(3, Qt::Horizontal).toString(),
             QStringLiteral("Date of birth"));

    QHash<QString, QString> titles;
    for (const QString &code :
         {QStringLiteral("ru"), QStringLiteral("uz"), QStringLiteral("uz-Cyrl")}) {
        auto *action = w->findChild<QAction *>(QStringLiteral("language_") + code);
        QVERIFY(action);
        QVERIFY(action->isCheckable());
        action->trigger();
        QVERIFY(action->isChecked());
        QCOMPARE(Language::current(), code);
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), code);
        // Needs the translations (filled in by the translation pass): the menu title and
        // a column title change at once, without restarting.
        QVERIFY2(fileMenu->title() != QStringLiteral("&File"), qPrintable(code));
        QVERIFY2(table->model()->headerData(3, Qt::Horizontal).toString() !=
                     QStringLiteral("Date of birth"),
                 qPrintable(code));
        titles.insert(code, fileMenu->title());
    }
    QVERIFY(titles.value(QStringLiteral("uz")) != titles.value(QStringLiteral("uz-Cyrl")));

    w->findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
    QCOMPARE(Language::saved(), QStringLiteral("en"));
}

void TestMainWindow::foreignFileIsRefusedAndLeftUnchanged_data() {
    QTest::addColumn<QString>("kind");
    QTest::newRow("text file") << QStringLiteral("text");
    QTest::newRow("another application's SQLite") << QStringLiteral("sqlite");
    QTest::newRow("newer Qaytish") << QStringLiteral("newer");
    QTest::newRow("folder") << QStringLiteral("folder");
}

void TestMainWindow::foreignFileIsRefusedAndLeftUnchanged() {
    QFETCH(QString, kind);
    const QString path =
        m_dir.filePath(QStringLiteral("foreign-") + kind + QStringLiteral(".qaytish"));
    if (kind == QStringLiteral("text")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Shopping list\nbread\nmilk\n");
    } else if (kind == QStringLiteral("folder")) {
        QVERIFY(QDir().mkpath(path));
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO recipes (name) VALUES ('plov')")));
        if (kind == QStringLiteral("newer")) {
            QVERIFY(
                q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        q = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(kind);
    }
    const QByteArray before = test::fileHash(path);
    QVERIFY(kind == QStringLiteral("folder") || !before.isEmpty());

    auto w = showWindow();
    QVERIFY(w->openRegister(m_populated));
    QVERIFY(!w->openRegister(path));
    QCOMPARE(m_asked.size(), 1);
    QVERIFY2(m_asked.first().text.contains(QDir::toNativeSeparators(path)),
             qPrintable(m_asked.first().text));
    QVERIFY(!m_asked.first().yesText.isEmpty()); // offers to open another register
    QCOMPARE(test::fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    // The register open before stays open.
    QCOMPARE(w->database()->path(), m_populated);
    QCOMPARE(w->windowTitle(),
             QStringLiteral("Qaytish — populated.qaytish (unprotected register)"));
    QCOMPARE(QSettings().value(MainWindow::lastRegisterKey()).toString(), m_populated);
}

void TestMainWindow::rememberGeometryAndLastRegister() {
    QSize size;
    {
        auto w = showWindow();
        QVERIFY(w->openRegister(m_populated));
        w->resize(1000, 640);
        QTRY_COMPARE(w->size(), QSize(1000, 640));
        size = w->size();
        child<QTableView>(w.get(), "caseTable")->setColumnWidth(1, 333);
        QVERIFY(w->close());
    }
    QCOMPARE(QSettings().value(MainWindow::lastRegisterKey()).toString(), m_populated);
    auto w = std::make_unique<MainWindow>(m_clock);
    QCOMPARE(w->size(), size);
    QCOMPARE(child<QTableView>(w.get(), "caseTable")->columnWidth(1), 333);
}

void TestMainWindow::cancellingDemoWritesNothing() {
    QVERIFY(!QFile::exists(Database::demoPath()));
    auto w = showWindow();
    QVERIFY(w->openRegister(m_populated));
    w->setDemoCaseCount(200000);
    bool cancelled = false;
    QTimer::singleShot(300, w.get(), [&] {
        auto *progress = w->findChild<QProgressDialog *>(QStringLiteral("demoProgress"));
        if (!progress || !progress->isVisible())
            return;
        for (QPushButton *button : progress->findChildren<QPushButton *>()) {
            button->click(); // the only button: Cancel
            cancelled = true;
        }
    });
    QVERIFY(!w->openDemoRegister());
    QVERIFY(cancelled);
    QVERIFY(m_asked.isEmpty()); // cancelling is not an error
    QCOMPARE(w->database()->path(), m_populated);
    QVERIFY(!w->isDemo());
    QCOMPARE(expectedCount(Database::demoPath(), {}), 0);
}

void TestMainWindow::openDemoRegister() {
    const QString own = m_populated;
    auto w = showWindow();
    QVERIFY(w->openRegister(own));
    w->setDemoCaseCount(150);
    // Missing, or left empty by a cancelled generation: made now.
    QVERIFY(!QFile::exists(Database::demoPath()) || expectedCount(Database::demoPath(), {}) == 0);
    auto *action = w->findChild<QAction *>(QStringLiteral("openDemoAction"));
    QVERIFY(action);
    action->trigger();
    QVERIFY(w->isDemo());
    QCOMPARE(w->database()->path(), Database::demoPath());
    QTRY_COMPARE(w->model()->rowCount(), 150); // the count follows the first page
    QVERIFY(w->windowTitle().contains(QStringLiteral("(demo, unprotected register)")));
    QVERIFY(m_asked.isEmpty());
    // Never the officer's own register: that one stays what it was and stays remembered.
    QCOMPARE(expectedCount(own, {}), 300);
    QCOMPARE(QSettings().value(MainWindow::lastRegisterKey()).toString(), own);

    // Opened again: the existing demo register is used, not generated twice.
    QVERIFY(w->openRegister(own));
    QVERIFY(w->openDemoRegister());
    QTRY_COMPARE(w->model()->rowCount(), 150); // the count follows the first page
}

void TestMainWindow::dailySafetyCopyAndRestore() {
    const QString path = makeRegister(QStringLiteral("restore.qaytish"), 20);
    auto w = showWindow();
    QVERIFY(w->openRegister(path));
    // The first opening of the day leaves a copy beside the register, made in the background.
    QTRY_COMPARE(SafetyCopies::list(path).size(), 1);
    QCOMPARE(SafetyCopies::list(path).first().reason, QStringLiteral("daily"));
    {
        CaseRepository repo(*w->database(), m_clock);
        CaseRecord extra;
        extra.person.surname = QStringLiteral("Keyinroq");
        extra.person.givenNames = QStringLiteral("Ali");
        extra.person.sex = QStringLiteral("M");
        extra.person.birthDate = QDate(1990, 1, 2);
        QVERIFY(repo.create(Actor{QStringLiteral("t")}, extra).ok());
        QCOMPARE(repo.caseCount().value(), 21);
    }
    // Opening it again the same day makes no second copy.
    QVERIFY(w->openRegister(m_populated));
    QVERIFY(w->openRegister(path));
    QTest::qWait(200);
    QCOMPARE(SafetyCopies::list(path).size(), 1);

    // File > Restore a safety copy…: the officer picks the copy and confirms.
    Dialogs::setResponder([this](const Dialogs::Question &q) {
        m_asked << q;
        return Dialogs::Answer::Yes;
    });
    QTimer picker;
    connect(&picker, &QTimer::timeout, [&] {
        if (auto *d = qobject_cast<SafetyCopiesDialog *>(QApplication::activeModalWidget())) {
            QCOMPARE(d->copyCount(), 1);
            d->accept();
        }
    });
    picker.start(20);
    auto *action = w->findChild<QAction *>(QStringLiteral("restoreCopyAction"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    picker.stop();
    Dialogs::setResponder([this](const Dialogs::Question &q) {
        m_asked << q;
        return q.kind == Dialogs::Question::Kind::UnsavedChanges ? Dialogs::Answer::Discard
                                                                 : Dialogs::Answer::No;
    });
    QCOMPARE(m_asked.size(), 1);
    QVERIFY(m_asked.first().text.contains(QStringLiteral("restore.qaytish")));
    QVERIFY(w->database());
    QCOMPARE(CaseRepository(*w->database(), m_clock).caseCount().value(), 20);
    QTRY_COMPARE(w->model()->totalCount(), 20);
    // The register as it was before the restore is kept too, with the case added later.
    const QList<SafetyCopy> copies = SafetyCopies::list(path);
    QVERIFY(std::any_of(copies.begin(), copies.end(), [](const SafetyCopy &c) {
        return c.reason == QStringLiteral("before-restore");
    }));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
