#include "mainwindow.h"

#include "auditlogwindow.h"
#include "certificatedialog.h"
#include "certificateregisterwindow.h"
#include "keys.h"
#include "retentiondialog.h"
#include "returnlistswindow.h"

#include "accountdialog.h"
#include "backupdialog.h"
#include "caseeditor.h"
#include "casetablemodel.h"
#include "dashboardstrip.h"
#include "dialogs.h"
#include "idlewatcher.h"
#include "importdialog.h"
#include "language.h"
#include "missionsettingsdialog.h"
#include "passphrasedialog.h"
#include "safetycopiesdialog.h"
#include "signindialog.h"
#include "subjectaccessexport.h"
#include "usersdialog.h"
#include "welcomeview.h"

#include "core/appinfo.h"
#include "core/backups.h"
#include "core/caserepository.h"
#include "core/casestatus.h"
#include "core/csvexport.h"
#include "core/demogenerator.h"
#include "core/missionsettings.h"
#include "core/passwords.h"
#include "core/permissions.h"
#include "core/safetycopies.h"
#include "core/signing.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QThread>
#include <QThreadPool>
#include <QToolBar>
#include <QVBoxLayout>

#include <atomic>
#include <future>

namespace qaytish {

namespace {
// File dialogs show registers by this pattern; it is not translated.
const QString RegisterPattern = QStringLiteral("*.qaytish");
} // namespace

namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString HeaderKey = QStringLiteral("mainWindow/caseTableHeader");
constexpr int SearchDelayMs = 250;

bool samePath(const QString &a, const QString &b) {
    const QFileInfo fa(a);
    const QFileInfo fb(b);
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return QDir::cleanPath(fa.absoluteFilePath()) == QDir::cleanPath(fb.absoluteFilePath());
}

} // namespace

QString MainWindow::lastRegisterKey() {
    return QStringLiteral("register/lastPath");
}

MainWindow::MainWindow(const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_actor{systemUserName()} {
    setObjectName(QStringLiteral("mainWindow"));
    m_idle = new IdleWatcher(this);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lockSession);
    m_model = new CaseTableModel(m_clock, this);
    connect(m_model, &CaseTableModel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_model, &CaseTableModel::errorOccurred, this, &MainWindow::showReadError);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);

    createActions();
    createMenus();
    createCentralArea();

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("caseCountLabel"));
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("registerPathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_pathLabel);

    retranslateUi();
    restoreSettings();
    updateCounts();
    updateActions();
}

MainWindow::~MainWindow() {
    // A daily safety copy still being written finishes before the register closes.
    QThreadPool::globalInstance()->waitForDone();
}

ReturnListsWindow *MainWindow::openReturnLists() {
    if (!m_db)
        return nullptr;
    if (m_returnLists && m_returnLists->property("register").toString() != m_db->path())
        m_returnLists->close(); // it belongs to the register open before
    if (!m_returnLists) {
        m_returnLists = new ReturnListsWindow(m_db, m_clock, m_actor, this);
        m_returnLists->setProperty("register", m_db->path());
        // Finalising or boarding moves cases; adding or taking off people moves the figures.
        connect(m_returnLists, &ReturnListsWindow::registerChanged, this,
                [this] { onCaseSaved(selectedCaseId()); });
    }
    m_returnLists->show();
    m_returnLists->raise();
    m_returnLists->activateWindow();
    return m_returnLists;
}

