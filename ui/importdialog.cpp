#include "importdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace qaytish {

ImportDialog::ImportDialog(std::shared_ptr<Database> db, const Clock &clock, Actor actor,
                           const QString &filePath, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_filePath(filePath) {
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import list — %1").arg(QFileInfo(filePath).fileName()));

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("Detect"), QStringLiteral("auto"));
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(QStringLiteral("Windows-1251"), QStringLiteral("windows-1251"));

    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));

    m_dateFormat = new QComboBox(this);
    m_dateFormat->setObjectName(QStringLiteral("dateFormatCombo"));
    m_dateFormat->addItem(tr("No slashed dates"), QString());
    m_dateFormat->addItem(tr("Day first (30/04/2025)"), QStringLiteral("dmy"));
    m_dateFormat->addItem(tr("Month first (04/30/2025)"), QStringLiteral("mdy"));
    m_dateFormat->addItem(tr("Year first (2025/04/30)"), QStringLiteral("iso"));

    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("detectedLabel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(tr("Dates with &slashes:"), m_dateFormat);
    form->addRow(QString(), m_detected);

    m_mappingTable = new QTableWidget(this);
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setColumnCount(2);
    m_mappingTable->setHorizontalHeaderLabels({tr("Column in the file"), tr("Imported as")});
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_unknown = new QLabel(this);
    m_unknown->setObjectName(QStringLiteral("unknownColumnsLabel"));
    m_unknown->setWordWrap(true);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setVisible(false);

    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setReadOnly(true);
    m_summary->setVisible(false);

    m_buttons = new QDialogButtonBox(this);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    QPushButton *cancel = m_buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(cancel, &QPushButton::clicked, this, &ImportDialog::reject);

    auto *mappingBox = new QVBoxLayout;
    mappingBox->addWidget(new QLabel(tr("Columns:"), this));
    mappingBox->addWidget(m_mappingTable);
    mappingBox->addWidget(m_unknown);
    auto *top = new QHBoxLayout;
    top->addLayout(form);
    top->addLayout(mappingBox, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("First rows and their problems:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    resize(900, 640);

    for (QComboBox *combo : {m_encoding, m_delimiter, m_dateFormat})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        const qint64 total = m_bytesTotal.load();
        if (total > 0)
            m_progress->setValue(int(std::min<qint64>(1000, m_bytesDone.load() * 1000 / total)));
    });
    refreshPreview();
}

ImportDialog::~ImportDialog() {
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

CsvImportOptions ImportDialog::options() const {
    CsvImportOptions o;
    o.fileName = m_filePath;
    o.encoding =
        csvEncodingFromName(m_encoding->currentData().toString()).value_or(CsvEncoding::Auto);
    const QString d = m_delimiter->currentData().toString();
    if (!d.isEmpty())
        o.delimiter = d.at(0);
    o.dateOrder =
        dateOrderFromName(m_dateFormat->currentData().toString()).value_or(DateOrder::Unset);
    o.mapping = m_mapping;
    return o;
}

void ImportDialog::refreshPreview() {
    QFile file(m_filePath);
    m_previewOk = false;
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    if (!file.open(QIODevice::ReadOnly)) {
        m_detected->setText(tr("%1 cannot be read: %2").arg(m_filePath, file.errorString()));
        m_importButton->setEnabled(false);
        return;
    }
    Result<CsvImportResult> r = CsvImporter::preview(&file, options(), m_clock.today(), 50);
    if (!r) {
        m_detected->setText(r.error().message);
        m_importButton->setEnabled(false);
        m_mappingTable->setRowCount(0);
        return;
    }
    const CsvImportResult &result = r.value();
    m_detected->setText(
        tr("Read as %1, separated by “%2”.")
            .arg(csvEncodingName(result.encoding),
                 result.delimiter == u'\t' ? tr("tab") : QString(result.delimiter)));

    // The mapping: one row per column of the file.
    const QStringList keys = CsvImporter::fieldKeys();
    m_mappingTable->setRowCount(int(result.columns.size()));
    for (const CsvColumn &column : result.columns) {
        auto *header =
            new QTableWidgetItem(column.header.isEmpty() ? tr("(no name)") : column.header);
        m_mappingTable->setItem(column.index, 0, header);
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("mapping_%1").arg(column.index));
        combo->addItem(column.recognizedField.isEmpty() ? tr("Ignore (unknown column)")
                                                        : tr("Ignore"),
                       QString());
        for (const QString &key : keys)
            combo->addItem(CsvImporter::fieldDisplayName(key), key);
        combo->setCurrentIndex(std::max(0, combo->findData(column.field)));
        const int index = column.index;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, index] {
            m_mapping.insert(index, combo->currentData().toString());
            // Rebuilding the table deletes this combo box: do it after the signal.
            QMetaObject::invokeMethod(this, &ImportDialog::refreshPreview, Qt::QueuedConnection);
        });
        m_mappingTable->setCellWidget(column.index, 1, combo);
    }
    m_mappingTable->resizeColumnToContents(0);
    m_unknown->setText(result.unknownColumns.isEmpty()
                           ? QString()
                           : tr("Not imported, unless you choose a field: %1")
                                 .arg(result.unknownColumns.join(QStringLiteral(", "))));

    // The preview: the file's line, its cells, and its problems.
    QStringList headers{tr("Line")};
    for (const CsvColumn &column : result.columns)
        headers << column.header;
    headers << tr("Problems");
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(int(result.preview.size()));
    for (int row = 0; row < result.preview.size(); ++row) {
        const CsvPreviewRow &p = result.preview.at(row);
        m_preview->setItem(row, 0, new QTableWidgetItem(QString::number(p.line)));
        for (int c = 0; c < result.columns.size(); ++c)
            m_preview->setItem(
                row, c + 1, new QTableWidgetItem(c < p.fields.size() ? p.fields.at(c) : QString()));
        auto *problems = new QTableWidgetItem(
            p.problems.isEmpty() ? tr("OK") : p.problems.join(QStringLiteral("\n")));
        if (!p.problems.isEmpty())
            problems->setForeground(Qt::darkRed);
        m_preview->setItem(row, int(headers.size()) - 1, problems);
    }
    m_preview->verticalHeader()->hide();
    // The problems column takes the rest of the width and its text wraps; the preview holds
    // at most a few dozen rows, so sizing them to their contents is cheap.
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setWordWrap(true);
    m_preview->resizeColumnsToContents();
    m_preview->resizeRowsToContents();
    m_previewOk = true;
    m_importButton->setEnabled(!result.ambiguousDates);
    if (result.ambiguousDates)
        m_detected->setText(m_detected->text() + u'\n' +
                            tr("The file has dates with slashes: choose how to read them."));
}

