#pragma once

#include "core/safetycopies.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace qaytish {

// File > Restore a safety copy…: the register's safety copies, newest first, with when and
// why each was made; the officer picks one to restore.
class SafetyCopiesDialog : public QDialog {
    Q_OBJECT
public:
    SafetyCopiesDialog(const QString &registerPath, QWidget *parent = nullptr);
    // The copy chosen, or empty.
    QString chosenPath() const;
    int copyCount() const;

    static QString reasonText(const QString &reason);

private:
    QString m_registerPath;
    QList<SafetyCopy> m_copies;
    QListWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace qaytish