void MainWindow::createActions() {
    auto make = [this](const char *name, QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        if (icon != QStyle::SP_CustomBase)
            action->setIcon(style()->standardIcon(icon));
        return action;
    };
    m_newRegisterAction = make("newRegisterAction");
    connect(m_newRegisterAction, &QAction::triggered, this, &MainWindow::newRegister);

    m_openRegisterAction = make("openRegisterAction", QStyle::SP_DialogOpenButton);
    m_openRegisterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(m_openRegisterAction, &QAction::triggered, this, &MainWindow::openRegisterDialog);

    m_openDemoAction = make("openDemoAction");
    connect(m_openDemoAction, &QAction::triggered, this, &MainWindow::openDemoRegister);

    m_importAction = make("importAction");
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importCsv);
    m_exportCsvAction = make("exportCsvAction");
    connect(m_exportCsvAction, &QAction::triggered, this, &MainWindow::exportCsv);
    setAcceptDrops(true); // a CSV file dropped on the window is imported

    m_restoreCopyAction = make("restoreCopyAction");
    connect(m_restoreCopyAction, &QAction::triggered, this, [this] {
        if (m_db)
            restoreSafetyCopy(m_db->path());
    });

    m_backupAction = make("backupAction");
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::backUpRegister);
    m_restoreBackupAction = make("restoreBackupAction");
    connect(m_restoreBackupAction, &QAction::triggered, this, &MainWindow::restoreFromBackup);

    m_quitAction = make("quitAction");
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_newCaseAction = make("newCaseAction", QStyle::SP_FileIcon);
    m_newCaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_newCaseAction, &QAction::triggered, this, [this] { openCase(0); });

    m_editCaseAction = make("editCaseAction", QStyle::SP_FileDialogDetailedView);
    connect(m_editCaseAction, &QAction::triggered, this, &MainWindow::editSelected);

    m_changeStatusAction = make("changeStatusAction");
    // The editor holds the status part; it opens on the selected case.
    connect(m_changeStatusAction, &QAction::triggered, this, &MainWindow::editSelected);

    m_issueCertificateAction = make("issueCertificateAction");
    connect(m_issueCertificateAction, &QAction::triggered, this, &MainWindow::issueCertificate);
    m_subjectAccessAction = make("subjectAccessAction");
    connect(m_subjectAccessAction, &QAction::triggered, this, [this] {
        const qint64 id = selectedCaseId();
        if (!m_db || id <= 0)
            return;
        SubjectAccessExport::run(
            this, *m_db, m_clock, m_actor, id,
            m_table->currentIndex().data(CaseTableModel::CaseRefRole).toString());
    });
    m_documentsRegisterAction = make("documentsRegisterAction");
    connect(m_documentsRegisterAction, &QAction::triggered, this,
            &MainWindow::showDocumentsRegister);
    m_returnListsAction = make("returnListsAction");
    m_returnListsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_returnListsAction, &QAction::triggered, this, &MainWindow::openReturnLists);

    m_clearDashboardFilterAction = make("clearDashboardFilterAction");
    m_clearDashboardFilterAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_clearDashboardFilterAction->setEnabled(false);
    connect(m_clearDashboardFilterAction, &QAction::triggered, this,
            &MainWindow::clearDashboardFilter);

    m_findAction = make("findAction");
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (m_stack->currentWidget() != m_registerView)
            return;
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_missionSettingsAction = make("missionSettingsAction");
    m_missionSettingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_missionSettingsAction, &QAction::triggered, this, &MainWindow::editMissionSettings);

    m_usersAction = make("usersAction");
    connect(m_usersAction, &QAction::triggered, this, &MainWindow::showUsers);
    m_auditLogAction = make("auditLogAction");
    connect(m_auditLogAction, &QAction::triggered, this, &MainWindow::showAuditLog);
    m_retentionAction = make("retentionAction");
    connect(m_retentionAction, &QAction::triggered, this, &MainWindow::applyRetention);
    m_switchUserAction = make("switchUserAction");
    connect(m_switchUserAction, &QAction::triggered, this, &MainWindow::switchUser);
    m_changePasswordAction = make("changePasswordAction");
    connect(m_changePasswordAction, &QAction::triggered, this, &MainWindow::changeOwnPassword);
    m_lockAction = make("lockAction");
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockSession);

    m_aboutAction = make("aboutAction");
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &code : Language::codes()) {
        auto *action = new QAction(Language::nativeName(code), m_languageGroup);
        action->setObjectName(QStringLiteral("language_") + code);
        action->setCheckable(true);
        action->setData(code);
        connect(action, &QAction::triggered, this, [this, code] {
            Language::apply(code);
            // Qt sends LanguageChange only when a translation was installed or removed.
            retranslateUi();
        });
    }
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->setToolTipsVisible(true); // says why Import… is not there yet
    m_fileMenu->addAction(m_newRegisterAction);
    m_fileMenu->addAction(m_openRegisterAction);
    m_fileMenu->addAction(m_openDemoAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_switchUserAction);
    m_fileMenu->addAction(m_changePasswordAction);
    m_fileMenu->addAction(m_lockAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportCsvAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addAction(m_restoreBackupAction);
    m_fileMenu->addAction(m_restoreCopyAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_newCaseAction);
    m_editMenu->addAction(m_editCaseAction);
    m_editMenu->addAction(m_changeStatusAction);
    m_editMenu->addAction(m_returnListsAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);

    m_documentsMenu = menuBar()->addMenu(QString());
    m_documentsMenu->setObjectName(QStringLiteral("documentsMenu"));
    m_documentsMenu->addAction(m_issueCertificateAction);
    m_documentsMenu->addAction(m_documentsRegisterAction);
    m_documentsMenu->addSeparator();
    m_documentsMenu->addAction(m_subjectAccessAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_clearDashboardFilterAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    m_toolsMenu->addAction(m_missionSettingsAction);
    m_toolsMenu->addAction(m_usersAction);
    m_toolsMenu->addAction(m_auditLogAction);
    m_toolsMenu->addAction(m_retentionAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_newCaseAction);
    m_toolBar->addAction(m_editCaseAction);
    m_toolBar->addAction(m_changeStatusAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_openRegisterAction);
}

void MainWindow::createCentralArea() {
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("centralStack"));

    m_welcome = new WelcomeView(m_stack);
    connect(m_welcome, &WelcomeView::newCaseRequested, this, [this] { openCase(0); });
    connect(m_welcome, &WelcomeView::demoRequested, this, &MainWindow::openDemoRegister);
    connect(m_welcome, &WelcomeView::importRequested, this, &MainWindow::importCsv);
    m_stack->addWidget(m_welcome);

    // While locked, or for a user whose roles do not show case contents, a page without
    // personal data stands where the table was.
    m_lockPage = new QWidget(m_stack);
    m_lockPage->setObjectName(QStringLiteral("lockPage"));
    {
        auto *layout = new QVBoxLayout(m_lockPage);
        layout->addStretch(1);
        m_lockText = new QLabel(m_lockPage);
        m_lockText->setObjectName(QStringLiteral("lockText"));
        m_lockText->setAlignment(Qt::AlignCenter);
        m_lockText->setWordWrap(true);
        layout->addWidget(m_lockText);
        m_unlockButton = new QPushButton(m_lockPage);
        m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
        connect(m_unlockButton, &QPushButton::clicked, this, &MainWindow::unlockSession);
        layout->addWidget(m_unlockButton, 0, Qt::AlignHCenter);
        layout->addStretch(2);
    }
    m_stack->addWidget(m_lockPage);
    m_noAccessPage = new QWidget(m_stack);
    m_noAccessPage->setObjectName(QStringLiteral("noAccessPage"));
    {
        auto *layout = new QVBoxLayout(m_noAccessPage);
        m_noAccessText = new QLabel(m_noAccessPage);
        m_noAccessText->setAlignment(Qt::AlignCenter);
        m_noAccessText->setWordWrap(true);
        layout->addWidget(m_noAccessText);
    }
    m_stack->addWidget(m_noAccessPage);

    m_registerView = new QWidget(m_stack);
    m_registerView->setObjectName(QStringLiteral("registerView"));

    m_search = new QLineEdit(m_registerView);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                        QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 40);
    // Typing restarts the delay: the query runs once the officer pauses.
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::applySearch);

    m_statusFilterLabel = new QLabel(m_registerView);
    m_statusFilter = new QComboBox(m_registerView);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(QString()); // all statuses
    for (CaseStatus status : CaseStatusInfo::all())
        m_statusFilter->addItem(QString(), CaseStatusInfo::code(status));
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusFilterLabel->setBuddy(m_statusFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyStatusFilter);

    m_table = new QTableView(m_registerView);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Uniform, fixed row heights: the view never measures rows, however many there are.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    rows->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    // Long titles ("Muddatdan ortiq qolgan kunlar") wrap onto a second line (the model
    // asks for it; as the header's default alignment it would make restoreState() fail)
    // instead of making a column of numbers wide.
    header->setMinimumHeight(header->fontMetrics().lineSpacing() * 2 + 8);
    header->setSortIndicator(int(CaseColumn::CaseRef), Qt::AscendingOrder);
    // Widths from samples, never from the rows (no ResizeToContents over the register).
    const QFontMetrics fm = m_table->fontMetrics();
    const QString samples[CaseColumnCount] = {
        QStringLiteral("QY-2025-000000"),
        // Long enough for most full names; the officer can widen the column, and the
        // whole table fits a 1280-pixel screen.
        QStringLiteral("Xudoyberdiyeva Gulchehra Qahramon"),
        QStringLiteral("Худойбердиева Гулчеҳра Қаҳрамон"),
        QStringLiteral("00.00.0000"),
        QStringLiteral("ZZ0000000"),
        QString(), // the longest status name in the language: see fitColumnsToLanguage()
        QStringLiteral("00000"),
        QStringLiteral("Processing Center"),
        QStringLiteral("00.00.0000 00:00"),
    };
    for (int c = 0; c < CaseColumnCount; ++c)
        m_table->setColumnWidth(c, fm.horizontalAdvance(samples[c]) + 16);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_editCaseAction);
    m_table->addAction(m_changeStatusAction);
    // Enter/Return and a double-click activate the row.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &) { editSelected(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addSpacing(fm.averageCharWidth() * 2);
    filters->addWidget(m_statusFilterLabel);
    filters->addWidget(m_statusFilter);

    // Which dashboard figure the table shows, and the way back to every case.
    m_dashboardFilterBar = new QFrame(m_registerView);
    m_dashboardFilterBar->setObjectName(QStringLiteral("dashboardFilterBar"));
    m_dashboardFilterBar->setFrameShape(QFrame::StyledPanel);
    m_dashboardFilterBar->setBackgroundRole(QPalette::AlternateBase);
    m_dashboardFilterBar->setAutoFillBackground(true);
    m_dashboardFilterLabel = new QLabel(m_dashboardFilterBar);
    m_dashboardFilterLabel->setObjectName(QStringLiteral("dashboardFilterLabel"));
    m_clearDashboardFilterButton = new QPushButton(m_dashboardFilterBar);
    m_clearDashboardFilterButton->setObjectName(QStringLiteral("clearDashboardFilterButton"));
    connect(m_clearDashboardFilterButton, &QPushButton::clicked, this,
            &MainWindow::clearDashboardFilter);
    auto *bar = new QHBoxLayout(m_dashboardFilterBar);
    bar->setContentsMargins(8, 2, 2, 2);
    bar->addWidget(m_dashboardFilterLabel, 1);
    bar->addWidget(m_clearDashboardFilterButton);
    m_dashboardFilterBar->hide();

    m_dashboard = new DashboardStrip(m_clock, m_registerView);
    connect(m_dashboard, &DashboardStrip::figureClicked, this, &MainWindow::showDashboardFigure);
    connect(m_dashboard, &DashboardStrip::figuresChanged, this, &MainWindow::dashboardCounted);
    connect(m_dashboard, &DashboardStrip::errorOccurred, this, &MainWindow::showReadError);
    // The model notices writes of other programs (and of windows on other connections):
    // the figures follow the table. Writes of this window's own connection go through
    // onCaseSaved(), which refreshes both.
    connect(m_model, &CaseTableModel::changedElsewhere, m_dashboard, &DashboardStrip::refresh);
    auto *layout = new QVBoxLayout(m_registerView);
    layout->addLayout(filters);
    layout->addWidget(m_dashboard);
    layout->addWidget(m_dashboardFilterBar);
    layout->addWidget(m_table, 1);

    setTabOrder(m_search, m_statusFilter);
    QWidget *previous = m_statusFilter;
    for (const DashboardFigure &figure : Dashboard::figures()) {
        setTabOrder(previous, m_dashboard->button(figure));
        previous = m_dashboard->button(figure);
    }
    setTabOrder(previous, m_clearDashboardFilterButton);
    setTabOrder(m_clearDashboardFilterButton, m_table);

    m_stack->addWidget(m_registerView);
    setCentralWidget(m_stack);
}

