#pragma once

#include "core/caserecord.h"
#include "core/result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace qaytish {

class DateEdit;

// Logs an identity request sent home (outgoing number and date), or records the reply to one
// (number, date and result). `submit` writes through CaseRepository; when core refuses, its
// message stands in the dialog and nothing typed is lost.
class IdentityRequestDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { LogRequest, RecordReply };
    struct Values {
        QString number;
        QDate date;
        QString result; // RecordReply only: a code from replyResultCodes()
    };
    using Submit = std::function<Status(const Values &values)>;

    // For RecordReply, `request` is the request being answered (its reply, if any, is shown
    // for correction); for LogRequest it is ignored. `today` is the default date.
    IdentityRequestDialog(Mode mode, const IdentityRequest &request, const QDate &today,
                          Submit submit, QWidget *parent = nullptr);

    Values values() const;
    void accept() override;
    // RecordReply: the person's record as stored, shown while the result is "confirmed",
    // because that record becomes the one confirmed by the authorities at home and is what a
    // Certificate of Return prints.
    void setRecordToConfirm(const PersonRecord &person);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showError(const QString &message);
    void updateRecordToConfirm();

    Mode m_mode;
    IdentityRequest m_request;
    Submit m_submit;
    QLabel *m_intro = nullptr;
    QLabel *m_numberLabel = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_dateLabel = nullptr;
    DateEdit *m_date = nullptr;
    QLabel *m_resultLabel = nullptr;
    QComboBox *m_result = nullptr;
    QLabel *m_recordToConfirm = nullptr;
    PersonRecord m_person;
    bool m_hasPerson = false;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace qaytish
