#include "certificateregisterwindow.h"

#include "dialogs.h"
#include "printing.h"

#include "core/dates.h"
#include "core/missionsettings.h"
#include "documents/certificatepdf.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qaytish {

namespace {

// The table's columns, in order.
constexpr int ColumnCount = 9;

} // namespace

CertificateRegisterWindow::CertificateRegisterWindow(std::shared_ptr<Database> db,
                                                     const Clock &clock, Actor actor,
                                                     QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_actor(std::move(actor)) {
    setObjectName(QStringLiteral("certificateRegister"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("registerSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(250);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(&m_searchTimer, &QTimer::timeout, this, &CertificateRegisterWindow::reload);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("registerStatus"));
    connect(m_status, &QComboBox::currentIndexChanged, this, &CertificateRegisterWindow::reload);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("certificateTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &CertificateRegisterWindow::updateButtons);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("registerCount"));

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("voidReason"));
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setBuddy(m_reason);
    connect(m_reason, &QLineEdit::textChanged, this, &CertificateRegisterWindow::updateButtons);
    m_spoilButton = new QPushButton(this);
    m_spoilButton->setObjectName(QStringLiteral("spoilButton"));
    connect(m_spoilButton, &QPushButton::clicked, this,
            [this] { voidSelected(QStringLiteral("spoiled")); });
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelCertificateButton"));
    connect(m_cancelButton, &QPushButton::clicked, this,
            [this] { voidSelected(QStringLiteral("cancelled")); });
    m_pdfButton = new QPushButton(this);
    m_pdfButton->setObjectName(QStringLiteral("savePdfButton"));
    connect(m_pdfButton, &QPushButton::clicked, this, &CertificateRegisterWindow::savePdf);
    m_printButton = new QPushButton(this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    connect(m_printButton, &QPushButton::clicked, this, &CertificateRegisterWindow::print);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &CertificateRegisterWindow::exportCsv);
    m_closeButton = new QPushButton(this);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::close);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_status);
    auto *voiding = new QHBoxLayout;
    voiding->addWidget(m_reasonLabel);
    voiding->addWidget(m_reason, 1);
    voiding->addWidget(m_spoilButton);
    voiding->addWidget(m_cancelButton);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pdfButton);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch(1);
    buttons->addWidget(m_count);
    buttons->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(voiding);
    layout->addLayout(buttons);
    resize(1100, 520);
    retranslateUi();
}

void CertificateRegisterWindow::retranslateUi() {
    setWindowTitle(tr("Register of documents"));
    m_search->setPlaceholderText(tr("Search: number, case, name in any script"));
    const QString current = m_status->currentData().toString();
    m_status->blockSignals(true);
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &code : CertificateRegister::statusCodes())
        m_status->addItem(CertificateRegister::statusDisplayName(code), code);
    m_status->setCurrentIndex(std::max(0, m_status->findData(current)));
    m_status->blockSignals(false);
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Status"), tr("Case"), tr("Name (Latin)"),
                                        tr("Name (Cyrillic)"), tr("Issued"), tr("Valid until"),
                                        tr("Issued by"), tr("Reason")});
    m_reasonLabel->setText(tr("&Reason:"));
    m_spoilButton->setText(tr("Spoiled blank"));
    m_cancelButton->setText(tr("Cancel certificate"));
    m_pdfButton->setText(tr("Save PDF…"));
    m_printButton->setText(tr("Print…"));
    m_exportButton->setText(tr("Export CSV…"));
    m_closeButton->setText(tr("Close"));
    reload();
}

void CertificateRegisterWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CertificateRegisterWindow::reload() {
    const QString keep = selectedNumber();
    Result<QList<Certificate>> rows =
        CertificateRegister(*m_db, m_clock)
            .list(m_search->text(), m_status->currentData().toString());
    m_rows = rows ? rows.value() : QList<Certificate>();
    if (!rows)
        m_count->setText(rows.error().message);
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const Certificate &c = m_rows.at(r);
        const QStringList cells{c.number,
                                CertificateRegister::statusDisplayName(c.status),
                                c.caseRef,
                                c.fullNameLatin(),
                                c.fullNameCyrillic(),
                                dates::format(c.issueDate),
                                dates::format(c.validUntil),
                                c.issuedBy,
                                c.voidReason};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(r, col, new QTableWidgetItem(cells.at(col)));
    }
    m_table->resizeColumnsToContents();
    if (rows)
        m_count->setText(tr("%n certificate(s)", nullptr, int(m_rows.size())));
    selectNumber(keep);
    updateButtons();
}

QString CertificateRegisterWindow::selectedNumber() const {
    const std::optional<Certificate> c = selected();
    return c ? c->number : QString();
}