void MainWindow::retranslateUi() {
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_documentsMenu->setTitle(tr("&Documents"));
    m_issueCertificateAction->setText(tr("&Issue certificate…"));
    m_documentsRegisterAction->setText(tr("&Register of documents…"));
    m_subjectAccessAction->setText(SubjectAccessExport::actionText());
    m_subjectAccessAction->setStatusTip(
        tr("Write everything the register holds about the person of the selected case to a PDF "
           "or JSON file, for the person's request to see their data."));
    m_toolBar->setWindowTitle(tr("Main toolbar"));

    m_newRegisterAction->setText(tr("&New register…"));
    m_newRegisterAction->setStatusTip(tr("Create a new, empty register file."));
    m_openRegisterAction->setText(tr("&Open register…"));
    m_openRegisterAction->setIconText(tr("Open register"));
    m_openRegisterAction->setStatusTip(tr("Open another register file."));
    m_restoreCopyAction->setText(tr("Restore a &safety copy…"));
    m_restoreCopyAction->setStatusTip(
        tr("Replace the register with one of the copies kept each day and before upgrades."));
    m_backupAction->setText(tr("&Back up…"));
    m_backupAction->setStatusTip(
        tr("Copy the whole register to a file to keep elsewhere, sealed with a passphrase."));
    m_restoreBackupAction->setText(tr("Restore from a bac&kup…"));
    m_restoreBackupAction->setStatusTip(
        tr("Replace the register with a backup, after checking the whole of it."));
    m_openDemoAction->setText(tr("Open &demo register"));
    m_openDemoAction->setStatusTip(
        tr("Open the separate register of fictional cases for practice."));
    m_importAction->setText(tr("&Import list…"));
    m_importAction->setToolTip(tr("Import a list of people from a CSV file as new cases."));
    m_importAction->setStatusTip(m_importAction->toolTip());
    m_exportCsvAction->setText(tr("&Export CSV…"));
    m_exportCsvAction->setStatusTip(
        tr("Write the cases shown (the current search and status) to a CSV file."));
    m_quitAction->setText(tr("&Quit"));
    m_newCaseAction->setText(tr("&New case"));
    m_newCaseAction->setIconText(tr("New case"));
    m_newCaseAction->setToolTip(
        tr("Record a new return case (%1)").arg(keyText(m_newCaseAction->shortcut())));
    m_editCaseAction->setText(tr("&Edit case"));
    m_editCaseAction->setIconText(tr("Edit case"));
    m_editCaseAction->setToolTip(
        tr("Open the selected case (%1)").arg(keyText(QKeySequence(Qt::Key_Return))));
    m_returnListsAction->setText(tr("&Return lists…"));
    m_returnListsAction->setStatusTip(
        tr("Flight manifests: passengers, checks, finalising, printing and export"));
    m_changeStatusAction->setText(tr("Change &status…"));
    m_changeStatusAction->setIconText(tr("Change status"));
    m_changeStatusAction->setToolTip(tr("Move the selected case to another status"));
    m_clearDashboardFilterAction->setText(tr("&Clear the dashboard filter"));
    m_clearDashboardFilterAction->setStatusTip(
        tr("Show every case again after a click on a figure of the dashboard."));
    m_clearDashboardFilterButton->setText(tr("Show &all cases"));
    m_clearDashboardFilterButton->setToolTip(
        tr("Clear the dashboard filter (%1)")
            .arg(keyText(m_clearDashboardFilterAction->shortcut())));
    m_dashboard->retranslate();
    updateDashboardFilterBar();
    m_findAction->setText(tr("&Find"));
    m_findAction->setToolTip(tr("Search the register (%1)").arg(keyText(m_findAction->shortcut())));
    m_aboutAction->setText(tr("&About Qaytish"));
    m_missionSettingsAction->setText(tr("&Mission settings…"));
    m_missionSettingsAction->setStatusTip(tr("The mission's name, head of mission, document "
                                             "numbering, validity, consular fee and paper."));
    m_usersAction->setText(tr("&Users…"));
    m_usersAction->setStatusTip(tr("The users of this register and their roles."));
    m_auditLogAction->setText(tr("&Audit log…"));
    m_auditLogAction->setStatusTip(tr("Who did what and when in this register, and whether the "
                                      "record of it is intact."));
    m_retentionAction->setText(tr("Apply the &retention period…"));
    m_retentionAction->setStatusTip(tr("Anonymise the persons whose cases were returned or "
                                       "closed longer ago than the mission keeps them."));
    m_switchUserAction->setText(tr("S&witch user…"));
    m_changePasswordAction->setText(tr("C&hange password…"));
    m_lockAction->setText(tr("Loc&k"));
    m_lockAction->setStatusTip(tr("Cover the register until your password is typed again."));
    m_unlockButton->setText(tr("Unlock…"));
    m_lockText->setText(tr("The window is locked: the register's data is hidden. %1 can go on "
                           "after typing the password again; unsaved changes are kept.")
                            .arg(m_actor.name));
    m_noAccessText->setText(tr("The roles of %1 (%2) do not show the cases of the register.")
                                .arg(m_actor.name, Permissions::displayNames(m_roles)));

    const QString code = Language::current();
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == code);

    m_search->setPlaceholderText(tr("Search by name (Latin or Cyrillic), passport, PINFL, "
                                    "A-number or case reference"));
    m_search->setToolTip(m_search->placeholderText());
    m_statusFilterLabel->setText(tr("S&tatus:"));
    m_statusFilter->setItemText(0, tr("All statuses"));
    const QList<CaseStatus> statuses = CaseStatusInfo::all();
    for (int i = 0; i < statuses.size(); ++i)
        m_statusFilter->setItemText(i + 1, CaseStatusInfo::displayName(statuses.at(i)));

    m_model->retranslate();
    fitColumnsToLanguage();
    updateCounts();
    updateTitle();
}

