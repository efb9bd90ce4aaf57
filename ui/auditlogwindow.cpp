#include "auditlogwindow.h"

#include "core/exportlog.h"

#include "dateedit.h"
#include "dialogs.h"

#include "core/caserepository.h"
#include "core/csvexport.h"
#include "core/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qaytish {

namespace {

QString valuesText(const AuditEntry &e) {
    if (e.valuesHidden)
        return AuditLogWindow::tr("(hidden)");
    if (e.valuesErased)
        return AuditLogWindow::tr("(erased by anonymisation)");
    if (e.oldValue && !e.oldValue->isEmpty())
        return QStringLiteral("%1 → %2").arg(*e.oldValue, e.newValue.value_or(QString()));
    return e.newValue.value_or(QString());
}

} // namespace

AuditLogWindow::AuditLogWindow(std::shared_ptr<Database> db, const Clock &clock, Actor actor,
                               QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_actor(std::move(actor)) {
    setWindowTitle(tr("Audit log"));
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QFormLayout;
    m_user = new QComboBox;
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->addItem(tr("Everyone"), QString());
    if (Result<QStringList> names = AuditLog::actors(m_db->connection(), m_db->path()))
        for (const QString &name : names.value())
            m_user->addItem(name, name);
    m_action = new QComboBox;
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->addItem(tr("Every action"), QString());
    for (const QString &code : AuditAction::all())
        m_action->addItem(AuditAction::displayName(code), code);
    m_case = new QLineEdit;
    m_case->setObjectName(QStringLiteral("auditCase"));
    m_case->setPlaceholderText(
        tr("A case reference, e.g. %1").arg(QStringLiteral("QY-2026-000001")));
    m_from = new DateEdit;
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to = new DateEdit;
    m_to->setObjectName(QStringLiteral("auditTo"));
    auto *days = new QHBoxLayout;
    days->addWidget(m_from);
    days->addWidget(new QLabel(QStringLiteral("–")));
    days->addWidget(m_to);
    days->addStretch(1);
    filters->addRow(tr("&User:"), m_user);
    filters->addRow(tr("&Action:"), m_action);
    filters->addRow(tr("&Case:"), m_case);
    auto *daysLabel = new QLabel(tr("&Days:"));
    daysLabel->setBuddy(m_from);
    filters->addRow(daysLabel, days);
    layout->addLayout(filters);
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditLogWindow::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogWindow::reload);
    for (QLineEdit *edit :
         {m_case, static_cast<QLineEdit *>(m_from), static_cast<QLineEdit *>(m_to)})
        connect(edit, &QLineEdit::editingFinished, this, &AuditLogWindow::reload);

    m_table = new QTableWidget(0, 7);
    m_table->setObjectName(QStringLiteral("auditEntries"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("When (UTC)"), tr("User"), tr("Action"),
                                        tr("Record"), tr("Field"), tr("Values")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox;
    m_moreButton = buttons->addButton(tr("Show &more"), QDialogButtonBox::ActionRole);
    m_moreButton->setObjectName(QStringLiteral("auditMore"));
    QPushButton *verifyButton =
        buttons->addButton(tr("&Verify the chain"), QDialogButtonBox::ActionRole);
    verifyButton->setObjectName(QStringLiteral("auditVerify"));
    QPushButton *exportButton =
        buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("auditExport"));
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(m_moreButton, &QPushButton::clicked, this, &AuditLogWindow::loadMore);
    connect(verifyButton, &QPushButton::clicked, this, &AuditLogWindow::verify);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogWindow::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(980, 600);
    reload();
}

int AuditLogWindow::rowCount() const {
    return m_table->rowCount();
}

AuditFilter AuditLogWindow::filter(QString *problem) const {
    AuditFilter f;
    f.actor = m_user->currentData().toString();
    f.action = m_action->currentData().toString();
    f.from = m_from->date();
    f.to = m_to->date();
    if (!m_from->isValidOrEmpty() || !m_to->isValidOrEmpty())
        *problem = tr("Type the days as 30.04.2026.");
    const QString ref = m_case->text().trimmed();
    if (!ref.isEmpty()) {
        Result<std::optional<CaseRepository::CaseKeys>> keys =
            CaseRepository(*m_db, m_clock).keysOf(ref);
        if (!keys)
            *problem = keys.error().message;
        else if (!keys.value())
            *problem = tr("There is no case %1.").arg(ref);
        else
            f.personId = keys.value()->personId;
    }
    return f;
}

void AuditLogWindow::reload() {
    m_entries.clear();
    m_table->setRowCount(0);
    loadMore();
}

void AuditLogWindow::loadMore() {
    QString problem;
    const AuditFilter f = filter(&problem);
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        m_moreButton->setEnabled(false);
        return;
    }
    const qint64 before = m_entries.isEmpty() ? 0 : m_entries.last().id;
    // One more than a page tells whether there is more.
    Result<QList<AuditEntry>> page =
        AuditLog::entries(m_db->connection(), m_db->path(), m_actor, f, before, PageSize + 1);
    if (!page) {
        m_status->setText(page.error().message);
        m_moreButton->setEnabled(false);
        return;
    }
    QList<AuditEntry> entries = page.value();
    m_more = entries.size() > PageSize;
    if (m_more)
        entries.removeLast();
    addRows(entries);
    m_moreButton->setEnabled(m_more);
    m_status->setText(m_more
                          ? tr("The newest %n entries are shown.", nullptr, int(m_entries.size()))
                          : tr("%n entries.", nullptr, int(m_entries.size())));
}

