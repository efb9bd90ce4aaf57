#include "statusdialog.h"

#include "core/workflow.h"
#include "dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qaytish {

StatusDialog::StatusDialog(CaseStatus current, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
    , m_submit(std::move(submit)) {
    setObjectName(QStringLiteral("statusDialog"));

    m_currentLabel = new QLabel(this);
    m_currentLabel->setObjectName(QStringLiteral("currentStatus"));
    m_currentLabel->setWordWrap(true);

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetStatus"));
    for (CaseStatus s : Workflow::manualTargets(current))
        m_target->addItem(CaseStatusInfo::displayName(s), CaseStatusInfo::code(s));
    m_targetLabel = new QLabel(this);
    m_targetLabel->setBuddy(m_target);

    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("statusComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 4 + 12);
    m_commentLabel = new QLabel(this);
    m_commentLabel->setBuddy(m_comment);
    m_commentHint = new QLabel(this);
    m_commentHint->setObjectName(QStringLiteral("statusCommentHint"));
    m_commentHint->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StatusDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StatusDialog::reject);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_targetLabel, m_target);
    auto *commentColumn = new QVBoxLayout;
    commentColumn->setContentsMargins(0, 0, 0, 0);
    commentColumn->addWidget(m_comment);
    commentColumn->addWidget(m_commentHint);
    form->addRow(m_commentLabel, commentColumn);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_currentLabel);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_target, &QComboBox::currentIndexChanged, this,
            &StatusDialog::updateCommentRequirement);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &StatusDialog::updateCommentRequirement);

    retranslate();
    resize(qMax(sizeHint().width(), 460), sizeHint().height());
}

CaseStatus StatusDialog::selectedStatus() const {
    return CaseStatusInfo::fromCode(m_target->currentData().toString()).value_or(m_current);
}

QString StatusDialog::comment() const {
    return m_comment->toPlainText().trimmed();
}

void StatusDialog::accept() {
    if (m_target->count() == 0)
        return;
    if (m_submit) {
        const Status done = m_submit(selectedStatus(), comment());
        if (!done) {
            // The workflow's own words: they say what is missing (a confirmed reply, a reason).
            Dialogs::error(this, tr("The status was not changed"), done.error().message);
            if (done.error().field == u"comment")
                m_comment->setFocus();
            return;
        }
    }
    QDialog::accept();
}

void StatusDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void StatusDialog::retranslate() {
    setWindowTitle(tr("Change status"));
    m_currentLabel->setText(tr("Current status: %1").arg(CaseStatusInfo::displayName(m_current)));
    m_targetLabel->setText(tr("&New status:"));
    m_commentLabel->setText(tr("&Comment:"));
    for (int i = 0; i < m_target->count(); ++i) {
        if (const auto s = CaseStatusInfo::fromCode(m_target->itemData(i).toString()))
            m_target->setItemText(i, CaseStatusInfo::displayName(*s));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change status"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateCommentRequirement();
}

void StatusDialog::updateCommentRequirement() {
    const bool none = m_target->count() == 0;
    const bool required = !none && Workflow::needsComment(m_current, selectedStatus());
    if (none)
        m_commentHint->setText(tr("A case in this status cannot change its status."));
    else if (required)
        m_commentHint->setText(tr("Required: give the reason for this step."));
    else
        m_commentHint->setText(tr("Optional."));
    m_commentHint->setStyleSheet(required && comment().isEmpty() ? QStringLiteral("color: #8a5a00;")
                                                                 : QString());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!none && (!required || !comment().isEmpty()));
}

} // namespace qaytish
