#pragma once

#include "core/actor.h"
#include "core/clock.h"
#include "core/retention.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace qaytish {

class Database;

// Tools > Apply the retention period…: the preview of exactly who will be anonymised and
// what is removed from each, then, after a confirmation, the anonymisation (administrator).
class RetentionDialog : public QDialog {
    Q_OBJECT
public:
    RetentionDialog(std::shared_ptr<Database> db, const Clock &clock, Actor actor,
                    QWidget *parent = nullptr);
    // How many persons were anonymised while the dialog was open.
    int anonymised() const { return m_anonymised; }

private:
    void refresh();
    void apply();

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    Actor m_actor;
    RetentionPreview m_preview;
    int m_anonymised = 0;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_removed = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace qaytish