void ImportDialog::startImport() {
    if (m_thread || !m_previewOk || !m_db)
        return;
    const CsvImportOptions opts = options();
    const QString dbPath = m_db->path();
    m_cancel = false;
    m_bytesDone = 0;
    m_bytesTotal = QFileInfo(m_filePath).size();
    m_outcome.reset();
    for (QWidget *w : std::initializer_list<QWidget *>{m_encoding, m_delimiter, m_dateFormat,
                                                       m_mappingTable, m_importButton})
        w->setEnabled(false);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_summary->setVisible(false);

    m_thread = QThread::create([this, opts, dbPath] {
        // A connection of this thread's own, opened and closed here.
        ScopedConnection connection(dbPath);
        if (!connection.isOpen()) {
            m_outcome = Result<CsvImportResult>(connection.error());
            return;
        }
        QFile file(opts.fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            Error e = Error::make(
                ErrorKind::Io, tr("%1 cannot be read: %2").arg(opts.fileName, file.errorString()));
            m_outcome = Result<CsvImportResult>(e);
            return;
        }
        m_outcome = CsvImporter::import(connection.db(), dbPath, m_clock, m_actor, &file, opts,
                                        [this](qint64 done, qint64 total) {
                                            m_bytesDone = done;
                                            if (total > 0)
                                                m_bytesTotal = total;
                                            return !m_cancel.load();
                                        });
    });
    connect(m_thread, &QThread::finished, this, &ImportDialog::onFinished, Qt::QueuedConnection);
    m_poll.start();
    m_thread->start();
}

void ImportDialog::onFinished() {
    m_poll.stop();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_progress->setValue(1000);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_encoding, m_delimiter, m_dateFormat, m_mappingTable})
        w->setEnabled(true);
    showSummary();
    const qint64 imported = m_outcome && m_outcome->ok() && !m_outcome->value().dryRun
                                ? m_outcome->value().imported
                                : 0;
    // One file is imported once: the button stays off after a run that wrote something.
    m_importButton->setEnabled(imported == 0);
    if (auto *cancel = findChild<QPushButton *>(QStringLiteral("cancelButton")))
        cancel->setText(tr("Close"));
    emit importFinished(imported);
}

void ImportDialog::showSummary() {
    QStringList lines;
    if (!m_outcome || !m_outcome->ok()) {
        lines << (m_outcome ? m_outcome->error().message : tr("The import did not finish."));
    } else {
        const CsvImportResult &r = m_outcome->value();
        const QLocale locale;
        if (!r.written && !r.rejected.isEmpty() && r.imported == 0)
            lines << tr("Nothing was imported: %1 of %2 rows were rejected.")
                         .arg(locale.toString(r.rejected.size()), locale.toString(r.rows));
        else
            lines << tr("Imported %1 of %2 rows.")
                         .arg(locale.toString(r.imported), locale.toString(r.rows));
        if (!r.rejected.isEmpty()) {
            lines << tr("Rejected:");
            for (const CsvRowIssue &issue : r.rejected)
                lines << tr("Line %1: %2").arg(issue.line).arg(issue.reason);
        }
        if (!r.duplicates.isEmpty()) {
            lines << tr("Probable duplicates (imported; check them):");
            for (const CsvDuplicate &d : r.duplicates) {
                const QString what = d.what();
                lines << (d.otherLine > 0 ? tr("Line %1: %2 is also on line %3.")
                                                .arg(d.line)
                                                .arg(what)
                                                .arg(d.otherLine)
                                          : tr("Line %1: %2 is also in case %3.")
                                                .arg(d.line)
                                                .arg(what, d.caseRef));
            }
        }
        if (!r.unknownColumns.isEmpty())
            lines
                << tr("Columns not imported: %1").arg(r.unknownColumns.join(QStringLiteral(", ")));
    }
    m_summary->setPlainText(lines.join(u'\n'));
    m_summary->setVisible(true);
}

void ImportDialog::reject() {
    if (m_thread) {
        // Cancel: the worker rolls its transaction back at its next progress report.
        m_cancel = true;
        return;
    }
    QDialog::reject();
}

} // namespace qaytish
