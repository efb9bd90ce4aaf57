#pragma once

#include "core/clock.h"
#include "core/dashboard.h"
#include "core/database.h"
#include "core/users.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace qaytish {

class CaseEditor;
class CaseTableModel;
class IdleWatcher;
class UsersDialog;
class CertificateRegisterWindow;
class DashboardStrip;
class ReturnListsWindow;
class WelcomeView;

// The register window: the cases as a lazy table with search and a status filter, or the
// welcome view while the register is empty.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a register (created when the file does not exist yet). On failure the officer
    // is told why, naming the file, and offered another register; the file is left as it
    // was and the register open before stays open.
    bool openRegister(const QString &path);
    // File > Restore a safety copy…: the officer picks a copy of the register at
    // `registerPath`, which then replaces it (the register is closed first when open).
    bool restoreSafetyCopy(const QString &registerPath);
    // File > Back up…: a copy of the whole register, sealed with a passphrase or not
    // (BackupDialog), made in the background with progress; administrators only.
    bool backUpRegister();
    // File > Restore from a backup…: the file, its passphrase when it is sealed, the whole of
    // it checked, then a confirmation naming the register it replaces; the window opens the
    // restored register. Administrators only.
    bool restoreFromBackup();
    // Creates a register with user accounts: asks for its administrator first (name and the
    // password twice) and makes the file only when one is given. The first start and
    // File > New register go through here.
    bool createRegister(const QString &path);
    // Opens the demo register, generating it first when it is missing or empty.
    bool openDemoRegister();

    // The register open now, or null.
    std::shared_ptr<Database> database() const { return m_db; }
    CaseTableModel *model() const { return m_model; }
    DashboardStrip *dashboard() const { return m_dashboard; }

    // Shows exactly the cases of a dashboard figure: its filter replaces the search and the
    // status filter, and a bar above the table says so. The figure shown already is cleared.
    void showDashboardFigure(const DashboardFigure &figure, const CaseFilter &filter);
    // Back to the whole register (a search typed since stays).
    void clearDashboardFilter();
    const std::optional<DashboardFigure> &dashboardFigure() const { return m_dashboardFigure; }
    bool isDemo() const { return m_isDemo; }

    // How many cases a new demo register gets (tests use fewer).
    void setDemoCaseCount(int cases) { m_demoCases = cases; }

    // Opens the case in an editor, or brings its open editor to the front; 0 for a new case.
    CaseEditor *openCase(qint64 caseId);

    // Certificates of Return (Documents menu): the dialog for the selected case, and the
    // register of documents.
    void issueCertificate();
    CertificateRegisterWindow *showDocumentsRegister();
    // Opens the return lists window of the register, or brings it to the front.
    ReturnListsWindow *openReturnLists();

    // Where the last opened register is kept in the settings.
    static QString lastRegisterKey();

    // The session: who works now (every role in a register without accounts), and the lock.
    const Actor &actor() const { return m_actor; }
    UserStore::Access access() const { return m_access; }
    bool isLocked() const { return m_locked; }
    // Covers the personal data (the table, and the case editors and other windows, which are
    // hidden with their unsaved edits) until the same user's password is typed again.
    // Registers without accounts do not lock.
    void lockSession();
    // Asks for the password of the locked user (SignInDialog); true when unlocked.
    bool unlockSession();
    // The idle time before the window locks itself (session/lockMinutes; tests shorten it).
    void setIdleLockInterval(int milliseconds);
    // File > Switch user…: closes the open windows (each editor asks about unsaved
    // changes), then signs another user in.
    bool switchUser();
    void changeOwnPassword();
    // Tools > Users… (administrators).
    UsersDialog *showUsers();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

public:
    // CSV import and export (File menu; a file dropped on the window is imported too).
    void importFile(const QString &path);
    void exportCsv();
    void editMissionSettings();
    void showAuditLog();
    void applyRetention();

