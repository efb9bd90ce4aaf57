#pragma once

#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>

namespace qaytish {

// A date field for fast typing: accepts 30.04.2025, 30042025 and 2025-04-30 (dates::parseInput),
// rewrites the text as dd.MM.yyyy when editing finishes, and echoes the date with the month
// written out ("30 April 2025") in a label beside it, so that a day/month mix-up is seen at
// once. A two-digit year is never accepted.
class DateEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit DateEdit(QWidget *parent = nullptr);
    ~DateEdit() override;

    // Invalid when the field is empty or does not hold a date.
    QDate date() const;
    void setDate(QDate date);
    bool isValidOrEmpty() const;
    bool isEmpty() const;

    // The label that echoes the date; the owner of the form puts it beside the field.
    QLabel *echoLabel() const { return m_echo; }
    // When false the echo label never shows the "not a date" message: the form shows it in
    // its own message label under the field.
    void setShowsErrorInEcho(bool shows);
    // The translated "not a date" message while the text is not a date, else empty.
    QString errorText() const;
    // Whether the "not a date" message should be shown now: not while the date is being
    // typed, only once editing finished (or commit() was called).
    bool errorShown() const { return m_committed && !isValidOrEmpty(); }

    // Rewrites the text as dd.MM.yyyy when it holds a date, and shows the error when not.
    // Called on editingFinished and by forms before they save.
    void commit();

signals:
    // The date, the echo or the error display changed.
    void stateChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEcho();
    void retranslate();

    QPointer<QLabel> m_echo;
    bool m_committed = false;
    bool m_showsErrorInEcho = true;
};

} // namespace qaytish
