#pragma once

#include "core/actor.h"
#include "core/auditlog.h"
#include "core/clock.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace qaytish {

class Database;
class DateEdit;

// Tools > Audit log…: the audit trail, newest first, filtered by user, case, action and
// days; "Verify" walks the hash chain, "Export CSV…" writes what is shown. Auditors see who
// did what and when; the values only readers of cases see (AuditLog::entries).
class AuditLogWindow : public QDialog {
    Q_OBJECT
public:
    AuditLogWindow(std::shared_ptr<Database> db, const Clock &clock, Actor actor,
                   QWidget *parent = nullptr);

    static constexpr int PageSize = 500;
    int rowCount() const;

private:
    void reload();
    void loadMore();
    void verify();
    void exportCsv();
    AuditFilter filter(QString *problem) const;
    void addRows(const QList<AuditEntry> &entries);

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    Actor m_actor;
    QList<AuditEntry> m_entries;
    bool m_more = false;
    QComboBox *m_user = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_case = nullptr;
    DateEdit *m_from = nullptr;
    DateEdit *m_to = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_moreButton = nullptr;
};

} // namespace qaytish