protected:
private:
    enum class OpenMode { CreateIfMissing, ExistingOnly };

    void createActions();
    void startDailySafetyCopy();
    void createMenus();
    void createCentralArea();
    void retranslateUi();
    void fitColumnsToLanguage();
    void restoreSettings();
    void saveSettings() const;

    bool openRegisterFile(const QString &path, OpenMode mode);
    struct Session {
        Actor actor;
        UserStore::Access access = UserStore::Access::Open;
    };
    // Who works in a register just opened: signs in, or asks for the administrator of a
    // register of an earlier version; nothing when the person cancels the sign-in.
    std::optional<Session> startSession(const std::shared_ptr<Database> &db);
    bool adoptRegister(std::shared_ptr<Database> db, const QString &path, const Session &session);
    void setSession(const Session &session);
    bool closeWindows();
    void showOpenFailure(const QString &path, const QString &message);
    bool closeEditors();
    // Lets go of the register at `registerPath` when it is the one open, runs `replace`, and
    // opens the register again (the old one after a failure, which `failureTitle` reports).
    bool replaceRegister(const QString &registerPath, const std::function<Status()> &replace,
                         const QString &failureTitle, const QString &doneMessage);
    // Whether the actor may back up or restore the register open now; says why not.
    bool mayBackUp();
    void newRegister();
    void openRegisterDialog();
    void about();
    void importCsv();

    void applySearch();
    void applyStatusFilter();
    void updateCounts();
    void updateActions();
    void updateTitle();
    void editSelected();
    void onCaseSaved(qint64 caseId);
    void dashboardCounted();
    void updateDashboardFilterBar();
    void showReadError(const QString &message);
    qint64 selectedCaseId() const;
    void selectCase(qint64 caseId, int rowHint);
    QString registerDialogDirectory() const;

    const Clock &m_clock;
    std::shared_ptr<Database> m_db;
    Actor m_actor;
    UserStore::Access m_access = UserStore::Access::Open;
    Roles m_roles = AllRoles; // the actor's roles in the register, as core reads them
    bool m_locked = false;
    IdleWatcher *m_idle = nullptr;
    QList<QPointer<QWidget>> m_hiddenByLock;
    bool m_isDemo = false;
    int m_demoCases = 100000;
    bool m_readErrorShown = false;

    CaseTableModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomeView *m_welcome = nullptr;
    QWidget *m_registerView = nullptr;
    QWidget *m_lockPage = nullptr;
    QLabel *m_lockText = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QWidget *m_noAccessPage = nullptr;
    QLabel *m_noAccessText = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_statusFilterLabel = nullptr;
    QTableView *m_table = nullptr;
    DashboardStrip *m_dashboard = nullptr;
    QFrame *m_dashboardFilterBar = nullptr;
    QLabel *m_dashboardFilterLabel = nullptr;
    QPushButton *m_clearDashboardFilterButton = nullptr;
    QAction *m_clearDashboardFilterAction = nullptr;
    std::optional<DashboardFigure> m_dashboardFigure;
    QLabel *m_countLabel = nullptr;
    QLabel *m_pathLabel = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTimer m_searchTimer;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_documentsMenu = nullptr;
    QAction *m_issueCertificateAction = nullptr;
    QAction *m_subjectAccessAction = nullptr;
    QAction *m_documentsRegisterAction = nullptr;
    QPointer<CertificateRegisterWindow> m_documentsWindow;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newRegisterAction = nullptr;
    QAction *m_openRegisterAction = nullptr;
    QAction *m_openDemoAction = nullptr;
    QAction *m_returnListsAction = nullptr;
    QPointer<ReturnListsWindow> m_returnLists;
    QAction *m_importAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_restoreCopyAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreBackupAction = nullptr;
    QAction *m_newCaseAction = nullptr;
    QAction *m_editCaseAction = nullptr;
    QAction *m_changeStatusAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_missionSettingsAction = nullptr;
    QAction *m_usersAction = nullptr;
    QAction *m_auditLogAction = nullptr;
    QAction *m_retentionAction = nullptr;
    QAction *m_switchUserAction = nullptr;
    QAction *m_changePasswordAction = nullptr;
    QAction *m_lockAction = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace qaytish
