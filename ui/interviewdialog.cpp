#include "interviewdialog.h"

#include "dateedit.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qaytish {

InterviewDialog::InterviewDialog(qint64 caseId, const QDate &today, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_caseId(caseId)
    , m_submit(std::move(submit)) {
    setObjectName(QStringLiteral("interviewDialog"));

    m_date = new DateEdit(this);
    m_date->setObjectName(QStringLiteral("interviewDate"));
    m_date->setDate(today);
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("interviewPlace"));
    m_interpreter = new QLineEdit(this);
    m_interpreter->setObjectName(QStringLiteral("interviewInterpreter"));
    m_language = new QLineEdit(this);
    m_language->setObjectName(QStringLiteral("interviewLanguage"));
    m_wishes = new QPlainTextEdit(this);
    m_wishes->setObjectName(QStringLiteral("interviewWishes"));
    m_wishes->setTabChangesFocus(true);
    m_reminder = new QLabel(this);
    m_reminder->setObjectName(QStringLiteral("interviewReminder"));
    m_reminder->setWordWrap(true);
    m_reminder->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_dateLabel = new QLabel(this);
    m_dateLabel->setBuddy(m_date);
    m_placeLabel = new QLabel(this);
    m_placeLabel->setBuddy(m_place);
    m_interpreterLabel = new QLabel(this);
    m_interpreterLabel->setBuddy(m_interpreter);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_wishesLabel = new QLabel(this);
    m_wishesLabel->setBuddy(m_wishes);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_date->echoLabel(), 1);
    form->addRow(m_dateLabel, dateRow);
    form->addRow(m_placeLabel, m_place);
    form->addRow(m_interpreterLabel, m_interpreter);
    form->addRow(m_languageLabel, m_language);
    auto *wishes = new QVBoxLayout;
    wishes->setContentsMargins(0, 0, 0, 0);
    wishes->addWidget(m_wishes);
    wishes->addWidget(m_reminder);
    form->addRow(m_wishesLabel, wishes);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InterviewDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &InterviewDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    retranslate();
    resize(560, sizeHint().height());
    m_date->setFocus();
}

Interview InterviewDialog::interview() const {
    Interview i;
    i.caseId = m_caseId;
    i.date = m_date->date();
    i.place = m_place->text().simplified();
    i.interpreter = m_interpreter->text().simplified();
    i.language = m_language->text().simplified();
    i.statedWishes = m_wishes->toPlainText().trimmed();
    return i;
}

void InterviewDialog::accept() {
    m_date->commit();
    if (m_date->isEmpty() || !m_date->isValidOrEmpty()) {
        showError(m_date->isEmpty() ? tr("Enter the date of the interview.") : m_date->errorText());
        m_date->setFocus();
        return;
    }
    if (m_submit) {
        const Status done = m_submit(interview());
        if (!done) {
            showError(done.error().message);
            return;
        }
    }
    QDialog::accept();
}

void InterviewDialog::showError(const QString &message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void InterviewDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void InterviewDialog::retranslate() {
    setWindowTitle(tr("Add interview or visit"));
    m_dateLabel->setText(tr("&Date:"));
    m_placeLabel->setText(tr("&Place:"));
    m_interpreterLabel->setText(tr("&Interpreter:"));
    m_languageLabel->setText(tr("&Language:"));
    m_wishesLabel->setText(tr("Stated &wishes:"));
    m_wishes->setPlaceholderText(
        tr("What the person says about return, contact with relatives, a lawyer, the journey"));
    m_reminder->setText(
        tr("Do not record an asylum or protection claim or its grounds, political or religious "
           "opinions, sexual orientation or gender identity, or medical diagnoses."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace qaytish
