#include "safetycopiesdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace qaytish {

QString SafetyCopiesDialog::reasonText(const QString &reason) {
    if (reason == u"daily")
        return tr("daily copy");
    if (reason == u"before-restore")
        return tr("the register before a restore");
    if (reason == u"after-retention")
        return tr("the register after the retention period was applied");
    if (reason.startsWith(u"before-v"))
        return tr("before the upgrade to register version %1").arg(reason.mid(8));
    return reason;
}

SafetyCopiesDialog::SafetyCopiesDialog(const QString &registerPath, QWidget *parent)
    : QDialog(parent)
    , m_registerPath(registerPath)
    , m_copies(SafetyCopies::list(registerPath)) {
    setWindowTitle(tr("Restore a safety copy"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Safety copies of %1, newest first. Restoring one replaces the register with it; "
           "the register as it is now is kept as a safety copy too.")
            .arg(QDir::toNativeSeparators(registerPath)));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("safetyCopies"));
    const QLocale locale;
    for (const SafetyCopy &copy : std::as_const(m_copies)) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2 (%3)")
                .arg(locale.toString(copy.madeAt.toLocalTime(), QLocale::ShortFormat),
                     reasonText(copy.reason), locale.formattedDataSize(copy.bytes)));
        item->setData(Qt::UserRole, copy.path);
        item->setToolTip(QDir::toNativeSeparators(copy.path));
        m_list->addItem(item);
    }
    if (m_copies.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No safety copy of this register exists yet."));
        none->setFlags(Qt::NoItemFlags);
        m_list->addItem(none);
    } else {
        m_list->setCurrentRow(0);
    }
    intro->setBuddy(m_list);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox;
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setEnabled(!m_copies.isEmpty());
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (!m_copies.isEmpty())
            accept();
    });
    layout->addWidget(buttons);
    resize(640, 360);
}

QString SafetyCopiesDialog::chosenPath() const {
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

int SafetyCopiesDialog::copyCount() const {
    return int(m_copies.size());
}

} // namespace qaytish
