#include "returnlistswindow.h"

#include "dateedit.h"
#include "dialogs.h"
#include "language.h"
#include "printing.h"

#include "core/casequery.h"
#include "core/dates.h"
#include "core/missionsettings.h"
#include "core/returnlistexport.h"
#include "documents/returnlistpdf.h"
#include "documents/returnlisttexts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qaytish {

namespace {

QString listStatusName(const QString &status) {
    if (status == u"final")
        return ReturnListsWindow::tr("Final");
    if (status == u"completed")
        return ReturnListsWindow::tr("Completed");
    return ReturnListsWindow::tr("Draft");
}

QTableWidgetItem *item(const QString &text, qint64 caseId = 0) {
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (caseId > 0)
        i->setData(Qt::UserRole, caseId);
    return i;
}

// Cases found by the register's search, to be put on the list.
QList<qint64> chooseCases(QWidget *parent, const Database &db) {
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("addCasesDialog"));
    dialog.setWindowTitle(ReturnListsWindow::tr("Add cases to the list"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(ReturnListsWindow::tr(
        "&Search by name in any script, passport, PINFL, host reference or case reference:"));
    auto *search = new QLineEdit;
    search->setObjectName(QStringLiteral("caseSearch"));
    label->setBuddy(search);
    auto *table = new QTableWidget(0, 4);
    table->setObjectName(QStringLiteral("caseResults"));
    table->setHorizontalHeaderLabels({ReturnListsWindow::tr("Case"), ReturnListsWindow::tr("Name"),
                                      ReturnListsWindow::tr("Date of birth"),
                                      ReturnListsWindow::tr("Status")});
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    auto *buttons = new QDialogButtonBox;
    QPushButton *add = buttons->addButton(ReturnListsWindow::tr("&Add the chosen cases"),
                                          QDialogButtonBox::AcceptRole);
    buttons->addButton(ReturnListsWindow::tr("Cancel"), QDialogButtonBox::RejectRole);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto refresh = [&] {
        CaseFilter filter;
        filter.search = search->text();
        Result<QList<CaseListRow>> rows =
            CaseQuery(filter, CaseSort{}).fetch(db.connection(), db.path(), 0, 200);
        table->setRowCount(0);
        if (!rows)
            return;
        for (const CaseListRow &r : rows.value()) {
            if (!CaseStatusInfo::isOpen(r.status))
                continue; // only an open case may join a list
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, item(r.caseRef, r.id));
            table->setItem(row, 1,
                           item(r.fullNameLatin() + QStringLiteral(" / ") + r.fullNameCyrillic()));
            table->setItem(row, 2, item(dates::format(r.birthDate)));
            table->setItem(row, 3, item(CaseStatusInfo::displayName(r.status)));
        }
        table->resizeColumnsToContents();
    };
    QObject::connect(search, &QLineEdit::textChanged, &dialog, refresh);
    QObject::connect(table, &QTableWidget::itemSelectionChanged, &dialog,
                     [&] { add->setEnabled(!table->selectedItems().isEmpty()); });
    add->setEnabled(false);
    layout->addWidget(label);
    layout->addWidget(search);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog.resize(760, 480);
    refresh();
    if (dialog.exec() != QDialog::Accepted)
        return {};
    QList<qint64> ids;
    for (QTableWidgetItem *i : table->selectedItems()) {
        if (i->column() == 0)
            ids << i->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

} // namespace

ReturnListsWindow::ReturnListsWindow(std::shared_ptr<Database> db, const Clock &clock, Actor actor,
                                     QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_repo(*m_db, m_clock) {
    setObjectName(QStringLiteral("returnListsWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    buildUi();
    retranslateUi();
    reloadLists();
    if (m_lists->count() > 0)
        m_lists->setCurrentRow(0);
    else
        showList();
    resize(1180, 760);
}

ReturnListsWindow::~ReturnListsWindow() = default;

void ReturnListsWindow::buildUi() {
    auto named = [](auto *widget, const char *name) {
        widget->setObjectName(QString::fromLatin1(name));
        return widget;
    };
    auto *split = new QSplitter(Qt::Horizontal);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    m_listsLabel = new QLabel;
    m_lists = named(new QListWidget, "lists");
    m_listsLabel->setBuddy(m_lists);
    m_newButton = named(new QPushButton, "newListButton");
    leftLayout->addWidget(m_listsLabel);
    leftLayout->addWidget(m_lists, 1);
    leftLayout->addWidget(m_newButton);
    split->addWidget(left);

    m_editor = named(new QWidget, "listEditor");
    auto *editorLayout = new QVBoxLayout(m_editor);
    m_statusLabel = named(new QLabel, "listStatus");
    QFont bold = m_statusLabel->font();
    bold.setBold(true);
    m_statusLabel->setFont(bold);
    editorLayout->addWidget(m_statusLabel);

    auto *flight = new QGridLayout;
    auto labelled = [&](QLabel *&label, QWidget *field, int row, int column) {
        label = new QLabel;
        label->setBuddy(field);
        flight->addWidget(label, row, column * 2);
        flight->addWidget(field, row, column * 2 + 1);
    };
    m_flight = named(new QLineEdit, "flight_number");
    m_carrier = named(new QLineEdit, "carrier");
    m_date = named(new DateEdit, "flight_date");
    m_time = named(new QLineEdit, "departure_time");
    m_time->setInputMask(QStringLiteral("99:99;_"));
    m_from = named(new QLineEdit, "from_airport");
    m_to = named(new QLineEdit, "to_airport");
    for (QLineEdit *e : {m_from, m_to}) {
        e->setMaxLength(3);
        e->setMaximumWidth(80);
    }
    m_capacity = named(new QSpinBox, "capacity");
    m_capacity->setRange(0, 100000);
    labelled(m_flightLabel, m_flight, 0, 0);
    labelled(m_carrierLabel, m_carrier, 0, 1);
    labelled(m_dateLabel, m_date, 1, 0);
    flight->addWidget(m_date->echoLabel(), 2, 1);
    labelled(m_timeLabel, m_time, 1, 1);
    labelled(m_fromLabel, m_from, 3, 0);
    labelled(m_toLabel, m_to, 3, 1);
    labelled(m_capacityLabel, m_capacity, 4, 0);
    m_saveFlightButton = named(new QPushButton, "saveFlightButton");
    flight->addWidget(m_saveFlightButton, 4, 3, Qt::AlignRight);
    flight->setColumnStretch(1, 1);
    flight->setColumnStretch(3, 1);
    editorLayout->addLayout(flight);

    auto *vertical = new QSplitter(Qt::Vertical);
    m_tabs = named(new QTabWidget, "listTabs");
    auto table = [&](const char *name, int columns) {
        auto *t = named(new QTableWidget(0, columns), name);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
        return t;
    };
    auto *passengersPage = new QWidget;
    auto *pl = new QVBoxLayout(passengersPage);
    m_passengerTable = table("passengerTable", 8);
    m_passengerTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    pl->addWidget(m_passengerTable, 1);
    auto *pb = new QHBoxLayout;
    m_addCasesButton = named(new QPushButton, "addCasesButton");
    m_removeButton = named(new QPushButton, "removePassengerButton");
    m_receptionButton = named(new QPushButton, "receptionButton");
    m_boardedButton = named(new QPushButton, "boardedButton");
    m_notBoardedButton = named(new QPushButton, "notBoardedButton");
    for (QPushButton *b : {m_addCasesButton, m_removeButton, m_receptionButton})
        pb->addWidget(b);
    pb->addStretch(1);
    pb->addWidget(m_boardedButton);
    pb->addWidget(m_notBoardedButton);
    pl->addLayout(pb);
    m_tabs->addTab(passengersPage, QString());

    auto *escortsPage = new QWidget;
    auto *el = new QVBoxLayout(escortsPage);
    m_escortTable = table("escortTable", 3);
    el->addWidget(m_escortTable, 1);
    auto *eb = new QHBoxLayout;
    m_addEscortButton = named(new QPushButton, "addEscortButton");
    m_removeEscortButton = named(new QPushButton, "removeEscortButton");
    eb->addWidget(m_addEscortButton);
    eb->addWidget(m_removeEscortButton);
    eb->addStretch(1);
    el->addLayout(eb);
    m_tabs->addTab(escortsPage, QString());

    m_eventTable = table("eventTable", 4);
    m_tabs->addTab(m_eventTable, QString());
    vertical->addWidget(m_tabs);

    auto *checkPanel = new QWidget;
    auto *cl = new QVBoxLayout(checkPanel);
    cl->setContentsMargins(0, 0, 0, 0);
    m_checkLabel = named(new QLabel, "checkLabel");
    m_checkLabel->setWordWrap(true);
    m_problemTree = named(new QTreeWidget, "problems");
    m_problemTree->setColumnCount(4);
    m_problemTree->setRootIsDecorated(false);
    m_problemTree->setWordWrap(true);
    m_checkLabel->setBuddy(m_problemTree);
    auto *cb = new QHBoxLayout;
    m_overrideButton = named(new QPushButton, "overrideButton");
    cb->addWidget(m_overrideButton);
    cb->addStretch(1);
    cl->addWidget(m_checkLabel);
    cl->addWidget(m_problemTree, 1);
    cl->addLayout(cb);
    vertical->addWidget(checkPanel);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    editorLayout->addWidget(vertical, 1);

    auto *actions = new QHBoxLayout;
    m_finalizeButton = named(new QPushButton, "finalizeButton");
    m_reopenButton = named(new QPushButton, "reopenButton");
    m_completeButton = named(new QPushButton, "completeButton");
    m_outputLabel = new QLabel;
    m_output = named(new QComboBox, "outputKind");
    m_output->addItem(QString(), QStringLiteral("manifest"));
    m_output->addItem(QString(), QStringLiteral("reception"));
    m_outputLabel->setBuddy(m_output);
    m_output->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_language = named(new QComboBox, "outputLanguage");
    for (const QString &code : documents::documentLanguages())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(m_language->findData(QStringLiteral("uz")));
    m_paper = named(new QComboBox, "outputPaper");
    m_paper->addItem(QStringLiteral("A4"), QStringLiteral("a4"));
    m_paper->addItem(QStringLiteral("Letter"), QStringLiteral("letter"));
    if (Result<MissionSettings> mission = MissionSettingsStore(*m_db, m_clock).load(); mission)
        m_paper->setCurrentIndex(std::max(0, m_paper->findData(mission->paperSize)));
    m_previewButton = named(new QPushButton, "previewButton");
    m_pdfButton = named(new QPushButton, "pdfButton");
    m_csvButton = named(new QPushButton, "csvButton");
    for (QPushButton *b : {m_finalizeButton, m_reopenButton, m_completeButton})
        actions->addWidget(b);
    actions->addStretch(1);
    editorLayout->addLayout(actions);
    // The outputs on a row of their own: the names of the two documents say who reads
    // them, and they must not be squeezed by the buttons in any language.
    auto *outputs = new QHBoxLayout;
    outputs->addWidget(m_outputLabel);
    outputs->addWidget(m_output);
    outputs->addWidget(m_language);
    outputs->addWidget(m_paper);
    outputs->addStretch(1);
    for (QPushButton *b : {m_previewButton, m_pdfButton, m_csvButton})
        outputs->addWidget(b);
    editorLayout->addLayout(outputs);
    split->addWidget(m_editor);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 920});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_lists, &QListWidget::currentRowChanged, this, [this](int row) {
        QListWidgetItem *i = m_lists->item(row);
        m_listId = i ? i->data(Qt::UserRole).toLongLong() : 0;
        showList();
    });
    connect(m_newButton, &QPushButton::clicked, this, &ReturnListsWindow::newList);
    connect(m_saveFlightButton, &QPushButton::clicked, this, &ReturnListsWindow::saveFlight);
    connect(m_addCasesButton, &QPushButton::clicked, this, &ReturnListsWindow::addCases);
    connect(m_removeButton, &QPushButton::clicked, this, &ReturnListsWindow::removePassenger);
    connect(m_receptionButton, &QPushButton::clicked, this, &ReturnListsWindow::editReception);
    connect(m_passengerTable, &QTableWidget::itemDoubleClicked, this,
            &ReturnListsWindow::editReception);
    connect(m_boardedButton, &QPushButton::clicked, this, [this] { markBoarded(true); });
    connect(m_notBoardedButton, &QPushButton::clicked, this, [this] { markBoarded(false); });
    connect(m_addEscortButton, &QPushButton::clicked, this, &ReturnListsWindow::addEscort);
    connect(m_removeEscortButton, &QPushButton::clicked, this, &ReturnListsWindow::removeEscort);
    connect(m_overrideButton, &QPushButton::clicked, this, &ReturnListsWindow::overrideWarning);
    connect(m_problemTree, &QTreeWidget::itemSelectionChanged, this,
            &ReturnListsWindow::updateButtons);
    connect(m_passengerTable, &QTableWidget::itemSelectionChanged, this,
            &ReturnListsWindow::updateButtons);
    connect(m_escortTable, &QTableWidget::itemSelectionChanged, this,
            &ReturnListsWindow::updateButtons);
    connect(m_finalizeButton, &QPushButton::clicked, this, &ReturnListsWindow::finalizeList);
    connect(m_reopenButton, &QPushButton::clicked, this, &ReturnListsWindow::reopenList);
    connect(m_completeButton, &QPushButton::clicked, this, &ReturnListsWindow::completeList);
    connect(m_previewButton, &QPushButton::clicked, this, &ReturnListsWindow::printPreview);
    connect(m_pdfButton, &QPushButton::clicked, this, &ReturnListsWindow::exportPdf);
    connect(m_csvButton, &QPushButton::clicked, this, &ReturnListsWindow::exportCsv);
}

void ReturnListsWindow::retranslateUi() {
    setWindowTitle(tr("Return lists"));
    m_listsLabel->setText(tr("&Lists (newest flight first):"));
    m_newButton->setText(tr("&New list"));
    m_flightLabel->setText(tr("&Flight:"));
    m_carrierLabel->setText(tr("Ca&rrier:"));
    m_dateLabel->setText(tr("&Date:"));
    m_timeLabel->setText(tr("Departure &time:"));
    m_fromLabel->setText(tr("F&rom (IATA):"));
    m_toLabel->setText(tr("&To (IATA):"));
    m_capacityLabel->setText(tr("Ca&pacity:"));
    m_capacity->setSpecialValueText(tr("not set"));
    m_saveFlightButton->setText(tr("&Save flight"));
    m_tabs->setTabText(0, tr("Passengers"));
    m_tabs->setTabText(1, tr("Escorts"));
    m_tabs->setTabText(2, tr("History"));
    m_passengerTable->setHorizontalHeaderLabels({tr("No."), tr("Case"), tr("Name (Latin)"),
                                                 tr("Name (Cyrillic)"), tr("Date of birth"),
                                                 tr("Status"), tr("Reception"), tr("Boarded")});
    m_addCasesButton->setText(tr("&Add cases…"));
    m_removeButton->setText(tr("Ta&ke off…"));
    m_receptionButton->setText(tr("Rece&ption…"));
    m_boardedButton->setText(tr("Boar&ded"));
    m_notBoardedButton->setText(tr("Did n&ot board…"));
    m_escortTable->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Document")});
    m_addEscortButton->setText(tr("Add &escort…"));
    m_removeEscortButton->setText(tr("Remove escort"));
    m_eventTable->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Reason")});
    m_problemTree->setHeaderLabels({tr("Kind"), tr("Case"), tr("Problem"), tr("Details")});
    m_overrideButton->setText(tr("&Override…"));
    m_finalizeButton->setText(tr("&Finalize"));
    m_reopenButton->setText(tr("&Reopen…"));
    m_completeButton->setText(tr("Co&mplete"));
    m_outputLabel->setText(tr("O&utput:"));
    m_output->setItemText(0, tr("Manifest (carrier, host authorities)"));
    m_output->setItemText(1, tr("Reception list (authorities at home)"));
    m_previewButton->setText(tr("Print pre&view…"));
    m_pdfButton->setText(tr("Export &PDF…"));
    m_csvButton->setText(tr("Export &CSV…"));
    if (m_listId > 0)
        showList();
}

void ReturnListsWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool ReturnListsWindow::report(const Status &status) {
    if (!status)
        Dialogs::warn(this, tr("Return lists"), status.error().message);
    return status.ok();
}

void ReturnListsWindow::reloadLists() {
    Result<QList<ReturnList>> all = m_repo.lists();
    if (!all) {
        report(all.error());
        return;
    }
    const QSignalBlocker block(m_lists);
    m_lists->clear();
    int current = -1;
    for (const ReturnList &l : all.value()) {
        auto *i = new QListWidgetItem(
            tr("%1, %2, %3 – %4\n%5, %n passenger(s)", nullptr, l.passengerCount)
                .arg(l.flightNumber, dates::format(l.flightDate), l.fromAirport, l.toAirport,
                     listStatusName(l.status)));
        i->setData(Qt::UserRole, l.id);
        m_lists->addItem(i);
        if (l.id == m_listId)
            current = m_lists->count() - 1;
    }
    m_lists->setCurrentRow(current);
}

void ReturnListsWindow::selectList(qint64 listId) {
    for (int row = 0; row < m_lists->count(); ++row) {
        if (m_lists->item(row)->data(Qt::UserRole).toLongLong() == listId) {
            m_lists->setCurrentRow(row);
            return;
        }
    }
}

void ReturnListsWindow::reload() {
    reloadLists();
    showList();
}

void ReturnListsWindow::showList() {
    m_passengers.clear();
    m_escorts.clear();
    m_problems.clear();
    m_list = ReturnList();
    if (m_listId > 0) {
        Result<ReturnList> l = m_repo.load(m_listId);
        Result<QList<ReturnListPassenger>> p = m_repo.passengers(m_listId);
        Result<QList<ReturnListEscort>> e = m_repo.escorts(m_listId);
        Result<QList<ListProblem>> c = m_repo.check(m_listId);
        if (!l || !p || !e || !c) {
            report(!l ? l.error() : !p ? p.error() : !e ? e.error() : c.error());
            m_listId = 0;
        } else {
            m_list = l.value();
            m_passengers = p.value();
            m_escorts = e.value();
            m_problems = c.value();
        }
    }
    m_editor->setEnabled(m_listId > 0);
    m_statusLabel->setText(
        m_listId > 0 ? tr("Return list %1: %2").arg(m_list.id).arg(listStatusName(m_list.status))
                     : tr("Create a list with “New list”, or choose one."));
    m_flight->setText(m_list.flightNumber);
    m_carrier->setText(m_list.carrier);
    m_date->setDate(m_list.flightDate);
    m_time->setText(m_list.departureTime);
    m_from->setText(m_list.fromAirport);
    m_to->setText(m_list.toAirport);
    m_capacity->setValue(m_list.capacity);

    m_passengerTable->setRowCount(0);
    for (const ReturnListPassenger &p : std::as_const(m_passengers)) {
        const int row = m_passengerTable->rowCount();
        m_passengerTable->insertRow(row);
        QStringList parts;
        for (const QString &part :
             {p.reception.region, p.reception.district, p.reception.receiverName}) {
            if (!part.isEmpty())
                parts << part;
        }
        QString reception = parts.join(QStringLiteral(", "));
        if (p.reception.receiverConfirmed)
            reception += u' ' + tr("(confirmed)");
        const QString boarded = !p.boarded.has_value() ? QString()
                                : *p.boarded           ? tr("yes")
                                                       : tr("no: %1").arg(p.notBoardedReason);
        const QStringList cells = {QString::number(row + 1),
                                   p.record.caseRef,
                                   p.fullNameLatin(),
                                   p.fullNameCyrillic(),
                                   dates::format(p.birthDate),
                                   CaseStatusInfo::displayName(p.record.status),
                                   reception,
                                   boarded};
        for (int c = 0; c < cells.size(); ++c)
            m_passengerTable->setItem(row, c, item(cells.at(c), p.caseId));
    }
    m_passengerTable->resizeColumnsToContents();

    m_escortTable->setRowCount(0);
    for (const ReturnListEscort &e : std::as_const(m_escorts)) {
        const int row = m_escortTable->rowCount();
        m_escortTable->insertRow(row);
        m_escortTable->setItem(row, 0, item(e.name, e.id));
        m_escortTable->setItem(row, 1, item(e.role));
        m_escortTable->setItem(row, 2, item(e.document));
    }

    m_eventTable->setRowCount(0);
    if (m_listId > 0) {
        if (Result<QList<ReturnListEvent>> events = m_repo.events(m_listId); events) {
            for (const ReturnListEvent &e : events.value()) {
                const int row = m_eventTable->rowCount();
                m_eventTable->insertRow(row);
                const QString what = e.event == u"created"     ? tr("created")
                                     : e.event == u"finalized" ? tr("finalised")
                                     : e.event == u"reopened"  ? tr("reopened")
                                     : e.event == u"completed" ? tr("completed")
                                                               : e.event;
                const QStringList cells = {
                    QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), e.actor, what,
                    e.reason};
                for (int c = 0; c < cells.size(); ++c)
                    m_eventTable->setItem(row, c, item(cells.at(c)));
            }
        }
    }
    m_eventTable->resizeColumnsToContents();
    showProblems();
}

void ReturnListsWindow::showProblems() {
    m_problemTree->clear();
    int hard = 0, open = 0;
    for (int i = 0; i < m_problems.size(); ++i) {
        const ListProblem &p = m_problems.at(i);
        const QString kind = p.hard         ? tr("HARD STOP")
                             : p.overridden ? tr("Overridden")
                                            : tr("Warning");
        QString details = p.message;
        if (p.overridden)
            details += u'\n' + tr("Overridden by %1: %2").arg(p.overrideActor, p.overrideReason);
        auto *row = new QTreeWidgetItem({kind, p.caseRef, listProblemTitle(p.code), details});
        row->setData(0, Qt::UserRole, i);
        if (p.hard) {
            QFont f = row->font(0);
            f.setBold(true);
            row->setFont(0, f);
            row->setForeground(0, QColor(176, 0, 32));
            ++hard;
        } else if (!p.overridden) {
            row->setForeground(0, QColor(150, 90, 0));
            ++open;
        }
        m_problemTree->addTopLevelItem(row);
    }
    for (int c = 0; c < 3; ++c)
        m_problemTree->resizeColumnToContents(c);
    if (m_listId == 0)
        m_checkLabel->setText(QString());
    else if (m_problems.isEmpty())
        m_checkLabel->setText(tr("Check: no hard stops and no warnings."));
    else if (hard == 0 && open == 0)
        m_checkLabel->setText(tr("Check: no hard stops; every warning is overridden with a "
                                 "recorded reason."));
    else
        m_checkLabel->setText(
            tr("Check: %1 hard stop(s), which take the person off when the list is finalised "
               "and which no reason overrides; %2 warning(s) not overridden. A consul may "
               "override a warning with a reason.")
                .arg(hard)
                .arg(open));
    updateButtons();
}

void ReturnListsWindow::updateButtons() {
    const bool draft = m_listId > 0 && m_list.status == u"draft";
    const bool final = m_listId > 0 && m_list.status == u"final";
    for (QWidget *w : {static_cast<QWidget *>(m_flight), static_cast<QWidget *>(m_carrier),
                       static_cast<QWidget *>(m_date), static_cast<QWidget *>(m_time),
                       static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to),
                       static_cast<QWidget *>(m_capacity)})
        w->setEnabled(draft);
    m_saveFlightButton->setEnabled(draft);
    const bool passenger = selectedCaseId() > 0;
    m_addCasesButton->setEnabled(draft);
    m_removeButton->setEnabled(draft && passenger);
    m_receptionButton->setEnabled(draft && passenger);
    m_boardedButton->setEnabled(final && passenger);
    m_notBoardedButton->setEnabled(final && passenger);
    m_addEscortButton->setEnabled(draft);
    m_removeEscortButton->setEnabled(draft && m_escortTable->currentRow() >= 0);
    QTreeWidgetItem *current = m_problemTree->currentItem();
    const int index = current ? current->data(0, Qt::UserRole).toInt() : -1;
    const bool warning = index >= 0 && index < m_problems.size() && !m_problems.at(index).hard &&
                         !m_problems.at(index).overridden;
    m_overrideButton->setEnabled(draft && warning);
    if (index >= 0 && index < m_problems.size() && m_problems.at(index).hard)
        m_overrideButton->setToolTip(tr("A hard stop cannot be overridden."));
    else
        m_overrideButton->setToolTip(QString());
    m_finalizeButton->setEnabled(draft && !m_passengers.isEmpty());
    m_reopenButton->setEnabled(final);
    m_completeButton->setEnabled(final);
    const bool any = m_listId > 0;
    for (QWidget *w : {static_cast<QWidget *>(m_previewButton), static_cast<QWidget *>(m_pdfButton),
                       static_cast<QWidget *>(m_csvButton), static_cast<QWidget *>(m_output),
                       static_cast<QWidget *>(m_language), static_cast<QWidget *>(m_paper)})
        w->setEnabled(any);
}

