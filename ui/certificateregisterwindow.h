#pragma once

#include "core/certificates.h"
#include "core/clock.h"
#include "core/database.h"

#include <QDialog>
#include <QTimer>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace qaytish {

// The register of documents: every Certificate of Return with its status, searchable by
// number, case or name in any script; a valid one can be saved as PDF, printed, spoiled or
// cancelled with the reason; the register exports as CSV. Non-modal.
class CertificateRegisterWindow : public QDialog {
    Q_OBJECT
public:
    CertificateRegisterWindow(std::shared_ptr<Database> db, const Clock &clock, Actor actor,
                              QWidget *parent = nullptr);

    void reload();
    QString selectedNumber() const;
    void selectNumber(const QString &number);

signals:
    // A certificate was spoiled or cancelled (the case's status may have changed).
    void registerChanged(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void savePdf();
    void print();
    void voidSelected(const QString &status);
    void exportCsv();
    std::optional<Certificate> selected() const;

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    Actor m_actor;
    QList<Certificate> m_rows;
    QTimer m_searchTimer;

    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_spoilButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace qaytish
