#include "caseeditor.h"
#include "certificatedialog.h"
#include "keys.h"

#include "core/dates.h"
#include "core/identifiers.h"
#include "core/names.h"
#include "core/workflow.h"
#include "dateedit.h"
#include "dialogs.h"
#include "duplicatesdialog.h"
#include "identityrequestdialog.h"
#include "interviewdialog.h"
#include "latinnameedit.h"
#include "mrzpanel.h"
#include "nameedit.h"
#include "statusdialog.h"
#include "subjectaccessexport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qaytish {

namespace {

const QString ErrorColor = QStringLiteral("color: #b00020;");
const QString WarningColor = QStringLiteral("color: #8a5a00;");
const QString GeometryKey = QStringLiteral("caseEditor/geometry");

QWidget *scrollPage(QWidget *content) {
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

QTableWidget *makeTable(const QString &objectName, int columns) {
    auto *table = new QTableWidget(0, columns);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    return table;
}

QTableWidgetItem *cell(const QString &text) {
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

QString statusName(const QString &code) {
    if (const auto s = CaseStatusInfo::fromCode(code))
        return CaseStatusInfo::displayName(*s);
    return code;
}

// The columns as stored: what the form would write. Comparing them tells whether the form
// holds changes, without counting a trailing space or a reformatted date as one.
QVariantMap storedColumns(const CaseRecord &record) {
    const CaseRecord r = CaseRepository::normalized(record);
    QVariantMap columns = personColumns(r.person);
    const QVariantMap caseValues = caseColumns(r);
    for (auto it = caseValues.begin(); it != caseValues.end(); ++it)
        columns.insert(it.key(), it.value());
    return columns;
}

} // namespace

CaseEditor::CaseEditor(std::shared_ptr<Database> db, const Clock &clock, Actor actor, qint64 caseId,
                       QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_repo(*m_db, m_clock)
    , m_caseId(caseId) {
    setObjectName(QStringLiteral("caseEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    setWindowFlag(Qt::WindowMinMaxButtonsHint, true);
    setSizeGripEnabled(true);

    m_validateTimer.setSingleShot(true);
    m_validateTimer.setInterval(300);
    connect(&m_validateTimer, &QTimer::timeout, this, &CaseEditor::validateNow);

    m_populating = true; // adding combo items emits change signals
    buildUi();
    m_populating = false;
    retranslateUi();

    if (m_caseId > 0)
        loadCase();
    else
        startNewCase();

    const QByteArray geometry = QSettings().value(GeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(940, 720);
}

CaseEditor::~CaseEditor() = default;

// ---------------------------------------------------------------------------------------------
// Building the form

template <typename W> W *CaseEditor::field(const QString &name, W *widget) {
    widget->setObjectName(name);
    m_fields.insert(name, widget);
    m_fieldOrder << name;
    connectField(name, widget);
    return widget;
}

QLabel *CaseEditor::labelFor(const QString &name, QWidget *buddy) {
    auto *label = new QLabel;
    label->setObjectName(name + QStringLiteral("Label"));
    label->setBuddy(buddy);
    m_labels.insert(name, label);
    return label;
}

QLabel *CaseEditor::errorLabel(const QString &name) {
    auto *label = new QLabel;
    label->setObjectName(name + QStringLiteral("Error"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    m_errors.insert(name, label);
    return label;
}

QGroupBox *CaseEditor::group(const QString &key) {
    auto *box = new QGroupBox;
    box->setObjectName(key);
    m_groups.insert(key, box);
    return box;
}

QLabel *CaseEditor::suggestionLabel(const QString &name, NameEdit *edit) {
    auto *label = new QLabel;
    label->setObjectName(name + QStringLiteral("Suggestion"));
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    // Mouse only: the keyboard way is Ctrl+Space in the field, so the label stays out of the
    // tab order.
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    label->hide();
    connect(label, &QLabel::linkActivated, edit, [edit] {
        edit->acceptSuggestion();
        edit->setFocus();
    });
    return label;
}

void CaseEditor::addFormRow(QFormLayout *form, const QString &name, QWidget *edit,
                            QWidget *besides) {
    // The message stands directly under its field, in the field's column.
    auto *box = new QWidget;
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    if (besides) {
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(edit);
        row->addWidget(besides, 1);
        column->addLayout(row);
    } else {
        column->addWidget(edit);
    }
    column->addWidget(errorLabel(name));
    form->addRow(labelFor(name, edit), box);
}

void CaseEditor::addNameRow(QGridLayout *grid, int row, const QString &latinName,
                            const QString &cyrillicName, NamePair &pair) {
    pair.latin = field(latinName, new LatinNameEdit);
    pair.cyrillic = field(cyrillicName, new NameEdit);
    pair.latinSuggestion = suggestionLabel(latinName, pair.latin);
    pair.cyrillicSuggestion = suggestionLabel(cyrillicName, pair.cyrillic);

    grid->addWidget(labelFor(latinName, pair.latin), row, 0);
    grid->addWidget(pair.latin, row, 1);
    grid->addWidget(pair.cyrillic, row, 2);
    auto below = [](QLabel *error, QLabel *suggestion) {
        auto *box = new QWidget;
        auto *column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(error);
        column->addWidget(suggestion);
        return box;
    };
    grid->addWidget(below(errorLabel(latinName), pair.latinSuggestion), row + 1, 1);
    grid->addWidget(below(errorLabel(cyrillicName), pair.cyrillicSuggestion), row + 1, 2);
}

void CaseEditor::connectField(const QString &name, QWidget *widget) {
    if (auto *date = qobject_cast<DateEdit *>(widget)) {
        m_dateEdits << date;
        date->setShowsErrorInEcho(false);
        connect(date, &QLineEdit::textEdited, this, [this, name] { touch(name); });
        connect(date, &QLineEdit::textChanged, this, &CaseEditor::onFormChanged);
        // A finished date is checked at once (DateEdit has rewritten it by now).
        connect(date, &QLineEdit::editingFinished, this, [this] {
            if (!m_populating)
                validateNow();
        });
    } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        connect(edit, &QLineEdit::textEdited, this, [this, name] { touch(name); });
        connect(edit, &QLineEdit::textChanged, this, &CaseEditor::onFormChanged);
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        connect(combo, &QComboBox::activated, this, [this, name] { touch(name); });
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseEditor::onFormChanged);
    } else if (auto *check = qobject_cast<QCheckBox *>(widget)) {
        connect(check, &QCheckBox::clicked, this, [this, name] { touch(name); });
        connect(check, &QCheckBox::toggled, this, &CaseEditor::onFormChanged);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
        connect(text, &QPlainTextEdit::textChanged, this, [this, name] {
            if (!m_populating)
                touch(name);
            onFormChanged();
        });
    }
}

void CaseEditor::buildUi() {
    // The case and its status stand above the tabs, with the one action that moves it on.
    m_caseRefLabel = new QLabel;
    m_caseRefLabel->setObjectName(QStringLiteral("caseRefLabel"));
    QFont strong = m_caseRefLabel->font();
    strong.setBold(true);
    m_caseRefLabel->setFont(strong);
    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_changeStatusButton = new QPushButton;
    m_changeStatusButton->setObjectName(QStringLiteral("changeStatusButton"));
    connect(m_changeStatusButton, &QPushButton::clicked, this, &CaseEditor::changeStatus);
    m_issueCertificateButton = new QPushButton;
    m_issueCertificateButton->setObjectName(QStringLiteral("issueCertificateButton"));
    connect(m_issueCertificateButton, &QPushButton::clicked, this, &CaseEditor::issueCertificate);
    m_subjectAccessButton = new QPushButton;
    m_subjectAccessButton->setObjectName(QStringLiteral("subjectAccessButton"));
    connect(m_subjectAccessButton, &QPushButton::clicked, this, &CaseEditor::exportSubjectAccess);
    auto *header = new QHBoxLayout;
    header->addWidget(m_caseRefLabel);
    header->addSpacing(16);
    header->addWidget(m_statusLabel, 1);
    header->addWidget(m_subjectAccessButton);
    header->addWidget(m_issueCertificateButton);
    header->addWidget(m_changeStatusButton);

    m_formError = new QLabel;
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    m_formError->setStyleSheet(ErrorColor);
    m_formError->hide();

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_personPage = scrollPage(buildPersonPage());
    m_personPage->setObjectName(QStringLiteral("personTab"));
    m_immigrationPage = scrollPage(buildImmigrationPage());
    m_immigrationPage->setObjectName(QStringLiteral("immigrationTab"));
    m_carePage = scrollPage(buildCarePage());
    m_carePage->setObjectName(QStringLiteral("careTab"));
    m_requestsPage = buildRequestsPage();
    m_requestsPage->setObjectName(QStringLiteral("requestsTab"));
    m_interviewsPage = buildInterviewsPage();
    m_interviewsPage->setObjectName(QStringLiteral("interviewsTab"));
    m_historyPage = buildHistoryPage();
    m_historyPage->setObjectName(QStringLiteral("historyTab"));
    for (QWidget *page : {m_personPage, m_immigrationPage, m_carePage, m_requestsPage,
                          m_interviewsPage, m_historyPage})
        m_tabs->addTab(page, QString());
    // Alt+1 ... Alt+6 switch tabs without the mouse (Ctrl+Tab works too).
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            if (!m_tabs->isTabEnabled(i))
                return;
            m_tabs->setCurrentIndex(i);
            QWidget *page = m_tabs->currentWidget();
            for (const QString &name : std::as_const(m_fieldOrder)) {
                QWidget *w = m_fields.value(name);
                if (page->isAncestorOf(w) && w->isEnabled()) {
                    w->setFocus(Qt::TabFocusReason);
                    return;
                }
            }
            page->setFocus(Qt::TabFocusReason);
        });
    }

    m_saveButton = new QPushButton;
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveNextButton = new QPushButton;
    m_saveNextButton->setObjectName(QStringLiteral("saveNextButton"));
    m_closeButton = new QPushButton;
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &CaseEditor::save);
    connect(m_saveNextButton, &QPushButton::clicked, this, &CaseEditor::saveAndNext);
    connect(m_closeButton, &QPushButton::clicked, this, &CaseEditor::close);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_saveNextButton);
    buttons->addWidget(m_closeButton);

    auto *save = new QAction(this);
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    connect(save, &QAction::triggered, this, &CaseEditor::save);
    addAction(save);
    auto *saveNext = new QAction(this);
    saveNext->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(saveNext, &QAction::triggered, this, &CaseEditor::saveAndNext);
    addAction(saveNext);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_formError);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    // Enter in a field must never press a button by surprise (QDialog's default button):
    // it moves to the next field instead (keyPressEvent).
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    setUpTabOrder();
}

