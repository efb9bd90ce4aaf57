#pragma once

#include "core/actor.h"
#include "core/clock.h"
#include "core/csvimport.h"
#include "core/database.h"

#include <QDialog>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace qaytish {

// File > Import list…: the file's encoding, delimiter and date format (detected unless
// chosen), a preview of the first rows with each row's problems, the column mapping, and
// the import itself on a worker thread with progress and Cancel. Cancelling writes nothing.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(std::shared_ptr<Database> db, const Clock &clock, Actor actor,
                 const QString &filePath, QWidget *parent = nullptr);
    ~ImportDialog() override;

    bool isRunning() const { return m_thread != nullptr; }
    // The outcome of the last import run, when one finished.
    const std::optional<Result<CsvImportResult>> &outcome() const { return m_outcome; }
    CsvImportOptions options() const;

signals:
    void importFinished(qint64 imported);

protected:
    void reject() override;

private:
    void refreshPreview();
    void startImport();
    void onFinished();
    void showSummary();

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    Actor m_actor;
    QString m_filePath;
    QHash<int, QString> m_mapping; // the officer's choices

    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_dateFormat = nullptr;
    QLabel *m_detected = nullptr;
    QTableWidget *m_mappingTable = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_unknown = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;

    QThread *m_thread = nullptr;
    QTimer m_poll;
    std::atomic<qint64> m_bytesDone{0};
    std::atomic<qint64> m_bytesTotal{0};
    std::atomic<bool> m_cancel{false};
    std::optional<Result<CsvImportResult>> m_outcome;
    bool m_previewOk = false;
};

} // namespace qaytish
