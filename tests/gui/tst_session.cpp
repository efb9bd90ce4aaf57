// Sessions in the register window: signing in at the opening, the lock after idle time (the
// personal data hidden, an unsaved edit kept), the administrator of an older register, a new
// register's administrator, and the Users dialog. Offscreen, widgets found by objectName.
#include "support/testsupport.h"

#include "core/appinfo.h"
#include "core/caserepository.h"
#include "core/demogenerator.h"
#include "core/passwords.h"
#include "core/users.h"
#include "ui/caseeditor.h"
#include "ui/dialogs.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/usersdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <functional>
#include <memory>

using namespace qaytish;

namespace {

const QString AdminPassword = QStringLiteral("boss-secret-01");
const QString ClerkPassword = QStringLiteral("clerk-secret-1");

QWidget *topLevel(const QString &name) {
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        if (w->objectName() == name && w->isVisible())
            return w;
    }
    return nullptr;
}

// Runs `answer` on the dialog named `name` once it shows (it runs its own event loop).
void whenShown(const QString &name, std::function<void(QWidget *)> answer) {
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, name, answer] {
        if (QWidget *w = topLevel(name)) {
            timer->stop();
            timer->deleteLater();
            answer(w);
        }
    });
    timer->start();
}

void type(QWidget *dialog, const char *field, const QString &text) {
    auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(field));
    QVERIFY2(edit, field);
    edit->setText(text);
}

void pressOk(QWidget *dialog) {
    const auto boxes = dialog->findChildren<QDialogButtonBox *>();
    QVERIFY(!boxes.isEmpty());
    boxes.first()->button(QDialogButtonBox::Ok)->click();
}

void signIn(QWidget *dialog, const QString &name, const QString &password) {
    type(dialog, "userNameEdit", name);
    type(dialog, "passwordEdit", password);
    pressOk(dialog);
}

} // namespace