QWidget *CaseEditor::buildPersonPage() {
    auto *page = new QWidget;

    QGroupBox *nameBox = group(QStringLiteral("nameGroup"));
    auto *grid = new QGridLayout(nameBox);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setVerticalSpacing(4);
    m_latinHeader = new QLabel;
    m_cyrillicHeader = new QLabel;
    grid->addWidget(m_latinHeader, 0, 1);
    grid->addWidget(m_cyrillicHeader, 0, 2);
    addNameRow(grid, 1, QStringLiteral("surname"), QStringLiteral("surname_cyrillic"), m_surname);
    addNameRow(grid, 3, QStringLiteral("given_names"), QStringLiteral("given_names_cyrillic"),
               m_givenNames);
    addNameRow(grid, 5, QStringLiteral("patronymic"), QStringLiteral("patronymic_cyrillic"),
               m_patronymic);
    // The Latin names first (as in the passport), then the Cyrillic ones: one switch of the
    // keyboard layout instead of three.
    m_fieldOrder = QStringList{QStringLiteral("surname"),
                               QStringLiteral("given_names"),
                               QStringLiteral("patronymic"),
                               QStringLiteral("surname_cyrillic"),
                               QStringLiteral("given_names_cyrillic"),
                               QStringLiteral("patronymic_cyrillic")};
    m_cyrillicHeader->setBuddy(m_surname.cyrillic);

    QGroupBox *birthBox = group(QStringLiteral("birthGroup"));
    auto *birth = new QFormLayout(birthBox);
    m_sex = field(QStringLiteral("sex"), new QComboBox);
    m_sex->addItem(QString(), QString());
    m_sex->addItem(QString(), QStringLiteral("M"));
    m_sex->addItem(QString(), QStringLiteral("F"));
    addFormRow(birth, QStringLiteral("sex"), m_sex);
    m_birthDate = field(QStringLiteral("birth_date"), new DateEdit);
    addFormRow(birth, QStringLiteral("birth_date"), m_birthDate, m_birthDate->echoLabel());
    m_birthPlace = field(QStringLiteral("birth_place"), new QLineEdit);
    addFormRow(birth, QStringLiteral("birth_place"), m_birthPlace);
    m_nationality = field(QStringLiteral("nationality"), new QLineEdit);
    m_nationality->setMaxLength(3);
    m_nationality->setMaximumWidth(
        m_nationality->fontMetrics().horizontalAdvance(QStringLiteral("WWWW")) + 24);
    addFormRow(birth, QStringLiteral("nationality"), m_nationality);
    m_pinfl = field(QStringLiteral("pinfl"), new QLineEdit);
    m_pinfl->setMaximumWidth(
        m_pinfl->fontMetrics().horizontalAdvance(QStringLiteral("00000000000000")) + 32);
    addFormRow(birth, QStringLiteral("pinfl"), m_pinfl);

    QGroupBox *passportBox = group(QStringLiteral("passportGroup"));
    auto *passport = new QFormLayout(passportBox);
    m_passportNumber = field(QStringLiteral("passport_number"), new QLineEdit);
    m_passportNumber->setMaximumWidth(
        m_passportNumber->fontMetrics().horizontalAdvance(QStringLiteral("WW00000000")) + 32);
    addFormRow(passport, QStringLiteral("passport_number"), m_passportNumber);
    m_passportIssueDate = field(QStringLiteral("passport_issue_date"), new DateEdit);
    addFormRow(passport, QStringLiteral("passport_issue_date"), m_passportIssueDate,
               m_passportIssueDate->echoLabel());
    m_passportExpiryDate = field(QStringLiteral("passport_expiry_date"), new DateEdit);
    addFormRow(passport, QStringLiteral("passport_expiry_date"), m_passportExpiryDate,
               m_passportExpiryDate->echoLabel());

    QGroupBox *contactBox = group(QStringLiteral("contactGroup"));
    auto *contact = new QFormLayout(contactBox);
    m_contactAbroad = field(QStringLiteral("contact_abroad"), new QLineEdit);
    addFormRow(contact, QStringLiteral("contact_abroad"), m_contactAbroad);
    m_contactHome = field(QStringLiteral("contact_home"), new QLineEdit);
    addFormRow(contact, QStringLiteral("contact_home"), m_contactHome);
    m_familyGroup = field(QStringLiteral("family_group"), new QLineEdit);
    addFormRow(contact, QStringLiteral("family_group"), m_familyGroup);

    auto *middle = new QHBoxLayout;
    middle->addWidget(birthBox, 1);
    middle->addWidget(passportBox, 1);

    // Reading the passport's zone fills the fields above only when the officer applies it.
    m_mrzPanel = new MrzPanel(m_clock);
    connect(m_mrzPanel, &MrzPanel::applyRequested, this, &CaseEditor::applyMrz);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(nameBox);
    layout->addLayout(middle);
    layout->addWidget(contactBox);
    layout->addWidget(m_mrzPanel);
    layout->addStretch(1);
    return page;
}

