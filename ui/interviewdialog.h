#pragma once

#include "core/caserecord.h"
#include "core/result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace qaytish {

class DateEdit;

// Logs an interview or a consular visit: date, place, interpreter, language and the person's
// stated wishes. `submit` writes through CaseRepository::addInterview.
class InterviewDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Status(const Interview &interview)>;

    InterviewDialog(qint64 caseId, const QDate &today, Submit submit, QWidget *parent = nullptr);

    Interview interview() const;
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showError(const QString &message);

    qint64 m_caseId;
    Submit m_submit;
    QLabel *m_dateLabel = nullptr;
    DateEdit *m_date = nullptr;
    QLabel *m_placeLabel = nullptr;
    QLineEdit *m_place = nullptr;
    QLabel *m_interpreterLabel = nullptr;
    QLineEdit *m_interpreter = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLineEdit *m_language = nullptr;
    QLabel *m_wishesLabel = nullptr;
    QPlainTextEdit *m_wishes = nullptr;
    QLabel *m_reminder = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace qaytish
