#include "dateedit.h"

#include "core/dates.h"

#include <QEvent>
#include <QLocale>

namespace qaytish {

DateEdit::DateEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_echo(new QLabel) {
    m_echo->setObjectName(QStringLiteral("dateEcho"));
    m_echo->setTextFormat(Qt::PlainText);
    // Wide enough for "30 September 2025" and its Russian and Uzbek forms, so that the row
    // does not jump while typing.
    m_echo->setMinimumWidth(
        m_echo->fontMetrics().horizontalAdvance(QStringLiteral("30 September 2025 ")));
    const int width = fontMetrics().horizontalAdvance(QStringLiteral("00.00.00000")) + 24;
    setMinimumWidth(width);
    setMaximumWidth(width + 24);

    connect(this, &QLineEdit::textEdited, this, [this] {
        m_committed = false;
        updateEcho();
    });
    connect(this, &QLineEdit::editingFinished, this, &DateEdit::commit);
    retranslate();
    updateEcho();
}

DateEdit::~DateEdit() {
    // The echo label belongs to whatever layout the form put it in; one that was never
    // placed has no parent and would leak.
    if (m_echo && !m_echo->parent())
        delete m_echo;
}

QDate DateEdit::date() const {
    if (const auto d = dates::parseInput(text()))
        return *d;
    return {};
}

void DateEdit::setDate(QDate date) {
    setText(dates::format(date));
    m_committed = false;
    updateEcho();
}

bool DateEdit::isEmpty() const {
    return text().trimmed().isEmpty();
}

bool DateEdit::isValidOrEmpty() const {
    return isEmpty() || dates::parseInput(text()).has_value();
}

void DateEdit::setShowsErrorInEcho(bool shows) {
    m_showsErrorInEcho = shows;
    updateEcho();
}

QString DateEdit::errorText() const {
    if (isValidOrEmpty())
        return {};
    return tr("Not a date: write it as 30.04.2025.");
}

void DateEdit::commit() {
    if (isEmpty()) {
        if (!text().isEmpty())
            setText(QString());
    } else if (const auto d = dates::parseInput(text())) {
        const QString formatted = dates::format(*d);
        if (formatted != text())
            setText(formatted);
    }
    m_committed = true;
    updateEcho();
}

void DateEdit::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

void DateEdit::retranslate() {
    setPlaceholderText(tr("dd.mm.yyyy"));
    setToolTip(tr("Type the date as 30.04.2025, 30042025 or 2025-04-30."));
    updateEcho();
}

void DateEdit::updateEcho() {
    if (!m_echo)
        return;
    QString text;
    bool error = false;
    if (const QDate d = date(); d.isValid()) {
        // The month written out and a four-digit year: 03.04 and 04.03 cannot be confused.
        text = QLocale().toString(d, QStringLiteral("d MMMM yyyy"));
    } else if (m_showsErrorInEcho && errorShown()) {
        text = errorText();
        error = true;
    }
    m_echo->setText(text);
    m_echo->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    emit stateChanged();
}

} // namespace qaytish