QWidget *CaseEditor::buildImmigrationPage() {
    auto *page = new QWidget;

    QGroupBox *stayBox = group(QStringLiteral("stayGroup"));
    auto *stay = new QFormLayout(stayBox);
    m_hostReference = field(QStringLiteral("host_reference"), new QLineEdit);
    m_hostReference->setMaximumWidth(
        m_hostReference->fontMetrics().horizontalAdvance(QStringLiteral("A-000-000-0000")) + 32);
    addFormRow(stay, QStringLiteral("host_reference"), m_hostReference);
    m_visaClass = field(QStringLiteral("visa_class"), new QLineEdit);
    m_visaClass->setMaximumWidth(
        m_visaClass->fontMetrics().horizontalAdvance(QStringLiteral("WWWWWWWW")) + 24);
    addFormRow(stay, QStringLiteral("visa_class"), m_visaClass);
    m_entryDate = field(QStringLiteral("entry_date"), new DateEdit);
    addFormRow(stay, QStringLiteral("entry_date"), m_entryDate, m_entryDate->echoLabel());
    m_authorizedUntil = field(QStringLiteral("authorized_until"), new DateEdit);
    addFormRow(stay, QStringLiteral("authorized_until"), m_authorizedUntil,
               m_authorizedUntil->echoLabel());
    m_durationOfStatus = field(QStringLiteral("authorized_ds"), new QCheckBox);
    stay->addRow(QString(), m_durationOfStatus);
    m_overstayInfo = new QLabel;
    m_overstayInfo->setObjectName(QStringLiteral("overstayInfo"));
    m_overstayInfo->setWordWrap(true);
    stay->addRow(QString(), m_overstayInfo);
    m_custody = field(QStringLiteral("custody"), new QComboBox);
    for (const QString &code : custodyCodes())
        m_custody->addItem(QString(), code);
    addFormRow(stay, QStringLiteral("custody"), m_custody);
    m_facility = field(QStringLiteral("facility"), new QLineEdit);
    addFormRow(stay, QStringLiteral("facility"), m_facility);

    QGroupBox *requestBox = group(QStringLiteral("hostRequestGroup"));
    auto *request = new QFormLayout(requestBox);
    m_hostRequestReference = field(QStringLiteral("host_request_reference"), new QLineEdit);
    addFormRow(request, QStringLiteral("host_request_reference"), m_hostRequestReference);
    m_hostRequestOfficer = field(QStringLiteral("host_request_officer"), new QLineEdit);
    addFormRow(request, QStringLiteral("host_request_officer"), m_hostRequestOfficer);
    m_hostRequestDate = field(QStringLiteral("host_request_date"), new DateEdit);
    addFormRow(request, QStringLiteral("host_request_date"), m_hostRequestDate,
               m_hostRequestDate->echoLabel());
    m_hostOrderDate = field(QStringLiteral("host_order_date"), new DateEdit);
    addFormRow(request, QStringLiteral("host_order_date"), m_hostOrderDate,
               m_hostOrderDate->echoLabel());
    m_hostOrderType = field(QStringLiteral("host_order_type"), new QComboBox);
    m_hostOrderType->addItem(QString(), QString());
    for (const QString &code : orderTypeCodes())
        m_hostOrderType->addItem(QString(), code);
    addFormRow(request, QStringLiteral("host_order_type"), m_hostOrderType);

    // Facts that stop a return at once: a return list takes the person off and no reason
    // overrides them.
    QGroupBox *holdBox = group(QStringLiteral("holdGroup"));
    auto *hold = new QFormLayout(holdBox);
    m_removalStayed = field(QStringLiteral("removal_stayed"), new QCheckBox);
    hold->addRow(m_removalStayed);
    m_doNotBoard = field(QStringLiteral("do_not_board"), new QCheckBox);
    hold->addRow(m_doNotBoard);
    m_holdNote = field(QStringLiteral("hold_note"), new QLineEdit);
    addFormRow(hold, QStringLiteral("hold_note"), m_holdNote);

    connect(m_durationOfStatus, &QCheckBox::toggled, this, [this](bool ds) {
        // D/S has no end date: the officer ticking it clears the date in sight, so that
        // nothing contradicts it silently.
        if (ds && !m_populating)
            m_authorizedUntil->clear();
        updateDependentFields();
    });
    connect(m_custody, &QComboBox::currentIndexChanged, this, &CaseEditor::updateDependentFields);
    connect(m_authorizedUntil, &QLineEdit::textChanged, this, &CaseEditor::updateOverstayInfo);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(stayBox);
    layout->addWidget(requestBox);
    layout->addWidget(holdBox);
    layout->addStretch(1);
    return page;
}

QWidget *CaseEditor::buildCarePage() {
    auto *page = new QWidget;

    QGroupBox *needsBox = group(QStringLiteral("needsGroup"));
    auto *needs = new QVBoxLayout(needsBox);
    m_needsNote = new QLabel;
    m_needsNote->setObjectName(QStringLiteral("needsNote"));
    m_needsNote->setWordWrap(true);
    needs->addWidget(m_needsNote);
    for (const QString &code : needCodes()) {
        auto *box = new QCheckBox;
        box->setObjectName(QStringLiteral("need_") + code);
        connectField(QStringLiteral("needs"), box);
        m_needs.insert(code, box);
        needs->addWidget(box);
        if (!m_fields.contains(QStringLiteral("needs"))) {
            m_fields.insert(QStringLiteral("needs"), box);
            m_fieldOrder << QStringLiteral("needs");
        }
    }
    needs->addWidget(errorLabel(QStringLiteral("needs")));
    needs->addStretch(1);

    QGroupBox *objectionBox = group(QStringLiteral("objectionGroup"));
    auto *objection = new QFormLayout(objectionBox);
    m_objection = field(QStringLiteral("objects_to_consular_action"), new QCheckBox);
    objection->addRow(m_objection);
    m_objectionOn = field(QStringLiteral("objection_on"), new DateEdit);
    addFormRow(objection, QStringLiteral("objection_on"), m_objectionOn,
               m_objectionOn->echoLabel());
    m_objectionNote = field(QStringLiteral("objection_note"), new QLineEdit);
    addFormRow(objection, QStringLiteral("objection_note"), m_objectionNote);

    QGroupBox *consentBox = group(QStringLiteral("consentGroup"));
    auto *consent = new QFormLayout(consentBox);
    m_objectionBanner = new QLabel;
    m_objectionBanner->setObjectName(QStringLiteral("objectionBanner"));
    m_objectionBanner->setWordWrap(true);
    m_objectionBanner->setStyleSheet(WarningColor + QStringLiteral(" font-weight: bold;"));
    consent->addRow(m_objectionBanner);
    // Each consent with the day it was given and its form.
    auto consentRows = [&](const QString &key, QCheckBox *&box, DateEdit *&on, QComboBox *&form) {
        box = field(key, new QCheckBox);
        consent->addRow(box);
        on = field(key + QStringLiteral("_on"), new DateEdit);
        addFormRow(consent, key + QStringLiteral("_on"), on, on->echoLabel());
        form = field(key + QStringLiteral("_form"), new QComboBox);
        form->addItem(QString(), QString());
        for (const QString &code : consentFormCodes())
            form->addItem(QString(), code);
        addFormRow(consent, key + QStringLiteral("_form"), form);
        connect(box, &QCheckBox::toggled, this, [this, on](bool given) {
            // The day is usually today: the officer records the consent as it is given.
            if (given && !m_populating && on->isEmpty())
                on->setDate(m_clock.today());
            updateConsentFields();
        });
    };
    consentRows(QStringLiteral("consent_contact_relatives"), m_consentRelatives,
                m_consentRelativesOn, m_consentRelativesForm);
    consentRows(QStringLiteral("consent_share_lawyer"), m_consentLawyer, m_consentLawyerOn,
                m_consentLawyerForm);
    connect(m_objection, &QCheckBox::toggled, this, [this](bool objects) {
        if (objects && !m_populating && m_objectionOn->isEmpty())
            m_objectionOn->setDate(m_clock.today());
        updateConsentFields();
    });
    m_legalRepresentative = field(QStringLiteral("legal_representative"), new QLineEdit);
    addFormRow(consent, QStringLiteral("legal_representative"), m_legalRepresentative);
    m_returnWish = field(QStringLiteral("return_wish"), new QComboBox);
    m_returnWish->addItem(QString(), QString());
    for (const QString &code : returnWishCodes())
        m_returnWish->addItem(QString(), code);
    addFormRow(consent, QStringLiteral("return_wish"), m_returnWish);
    m_assignedOfficer = field(QStringLiteral("assigned_officer"), new QLineEdit);
    addFormRow(consent, QStringLiteral("assigned_officer"), m_assignedOfficer);

    QGroupBox *notesBox = group(QStringLiteral("notesGroup"));
    auto *notes = new QVBoxLayout(notesBox);
    // The reminder stands above the field, where it is read before anything is written.
    m_notesReminder = new QLabel;
    m_notesReminder->setObjectName(QStringLiteral("notesReminder"));
    m_notesReminder->setWordWrap(true);
    m_notesReminder->setStyleSheet(WarningColor);
    m_notes = field(QStringLiteral("notes"), new QPlainTextEdit);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 5 + 12);
    QLabel *notesLabel = labelFor(QStringLiteral("notes"), m_notes);
    notes->addWidget(notesLabel);
    notes->addWidget(m_notesReminder);
    notes->addWidget(m_notes, 1);
    notes->addWidget(errorLabel(QStringLiteral("notes")));

    auto *left = new QVBoxLayout;
    left->addWidget(needsBox, 1);
    left->addWidget(objectionBox);
    auto *top = new QHBoxLayout;
    top->addLayout(left, 1);
    top->addWidget(consentBox, 2);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(notesBox, 1);
    return page;
}