class TestSession : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc())};

    // A register with an administrator "boss", an officer "clerk" and 20 demo cases.
    QString protectedRegister() {
        const QString path = m_dir.filePath(QStringLiteral("p%1.qaytish").arg(++m_n));
        auto db = Database::open(path);
        if (!db)
            return {};
        UserStore users(*db.value(), m_clock);
        if (!users.add(Actor{QStringLiteral("setup")}, QStringLiteral("boss"), QString(), AllRoles,
                       AdminPassword))
            return {};
        Result<UserStore::SignedIn> boss = users.signIn(QStringLiteral("boss"), AdminPassword);
        if (!boss || !users.add(boss->actor, QStringLiteral("clerk"), QString(), Role::Officer,
                                ClerkPassword))
            return {};
        if (!DemoGenerator::generate(*db.value(), m_clock, boss->actor,
                                     DemoGenerator::Options{20, 5}))
            return {};
        return path;
    }

    std::unique_ptr<MainWindow> window() {
        auto w = std::make_unique<MainWindow>(m_clock);
        w->show();
        return w;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
        setApplicationIdentity();
        Language::apply(QStringLiteral("en"));
        Passwords::setParameters({Passwords::MinimumOps, Passwords::MinimumMemory});
        Dialogs::setResponder([](const Dialogs::Question &q) {
            return q.kind == Dialogs::Question::Kind::UnsavedChanges ? Dialogs::Answer::Discard
                                                                     : Dialogs::Answer::No;
        });
    }

    void signInAtTheOpening() {
        const QString path = protectedRegister();
        QVERIFY(!path.isEmpty());
        auto w = window();
        // Cancelled: the register is not opened.
        whenShown(QStringLiteral("signInDialog"),
                  [](QWidget *d) { qobject_cast<QDialog *>(d)->reject(); });
        QVERIFY(!w->openRegister(path));
        QVERIFY(!w->database());
        // A wrong password is said in the dialog, which stays; then the right one.
        QString said;
        whenShown(QStringLiteral("signInDialog"), [&said](QWidget *d) {
            signIn(d, QStringLiteral("clerk"), QStringLiteral("wrong-password"));
            said = d->findChild<QLabel *>(QStringLiteral("signInError"))->text();
            QVERIFY(d->isVisible());
            signIn(d, QStringLiteral("clerk"), ClerkPassword);
        });
        QVERIFY(w->openRegister(path));
        QVERIFY2(said.contains(QStringLiteral("Wrong user name or password")), qPrintable(said));
        QCOMPARE(w->actor().name, QStringLiteral("clerk"));
        QVERIFY(w->windowTitle().contains(QStringLiteral("clerk")));
        // What an officer may not do is not offered.
        QVERIFY(w->findChild<QAction *>(QStringLiteral("newCaseAction"))->isEnabled());
        QVERIFY(!w->findChild<QAction *>(QStringLiteral("usersAction"))->isEnabled());
        QVERIFY(!w->findChild<QAction *>(QStringLiteral("missionSettingsAction"))->isEnabled());
        QVERIFY(w->findChild<QAction *>(QStringLiteral("lockAction"))->isVisible());
    }

    // An auditor reads who did what, never the cases: the table reads nothing at all, and the
    // audit log is offered instead.
    void anAuditorGetsNoListOfCases() {
        const QString path = protectedRegister();
        QVERIFY(!path.isEmpty());
        {
            auto db = Database::open(path).value();
            UserStore users(*db, m_clock);
            const Actor boss = users.signIn(QStringLiteral("boss"), AdminPassword)->actor;
            QVERIFY(
                users.add(boss, QStringLiteral("aud"), QString(), Role::Auditor, ClerkPassword));
        }
        auto w = window();
        whenShown(QStringLiteral("signInDialog"),
                  [](QWidget *d) { signIn(d, QStringLiteral("aud"), ClerkPassword); });
        QVERIFY(w->openRegister(path));
        auto *table = w->findChild<QTableView *>(QStringLiteral("caseTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(!table->isVisible());
        QVERIFY(w->findChild<QAction *>(QStringLiteral("auditLogAction"))->isEnabled());
        QVERIFY(!w->findChild<QAction *>(QStringLiteral("newCaseAction"))->isEnabled());
    }

    void idleLockHidesDataAndKeepsAnUnsavedEdit() {
        const QString path = protectedRegister();
        QVERIFY(!path.isEmpty());
        auto w = window();
        whenShown(QStringLiteral("signInDialog"),
                  [](QWidget *d) { signIn(d, QStringLiteral("clerk"), ClerkPassword); });
        QVERIFY(w->openRegister(path));
        auto *table = w->findChild<QTableView *>(QStringLiteral("caseTable"));
        QTRY_VERIFY(table->isVisible());
        CaseEditor *editor = w->openCase(1);
        QVERIFY(editor);
        auto *facility = editor->findChild<QLineEdit *>(QStringLiteral("facility"));
        QVERIFY(facility);
        facility->setText(QStringLiteral("Unsaved: Krome Processing Center"));
        w->setIdleLockInterval(200);
        QTRY_VERIFY_WITH_TIMEOUT(w->isLocked(), 3000);
        // Nothing personal is shown: the table and the editor are gone from the screen.
        QVERIFY(!table->isVisible());
        QVERIFY(!editor->isVisible());
        auto *stack = w->findChild<QStackedWidget *>(QStringLiteral("centralStack"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("lockPage"));
        QVERIFY(!w->findChild<QAction *>(QStringLiteral("newCaseAction"))->isEnabled());
        // A wrong password leaves it locked.
        whenShown(QStringLiteral("signInDialog"), [](QWidget *d) {
            auto *name = d->findChild<QLineEdit *>(QStringLiteral("userNameEdit"));
            QCOMPARE(name->text(), QStringLiteral("clerk"));
            QVERIFY(name->isReadOnly());
            type(d, "passwordEdit", QStringLiteral("not-my-password"));
            pressOk(d);
            qobject_cast<QDialog *>(d)->reject();
        });
        QVERIFY(!w->unlockSession());
        QVERIFY(w->isLocked());
        QVERIFY(!editor->isVisible());
        whenShown(QStringLiteral("signInDialog"), [](QWidget *d) {
            type(d, "passwordEdit", ClerkPassword);
            pressOk(d);
        });
        w->findChild<QPushButton *>(QStringLiteral("unlockButton"))->click();
        QVERIFY(!w->isLocked());
        QVERIFY(editor->isVisible());
        QCOMPARE(facility->text(), QStringLiteral("Unsaved: Krome Processing Center"));
        QVERIFY(table->isVisible());
        w->setIdleLockInterval(60 * 60 * 1000);
        delete editor;
    }

    void usersDialogAddsDisablesAndResets() {
        const QString path = protectedRegister();
        QVERIFY(!path.isEmpty());
        auto w = window();
        whenShown(QStringLiteral("signInDialog"),
                  [](QWidget *d) { signIn(d, QStringLiteral("boss"), AdminPassword); });
        QVERIFY(w->openRegister(path));
        QVERIFY(w->findChild<QAction *>(QStringLiteral("usersAction"))->isEnabled());
        UsersDialog *users = w->showUsers();
        QVERIFY(users);
        QCOMPARE(users->table()->rowCount(), 2);
        whenShown(QStringLiteral("accountDialog"), [](QWidget *d) {
            type(d, "userNameEdit", QStringLiteral("consul1"));
            d->findChild<QCheckBox *>(QStringLiteral("role_consul"))->setChecked(true);
            type(d, "passwordEdit", QStringLiteral("consul-pass-01"));
            type(d, "repeatPasswordEdit", QStringLiteral("consul-pass-02"));
            pressOk(d); // the two differ: refused in place
            QVERIFY(d->isVisible());
            QVERIFY(d->findChild<QLabel *>(QStringLiteral("accountError"))->isVisible());
            type(d, "passwordEdit", QStringLiteral("consul-pass-01"));
            type(d, "repeatPasswordEdit", QStringLiteral("consul-pass-01"));
            pressOk(d);
        });
        users->addUser();
        QCOMPARE(users->table()->rowCount(), 3);
        auto db = Database::open(path);
        QVERIFY(db);
        UserStore store(*db.value(), m_clock);
        QCOMPARE(store.byName(QStringLiteral("consul1"))->roles, Roles(Role::Consul));
        users->table()->selectRow(1); // boss, clerk, consul1 by name: clerk
        QCOMPARE(users->table()->item(1, 0)->text(), QStringLiteral("clerk"));
        users->toggleDisabled();
        QVERIFY(store.byName(QStringLiteral("clerk"))->disabled);
        QCOMPARE(users->table()->item(1, 3)->text(), QStringLiteral("disabled"));
        users->table()->selectRow(2);
        whenShown(QStringLiteral("accountDialog"), [](QWidget *d) {
            type(d, "passwordEdit", QStringLiteral("reset-pass-001"));
            type(d, "repeatPasswordEdit", QStringLiteral("reset-pass-001"));
            pressOk(d);
        });
        users->resetPassword();
        QVERIFY(store.byName(QStringLiteral("consul1"))->mustChangePassword);
        users->close();
    }

    void olderRegisterAsksForItsAdministrator() {
        const QString path = m_dir.filePath(QStringLiteral("old-v4.qaytish"));
        QVERIFY(QFile::copy(QStringLiteral(QAYTISH_TEST_DATA "/registers/v4.qaytish"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto w = window();
        whenShown(QStringLiteral("accountDialog"), [](QWidget *d) {
            type(d, "userNameEdit", QStringLiteral("head"));
            type(d, "passwordEdit", QStringLiteral("head-password-1"));
            type(d, "repeatPasswordEdit", QStringLiteral("head-password-1"));
            pressOk(d);
        });
        QVERIFY(w->openRegister(path));
        QCOMPARE(w->access(), UserStore::Access::Accounts);
        QCOMPARE(w->actor().name, QStringLiteral("head"));
        QVERIFY(w->actor().signedIn());
        QVERIFY(!w->windowTitle().contains(QStringLiteral("unprotected")));
    }

    void newRegisterGetsItsAdministratorFirst() {
        auto w = window();
        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.qaytish"));
        whenShown(QStringLiteral("accountDialog"),
                  [](QWidget *d) { qobject_cast<QDialog *>(d)->reject(); });
        QVERIFY(!w->createRegister(cancelled));
        QVERIFY(!QFile::exists(cancelled));
        const QString path = m_dir.filePath(QStringLiteral("new.qaytish"));
        whenShown(QStringLiteral("accountDialog"), [](QWidget *d) {
            type(d, "userNameEdit", QStringLiteral("first"));
            type(d, "passwordEdit", QStringLiteral("short"));
            type(d, "repeatPasswordEdit", QStringLiteral("short"));
            pressOk(d); // too short: said in place
            QVERIFY(d->findChild<QLabel *>(QStringLiteral("accountError"))
                        ->text()
                        .contains(QStringLiteral("10")));
            type(d, "passwordEdit", QStringLiteral("first-password"));
            type(d, "repeatPasswordEdit", QStringLiteral("first-password"));
            pressOk(d);
        });
        QVERIFY(w->createRegister(path));
        QCOMPARE(w->actor().name, QStringLiteral("first"));
        QCOMPARE(w->access(), UserStore::Access::Accounts);
        // A register without accounts says so in the title.
        const QString open = m_dir.filePath(QStringLiteral("open.qaytish"));
        QVERIFY(Database::open(open));
        QVERIFY(w->openRegister(open));
        QVERIFY(w->windowTitle().contains(QStringLiteral("unprotected register")));
        QVERIFY(!w->findChild<QAction *>(QStringLiteral("lockAction"))->isVisible());
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