qint64 ReturnListsWindow::selectedCaseId() const {
    const QList<qint64> ids = selectedCaseIds();
    return ids.isEmpty() ? 0 : ids.first();
}

QList<qint64> ReturnListsWindow::selectedCaseIds() const {
    QList<qint64> ids;
    for (QTableWidgetItem *i : m_passengerTable->selectedItems()) {
        if (i->column() == 0)
            ids << i->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

void ReturnListsWindow::newList() {
    ReturnList l;
    l.flightNumber = QStringLiteral("HY 102");
    l.flightDate = m_clock.today().addDays(14);
    l.fromAirport = m_list.fromAirport.isEmpty() ? QStringLiteral("JFK") : m_list.fromAirport;
    l.toAirport = QStringLiteral("TAS");
    Result<ReturnList> created = m_repo.create(m_actor, l);
    if (!created) {
        report(created.error());
        return;
    }
    m_listId = created->id;
    reload();
    m_flight->setFocus();
    m_flight->selectAll();
}

void ReturnListsWindow::saveFlight() {
    m_date->commit();
    ReturnList l = m_list;
    l.flightNumber = m_flight->text();
    l.carrier = m_carrier->text();
    l.flightDate = m_date->date();
    l.departureTime = m_time->text() == u":" ? QString() : m_time->text();
    l.fromAirport = m_from->text();
    l.toAirport = m_to->text();
    l.capacity = m_capacity->value();
    Result<ReturnList> saved = m_repo.update(m_actor, l);
    if (!saved) {
        report(saved.error());
        return;
    }
    reload();
}

void ReturnListsWindow::addCases() {
    const QList<qint64> ids = chooseCases(this, *m_db);
    if (ids.isEmpty())
        return;
    Result<QList<AddOutcome>> out = m_repo.addCaseIds(m_actor, m_listId, ids);
    if (!out) {
        report(out.error());
        return;
    }
    QStringList notAdded;
    for (const AddOutcome &o : out.value()) {
        if (!o.added)
            notAdded << o.message;
    }
    reload();
    emit registerChanged();
    if (!notAdded.isEmpty())
        Dialogs::warn(this, tr("Return lists"), notAdded.join(u'\n'));
}

void ReturnListsWindow::removePassenger() {
    const qint64 caseId = selectedCaseId();
    if (caseId <= 0)
        return;
    const std::optional<QString> reason = Dialogs::askText(
        this, tr("Take off the list"), tr("Why is the person taken off the list?"));
    if (!reason)
        return;
    if (report(m_repo.removePassenger(m_actor, m_listId, caseId, *reason))) {
        reload();
        emit registerChanged();
    }
}

void ReturnListsWindow::editReception() {
    const qint64 caseId = selectedCaseId();
    if (caseId <= 0 || m_list.status != u"draft")
        return;
    ReceptionData r;
    QString name;
    for (const ReturnListPassenger &p : std::as_const(m_passengers)) {
        if (p.caseId == caseId) {
            r = p.reception;
            name = p.fullNameLatin();
        }
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("receptionDialog"));
    dialog.setWindowTitle(tr("Reception in Uzbekistan: %1").arg(name));
    auto *form = new QFormLayout(&dialog);
    auto *region = new QLineEdit(r.region);
    auto *district = new QLineEdit(r.district);
    auto *receiver = new QLineEdit(r.receiverName);
    auto *relation = new QLineEdit(r.receiverRelation);
    auto *contact = new QLineEdit(r.receiverContact);
    auto *consent = new QCheckBox(tr("The person &agrees that the receiver be contacted"));
    consent->setChecked(r.receiverConsent);
    auto *confirmed =
        new QCheckBox(tr("The receiver (parent or guardianship authority) has &confirmed"));
    confirmed->setChecked(r.receiverConfirmed);
    form->addRow(tr("&Region:"), region);
    form->addRow(tr("&District:"), district);
    form->addRow(tr("Received &by:"), receiver);
    form->addRow(tr("Re&lation or body:"), relation);
    form->addRow(tr("Con&tact:"), contact);
    form->addRow(consent);
    form->addRow(confirmed);
    auto *note = new QLabel(tr("The contact is printed on the reception list only with the "
                               "person's consent; the manifest never shows reception data."));
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    r.region = region->text();
    r.district = district->text();
    r.receiverName = receiver->text();
    r.receiverRelation = relation->text();
    r.receiverContact = contact->text();
    r.receiverConsent = consent->isChecked();
    r.receiverConfirmed = confirmed->isChecked();
    if (report(m_repo.setReception(m_actor, m_listId, caseId, r)))
        reload();
}

void ReturnListsWindow::addEscort() {
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("escortDialog"));
    dialog.setWindowTitle(tr("Add an escort"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit;
    auto *role = new QLineEdit;
    auto *document = new QLineEdit;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Role:"), role);
    form->addRow(tr("&Document:"), document);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<ReturnListEscort> added =
        m_repo.addEscort(m_actor, m_listId, {0, name->text(), role->text(), document->text()});
    if (!added)
        report(added.error());
    reload();
}

void ReturnListsWindow::removeEscort() {
    QTableWidgetItem *i = m_escortTable->item(m_escortTable->currentRow(), 0);
    if (!i)
        return;
    if (report(m_repo.removeEscort(m_actor, m_listId, i->data(Qt::UserRole).toLongLong())))
        reload();
}

void ReturnListsWindow::overrideWarning() {
    QTreeWidgetItem *current = m_problemTree->currentItem();
    if (!current)
        return;
    const int index = current->data(0, Qt::UserRole).toInt();
    if (index < 0 || index >= m_problems.size())
        return;
    const ListProblem p = m_problems.at(index);
    if (p.hard) {
        Dialogs::warn(this, tr("Return lists"), tr("A hard stop cannot be overridden."));
        return;
    }
    const std::optional<QString> reason = Dialogs::askText(
        this, tr("Override a warning"),
        tr("%1\n\nWhy may the list go ahead despite this warning? The reason is recorded with "
           "your name.")
            .arg(p.message));
    if (!reason)
        return;
    if (report(m_repo.override(m_actor, m_listId, p.code, p.caseId, *reason)))
        reload();
}

void ReturnListsWindow::finalizeList() {
    int hard = 0;
    for (const ListProblem &p : std::as_const(m_problems))
        hard += p.hard ? 1 : 0;
    Dialogs::Question q;
    q.kind = Dialogs::Question::Kind::Question;
    q.title = tr("Finalize the list");
    q.text = hard > 0 ? tr("%n person(s) with a hard stop will be taken off the list. Finalize "
                           "the list? Its passengers go on the return list.",
                           nullptr, hard)
                      : tr("Finalize the list? Its passengers go on the return list, and the "
                           "list changes only after it is reopened.");
    q.yesText = tr("Finalize");
    q.noText = tr("Cancel");
    if (Dialogs::ask(this, q) != Dialogs::Answer::Yes)
        return;
    Result<ReturnListRepository::FinalizeResult> r = m_repo.finalize(m_actor, m_listId);
    // Even a refused finalising may have taken people with a hard stop off the list.
    reload();
    emit registerChanged();
    if (!r) {
        report(r.error());
        return;
    }
    if (!r->blocking.isEmpty()) {
        QStringList lines;
        for (const ListProblem &p : r->blocking)
            lines << p.message;
        Dialogs::warn(this, tr("Return lists"),
                      tr("The list is not final: override each warning with a reason first.") +
                          QStringLiteral("\n\n") + lines.join(u'\n'));
    }
}

void ReturnListsWindow::reopenList() {
    const std::optional<QString> reason =
        Dialogs::askText(this, tr("Reopen the list"), tr("Why is the final list reopened?"));
    if (!reason)
        return;
    report(m_repo.reopen(m_actor, m_listId, *reason));
    reload();
    emit registerChanged();
}

void ReturnListsWindow::markBoarded(bool boarded) {
    const QList<qint64> ids = selectedCaseIds();
    if (ids.isEmpty())
        return;
    QString reason;
    if (!boarded) {
        const std::optional<QString> given =
            Dialogs::askText(this, tr("Did not board"),
                             tr("Why did the person not board? The case goes back "
                                "to “document issued”."));
        if (!given)
            return;
        reason = *given;
    }
    for (qint64 id : ids) {
        if (!report(m_repo.markBoarded(m_actor, m_listId, id, boarded, reason)))
            break;
    }
    reload();
    emit registerChanged();
}

void ReturnListsWindow::completeList() {
    report(m_repo.complete(m_actor, m_listId));
    reload();
    emit registerChanged();
}

documents::ReturnListPdfOptions ReturnListsWindow::pdfOptions() const {
    documents::ReturnListPdfOptions options;
    options.output = returnListOutputFromName(m_output->currentData().toString())
                         .value_or(ReturnListOutput::Manifest);
    options.language = m_language->currentData().toString();
    options.paper = m_paper->currentData().toString();
    return options;
}

void ReturnListsWindow::printPreview() {
    const documents::ReturnListPdfOptions options = pdfOptions();
    ExportLog log(m_db->connection(), m_db->path(), m_clock, m_actor);
    Result<documents::ReturnListPdfInput> input =
        documents::ReturnListPdf::input(*m_db, m_clock, m_listId, log.stamp());
    if (!input) {
        report(input.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(documents::ReturnListPdf::pageLayout(options.paper));
    report(Printing::preview(
        this, QStringLiteral("%1 %2").arg(m_list.flightNumber, dates::format(m_list.flightDate)),
        printer, log, documents::ReturnListPdf::exportRecord(m_listId, options),
        input->passengers.size(), [&](QPrinter *p, const ExportStamp &stamp) {
            input->stamp = stamp;
            documents::ReturnListPdf::paint(input.value(), options, p);
        }));
}

void ReturnListsWindow::exportPdf() {
    const documents::ReturnListPdfOptions options = pdfOptions();
    const QString name =
        QStringLiteral("%1-%2-%3.pdf")
            .arg(returnListOutputName(options.output), QString(m_list.flightNumber).remove(u' '),
                 dates::toIso(m_list.flightDate));
    const QString file =
        Dialogs::saveFileName(this, tr("Export the list as PDF"), QDir::home().filePath(name),
                              tr("PDF documents (%1)").arg(QStringLiteral("*.pdf")));
    if (file.isEmpty())
        return;
    Result<qint64> written =
        documents::ReturnListPdf::save(*m_db, m_clock, m_actor, m_listId, options, file);
    report(written ? Status() : Status(written.error()));
}

void ReturnListsWindow::exportCsv() {
    const ReturnListOutput output = pdfOptions().output;
    const QString name =
        QStringLiteral("%1-%2-%3.csv")
            .arg(returnListOutputName(output), QString(m_list.flightNumber).remove(u' '),
                 dates::toIso(m_list.flightDate));
    const QString file =
        Dialogs::saveFileName(this, tr("Export the list as CSV"), QDir::home().filePath(name),
                              tr("CSV files (%1)").arg(QStringLiteral("*.csv")));
    if (file.isEmpty())
        return;
    Result<qint64> written =
        ReturnListExport::exportCsv(*m_db, m_clock, m_actor, m_listId, output, file);
    report(written ? Status() : Status(written.error()));
}

} // namespace qaytish