void CertificateRegisterWindow::selectNumber(const QString &number) {
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).number == number) {
            m_table->selectRow(r);
            return;
        }
    }
}

std::optional<Certificate> CertificateRegisterWindow::selected() const {
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const int row = items.first()->row();
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

void CertificateRegisterWindow::updateButtons() {
    const std::optional<Certificate> c = selected();
    const bool valid = c && c->status == u"valid";
    const bool reason = !m_reason->text().trimmed().isEmpty();
    m_spoilButton->setEnabled(valid && reason);
    m_cancelButton->setEnabled(valid && reason);
    m_pdfButton->setEnabled(valid);
    m_printButton->setEnabled(valid);
    const QString why = valid && !reason ? tr("Give the reason first.") : QString();
    m_spoilButton->setToolTip(why);
    m_cancelButton->setToolTip(why);
}

void CertificateRegisterWindow::savePdf() {
    const std::optional<Certificate> row = selected();
    if (!row)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file =
        Dialogs::saveFileName(this, tr("Save certificate %1 as PDF").arg(row->number),
                              QDir(dir).filePath(row->number + QStringLiteral(".pdf")),
                              tr("PDF documents (%1)").arg(QStringLiteral("*.pdf")));
    if (file.isEmpty())
        return;
    if (Status written =
            documents::CertificatePdf::save(*m_db, m_clock, m_actor, row->number, file);
        !written)
        Dialogs::error(this, tr("PDF not saved"), written.error().message);
}

void CertificateRegisterWindow::print() {
    const std::optional<Certificate> row = selected();
    if (!row)
        return;
    Result<Certificate> c = CertificateRegister(*m_db, m_clock).byNumber(row->number);
    Result<MissionSettings> settings = MissionSettingsStore(*m_db, m_clock).load();
    if (!c || !settings) {
        Dialogs::error(this, tr("Print"), !c ? c.error().message : settings.error().message);
        return;
    }
    if (Status s = documents::CertificatePdf::printable(c.value()); !s) {
        Dialogs::error(this, tr("Print"), s.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(documents::CertificatePdf::pageSize(settings.value()));
    printer.setFullPage(true);
    const Certificate certificate = c.value();
    const MissionSettings mission = settings.value();
    ExportLog log(m_db->connection(), m_db->path(), m_clock, m_actor);
    if (Status s = Printing::preview(
            this, tr("Certificate %1").arg(c->number), printer, log,
            documents::CertificatePdf::exportRecord(certificate, mission), 1,
            [&](QPrinter *p, const ExportStamp &stamp) {
                QPainter painter(p);
                const QRectF sheet = p->paperRect(QPrinter::DevicePixel);
                documents::CertificatePdf::paint(painter, QRectF(QPointF(0, 0), sheet.size()),
                                                 p->resolution(), certificate, mission, stamp);
            });
        !s)
        Dialogs::error(this, tr("Print"), s.error().message);
}

void CertificateRegisterWindow::voidSelected(const QString &status) {
    const std::optional<Certificate> c = selected();
    if (!c)
        return;
    Dialogs::Question q;
    q.kind = Dialogs::Question::Kind::Warning;
    q.title = status == u"spoiled" ? tr("Spoiled blank") : tr("Cancel certificate");
    q.text = (status == u"spoiled"
                  ? tr("Mark certificate %1 as a spoiled blank? It stays in the register with "
                       "the reason and its number is never used again.")
                  : tr("Cancel certificate %1? It stays in the register with the reason and "
                       "its number is never used again."))
                 .arg(c->number);
    q.yesText = q.title;
    q.noText = tr("Keep it");
    if (Dialogs::ask(this, q) != Dialogs::Answer::Yes)
        return;
    Result<Certificate> done = CertificateRegister(*m_db, m_clock)
                                   .voidCertificate(m_actor, c->number, status, m_reason->text());
    if (!done) {
        Dialogs::error(this, q.title, done.error().message);
        return;
    }
    m_reason->clear();
    reload();
    selectNumber(c->number);
    emit registerChanged(c->caseId);
}

void CertificateRegisterWindow::exportCsv() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file =
        Dialogs::saveFileName(this, tr("Export the register of documents"),
                              QDir(dir).filePath(QStringLiteral("certificates.csv")),
                              tr("CSV files (%1)").arg(QStringLiteral("*.csv")));
    if (file.isEmpty())
        return;
    if (Result<qint64> written =
            CertificateRegister(*m_db, m_clock)
                .exportCsv(m_actor, file, m_search->text(), m_status->currentData().toString());
        !written)
        Dialogs::error(this, tr("Export CSV"), written.error().message);
}

} // namespace qaytish