void AuditLogWindow::addRows(const QList<AuditEntry> &entries) {
    int row = m_table->rowCount();
    m_table->setRowCount(row + int(entries.size()));
    for (const AuditEntry &e : entries) {
        const QStringList cells = {QString::number(e.id),
                                   e.at.left(19).replace(u'T', u' '),
                                   e.actor,
                                   AuditAction::displayName(e.action),
                                   QStringLiteral("%1 %2").arg(e.table).arg(e.rowId),
                                   e.field,
                                   valuesText(e)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        ++row;
        m_entries << e;
    }
    m_table->resizeColumnsToContents();
}

void AuditLogWindow::verify() {
    Result<AuditVerification> v = AuditLog::verify(m_db->connection(), m_db->path());
    if (!v) {
        Dialogs::error(this, windowTitle(), v.error().message);
        return;
    }
    if (v->intact()) {
        Dialogs::inform(this, windowTitle(),
                        tr("The audit trail is intact: %n entries, each following the one "
                           "before it.",
                           nullptr, int(qMin<qint64>(v->entries, INT_MAX))));
        return;
    }
    QStringList lines;
    for (const AuditVerification::Problem &p : v->problems)
        lines << p.message;
    Dialogs::Question q;
    q.kind = Dialogs::Question::Kind::Error;
    q.title = windowTitle();
    q.text = tr("The audit trail was tampered with outside Qaytish.");
    q.details = lines.join(u'\n');
    Dialogs::ask(this, q);
}

void AuditLogWindow::exportCsv() {
    const QString file = Dialogs::saveFileName(this, tr("Export the audit log"), QDir::homePath(),
                                               tr("CSV files (%1)").arg(QStringLiteral("*.csv")));
    if (file.isEmpty())
        return;
    // Written and recorded as every export is (ExportLog): no file without its entry.
    ExportRecord record;
    record.kind = ExportKind::AuditLogCsv;
    record.table = QStringLiteral("audit_log");
    Result<qint64> written =
        ExportLog(m_db->connection(), m_db->path(), m_clock, m_actor, Permission::ReadAuditLog)
            .toFile(record, file,
                    [this, &record](QIODevice &out, const ExportStamp &) -> Result<qint64> {
                        QByteArray bytes = CsvExporter::start();
                        CsvExporter::appendLine(
                            bytes, {QStringLiteral("id"), QStringLiteral("at"),
                                    QStringLiteral("user"), QStringLiteral("action"),
                                    QStringLiteral("table"), QStringLiteral("row_id"),
                                    QStringLiteral("field"), QStringLiteral("values")});
                        // Whose entries the file carries (export_person).
                        for (const AuditEntry &e : std::as_const(m_entries)) {
                            if (e.personId > 0)
                                record.persons << e.personId;
                        }
                        for (const AuditEntry &e : std::as_const(m_entries))
                            CsvExporter::appendLine(
                                bytes, {QString::number(e.id), e.at, e.actor, e.action, e.table,
                                        QString::number(e.rowId), e.field, valuesText(e)});
                        if (out.write(bytes) != bytes.size())
                            return Error::make(ErrorKind::Io, out.errorString());
                        return qint64(m_entries.size());
                    });
    if (!written) {
        Dialogs::error(this, windowTitle(), written.error().message);
        return;
    }
    m_status->setText(tr("%n entries exported to %1.", nullptr, int(m_entries.size()))
                          .arg(QDir::toNativeSeparators(file)));
}

} // namespace qaytish