QWidget *CaseEditor::buildRequestsPage() {
    auto *page = new QWidget;
    m_requestsIntro = new QLabel;
    m_requestsIntro->setWordWrap(true);
    m_requestsTable = makeTable(QStringLiteral("identityRequestsTable"), 5);
    m_logRequestButton = new QPushButton;
    m_logRequestButton->setObjectName(QStringLiteral("logRequestButton"));
    m_recordReplyButton = new QPushButton;
    m_recordReplyButton->setObjectName(QStringLiteral("recordReplyButton"));
    connect(m_logRequestButton, &QPushButton::clicked, this, &CaseEditor::logIdentityRequest);
    connect(m_recordReplyButton, &QPushButton::clicked, this, &CaseEditor::recordIdentityReply);
    connect(m_requestsTable, &QTableWidget::itemDoubleClicked, this,
            &CaseEditor::recordIdentityReply);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_logRequestButton);
    buttons->addWidget(m_recordReplyButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_requestsIntro);
    layout->addWidget(m_requestsTable, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *CaseEditor::buildInterviewsPage() {
    auto *page = new QWidget;
    m_interviewsTable = makeTable(QStringLiteral("interviewsTable"), 6);
    m_addInterviewButton = new QPushButton;
    m_addInterviewButton->setObjectName(QStringLiteral("addInterviewButton"));
    connect(m_addInterviewButton, &QPushButton::clicked, this, &CaseEditor::addInterview);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addInterviewButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_interviewsTable, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *CaseEditor::buildHistoryPage() {
    auto *page = new QWidget;
    m_historyTable = makeTable(QStringLiteral("historyTable"), 5);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_historyTable);
    return page;
}

void CaseEditor::setUpTabOrder() {
    // The order of data entry: the names as they stand in the passport (Latin), then their
    // Cyrillic spelling, then the person, the stay, the needs; the buttons last.
    QList<QWidget *> chain;
    for (const QString &name : std::as_const(m_fieldOrder)) {
        if (name == u"needs") {
            for (const QString &code : needCodes())
                chain << m_needs.value(code);
        } else {
            chain << m_fields.value(name);
        }
        if (name == u"family_group")
            chain << m_mrzPanel->input() << m_mrzPanel->applyButton();
    }
    chain << m_requestsTable << m_logRequestButton << m_recordReplyButton << m_interviewsTable
          << m_addInterviewButton << m_historyTable << m_saveButton << m_saveNextButton
          << m_closeButton << m_subjectAccessButton << m_issueCertificateButton
          << m_changeStatusButton << m_tabs->tabBar();
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void CaseEditor::setLabelText(const QString &name, const QString &text) {
    if (QLabel *label = m_labels.value(name))
        label->setText(text);
}

void CaseEditor::retranslateUi() {
    m_tabs->setTabText(0, tr("Person"));
    m_tabs->setTabText(1, tr("Immigration"));
    m_tabs->setTabText(2, tr("Needs, consent, notes"));
    m_tabs->setTabText(3, tr("Requests and replies"));
    m_tabs->setTabText(4, tr("Interviews"));
    m_tabs->setTabText(5, tr("History"));
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabToolTip(i, keyText(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i))));

    m_groups.value(QStringLiteral("nameGroup"))->setTitle(tr("Name"));
    m_groups.value(QStringLiteral("birthGroup"))->setTitle(tr("Birth and identity"));
    m_groups.value(QStringLiteral("passportGroup"))->setTitle(tr("Passport"));
    m_groups.value(QStringLiteral("contactGroup"))->setTitle(tr("Contacts and family"));
    m_groups.value(QStringLiteral("stayGroup"))->setTitle(tr("Stay in the host country"));
    m_groups.value(QStringLiteral("hostRequestGroup"))
        ->setTitle(tr("Request of the host country's authority"));
    m_groups.value(QStringLiteral("needsGroup"))->setTitle(tr("Operational needs"));
    m_groups.value(QStringLiteral("consentGroup"))->setTitle(tr("Consent and representation"));
    m_groups.value(QStringLiteral("notesGroup"))->setTitle(tr("Notes"));

    m_latinHeader->setText(tr("Latin script"));
    m_cyrillicHeader->setText(tr("C&yrillic script"));
    setLabelText(QStringLiteral("surname"), tr("&Surname:"));
    setLabelText(QStringLiteral("given_names"), tr("&Given names:"));
    setLabelText(QStringLiteral("patronymic"), tr("Pa&tronymic:"));
    // The Cyrillic column has one header as its visible label; screen readers get a name
    // for each field.
    m_surname.cyrillic->setAccessibleName(tr("Surname in Cyrillic script"));
    m_givenNames.cyrillic->setAccessibleName(tr("Given names in Cyrillic script"));
    m_patronymic.cyrillic->setAccessibleName(tr("Patronymic in Cyrillic script"));
    const QString suggestionTip =
        tr("A spelling made from the other script. Press %1 in the field, or click "
           "the suggestion, to use it; correct it if needed.")
            .arg(keyText(QKeySequence(Qt::CTRL | Qt::Key_Space)));
    for (const NamePair *pair : {&m_surname, &m_givenNames, &m_patronymic}) {
        pair->latin->setToolTip(tr("Type ' after o or g for oʻ and gʻ; elsewhere it becomes ʼ."));
        pair->latinSuggestion->setToolTip(suggestionTip);
        pair->cyrillicSuggestion->setToolTip(suggestionTip);
    }

    setLabelText(QStringLiteral("sex"), tr("Se&x:"));
    m_sex->setItemText(0, QStringLiteral("—"));
    // The code leads, so that typing M or F picks the item in every language.
    m_sex->setItemText(1, QStringLiteral("M — ") + tr("male"));
    m_sex->setItemText(2, QStringLiteral("F — ") + tr("female"));
    setLabelText(QStringLiteral("birth_date"), tr("Date of &birth:"));
    setLabelText(QStringLiteral("birth_place"), tr("Place of birt&h:"));
    setLabelText(QStringLiteral("nationality"), tr("&Nationality:"));
    m_nationality->setToolTip(
        tr("Three-letter ICAO code, as in the passport: UZB for Uzbekistan."));
    setLabelText(QStringLiteral("pinfl"), tr("P&INFL:"));
    m_pinfl->setToolTip(tr("Personal identification number (JShShIR): 14 digits."));
    setLabelText(QStringLiteral("passport_number"), tr("&Passport number:"));
    setLabelText(QStringLiteral("passport_issue_date"), tr("Date of iss&ue:"));
    setLabelText(QStringLiteral("passport_expiry_date"), tr("&Valid until:"));
    setLabelText(QStringLiteral("contact_abroad"), tr("Contact &abroad:"));
    m_contactAbroad->setPlaceholderText(tr("Address or telephone in the host country"));
    setLabelText(QStringLiteral("contact_home"), tr("Contact at h&ome:"));
    m_contactHome->setPlaceholderText(tr("Relative, address or telephone in Uzbekistan"));
    setLabelText(QStringLiteral("family_group"), tr("&Family group:"));
    m_familyGroup->setPlaceholderText(tr("The same label for all members of a family"));

    setLabelText(QStringLiteral("host_reference"), tr("&A-number:"));
    m_hostReference->setPlaceholderText(tr("A-123-456-789"));
    m_hostReference->setToolTip(tr("The US Alien Registration Number: A and 7 to 9 digits."));
    setLabelText(QStringLiteral("visa_class"), tr("&Visa class:"));
    setLabelText(QStringLiteral("entry_date"), tr("&Entry date:"));
    setLabelText(QStringLiteral("authorized_until"), tr("Authorised stay &until:"));
    m_authorizedUntil->setToolTip(tr("The admit-until date of the I-94 record."));
    m_durationOfStatus->setText(tr("&D/S: duration of status, no fixed date"));
    setLabelText(QStringLiteral("custody"), tr("&Custody:"));
    for (int i = 0; i < m_custody->count(); ++i)
        m_custody->setItemText(i, custodyDisplayName(m_custody->itemData(i).toString()));
    setLabelText(QStringLiteral("facility"), tr("Faci&lity:"));
    m_facility->setPlaceholderText(tr("Detention facility, when in immigration detention"));
    setLabelText(QStringLiteral("host_request_reference"), tr("Re&ference:"));
    setLabelText(QStringLiteral("host_request_officer"), tr("&Officer:"));
    setLabelText(QStringLiteral("host_request_date"), tr("Date &received:"));
    setLabelText(QStringLiteral("host_order_date"), tr("Order da&te:"));
    setLabelText(QStringLiteral("host_order_type"), tr("Order t&ype:"));
    m_hostOrderType->setItemText(0, tr("Not stated"));
    m_groups.value(QStringLiteral("holdGroup"))->setTitle(tr("Stops to removal"));
    m_removalStayed->setText(tr("A court &stayed the removal"));
    m_doNotBoard->setText(tr("A “do &not board” instruction is recorded"));
    setLabelText(QStringLiteral("hold_note"), tr("Re&ference of the stay:"));
    m_holdNote->setPlaceholderText(
        tr("Court or authority, reference and date; the person is kept off return lists"));
    for (int i = 1; i < m_hostOrderType->count(); ++i)
        m_hostOrderType->setItemText(i,
                                     orderTypeDisplayName(m_hostOrderType->itemData(i).toString()));

    retranslateNeedsNote();
    for (auto it = m_needs.begin(); it != m_needs.end(); ++it)
        it.value()->setText(needDisplayName(it.key()));
    m_consentRelatives->setText(tr("Consents to &contacting relatives"));
    m_consentLawyer->setText(tr("Consents to sharing the case with a &lawyer"));
    for (const QString &key :
         {QStringLiteral("consent_contact_relatives"), QStringLiteral("consent_share_lawyer")}) {
        setLabelText(key + QStringLiteral("_on"), tr("Given on:"));
        setLabelText(key + QStringLiteral("_form"), tr("In the form:"));
    }
    for (QComboBox *form : {m_consentRelativesForm, m_consentLawyerForm}) {
        form->setItemText(0, tr("Not stated"));
        for (int i = 1; i < form->count(); ++i)
            form->setItemText(i, consentFormDisplayName(form->itemData(i).toString()));
    }
    m_groups.value(QStringLiteral("objectionGroup"))->setTitle(tr("Objection to consular action"));
    m_objection->setText(tr("The person &objects to consular action"));
    setLabelText(QStringLiteral("objection_on"), tr("Stated on:"));
    setLabelText(QStringLiteral("objection_note"), tr("In their words:"));
    m_objectionNote->setPlaceholderText(tr("What the person asked the consulate not to do"));
    m_objectionBanner->setText(tr("The person objects to consular action: do not contact "
                                  "relatives and do not share the case with anyone."));
    setLabelText(QStringLiteral("legal_representative"), tr("Legal &representative:"));
    setLabelText(QStringLiteral("return_wish"), tr("&Wish about return:"));
    m_returnWish->setItemText(0, tr("Not stated"));
    for (int i = 1; i < m_returnWish->count(); ++i)
        m_returnWish->setItemText(i, returnWishDisplayName(m_returnWish->itemData(i).toString()));
    setLabelText(QStringLiteral("assigned_officer"), tr("Assigned o&fficer:"));
    setLabelText(QStringLiteral("notes"), tr("&Notes:"));
    m_notesReminder->setText(
        tr("Do not record an asylum or protection claim or its grounds, political or religious "
           "opinions, sexual orientation or gender identity, or medical diagnoses. This "
           "register belongs to the consulate of the person's state of origin."));

    m_requestsIntro->setText(tr("Identity requests sent to the authorities at home and their "
                                "replies. Identity is confirmed only by a recorded reply."));
    m_requestsTable->setHorizontalHeaderLabels(
        {tr("Outgoing no."), tr("Sent"), tr("Reply no."), tr("Reply date"), tr("Result")});
    m_logRequestButton->setText(tr("Log identity request…"));
    m_recordReplyButton->setText(tr("Record reply…"));
    m_interviewsTable->setHorizontalHeaderLabels({tr("Date"), tr("Place"), tr("Interpreter"),
                                                  tr("Language"), tr("Officer"),
                                                  tr("Stated wishes")});
    m_addInterviewButton->setText(tr("Add interview…"));
    m_historyTable->setHorizontalHeaderLabels(
        {tr("When"), tr("Officer"), tr("From"), tr("To"), tr("Comment")});

    m_changeStatusButton->setText(tr("Change status…"));
    m_issueCertificateButton->setText(tr("Issue certificate…"));
    m_subjectAccessButton->setText(SubjectAccessExport::actionText());
    m_subjectAccessButton->setToolTip(
        tr("A PDF report or JSON data of everything the register holds about the person, for "
           "the person's request to see their data."));
    m_saveButton->setText(tr("Save"));
    m_saveButton->setToolTip(tr("Save and keep editing (%1)").arg(keyText(QKeySequence::Save)));
    m_saveNextButton->setText(tr("Save and start next"));
    m_saveNextButton->setToolTip(tr("Save, then start the next new case (%1)")
                                     .arg(keyText(QKeySequence(Qt::CTRL | Qt::Key_Return))));
    m_closeButton->setText(tr("Close"));
    m_closeButton->setToolTip(tr("Close the case (%1)").arg(keyText(QKeySequence(Qt::Key_Escape))));

    updateCaseState();
    updateSuggestions();
    updateOverstayInfo();
}