void MainWindow::fitColumnsToLanguage() {
    // Column titles and status names differ in length between languages: widen a column
    // that became too narrow for them, but never narrow one the officer widened.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics titleMetrics = header->fontMetrics();
    const int arrow = m_table->style()->pixelMetric(QStyle::PM_HeaderMarkSize) + 16;
    for (int c = 0; c < CaseColumnCount - 1; ++c) {
        // Titles wrap onto two lines: the column needs its longest word, and half the title.
        const QString text = m_model->headerData(c, Qt::Horizontal).toString();
        int longestWord = 0;
        for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
            longestWord = std::max(longestWord, titleMetrics.horizontalAdvance(word));
        const int title =
            std::max(longestWord, titleMetrics.horizontalAdvance(text) / 2 + 8) + arrow;
        if (header->sectionSize(c) < title)
            header->resizeSection(c, title);
    }
    int status = 0;
    for (CaseStatus s : CaseStatusInfo::all())
        status = std::max(status,
                          m_table->fontMetrics().horizontalAdvance(CaseStatusInfo::displayName(s)));
    const int statusColumn = int(CaseColumn::Status);
    if (header->sectionSize(statusColumn) < status + 16)
        header->resizeSection(statusColumn, status + 16);
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    // An unsaved edit is never lost to a misclick: each editor asks for itself.
    if (!closeEditors()) {
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings() {
    QSettings settings;
    const QByteArray geometry = settings.value(GeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        QSize size(1280, 760);
        if (const QScreen *s = screen())
            size = size.boundedTo(s->availableSize() * 0.9);
        resize(size);
    }
    restoreState(settings.value(StateKey).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(HeaderKey).toByteArray());
    fitColumnsToLanguage();
    // Sorting by a header click asks the model, which sorts in SQL.
    m_table->setSortingEnabled(true);
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(HeaderKey, m_table->horizontalHeader()->saveState());
}

bool MainWindow::openRegister(const QString &path) {
    return openRegisterFile(path, OpenMode::CreateIfMissing);
}

bool MainWindow::openRegisterFile(const QString &path, OpenMode mode) {
    if (m_db && samePath(m_db->path(), path))
        return true;
    Result<std::shared_ptr<Database>> opened =
        Database::open(path, mode == OpenMode::ExistingOnly ? Database::OpenMode::ExistingOnly
                                                            : Database::OpenMode::CreateOrUpgrade);
    if (!opened) {
        showOpenFailure(path, opened.error().message);
        return false;
    }
    const std::optional<Session> session = startSession(opened.value());
    if (!session)
        return false;
    return adoptRegister(std::move(opened).value(), path, *session);
}

std::optional<MainWindow::Session> MainWindow::startSession(const std::shared_ptr<Database> &db) {
    UserStore users(*db, m_clock);
    Result<UserStore::Access> access = users.access();
    if (!access) {
        showOpenFailure(db->path(), access.error().message);
        return std::nullopt;
    }
    switch (access.value()) {
    case UserStore::Access::Open:
        return Session{Actor{systemUserName()}, UserStore::Access::Open};
    case UserStore::Access::Accounts: {
        SignInDialog dialog(db, m_clock, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return Session{dialog.actor(), UserStore::Access::Accounts};
    }
    case UserStore::Access::Pending: {
        Actor admin;
        AccountDialog dialog(
            AccountDialog::Mode::OlderRegisterAdministrator,
            [&](const AccountDialog::Values &v) -> Status {
                Result<UserAccount> added =
                    users.add(Actor{systemUserName()}, v.name, v.fullName, AllRoles, v.password);
                if (!added)
                    return added.error();
                Result<UserStore::SignedIn> in = users.signIn(v.name, v.password);
                if (!in)
                    return in.error();
                admin = in->actor;
                return {};
            },
            QString(), this);
        if (dialog.exec() == QDialog::Accepted)
            return Session{admin, UserStore::Access::Accounts};
        return Session{Actor{systemUserName()}, UserStore::Access::Pending};
    }
    }
    return std::nullopt;
}

bool MainWindow::createRegister(const QString &path) {
    // The administrator is asked for before the file is made: a cancelled dialog leaves
    // nothing behind.
    AccountDialog::Values admin;
    AccountDialog dialog(
        AccountDialog::Mode::FirstAdministrator,
        [&](const AccountDialog::Values &v) -> Status {
            if (Status s = UserStore::acceptableName(v.name); !s)
                return s;
            if (Status s = Passwords::acceptable(v.password, v.name); !s)
                return s;
            admin = v;
            return {};
        },
        QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const bool existed = QFileInfo::exists(path);
    Result<std::shared_ptr<Database>> opened = Database::open(path);
    if (!opened) {
        showOpenFailure(path, opened.error().message);
        return false;
    }
    UserStore users(*opened.value(), m_clock);
    Result<UserAccount> added =
        users.add(Actor{systemUserName()}, admin.name, admin.fullName, AllRoles, admin.password);
    Result<UserStore::SignedIn> in = added ? users.signIn(admin.name, admin.password)
                                           : Result<UserStore::SignedIn>(added.error());
    if (!in) {
        const QString message = in.error().message;
        if (!existed && !added) {
            opened = Error(); // closed before the half-made file is removed
            QFile::remove(path);
        }
        Dialogs::error(this, tr("New register"), message);
        return false;
    }
    return adoptRegister(std::move(opened).value(), path,
                         Session{in->actor, UserStore::Access::Accounts});
}

void MainWindow::setSession(const Session &session) {
    m_actor = session.actor;
    m_access = session.access;
    Result<Roles> roles =
        m_db ? Permissions::effectiveRoles(m_db->connection(), m_db->path(), m_actor)
             : Result<Roles>(AllRoles);
    m_roles = roles ? roles.value() : Roles();
    // The table reads the register's cases only for a user who may read them (the same check
    // in core as every other reading of case contents; an auditor sees no list of names).
    const bool mayRead = m_db && Permissions::check(m_db->connection(), m_db->path(), m_actor,
                                                    Permission::ReadCases);
    if ((m_model->database() != nullptr) != mayRead)
        m_model->setDatabase(mayRead ? m_db : nullptr);
    if (m_access == UserStore::Access::Accounts)
        m_idle->start();
    else
        m_idle->stop();
    retranslateUi();
    updateActions();
}

bool MainWindow::adoptRegister(std::shared_ptr<Database> db, const QString &path,
                               const Session &session) {
    // Editors of the register open now hold its cases; each asks about unsaved changes.
    if (!closeWindows())
        return false;

    m_db = std::move(db);
    m_isDemo = samePath(path, Database::demoPath());
    m_readErrorShown = false;
    {
        // A new register starts unfiltered.
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockStatus(m_statusFilter);
        m_searchTimer.stop();
        m_search->clear();
        m_statusFilter->setCurrentIndex(0);
        m_model->setFilter({});
        m_dashboardFigure.reset();
        updateDashboardFilterBar();
    }
    // The session decides whether the table reads it (setSession, below).
    if (m_model->database() && m_model->database() != m_db)
        m_model->setDatabase(nullptr);
    m_dashboard->setDatabase(m_db);
    if (!m_isDemo)
        QSettings().setValue(lastRegisterKey(), QFileInfo(path).absoluteFilePath());
    m_pathLabel->setText(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    if (!m_isDemo)
        startDailySafetyCopy();
    setSession(session);
    if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, 0));
        m_table->scrollToTop();
        m_table->setFocus(Qt::OtherFocusReason);
    } else {
        m_welcome->setFocus(Qt::OtherFocusReason);
    }
    return true;
}

void MainWindow::showOpenFailure(const QString &path, const QString &message) {
    const QString shown = QDir::toNativeSeparators(path);
    Dialogs::Question q;
    q.kind = Dialogs::Question::Kind::Question;
    q.title = tr("Cannot open the register");
    q.text = message.contains(shown) || message.contains(path)
                 ? message
                 : tr("%1 cannot be opened: %2").arg(shown, message);
    const bool copies = !SafetyCopies::list(path).isEmpty();
    q.details = copies ? tr("Open another register, or restore a safety copy of this one?")
                       : tr("Open another register, or create a new one?");
    q.yesText = tr("Open another register…");
    q.otherText = copies ? tr("Restore a safety copy…") : tr("New register…");
    q.noText = tr("Close");
    switch (Dialogs::ask(this, q)) {
    case Dialogs::Answer::Yes:
        openRegisterDialog();
        break;
    case Dialogs::Answer::Other:
        if (copies)
            restoreSafetyCopy(path);
        else
            newRegister();
        break;
    default:
        break;
    }
}

void MainWindow::startDailySafetyCopy() {
    int kept = SafetyCopies::DefaultKept;
    if (const Result<MissionSettings> settings = MissionSettingsStore(*m_db, m_clock).load())
        kept = settings->safetyCopiesKept;
    // VACUUM INTO reads the whole register: on a connection of its own, off the UI thread.
    const QString path = m_db->path();
    const QDateTime now = m_clock.now();
    QPointer<MainWindow> self(this);
    QThreadPool::globalInstance()->start([path, now, kept, self] {
        ScopedConnection connection(path);
        const Result<std::optional<SafetyCopy>> made =
            connection.isOpen() ? SafetyCopies::makeDaily(connection.db(), path, now, kept)
                                : Result<std::optional<SafetyCopy>>(connection.error());
        if (!made && self) {
            const QString message = made.error().message;
            QMetaObject::invokeMethod(
                self, [self, message] { self->statusBar()->showMessage(message); },
                Qt::QueuedConnection);
        }
    });
}

bool MainWindow::restoreSafetyCopy(const QString &registerPath) {
    SafetyCopiesDialog dialog(registerPath, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenPath().isEmpty())
        return false;
    const QString copy = dialog.chosenPath();
    Dialogs::Question q;
    q.kind = Dialogs::Question::Kind::Warning;
    q.title = tr("Restore a safety copy");
    q.text = tr("Replace the register %1 with the copy %2? Changes made since that copy will "
                "no longer be in the register; the register as it is now is kept as a safety "
                "copy.")
                 .arg(QDir::toNativeSeparators(registerPath), QDir::toNativeSeparators(copy));
    q.yesText = tr("Restore");
    q.noText = tr("Cancel");
    if (Dialogs::ask(this, q) != Dialogs::Answer::Yes)
        return false;
    return replaceRegister(
        registerPath, [&] { return SafetyCopies::restore(copy, registerPath, m_clock.now()); },
        tr("The safety copy was not restored"),
        tr("The register was restored from %1.").arg(QDir::toNativeSeparators(copy)));
}

bool MainWindow::replaceRegister(const QString &registerPath,
                                 const std::function<Status()> &replace,
                                 const QString &failureTitle, const QString &doneMessage) {
    const bool wasOpen = m_db && samePath(m_db->path(), registerPath);
    if (wasOpen) {
        // Everything that holds the register lets go of it before the file is replaced.
        if (!closeEditors())
            return false;
        if (m_returnLists)
            delete m_returnLists.data();
        if (m_documentsWindow)
            delete m_documentsWindow.data();
        m_model->setDatabase(nullptr);
        m_dashboard->setDatabase(nullptr);
        m_db.reset(); // the last holder: its connection closes
    }
    QThreadPool::globalInstance()->waitForDone();
    if (const Status replaced = replace(); !replaced) {
        Dialogs::error(this, failureTitle, replaced.error().message);
        if (wasOpen)
            openRegisterFile(registerPath, OpenMode::ExistingOnly);
        return false;
    }
    const bool opened = openRegisterFile(registerPath, OpenMode::ExistingOnly);
    if (opened)
        statusBar()->showMessage(doneMessage);
    return opened;
}

namespace {

// Runs `work` on the thread pool while a window-modal progress dialog and a busy cursor
// show that something happens; the window stays painted. `work` gets a progress callback
// that may be called from its thread.
template <typename Work>
auto runWithProgress(QWidget *parent, const QString &label, Work work)
    -> decltype(work(Backups::Progress())) {
    using R = decltype(work(Backups::Progress()));
    QProgressDialog progress(label, QString(), 0, 1000, parent);
    progress.setObjectName(QStringLiteral("backupProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    progress.show();
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    QPointer<QProgressDialog> shown(&progress);
    const Backups::Progress report = [shown](qint64 done, qint64 total) {
        if (total <= 0)
            return;
        const int value = int(std::min<qint64>(1000, done * 1000 / total));
        QMetaObject::invokeMethod(
            qApp,
            [shown, value] {
                if (shown)
                    shown->setValue(value);
            },
            Qt::QueuedConnection);
    };
    QEventLoop loop;
    std::promise<R> promise;
    std::future<R> future = promise.get_future();
    QThreadPool::globalInstance()->start([&promise, &loop, &work, report] {
        promise.set_value(work(report));
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    loop.exec();
    R result = future.get();
    QGuiApplication::restoreOverrideCursor();
    return result;
}

} // namespace

bool MainWindow::mayBackUp() {
    if (!m_db)
        return false;
    if (Status s = Permissions::check(m_db->connection(), m_db->path(), m_actor,
                                      Permission::BackUpAndRestore);
        !s) {
        Dialogs::error(this, tr("Backups"), s.error().message);
        return false;
    }
    return true;
}

bool MainWindow::backUpRegister() {
    if (!mayBackUp())
        return false;
    BackupDialog dialog(m_db->path(), m_clock.now(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString registerPath = m_db->path();
    const QString out = dialog.path();
    BackupOptions options{dialog.passphrase(), dialog.overwrite()};
    const Actor actor = m_actor;
    const Result<BackupMade> made = runWithProgress(
        this, tr("Backing up the register…"),
        [&](const Backups::Progress &report) -> Result<BackupMade> {
            // VACUUM INTO reads the whole register: on a connection of its own.
            ScopedConnection connection(registerPath);
            if (!connection.isOpen())
                return connection.error();
            return Backups::make(connection.db(), registerPath, actor, out, options, report);
        });
    if (options.passphrase)
        options.passphrase->fill(QChar(0));
    if (!made) {
        Dialogs::error(this, tr("The backup was not made"), made.error().message);
        return false;
    }
    const QString where = QDir::toNativeSeparators(made->path);
    const QString size = QLocale().formattedDataSize(made->bytes);
    Dialogs::inform(this, tr("Backup made"),
                    made->sealed
                        ? tr("The register was backed up to %1 (%2), sealed with the passphrase. "
                             "Keep the passphrase apart from the file: without it the backup "
                             "cannot be restored.")
                              .arg(where, size)
                        : tr("The register was backed up to %1 (%2). It is not sealed: anyone "
                             "who has the file can read every case in it.")
                              .arg(where, size));
    statusBar()->showMessage(tr("Backed up to %1.").arg(where));
    return true;
}

bool MainWindow::restoreFromBackup() {
    if (!mayBackUp())
        return false;
    const QString registerPath = m_db->path();
    const QString file =
        Dialogs::openFileName(this, tr("Restore from a backup"), QString(),
                              tr("Backups (%1)").arg(QStringLiteral("*.qaytish-sealed *.qaytish")) +
                                  QStringLiteral(";;") + tr("All files (*)"));
    if (file.isEmpty())
        return false;
    const Result<BackupKind> kind = Backups::inspect(file);
    if (!kind) {
        Dialogs::error(this, tr("The backup was not restored"), kind.error().message);
        return false;
    }
    const bool sealed = kind.value() == BackupKind::Sealed;
    std::unique_ptr<PreparedRestore> prepared;
    QString problem;
    while (!prepared) {
        std::optional<QString> passphrase;
        if (sealed) {
            PassphraseDialog ask(file, problem, this);
            if (ask.exec() != QDialog::Accepted)
                return false;
            passphrase = ask.passphrase();
        }
        Result<std::unique_ptr<PreparedRestore>> checked = runWithProgress(
            this, tr("Checking the whole backup…"), [&](const Backups::Progress &report) {
                return Backups::prepareRestore(file, registerPath, passphrase, report);
            });
        if (passphrase)
            passphrase->fill(QChar(0));
        if (checked) {
            prepared = std::move(checked).value();
        } else if (sealed && checked.error().field == u"passphrase") {
            problem = checked.error().message; // asked again
        } else {
            Dialogs::error(this, tr("The backup was not restored"), checked.error().message);
            return false;
        }
    }
    Dialogs::Question q;
    q.kind = Dialogs::Question::Kind::Warning;
    q.title = tr("Restore from a backup");
    q.text = tr("The backup %1 is complete and sound. Replace the register %2 with it? "
                "Everything recorded since the backup was made will no longer be in the "
                "register; the register as it is now is kept as a safety copy.")
                 .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(registerPath));
    q.yesText = tr("Restore");
    q.noText = tr("Cancel");
    if (Dialogs::ask(this, q) != Dialogs::Answer::Yes)
        return false;
    return replaceRegister(
        registerPath,
        [&]() -> Status {
            Result<QString> kept = Backups::finishRestore(*prepared, registerPath, m_clock.now());
            if (!kept)
                return kept.error();
            return {};
        },
        tr("The backup was not restored"),
        tr("The register was restored from %1.").arg(QDir::toNativeSeparators(file)));
}

bool MainWindow::closeEditors() {
    // The register of documents belongs to the register open now.
    if (m_documentsWindow) {
        m_documentsWindow->close();
        m_documentsWindow->deleteLater();
    }
    const QList<CaseEditor *> editors = findChildren<CaseEditor *>(Qt::FindDirectChildrenOnly);
    for (CaseEditor *editor : editors) {
        if (!editor->isVisible())
            continue;
        editor->raise();
        editor->activateWindow();
        if (!editor->close())
            return false;
    }
    return true;
}

QString MainWindow::registerDialogDirectory() const {
    if (m_db && !m_isDemo)
        return QFileInfo(m_db->path()).absolutePath();
    return QFileInfo(Database::defaultPath()).absolutePath();
}

void MainWindow::newRegister() {
    QString path = Dialogs::saveFileName(this, tr("New register"), registerDialogDirectory(),
                                         tr("Qaytish registers (%1)").arg(RegisterPattern));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".qaytish");
    const QFileInfo info(path);
    if (info.exists() && (info.isDir() || info.size() > 0)) {
        // A new register never replaces a file, least of all another register.
        Dialogs::error(this, tr("New register"),
                       tr("%1 already exists and was left unchanged. Choose a new file name, "
                          "or open it with File > Open register.")
                           .arg(QDir::toNativeSeparators(path)));
        return;
    }
    createRegister(path);
}

void MainWindow::openRegisterDialog() {
    const QString path = Dialogs::openFileName(this, tr("Open register"), registerDialogDirectory(),
                                               tr("Qaytish registers (%1)").arg(RegisterPattern) +
                                                   QStringLiteral(";;") +
                                                   tr("All files (%1)").arg(QStringLiteral("*")));
    if (path.isEmpty())
        return;
    openRegisterFile(path, OpenMode::ExistingOnly);
}

bool MainWindow::openDemoRegister() {
    const QString path = Database::demoPath();
    if (m_db && m_isDemo && m_model->totalCount() > 0)
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());

    // Create or migrate it here, then close it: the worker writes on a connection of its
    // own and the register opens on this thread once the cases are there.
    qint64 existing = 0;
    {
        Result<std::shared_ptr<Database>> db = Database::open(path);
        if (!db) {
            showOpenFailure(path, db.error().message);
            return false;
        }
        Result<qint64> n = CaseRepository(*db.value(), m_clock).caseCount();
        if (!n) {
            showOpenFailure(path, n.error().message);
            return false;
        }
        existing = n.value();
    }

    if (existing == 0) {
        struct Shared {
            std::atomic<int> done{0};
            std::atomic<bool> cancel{false};
            Status result;
        };
        auto shared = std::make_shared<Shared>();
        const Clock &clock = m_clock;
        const int total = m_demoCases;
        // The demo register has no accounts: whoever opens it holds every role.
        const Actor actor{systemUserName()};
        QThread *worker = QThread::create([shared, path, &clock, total, actor] {
            ScopedConnection connection(path); // made and removed on the worker thread
            if (!connection.isOpen()) {
                shared->result = connection.error();
                return;
            }
            shared->result =
                DemoGenerator::generate(connection.db(), path, clock, actor,
                                        DemoGenerator::Options{total, 1}, [shared](int done, int) {
                                            shared->done = done;
                                            return !shared->cancel;
                                        });
        });

        QProgressDialog progress(this);
        progress.setObjectName(QStringLiteral("demoProgress"));
        progress.setWindowTitle(tr("Demo register"));
        progress.setLabelText(
            tr("Creating the demo register: %Ln fictional case(s)…", nullptr, total));
        progress.setCancelButtonText(tr("Cancel"));
        progress.setRange(0, total);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        progress.setAutoClose(false);
        progress.setAutoReset(false);
        connect(&progress, &QProgressDialog::canceled, this, [shared] { shared->cancel = true; });
        QTimer tick;
        tick.setInterval(100);
        connect(&tick, &QTimer::timeout, this, [&] {
            if (!shared->cancel)
                progress.setValue(shared->done);
        });
        QEventLoop loop;
        connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
        worker->start();
        tick.start();
        progress.show();
        loop.exec();
        worker->wait();
        delete worker;
        tick.stop();
        progress.hide();

        if (shared->cancel)
            return false; // the generator wrote nothing
        if (!shared->result) {
            Dialogs::error(this, tr("Demo register"), shared->result.error().message);
            return false;
        }
    }
    return openRegisterFile(path, OpenMode::ExistingOnly);
}

void MainWindow::about() {
    Dialogs::inform(
        this, tr("About Qaytish"),
        tr("Qaytish %1\n\nA register of citizens of Uzbekistan abroad in return and removal "
           "cases, for consular officers: identity checks, Certificates of Return and return "
           "lists.\n\nThe people in the register come first: Qaytish never records asylum "
           "claims, political or religious opinions, sexual orientation or medical "
           "diagnoses, and shows operational needs only to those who must know them.")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::applySearch() {
    m_searchTimer.stop();
    CaseFilter filter = m_model->filter();
    filter.search = m_search->text().trimmed();
    m_model->setFilter(filter);
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void MainWindow::applyStatusFilter() {
    CaseFilter filter = m_model->filter();
    filter.status = CaseStatusInfo::fromCode(m_statusFilter->currentData().toString());
    if (m_dashboardFigure && std::holds_alternative<CaseStatus>(*m_dashboardFigure)) {
        // The officer chose another status: the figure's filter is over.
        m_dashboardFigure.reset();
        updateDashboardFilterBar();
    }
    m_model->setFilter(filter);
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void MainWindow::updateCounts() {
    const qint64 total = m_model->totalCount();
    const qint64 shown = m_model->filteredCount();
    if (!m_db)
        m_countLabel->setText(tr("No register is open"));
    else if (!m_model->countsKnown()) // the first rows are shown; the rest are being counted
        m_countLabel->setText(tr("Counting the cases…"));
    else if (m_model->filter() == CaseFilter{})
        m_countLabel->setText(tr("%Ln case(s)", nullptr, int(total)));
    else
        m_countLabel->setText(
            tr("%1 of %Ln case(s)", nullptr, int(total)).arg(QLocale().toString(shown)));

    m_welcome->setRegisterOpen(m_db != nullptr);
    QWidget *page = (m_db && total > 0) ? m_registerView : static_cast<QWidget *>(m_welcome);
    if (m_locked)
        page = m_lockPage;
    else if (m_db && !Permissions::allows(m_roles, Permission::ReadCases))
        page = m_noAccessPage;
    if (m_stack->currentWidget() != page) {
        const bool hadFocus =
            m_stack->currentWidget() && m_stack->currentWidget()->isAncestorOf(focusWidget());
        m_stack->setCurrentWidget(page);
        if (hadFocus || page == m_welcome)
            page->setFocus(Qt::OtherFocusReason);
    }
    updateActions();
}

void MainWindow::updateActions() {
    // What the roles do not allow is not offered; core refuses it all the same.
    const bool open = m_db != nullptr && !m_locked;
    auto may = [&](Permission p) {
        return open && Permissions::allows(m_roles, p);
    };
    const bool read = may(Permission::ReadCases);
    const bool selected =
        read && m_table->currentIndex().isValid() && m_stack->currentWidget() == m_registerView;
    m_newCaseAction->setEnabled(may(Permission::EditCases));
    m_editCaseAction->setEnabled(selected);
    m_changeStatusAction->setEnabled(selected && may(Permission::EditCases));
    m_issueCertificateAction->setEnabled(selected && may(Permission::IssueCertificates));
    m_documentsRegisterAction->setEnabled(read);
    m_subjectAccessAction->setEnabled(selected);
    m_findAction->setEnabled(read);
    m_missionSettingsAction->setEnabled(may(Permission::EditMissionSettings));
    m_auditLogAction->setEnabled(may(Permission::ReadAuditLog));
    m_retentionAction->setEnabled(!m_isDemo && may(Permission::ApplyRetention));
    m_returnListsAction->setEnabled(read);
    m_importAction->setEnabled(may(Permission::ImportCases));
    m_exportCsvAction->setEnabled(read && m_model->totalCount() > 0);
    const bool accounts = open && m_access == UserStore::Access::Accounts;
    m_usersAction->setVisible(m_access == UserStore::Access::Accounts);
    m_usersAction->setEnabled(accounts && may(Permission::ManageUsers));
    for (QAction *action : {m_switchUserAction, m_changePasswordAction, m_lockAction}) {
        action->setVisible(m_access == UserStore::Access::Accounts);
        action->setEnabled(accounts);
    }
    m_newRegisterAction->setEnabled(!m_locked);
    m_openRegisterAction->setEnabled(!m_locked);
    m_openDemoAction->setEnabled(!m_locked);
    for (QAction *action : {m_restoreCopyAction, m_backupAction, m_restoreBackupAction})
        action->setEnabled(!m_locked && !m_isDemo && may(Permission::BackUpAndRestore));
}

void MainWindow::updateTitle() {
    if (!m_db) {
        setWindowTitle(tr("Qaytish"));
        return;
    }
    const QString name = QFileInfo(m_db->path()).fileName();
    if (m_access == UserStore::Access::Accounts)
        setWindowTitle(tr("Qaytish — %1 — %2").arg(name, m_actor.name));
    else if (m_isDemo)
        setWindowTitle(tr("Qaytish — %1 (demo, unprotected register)").arg(name));
    else
        setWindowTitle(tr("Qaytish — %1 (unprotected register)").arg(name));
}

qint64 MainWindow::selectedCaseId() const {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return 0;
    return current.data(CaseTableModel::CaseIdRole).toLongLong();
}

void MainWindow::editSelected() {
    if (const qint64 id = selectedCaseId(); id > 0)
        openCase(id);
}

CaseEditor *MainWindow::openCase(qint64 caseId) {
    if (!m_db)
        return nullptr;
    if (caseId > 0) {
        const QList<CaseEditor *> editors = findChildren<CaseEditor *>(Qt::FindDirectChildrenOnly);
        for (CaseEditor *editor : editors) {
            if (editor->isVisible() && editor->caseId() == caseId) {
                editor->raise();
                editor->activateWindow();
                return editor;
            }
        }
    }
    auto *editor = new CaseEditor(m_db, m_clock, m_actor, caseId, this);
    connect(editor, &CaseEditor::caseSaved, this, &MainWindow::onCaseSaved);
    connect(editor, &CaseEditor::openCaseRequested, this, [this](qint64 id) { openCase(id); });
    editor->show();
    return editor;
}

void MainWindow::issueCertificate() {
    const qint64 id = selectedCaseId();
    if (!m_db || id <= 0)
        return;
    CaseRepository repo(*m_db, m_clock);
    Result<CaseRecord> record = repo.read(m_actor, id);
    if (!record) {
        Dialogs::error(this, tr("Issue certificate"), record.error().message);
        return;
    }
    if (record->status != CaseStatus::IdentityConfirmed) {
        Dialogs::inform(this, tr("Issue certificate"),
                        tr("Case %1 is “%2”: a certificate is issued only when the identity is "
                           "confirmed.")
                            .arg(record->caseRef, CaseStatusInfo::displayName(record->status)));
        return;
    }
    auto *dialog = new CertificateDialog(m_db, m_clock, m_actor, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CertificateDialog::issued, this, [this](qint64 caseId) {
        onCaseSaved(caseId);
        if (m_documentsWindow)
            m_documentsWindow->reload();
    });
    dialog->open();
}

CertificateRegisterWindow *MainWindow::showDocumentsRegister() {
    if (!m_db)
        return nullptr;
    if (!m_documentsWindow) {
        m_documentsWindow = new CertificateRegisterWindow(m_db, m_clock, m_actor, this);
        m_documentsWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_documentsWindow, &CertificateRegisterWindow::registerChanged, this,
                &MainWindow::onCaseSaved);
    } else {
        m_documentsWindow->reload();
    }
    m_documentsWindow->show();
    m_documentsWindow->raise();
    m_documentsWindow->activateWindow();
    return m_documentsWindow;
}

void MainWindow::onCaseSaved(qint64 caseId) {
    const int row = m_table->currentIndex().row();
    m_model->refresh();
    m_dashboard->refresh();
    selectCase(caseId, row);
}

void MainWindow::selectCase(qint64 caseId, int rowHint) {
    int row = -1;
    if (rowHint >= 0 && rowHint < m_model->rowCount() &&
        m_model->index(rowHint, 0).data(CaseTableModel::CaseIdRole).toLongLong() == caseId)
        row = rowHint;
    else
        row = m_model->cachedRowOf(caseId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void MainWindow::showDashboardFigure(const DashboardFigure &figure, const CaseFilter &filter) {
    if (m_dashboardFigure && *m_dashboardFigure == figure) {
        clearDashboardFilter(); // a second click on the figure shown
        return;
    }
    m_dashboardFigure = figure;
    {
        // The table shows exactly the figure's cases: no search, the figure's status.
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockStatus(m_statusFilter);
        m_searchTimer.stop();
        m_search->clear();
        m_statusFilter->setCurrentIndex(
            filter.status ? m_statusFilter->findData(CaseStatusInfo::code(*filter.status)) : 0);
    }
    m_model->setFilter(filter);
    updateDashboardFilterBar();
    if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, 0));
        m_table->scrollToTop();
    }
}

void MainWindow::clearDashboardFilter() {
    if (!m_dashboardFigure)
        return;
    const bool byStatus = std::holds_alternative<CaseStatus>(*m_dashboardFigure);
    m_dashboardFigure.reset();
    CaseFilter filter = m_model->filter();
    filter.condition.reset();
    filter.basis = {};
    if (byStatus) {
        const QSignalBlocker blockStatus(m_statusFilter);
        m_statusFilter->setCurrentIndex(0);
        filter.status.reset();
    }
    const bool tableHadFocus = m_table->hasFocus();
    m_model->setFilter(filter);
    updateDashboardFilterBar();
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
    if (tableHadFocus || focusWidget() == nullptr || !focusWidget()->isVisible())
        m_table->setFocus(Qt::OtherFocusReason);
}

void MainWindow::dashboardCounted() {
    // New mission settings or a new day: the table's condition follows the figure's.
    if (!m_dashboardFigure || !std::holds_alternative<CaseCondition>(*m_dashboardFigure))
        return;
    CaseFilter filter = m_model->filter();
    if (filter.basis == m_dashboard->basis())
        return;
    filter.basis = m_dashboard->basis();
    m_model->setFilter(filter);
    updateDashboardFilterBar();
}

void MainWindow::updateDashboardFilterBar() {
    m_dashboard->setActiveFigure(m_dashboardFigure);
    m_clearDashboardFilterAction->setEnabled(m_dashboardFigure.has_value());
    if (!m_dashboardFigure) {
        // The button may hold the focus: give it to the table before hiding it.
        if (m_dashboardFilterBar->isAncestorOf(focusWidget()))
            m_table->setFocus(Qt::OtherFocusReason);
        m_dashboardFilterBar->hide();
        return;
    }
    m_dashboardFilterLabel->setText(tr("Showing only the cases of the dashboard figure “%1”.")
                                        .arg(m_dashboard->label(*m_dashboardFigure)));
    m_dashboardFilterBar->show();
}

void MainWindow::showReadError(const QString &message) {
    if (m_readErrorShown)
        return;
    m_readErrorShown = true;
    Dialogs::error(this, tr("Cannot read the register"), message);
}

} // namespace qaytish

namespace qaytish {

void MainWindow::importCsv() {
    if (!m_db)
        return;
    const QString path = Dialogs::openFileName(
        this, tr("Import list"), registerDialogDirectory(),
        tr("CSV files (%1);;All files (*)").arg(QStringLiteral("*.csv *.txt")));
    if (!path.isEmpty())
        importFile(path);
}

void MainWindow::importFile(const QString &path) {
    if (!m_db)
        return;
    auto *dialog = new ImportDialog(m_db, m_clock, m_actor, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, [this](qint64 imported) {
        if (imported > 0) {
            m_model->refresh();
            m_dashboard->refresh();
        }
    });
    dialog->open();
}

namespace {

// The key that signs now: the newest one not retired (the list is newest first).
QString signingKeyId(const QList<PublicKey> &keys) {
    for (const PublicKey &key : keys) {
        if (!key.retired)
            return key.keyId;
    }
    return {};
}

} // namespace

void MainWindow::showAuditLog() {
    if (!m_db)
        return;
    auto *window = new AuditLogWindow(m_db, m_clock, m_actor, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
}

void MainWindow::applyRetention() {
    if (!m_db)
        return;
    RetentionDialog dialog(m_db, m_clock, m_actor, this);
    dialog.exec();
    if (dialog.anonymised() > 0) {
        m_model->refresh();
        m_dashboard->refresh();
    }
}

void MainWindow::editMissionSettings() {
    if (!m_db)
        return;
    MissionSettingsStore store(*m_db, m_clock);
    Result<MissionSettings> current = store.load();
    if (!current) {
        Dialogs::error(this, tr("Mission settings"), current.error().message);
        return;
    }
    auto *dialog = new MissionSettingsDialog(
        current.value(),
        [this, db = m_db, &clock = m_clock, actor = m_actor](const MissionSettings &settings) {
            Status saved = MissionSettingsStore(*db, clock).save(actor, settings);
            if (saved && db == m_db)
                m_dashboard->refresh(); // the overdue days and the expiry window count anew
            return saved;
        },
        this);
    Result<QList<PublicKey>> keys = Signing::publicKeys(m_db->connection(), m_db->path());
    dialog->setSigningKey(
        keys ? signingKeyId(keys.value()) : QString(),
        [db = m_db, &clock = m_clock, actor = m_actor](const QString &file) -> Result<QString> {
            Result<QList<PublicKey>> keys = Signing::ensureKeys(*db, clock, actor);
            if (!keys)
                return keys.error();
            Result<MissionSettings> settings = MissionSettingsStore(*db, clock).load();
            if (!settings)
                return settings.error();
            if (Status s = Signing::writePublicKeyFile(
                    file, keys.value(), settings->missionName.in(QStringLiteral("en")));
                !s)
                return s.error();
            return signingKeyId(keys.value());
        });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::exportCsv() {
    if (!m_db)
        return;
    const QString path = Dialogs::saveFileName(this, tr("Export CSV"), registerDialogDirectory(),
                                               tr("CSV files (%1)").arg(QStringLiteral("*.csv")));
    if (path.isEmpty())
        return;
    // Off the UI thread, on a connection of the worker's own; the window stays responsive.
    const CaseFilter filter = m_model->filter();
    const QString dbPath = m_db->path();
    auto outcome = std::make_shared<std::optional<Result<qint64>>>();
    const Clock &clock = m_clock;
    QThread *thread = QThread::create([outcome, filter, dbPath, path, &clock, actor = m_actor] {
        ScopedConnection connection(dbPath);
        if (!connection.isOpen())
            *outcome = Result<qint64>(connection.error());
        else
            *outcome = CsvExporter::write(connection.db(), dbPath, clock, actor, filter, path);
    });
    m_exportCsvAction->setEnabled(false);
    connect(thread, &QThread::finished, this, [this, thread, outcome, path] {
        thread->deleteLater();
        updateActions();
        if (*outcome && (*outcome)->ok())
            statusBar()->showMessage(
                tr("Wrote %Ln case(s) to %1.", nullptr, int((*outcome)->value()))
                    .arg(QDir::toNativeSeparators(path)),
                10000);
        else
            Dialogs::error(this, tr("Export CSV"),
                           *outcome ? (*outcome)->error().message : tr("The export failed."));
    });
    thread->start();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (m_db && urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!m_db || urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    importFile(urls.first().toLocalFile());
}

} // namespace qaytish

namespace qaytish {

bool MainWindow::closeWindows() {
    if (!closeEditors())
        return false;
    // The return lists window acts for the user who opened it.
    delete m_returnLists.data();
    return true;
}

void MainWindow::setIdleLockInterval(int milliseconds) {
    m_idle->setInterval(milliseconds);
}

void MainWindow::lockSession() {
    if (m_locked || !m_db || m_access != UserStore::Access::Accounts)
        return;
    m_locked = true;
    m_idle->stop();
    // The case editors and the other windows are hidden, not closed: their unsaved edits
    // wait for the same user. (A modal question asked meanwhile stays: hiding it would
    // answer it.)
    m_hiddenByLock.clear();
    const QList<QWidget *> children = findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *w : children) {
        if (w->isWindow() && w->isVisible() && !w->isModal()) {
            m_hiddenByLock << w;
            w->hide();
        }
    }
    updateCounts(); // shows the lock page in place of the table
    retranslateUi();
    m_unlockButton->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::unlockSession() {
    if (!m_locked)
        return true;
    SignInDialog dialog(m_db, m_clock, this);
    dialog.setFixedUser(m_actor.name);
    if (dialog.exec() != QDialog::Accepted || dialog.actor().userId != m_actor.userId)
        return false;
    m_locked = false;
    for (const QPointer<QWidget> &w : std::as_const(m_hiddenByLock)) {
        if (w)
            w->show();
    }
    m_hiddenByLock.clear();
    setSession(Session{dialog.actor(), m_access}); // roles as the register holds them now
    updateCounts();
    return true;
}

bool MainWindow::switchUser() {
    if (!m_db || m_access != UserStore::Access::Accounts || m_locked)
        return false;
    if (!closeWindows())
        return false;
    m_idle->stop(); // no lock in the middle of the sign-in
    SignInDialog dialog(m_db, m_clock, this);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    setSession(Session{accepted ? dialog.actor() : m_actor, UserStore::Access::Accounts});
    if (!accepted)
        return false;
    m_model->refresh();
    updateCounts();
    return true;
}

void MainWindow::changeOwnPassword() {
    if (!m_db || !m_actor.signedIn())
        return;
    UserStore users(*m_db, m_clock);
    AccountDialog dialog(
        AccountDialog::Mode::ChangeOwnPassword,
        [&](const AccountDialog::Values &v) {
            return users.changeOwnPassword(m_actor, v.currentPassword, v.password);
        },
        m_actor.name, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("The password of %1 is changed.").arg(m_actor.name), 10000);
}

UsersDialog *MainWindow::showUsers() {
    if (!m_db || m_access != UserStore::Access::Accounts)
        return nullptr;
    auto *dialog = new UsersDialog(m_db, m_clock, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace qaytish
