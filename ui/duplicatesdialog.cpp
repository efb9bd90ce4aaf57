#include "duplicatesdialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qaytish {

namespace {

enum Column { CaseColumn, NameColumn, BirthColumn, ReasonsColumn, ColumnCount };

} // namespace

DuplicatesDialog::DuplicatesDialog(const QList<DuplicateMatch> &matches, QWidget *parent)
    : QDialog(parent)
    , m_matches(matches) {
    setObjectName(QStringLiteral("duplicatesDialog"));
    setModal(true);

    m_intro = new QLabel;
    m_intro->setObjectName(QStringLiteral("duplicatesIntro"));
    m_intro->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("duplicatesTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);

    m_openButton = new QPushButton;
    m_openButton->setObjectName(QStringLiteral("openExistingButton"));
    m_linkButton = new QPushButton;
    m_linkButton->setObjectName(QStringLiteral("linkButton"));
    m_goOnButton = new QPushButton;
    m_goOnButton->setObjectName(QStringLiteral("goOnButton"));
    m_cancelButton = new QPushButton;
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_openButton->setDefault(true);
    connect(m_openButton, &QPushButton::clicked, this, [this] { choose(Choice::OpenExisting); });
    connect(m_linkButton, &QPushButton::clicked, this, [this] { choose(Choice::Link); });
    connect(m_goOnButton, &QPushButton::clicked, this, [this] { choose(Choice::GoOn); });
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this] { choose(Choice::OpenExisting); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_linkButton);
    buttons->addStretch();
    buttons->addWidget(m_goOnButton);
    buttons->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    fillTable();
    retranslate();
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    m_table->setFocus();
    resize(720, 320);
}

qint64 DuplicatesDialog::selectedCaseId() const {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_matches.size())
        return m_matches.isEmpty() ? 0 : m_matches.first().caseId;
    return m_matches.at(row).caseId;
}

void DuplicatesDialog::choose(Choice choice) {
    m_choice = choice;
    accept();
}

void DuplicatesDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void DuplicatesDialog::fillTable() {
    m_table->setRowCount(int(m_matches.size()));
    for (int row = 0; row < m_matches.size(); ++row) {
        const DuplicateMatch &m = m_matches.at(row);
        m_table->setItem(row, CaseColumn, new QTableWidgetItem(m.caseRef));
        m_table->setItem(row, NameColumn, new QTableWidgetItem(m.fullName));
        m_table->setItem(row, BirthColumn,
                         new QTableWidgetItem(m.birthDate.toString(QStringLiteral("dd.MM.yyyy"))));
        m_table->setItem(row, ReasonsColumn, new QTableWidgetItem);
    }
}

void DuplicatesDialog::retranslate() {
    setWindowTitle(tr("Possibly the same person"));
    m_intro->setText(m_matches.size() == 1
                         ? tr("The register already has a case that may be about the same "
                              "person. Check it before saving:")
                         : tr("The register already has %n cases that may be about the same "
                              "person. Check them before saving:",
                              nullptr, int(m_matches.size())));
    m_table->setHorizontalHeaderLabels(
        {tr("Case"), tr("Name"), tr("Date of birth"), tr("Why it may be the same person")});
    for (int row = 0; row < m_matches.size(); ++row) {
        const DuplicateMatch &m = m_matches.at(row);
        QString reasons = m.reasonsText();
        if (m.linked)
            reasons += QStringLiteral(" (") + tr("already linked as the same person") +
                       QStringLiteral(")");
        m_table->item(row, ReasonsColumn)->setText(reasons);
    }
    m_openButton->setText(tr("&Open the existing case"));
    m_openButton->setToolTip(tr("Nothing is saved; the selected case opens in its own window."));
    m_linkButton->setText(tr("&Link as the same person"));
    m_linkButton->setToolTip(tr("Save this case and record that both are the same person. "
                                "Neither case is changed or merged."));
    m_goOnButton->setText(tr("&Save anyway"));
    m_goOnButton->setToolTip(tr("Save this case as a different person."));
    m_cancelButton->setText(tr("&Back to the form"));
}

} // namespace qaytish