// ---------------------------------------------------------------------------------------------
// The record and the form

CaseRecord CaseEditor::defaultRecord() const {
    CaseRecord r; // nationality UZB and custody at large are the record's own defaults
    r.assignedOfficer = m_actor.name;
    return r;
}

CaseRecord CaseEditor::recordFromForm() const {
    CaseRecord r = m_record;
    PersonRecord &p = r.person;
    p.surname = m_surname.latin->text();
    p.givenNames = m_givenNames.latin->text();
    p.patronymic = m_patronymic.latin->text();
    p.surnameCyrillic = m_surname.cyrillic->text();
    p.givenNamesCyrillic = m_givenNames.cyrillic->text();
    p.patronymicCyrillic = m_patronymic.cyrillic->text();
    p.sex = m_sex->currentData().toString();
    p.birthDate = m_birthDate->date();
    p.birthPlace = m_birthPlace->text();
    p.nationality = m_nationality->text();
    p.pinfl = m_pinfl->text();
    p.passportNumber = m_passportNumber->text();
    p.passportIssueDate = m_passportIssueDate->date();
    p.passportExpiryDate = m_passportExpiryDate->date();
    p.contactAbroad = m_contactAbroad->text();
    p.contactHome = m_contactHome->text();
    p.familyGroup = m_familyGroup->text();

    r.hostReference = m_hostReference->text();
    r.visaClass = m_visaClass->text();
    r.entryDate = m_entryDate->date();
    r.durationOfStatus = m_durationOfStatus->isChecked();
    r.authorizedUntil = m_authorizedUntil->date();
    r.custody = m_custody->currentData().toString();
    r.facility = m_facility->text();
    r.needs.clear();
    r.needsWithheld = m_needsWithheld;
    for (const QString &code : needCodes()) {
        if (m_needs.value(code)->isChecked())
            r.needs << code;
    }
    // Codes of an older or newer register that this version does not list are kept.
    for (const QString &code : std::as_const(m_record.needs)) {
        if (!m_needs.contains(code))
            r.needs << code;
    }
    r.consentContactRelatives = m_consentRelatives->isChecked();
    r.consentContactRelativesOn = m_consentRelativesOn->date();
    r.consentContactRelativesForm = m_consentRelativesForm->currentData().toString();
    r.consentShareWithLawyer = m_consentLawyer->isChecked();
    r.consentShareWithLawyerOn = m_consentLawyerOn->date();
    r.consentShareWithLawyerForm = m_consentLawyerForm->currentData().toString();
    r.objectsToConsularAction = m_objection->isChecked();
    r.objectionOn = m_objectionOn->date();
    r.objectionNote = m_objectionNote->text();
    r.legalRepresentative = m_legalRepresentative->text();
    r.returnWish = m_returnWish->currentData().toString();
    r.assignedOfficer = m_assignedOfficer->text();
    r.notes = m_notes->toPlainText();
    r.hostRequest.reference = m_hostRequestReference->text();
    r.hostRequest.officer = m_hostRequestOfficer->text();
    r.hostRequest.receivedDate = m_hostRequestDate->date();
    r.hostRequest.orderDate = m_hostOrderDate->date();
    r.hostRequest.orderType = m_hostOrderType->currentData().toString();
    r.removalStayed = m_removalStayed->isChecked();
    r.doNotBoard = m_doNotBoard->isChecked();
    r.holdNote = m_holdNote->text();
    return r;
}

void CaseEditor::retranslateNeedsNote() {
    m_needsNote->setText(
        m_needsWithheld ? tr("The operational needs of this case are shown only to its assigned "
                             "officer and to consuls. Saving keeps them as they are.")
                        : tr("Only what the journey must provide is recorded here: operational "
                             "needs, never a diagnosis."));
}

