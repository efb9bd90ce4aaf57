#include "identityrequestdialog.h"

#include "core/dates.h"
#include "dateedit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qaytish {

IdentityRequestDialog::IdentityRequestDialog(Mode mode, const IdentityRequest &request,
                                             const QDate &today, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_request(request)
    , m_submit(std::move(submit)) {
    const bool reply = mode == Mode::RecordReply;
    setObjectName(reply ? QStringLiteral("identityReplyDialog")
                        : QStringLiteral("identityRequestDialog"));

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_number = new QLineEdit(this);
    m_number->setObjectName(reply ? QStringLiteral("replyNumber")
                                  : QStringLiteral("requestNumber"));
    m_numberLabel = new QLabel(this);
    m_numberLabel->setBuddy(m_number);
    m_date = new DateEdit(this);
    m_date->setObjectName(reply ? QStringLiteral("replyDate") : QStringLiteral("requestDate"));
    m_dateLabel = new QLabel(this);
    m_dateLabel->setBuddy(m_date);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_numberLabel, m_number);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_date->echoLabel(), 1);
    form->addRow(m_dateLabel, dateRow);
    if (reply) {
        m_result = new QComboBox(this);
        m_result->setObjectName(QStringLiteral("replyResult"));
        for (const QString &code : replyResultCodes())
            m_result->addItem(replyResultDisplayName(code), code);
        m_resultLabel = new QLabel(this);
        m_resultLabel->setBuddy(m_result);
        form->addRow(m_resultLabel, m_result);
        m_recordToConfirm = new QLabel(this);
        m_recordToConfirm->setObjectName(QStringLiteral("recordToConfirm"));
        m_recordToConfirm->setWordWrap(true);
        m_recordToConfirm->setTextFormat(Qt::PlainText);
        m_recordToConfirm->setFrameShape(QFrame::StyledPanel);
        m_recordToConfirm->setMargin(6);
        m_recordToConfirm->hide();
        connect(m_result, &QComboBox::currentIndexChanged, this,
                &IdentityRequestDialog::updateRecordToConfirm);
        if (request.hasReply()) {
            m_number->setText(request.replyNumber);
            m_date->setDate(request.replyDate);
            m_result->setCurrentIndex(qMax(0, m_result->findData(request.replyResult)));
        } else {
            m_date->setDate(today);
        }
    } else {
        m_date->setDate(today);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &IdentityRequestDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &IdentityRequestDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    if (m_recordToConfirm)
        layout->addWidget(m_recordToConfirm);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    retranslate();
    resize(qMax(sizeHint().width(), 480), sizeHint().height());
    m_number->setFocus();
}

IdentityRequestDialog::Values IdentityRequestDialog::values() const {
    Values v;
    v.number = m_number->text().simplified();
    v.date = m_date->date();
    if (m_result)
        v.result = m_result->currentData().toString();
    return v;
}

void IdentityRequestDialog::accept() {
    m_date->commit();
    if (m_number->text().trimmed().isEmpty()) {
        showError(m_mode == Mode::RecordReply ? tr("Enter the number of the reply.")
                                              : tr("Enter the outgoing number of the request."));
        m_number->setFocus();
        return;
    }
    if (m_date->isEmpty() || !m_date->isValidOrEmpty()) {
        showError(m_date->isEmpty() ? tr("Enter the date.") : m_date->errorText());
        m_date->setFocus();
        return;
    }
    if (m_submit) {
        const Status done = m_submit(values());
        if (!done) {
            showError(done.error().message);
            if (done.error().field == u"date")
                m_date->setFocus();
            else if (done.error().field == u"number")
                m_number->setFocus();
            return;
        }
    }
    QDialog::accept();
}

void IdentityRequestDialog::setRecordToConfirm(const PersonRecord &person) {
    m_person = person;
    m_hasPerson = true;
    updateRecordToConfirm();
}

void IdentityRequestDialog::updateRecordToConfirm() {
    if (!m_recordToConfirm)
        return;
    const bool show = m_hasPerson && m_result->currentData().toString() == u"confirmed";
    if (show) {
        const QString pinfl = m_person.pinfl.isEmpty() ? tr("no PINFL") : m_person.pinfl;
        const QString born = m_person.birthDate.isValid() ? dates::format(m_person.birthDate)
                                                          : tr("date of birth missing");
        m_recordToConfirm->setText(
            tr("Saving a confirmation keeps this record as the one confirmed by the "
               "authorities at home; a Certificate of Return prints it. Compare it with the "
               "reply first:") +
            QStringLiteral("\n%1\n%2\n%3 · %4")
                .arg(m_person.fullNameLatin(), m_person.fullNameCyrillic(), born, pinfl));
    }
    m_recordToConfirm->setVisible(show);
}

void IdentityRequestDialog::showError(const QString &message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void IdentityRequestDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void IdentityRequestDialog::retranslate() {
    if (m_mode == Mode::RecordReply) {
        setWindowTitle(tr("Record reply"));
        m_intro->setText(tr("The reply of the authorities at home to identity request %1 of %2.")
                             .arg(m_request.outNumber, dates::format(m_request.outDate)));
        m_numberLabel->setText(tr("Reply &number:"));
        m_dateLabel->setText(tr("Reply &date:"));
        m_resultLabel->setText(tr("&Result:"));
        for (int i = 0; i < m_result->count(); ++i)
            m_result->setItemText(i, replyResultDisplayName(m_result->itemData(i).toString()));
        updateRecordToConfirm();
    } else {
        setWindowTitle(tr("Log identity request"));
        m_intro->setText(tr("The request sent to the authorities at home to confirm the "
                            "person's identity and citizenship."));
        m_numberLabel->setText(tr("Outgoing &number:"));
        m_dateLabel->setText(tr("&Date sent:"));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace qaytish
