#pragma once

#include "core/casestatus.h"
#include "core/result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace qaytish {

// Moves a case to its next status. Lists only the steps the workflow allows from the current
// status (Workflow::targets) and asks for the reason where the workflow needs one. The rules
// themselves stay in core: `submit` calls CaseRepository::changeStatus, and when core refuses
// (identity_confirmed without a confirmed reply) its message is shown and the dialog stays.
class StatusDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Status(CaseStatus to, const QString &comment)>;

    StatusDialog(CaseStatus current, Submit submit, QWidget *parent = nullptr);

    CaseStatus selectedStatus() const;
    QString comment() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCommentRequirement();

    CaseStatus m_current;
    Submit m_submit;
    QLabel *m_currentLabel = nullptr;
    QLabel *m_targetLabel = nullptr;
    QComboBox *m_target = nullptr;
    QLabel *m_commentLabel = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_commentHint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace qaytish