void CaseEditor::populate(const CaseRecord &r) {
    m_populating = true;
    const PersonRecord &p = r.person;
    m_surname.latin->setText(p.surname);
    m_givenNames.latin->setText(p.givenNames);
    m_patronymic.latin->setText(p.patronymic);
    m_surname.cyrillic->setText(p.surnameCyrillic);
    m_givenNames.cyrillic->setText(p.givenNamesCyrillic);
    m_patronymic.cyrillic->setText(p.patronymicCyrillic);
    auto select = [](QComboBox *combo, const QString &code) {
        int index = combo->findData(code);
        if (index < 0 && !code.isEmpty()) {
            // An unknown code is shown as it is rather than lost (and the validator names it).
            combo->addItem(code, code);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(qMax(0, index));
    };
    select(m_sex, p.sex);
    m_birthDate->setDate(p.birthDate);
    m_birthPlace->setText(p.birthPlace);
    m_nationality->setText(p.nationality);
    m_pinfl->setText(p.pinfl);
    m_passportNumber->setText(p.passportNumber);
    m_passportIssueDate->setDate(p.passportIssueDate);
    m_passportExpiryDate->setDate(p.passportExpiryDate);
    m_contactAbroad->setText(p.contactAbroad);
    m_contactHome->setText(p.contactHome);
    m_familyGroup->setText(p.familyGroup);

    m_hostReference->setText(r.hostReference.size() == 9
                                 ? identifiers::formatANumber(r.hostReference)
                                 : r.hostReference);
    m_visaClass->setText(r.visaClass);
    m_entryDate->setDate(r.entryDate);
    m_durationOfStatus->setChecked(r.durationOfStatus);
    m_authorizedUntil->setDate(r.authorizedUntil);
    select(m_custody, r.custody);
    m_facility->setText(r.facility);
    m_needsWithheld = r.needsWithheld;
    for (auto it = m_needs.begin(); it != m_needs.end(); ++it) {
        it.value()->setChecked(r.needs.contains(it.key()));
        it.value()->setVisible(!r.needsWithheld);
    }
    retranslateNeedsNote();
    m_consentRelatives->setChecked(r.consentContactRelatives);
    m_consentRelativesOn->setDate(r.consentContactRelativesOn);
    select(m_consentRelativesForm, r.consentContactRelativesForm);
    m_consentLawyer->setChecked(r.consentShareWithLawyer);
    m_consentLawyerOn->setDate(r.consentShareWithLawyerOn);
    select(m_consentLawyerForm, r.consentShareWithLawyerForm);
    m_objection->setChecked(r.objectsToConsularAction);
    m_objectionOn->setDate(r.objectionOn);
    m_objectionNote->setText(r.objectionNote);
    m_legalRepresentative->setText(r.legalRepresentative);
    select(m_returnWish, r.returnWish);
    m_assignedOfficer->setText(r.assignedOfficer);
    m_notes->setPlainText(r.notes);
    m_hostRequestReference->setText(r.hostRequest.reference);
    m_hostRequestOfficer->setText(r.hostRequest.officer);
    m_hostRequestDate->setDate(r.hostRequest.receivedDate);
    m_hostOrderDate->setDate(r.hostRequest.orderDate);
    select(m_hostOrderType, r.hostRequest.orderType);
    m_removalStayed->setChecked(r.removalStayed);
    m_doNotBoard->setChecked(r.doNotBoard);
    m_holdNote->setText(r.holdNote);
    m_populating = false;

    updateDependentFields();
    updateSuggestions();
}

QVariantMap CaseEditor::formColumns() const {
    return storedColumns(recordFromForm());
}

void CaseEditor::resetBaseline() {
    m_baseline = formColumns();
    setWindowModified(false);
}

bool CaseEditor::hasUnsavedChanges() const {
    // A date that is not a date yet is a change too: it is text the officer typed.
    for (const DateEdit *date : m_dateEdits) {
        if (!date->isValidOrEmpty())
            return true;
    }
    return formColumns() != m_baseline;
}

void CaseEditor::startNewCase() {
    m_validateTimer.stop();
    m_caseId = 0;
    m_record = defaultRecord();
    m_requests.clear();
    m_touched.clear();
    m_showAll = false;
    m_confirmedWarnings.clear();
    m_mrzPanel->clear(); // the zone of the previous person
    populate(m_record);
    m_issues.clear();
    showIssues();
    resetBaseline();
    reloadLists();
    updateCaseState();
    m_tabs->setCurrentWidget(m_personPage);
    m_surname.latin->setFocus(Qt::OtherFocusReason);
}

void CaseEditor::loadCase() {
    Result<CaseRecord> loaded = m_repo.read(m_actor, m_caseId);
    if (!loaded) {
        m_loadError = loaded.error().message;
        m_record = defaultRecord();
        m_record.id = m_caseId;
        populate(m_record);
        resetBaseline();
        m_tabs->setEnabled(false);
        m_saveButton->setEnabled(false);
        m_saveNextButton->setEnabled(false);
        m_formError->setText(m_loadError);
        m_formError->show();
        updateCaseState();
        return;
    }
    m_record = loaded.value();
    populate(m_record);
    // A stored case is shown with all its messages at once: nothing in it is "being typed".
    m_showAll = true;
    validateNow();
    resetBaseline();
    reloadLists();
    updateCaseState();
    m_surname.latin->setFocus(Qt::OtherFocusReason);
    if (m_record.person.anonymisedAt.isValid()) {
        // Kept for the statistics only: nothing in it can be changed.
        m_tabs->setEnabled(false);
        m_saveButton->setEnabled(false);
        m_saveNextButton->setEnabled(false);
        m_formError->setText(tr("This case was anonymised on %1 under the mission's retention "
                                "period. It is kept for the statistics and cannot be changed.")
                                 .arg(dates::format(m_record.person.anonymisedAt.date())));
        m_formError->show();
    }
}

void CaseEditor::updateCaseState() {
    const bool stored = m_caseId > 0 && m_loadError.isEmpty();
    if (stored) {
        m_caseRefLabel->setText(tr("Case %1").arg(m_record.caseRef));
        m_statusLabel->setText(tr("Status: %1").arg(CaseStatusInfo::displayName(m_record.status)));
        const QString name = m_record.person.fullNameLatin();
        setWindowTitle(tr("Case %1 — %2[*]").arg(m_record.caseRef, name));
    } else if (m_caseId > 0) {
        m_caseRefLabel->setText(tr("Case not available"));
        m_statusLabel->clear();
        setWindowTitle(tr("Case not available"));
    } else {
        m_caseRefLabel->setText(tr("New case"));
        m_statusLabel->setText(tr("Not saved yet: requests, interviews and the status can be "
                                  "recorded after the first save."));
        setWindowTitle(tr("New case[*]"));
    }
    m_statusLabel->setWordWrap(true);
    const bool canMove = stored && !Workflow::manualTargets(m_record.status).isEmpty();
    m_changeStatusButton->setEnabled(canMove);
    m_issueCertificateButton->setVisible(stored &&
                                         m_record.status == CaseStatus::IdentityConfirmed);
    m_subjectAccessButton->setVisible(stored);
    m_changeStatusButton->setToolTip(
        stored && !canMove ? tr("A case in this status cannot change its status.") : QString());
    for (QWidget *page : {m_requestsPage, m_interviewsPage, m_historyPage})
        m_tabs->setTabEnabled(m_tabs->indexOf(page), stored);
    const bool open = stored && CaseStatusInfo::isOpen(m_record.status);
    m_logRequestButton->setEnabled(open);
    m_recordReplyButton->setEnabled(stored && !m_requests.isEmpty());
    m_addInterviewButton->setEnabled(stored);
}

void CaseEditor::updateDependentFields() {
    updateConsentFields();
    const bool ds = m_durationOfStatus->isChecked();
    m_authorizedUntil->setEnabled(!ds);
    m_facility->setEnabled(m_custody->currentData().toString() != u"at_large" ||
                           !m_facility->text().isEmpty());
    updateOverstayInfo();
}

void CaseEditor::updateConsentFields() {
    const bool objects = m_objection->isChecked();
    m_objectionOn->setEnabled(objects);
    m_objectionNote->setEnabled(objects);
    m_objectionBanner->setVisible(objects);
    const struct {
        QCheckBox *box;
        DateEdit *on;
        QComboBox *form;
    } consents[] = {{m_consentRelatives, m_consentRelativesOn, m_consentRelativesForm},
                    {m_consentLawyer, m_consentLawyerOn, m_consentLawyerForm}};
    for (const auto &c : consents) {
        // Against an objection a consent can only be taken back.
        c.box->setEnabled(!objects || c.box->isChecked());
        c.on->setEnabled(c.box->isChecked());
        c.form->setEnabled(c.box->isChecked());
    }
}

void CaseEditor::updateOverstayInfo() {
    if (!m_overstayInfo)
        return;
    QString text;
    if (m_durationOfStatus->isChecked()) {
        text = tr("Admitted for duration of status: there is no fixed date, so no overstay is "
                  "counted.");
    } else if (const QDate until = m_authorizedUntil->date(); until.isValid()) {
        const int days = overstayDays(until, m_clock.today()).value_or(0);
        text = days > 0 ? tr("%n day(s) since the authorised stay ended. Information only: "
                             "no legal conclusion is drawn from it.",
                             nullptr, days)
                        : tr("The authorised stay has not ended.");
    }
    m_overstayInfo->setText(text);
    m_overstayInfo->setVisible(!text.isEmpty());
}

void CaseEditor::updateSuggestions() {
    for (const NamePair *pair : {&m_surname, &m_givenNames, &m_patronymic}) {
        const QString latin = pair->latin->text().trimmed();
        const QString cyrillic = pair->cyrillic->text().trimmed();
        const QString toCyrillic =
            cyrillic.isEmpty() && !latin.isEmpty() && !names::hasCyrillic(latin)
                ? names::latinToCyrillic(latin)
                : QString();
        const QString toLatin = latin.isEmpty() && !cyrillic.isEmpty() && !names::hasLatin(cyrillic)
                                    ? names::cyrillicToLatin(cyrillic)
                                    : QString();
        pair->cyrillic->setSuggestion(toCyrillic);
        pair->latin->setSuggestion(toLatin);
        auto show = [](QLabel *label, const QString &suggestion) {
            label->setText(suggestion.isEmpty()
                               ? QString()
                               : tr("Suggestion: <a href=\"use\">%1</a> (%2 to use)")
                                     .arg(suggestion.toHtmlEscaped(),
                                          keyText(QKeySequence(Qt::CTRL | Qt::Key_Space))));
            label->setVisible(!suggestion.isEmpty());
        };
        show(pair->cyrillicSuggestion, toCyrillic);
        show(pair->latinSuggestion, toLatin);
    }
}

// ---------------------------------------------------------------------------------------------
// Validation

void CaseEditor::onFormChanged() {
    if (m_populating)
        return;
    updateSuggestions();
    m_validateTimer.start();
    setWindowModified(hasUnsavedChanges());
}

void CaseEditor::touch(const QString &name) {
    if (!m_populating)
        m_touched.insert(name);
}

void CaseEditor::validateNow() {
    m_validateTimer.stop();
    const CaseRecord record = CaseRepository::normalized(recordFromForm());
    ValidationIssues issues = CaseValidator::validate(record, m_clock.today());
    // A date that is not a date replaces whatever the rules say about the (missing) date.
    for (const DateEdit *date : std::as_const(m_dateEdits)) {
        if (date->isValidOrEmpty())
            continue;
        const QString name = date->objectName();
        issues.removeIf([&](const ValidationIssue &issue) { return issue.field == name; });
        issues.prepend(ValidationIssue{name, ValidationIssue::Severity::Error, date->errorText()});
    }
    m_issues = issues;
    showIssues();
    setWindowModified(hasUnsavedChanges());
}

void CaseEditor::showIssues() {
    QStringList unplaced;
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const QString &name = it.key();
        QLabel *label = it.value();
        const auto *date = qobject_cast<const DateEdit *>(m_fields.value(name));
        // Required fields are not reported empty before the officer got there, and a date
        // is not "not a date" while it is being typed.
        bool shown = m_showAll || m_touched.contains(name);
        if (date && !date->isValidOrEmpty() && !m_showAll && !date->errorShown())
            shown = false;
        QStringList errors;
        QStringList warnings;
        if (shown) {
            for (const ValidationIssue &issue : issuesFor(m_issues, name))
                (issue.isError() ? errors : warnings) << issue.message;
        }
        const QStringList all = errors + warnings;
        label->setText(all.join(u'\n'));
        label->setStyleSheet(errors.isEmpty() ? WarningColor : ErrorColor);
        label->setVisible(!all.isEmpty());
    }
    for (const ValidationIssue &issue : std::as_const(m_issues)) {
        if (!m_errors.contains(issue.field) && (m_showAll || issue.isError()))
            unplaced << issue.message;
    }
    if (m_loadError.isEmpty()) {
        m_formError->setText(unplaced.join(u'\n'));
        m_formError->setVisible(!unplaced.isEmpty());
    }
}

bool CaseEditor::hasBlockingErrors() const {
    return hasErrors(m_issues);
}

QString CaseEditor::firstFieldWith(bool errors) const {
    for (const QString &name : m_fieldOrder) {
        for (const ValidationIssue &issue : issuesFor(m_issues, name)) {
            if (issue.isError() == errors)
                return name;
        }
    }
    return {};
}

void CaseEditor::focusField(const QString &name) {
    QWidget *widget = m_fields.value(name);
    if (!widget)
        return;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->isAncestorOf(widget)) {
            m_tabs->setCurrentIndex(i);
            if (auto *area = qobject_cast<QScrollArea *>(m_tabs->widget(i)))
                area->ensureWidgetVisible(widget);
        }
    }
    widget->setFocus(Qt::OtherFocusReason);
}

// ---------------------------------------------------------------------------------------------
// Writing

bool CaseEditor::save() {
    if (!m_loadError.isEmpty())
        return false;
    for (DateEdit *date : std::as_const(m_dateEdits))
        date->commit();
    m_showAll = true;
    validateNow();
    if (hasBlockingErrors()) {
        focusField(firstFieldWith(true));
        return false;
    }
    if (m_caseId > 0 && !hasUnsavedChanges())
        return true;

    QStringList unconfirmed;
    for (const ValidationIssue &issue : std::as_const(m_issues)) {
        if (!issue.isError() && !m_confirmedWarnings.contains(issue.message))
            unconfirmed << issue.message;
    }
    if (!unconfirmed.isEmpty()) {
        Dialogs::Question question;
        question.kind = Dialogs::Question::Kind::Question;
        question.title = tr("Save with warnings?");
        question.text = tr("Please check before saving:") + QStringLiteral("\n\n• ") +
                        unconfirmed.join(QStringLiteral("\n• "));
        question.yesText = tr("Save anyway");
        question.noText = tr("Go back and check");
        if (Dialogs::ask(this, question) != Dialogs::Answer::Yes) {
            focusField(firstFieldWith(false));
            return false;
        }
        for (const QString &message : std::as_const(unconfirmed))
            m_confirmedWarnings.insert(message);
    }

    const CaseRecord record = CaseRepository::normalized(recordFromForm());
    qint64 linkWith = 0;
    if (!checkDuplicates(record, &linkWith))
        return false;
    auto write = [&] {
        return m_caseId > 0 ? m_repo.update(m_actor, record) : m_repo.create(m_actor, record);
    };
    Result<CaseRepository::SaveResult> saved = write();
    // Another window or program holds the register longer than the busy timeout: nothing
    // was written, the edits stay in this window, and the officer may try again.
    while (!saved && saved.error().kind == ErrorKind::Busy) {
        Dialogs::Question question;
        question.kind = Dialogs::Question::Kind::Question;
        question.title = tr("The register is busy");
        question.text = saved.error().message + QStringLiteral("\n\n") +
                        tr("Your edits are kept in this window.");
        question.yesText = tr("Try again");
        question.noText = tr("Keep editing");
        if (Dialogs::ask(this, question) != Dialogs::Answer::Yes)
            return false;
        saved = write();
    }
    if (!saved) {
        Dialogs::error(this, tr("The case was not saved"), saved.error().message);
        focusField(saved.error().field);
        return false;
    }
    m_record = saved->record;
    m_caseId = m_record.id;
    if (linkWith > 0) {
        const Result<PersonLink> link =
            PersonLinks(*m_db, m_clock).linkCases(m_actor, m_caseId, linkWith);
        if (!link)
            Dialogs::error(this, tr("The link was not recorded"), link.error().message);
    }
    populate(m_record);
    validateNow();
    resetBaseline();
    reloadLists();
    updateCaseState();
    emit caseSaved(m_caseId);
    return true;
}

bool CaseEditor::checkDuplicates(const CaseRecord &record, qint64 *linkWith) {
    if (m_caseId > 0 && !DuplicateFinder::identityChanged(m_record.person, record.person))
        return true;
    const Result<QList<DuplicateMatch>> found =
        DuplicateFinder::find(m_db->connection(), m_db->path(), record, m_caseId);
    if (!found) {
        Dialogs::error(this, tr("The case was not saved"), found.error().message);
        return false;
    }
    QList<DuplicateMatch> matches;
    for (const DuplicateMatch &m : found.value()) {
        if (!m.linked) // already recorded as the same person: nothing to ask
            matches << m;
    }
    if (matches.isEmpty())
        return true;
    DuplicatesDialog dialog(matches, this);
    dialog.exec();
    switch (dialog.choice()) {
    case DuplicatesDialog::Choice::GoOn:
        return true;
    case DuplicatesDialog::Choice::Link:
        *linkWith = dialog.selectedCaseId();
        return true;
    case DuplicatesDialog::Choice::OpenExisting:
        emit openCaseRequested(dialog.selectedCaseId());
        return false;
    case DuplicatesDialog::Choice::Cancel:
        break;
    }
    return false;
}

void CaseEditor::saveAndNext() {
    if (save())
        startNewCase();
}

bool CaseEditor::confirmClose() {
    if (!hasUnsavedChanges())
        return true;
    Dialogs::Question question;
    question.kind = Dialogs::Question::Kind::UnsavedChanges;
    question.title = tr("Unsaved changes");
    question.text = m_caseId > 0
                        ? tr("Case %1 has changes that are not saved.").arg(m_record.caseRef)
                        : tr("The new case has not been saved.");
    question.details = tr("Save the changes, discard them, or go back to the form?");
    switch (Dialogs::ask(this, question)) {
    case Dialogs::Answer::Save:
        return save();
    case Dialogs::Answer::Discard:
        return true;
    default:
        return false;
    }
}

void CaseEditor::reject() {
    // Escape, the Close button and the window's close box all come here.
    if (confirmClose())
        QDialog::reject();
}

void CaseEditor::keyPressEvent(QKeyEvent *event) {
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        focusNextChild();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void CaseEditor::applyMrz(const MrzResult &result) {
    // Applying never overwrites silently: what the form holds otherwise is named first.
    auto current = [this](const QString &column) -> QVariant {
        QWidget *w = m_fields.value(column);
        if (auto *date = qobject_cast<DateEdit *>(w))
            return date->isEmpty() ? QVariant() : QVariant(date->date());
        if (auto *combo = qobject_cast<QComboBox *>(w))
            return combo->currentData().toString();
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            return edit->text().trimmed();
        return {};
    };
    auto shown = [](const QVariant &v) {
        return v.typeId() == QMetaType::QDate ? dates::format(v.toDate()) : v.toString();
    };
    // A new case's defaults (nationality UZB) are not something the officer entered.
    const QVariantMap defaults = m_caseId > 0 ? QVariantMap() : storedColumns(defaultRecord());
    const QList<MrzFieldValue> values = MrzPanel::formValues(result);
    QStringList replaced;
    for (const MrzFieldValue &v : values) {
        const QVariant now = current(v.column);
        if (now.isValid() && !now.toString().isEmpty() && shown(now) != shown(v.value) &&
            defaults.value(v.column).toString() != shown(now)) {
            QString label = m_labels.value(v.column)->text().remove(u'&');
            if (label.endsWith(u':'))
                label.chop(1);
            replaced << tr("%1: %2 → %3").arg(label, shown(now), shown(v.value));
        }
    }
    if (!replaced.isEmpty()) {
        Dialogs::Question question;
        question.kind = Dialogs::Question::Kind::Question;
        question.title = tr("Apply the MRZ");
        question.text = tr("The zone differs from what the form holds. Replace these values?");
        question.details = replaced.join(u'\n');
        question.yesText = tr("Replace");
        question.noText = tr("Keep the form");
        if (Dialogs::ask(this, question) != Dialogs::Answer::Yes)
            return;
    }
    for (const MrzFieldValue &v : values) {
        QWidget *w = m_fields.value(v.column);
        if (auto *date = qobject_cast<DateEdit *>(w))
            date->setDate(v.value.toDate());
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            combo->setCurrentIndex(qMax(0, combo->findData(v.value.toString())));
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            edit->setText(v.value.toString());
        touch(v.column);
    }
    validateNow();
    // The names come first: the officer compares them with the document (MrzPanel's note).
    m_surname.latin->setFocus(Qt::OtherFocusReason);
}

void CaseEditor::hideEvent(QHideEvent *event) {
    QSettings().setValue(GeometryKey, saveGeometry());
    QDialog::hideEvent(event);
}

void CaseEditor::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        validateNow(); // the messages are translated when they are made
        reloadLists();
    }
    QDialog::changeEvent(event);
}

void CaseEditor::reloadStatus() {
    Result<CaseRecord> loaded = m_repo.load(m_caseId);
    if (!loaded)
        return;
    // Only what the write changed: the form may hold edits that are not saved yet.
    m_record.status = loaded->status;
    m_record.updatedAt = loaded->updatedAt;
}

void CaseEditor::reloadLists() {
    m_requestsTable->setRowCount(0);
    m_interviewsTable->setRowCount(0);
    m_historyTable->setRowCount(0);
    m_requests.clear();
    if (m_caseId <= 0 || !m_loadError.isEmpty())
        return;

    if (Result<QList<IdentityRequest>> requests = m_repo.identityRequests(m_caseId)) {
        m_requests = requests.value();
        m_requestsTable->setRowCount(int(m_requests.size()));
        for (int row = 0; row < m_requests.size(); ++row) {
            const IdentityRequest &r = m_requests.at(row);
            m_requestsTable->setItem(row, 0, cell(r.outNumber));
            m_requestsTable->setItem(row, 1, cell(dates::format(r.outDate)));
            m_requestsTable->setItem(row, 2, cell(r.replyNumber));
            m_requestsTable->setItem(row, 3, cell(dates::format(r.replyDate)));
            m_requestsTable->setItem(row, 4,
                                     cell(r.hasReply() ? replyResultDisplayName(r.replyResult)
                                                       : tr("Waiting for reply")));
        }
    }
    if (Result<QList<Interview>> interviews = m_repo.interviews(m_caseId)) {
        const QList<Interview> &list = interviews.value();
        m_interviewsTable->setRowCount(int(list.size()));
        for (int row = 0; row < list.size(); ++row) {
            const Interview &i = list.at(row);
            m_interviewsTable->setItem(row, 0, cell(dates::format(i.date)));
            m_interviewsTable->setItem(row, 1, cell(i.place));
            m_interviewsTable->setItem(row, 2, cell(i.interpreter));
            m_interviewsTable->setItem(row, 3, cell(i.language));
            m_interviewsTable->setItem(row, 4, cell(i.officer));
            m_interviewsTable->setItem(row, 5, cell(i.statedWishes));
        }
    }
    if (Result<QList<StatusChange>> history = m_repo.history(m_caseId)) {
        const QList<StatusChange> &list = history.value();
        m_historyTable->setRowCount(int(list.size()));
        for (int row = 0; row < list.size(); ++row) {
            const StatusChange &c = list.at(row);
            const QDateTime local = c.at.toLocalTime();
            m_historyTable->setItem(
                row, 0, cell(dates::format(local.date()) + u' ' + local.time().toString(u"HH:mm")));
            m_historyTable->setItem(row, 1, cell(c.actor));
            m_historyTable->setItem(
                row, 2, cell(c.fromCode.isEmpty() ? QString() : statusName(c.fromCode)));
            m_historyTable->setItem(row, 3, cell(statusName(c.toCode)));
            m_historyTable->setItem(row, 4, cell(c.comment));
        }
    }
    for (QTableWidget *table : {m_requestsTable, m_interviewsTable, m_historyTable})
        table->resizeColumnsToContents(); // a few rows per case
}

void CaseEditor::wrote() {
    reloadStatus();
    reloadLists();
    updateCaseState();
    emit caseSaved(m_caseId);
}

void CaseEditor::issueCertificate() {
    if (m_caseId <= 0)
        return;
    reloadStatus();
    if (m_record.status != CaseStatus::IdentityConfirmed)
        return;
    if (hasUnsavedChanges()) {
        Dialogs::warn(this, tr("Issue certificate"),
                      tr("Save or discard the changes to the case first."));
        return;
    }
    auto *dialog = new CertificateDialog(m_db, m_clock, m_actor, m_caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CertificateDialog::issued, this, &CaseEditor::wrote);
    dialog->open();
}

void CaseEditor::exportSubjectAccess() {
    if (m_caseId <= 0)
        return;
    // The export is of the register, so unsaved edits would not be in it.
    if (hasUnsavedChanges()) {
        Dialogs::warn(this, tr("Export everything about this person"),
                      tr("Save or discard the changes to the case first."));
        return;
    }
    SubjectAccessExport::run(this, *m_db, m_clock, m_actor, m_caseId, m_record.caseRef);
}

void CaseEditor::changeStatus() {
    if (m_caseId <= 0)
        return;
    reloadStatus();
    auto *dialog = new StatusDialog(
        m_record.status,
        [this](CaseStatus to, const QString &comment) {
            return m_repo.changeStatus(m_actor, m_caseId, to, comment);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &CaseEditor::wrote);
    dialog->open();
}

void CaseEditor::logIdentityRequest() {
    if (m_caseId <= 0)
        return;
    auto *dialog = new IdentityRequestDialog(
        IdentityRequestDialog::Mode::LogRequest, IdentityRequest(), m_clock.today(),
        [this](const IdentityRequestDialog::Values &v) -> Status {
            Result<IdentityRequest> r =
                m_repo.addIdentityRequest(m_actor, m_caseId, v.number, v.date);
            if (!r)
                return r.error();
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &CaseEditor::wrote);
    dialog->open();
}

void CaseEditor::recordIdentityReply() {
    if (m_caseId <= 0 || m_requests.isEmpty())
        return;
    // The selected request, else the latest one still waiting, else the latest.
    IdentityRequest request = m_requests.last();
    const int selected = m_requestsTable->currentRow();
    if (selected >= 0 && selected < m_requests.size() &&
        m_requestsTable->selectionModel()->hasSelection()) {
        request = m_requests.at(selected);
    } else {
        for (auto it = m_requests.crbegin(); it != m_requests.crend(); ++it) {
            if (!it->hasReply()) {
                request = *it;
                break;
            }
        }
    }
    const qint64 requestId = request.id;
    auto *dialog = new IdentityRequestDialog(
        IdentityRequestDialog::Mode::RecordReply, request, m_clock.today(),
        [this, requestId](const IdentityRequestDialog::Values &v) -> Status {
            Result<IdentityRequest> r =
                m_repo.recordIdentityReply(m_actor, requestId, v.number, v.date, v.result);
            if (!r)
                return r.error();
            return {};
        },
        this);
    // The stored record, not unsaved edits: that is what a confirmation keeps.
    if (Result<CaseRecord> stored = m_repo.load(m_caseId))
        dialog->setRecordToConfirm(stored->person);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &CaseEditor::wrote);
    dialog->open();
}

void CaseEditor::addInterview() {
    if (m_caseId <= 0)
        return;
    auto *dialog = new InterviewDialog(
        m_caseId, m_clock.today(),
        [this](const Interview &interview) -> Status {
            Result<Interview> r = m_repo.addInterview(m_actor, interview);
            if (!r)
                return r.error();
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &CaseEditor::wrote);
    dialog->open();
}

} // namespace qaytish
