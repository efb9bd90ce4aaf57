#pragma once

#include "core/clock.h"
#include "core/mrz.h"

#include <QGroupBox>
#include <QVariant>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace qaytish {

// A value the zone offers for one field of the person: the column name (as the case editor
// names its fields) and a QString, or a QDate for dates.
struct MrzFieldValue {
    QString column;
    QVariant value;
};

// "Read MRZ": a box that takes the lines of a machine readable zone as they are pasted, typed
// or sent by a desk reader (one line and Enter at a time), reads them once they are complete,
// shows the result and any check digit that failed, and offers to apply it to the form.
// Enter in the box is a new line, never a button; nothing is applied without the officer.
class MrzPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit MrzPanel(const Clock &clock, QWidget *parent = nullptr);

    QPlainTextEdit *input() const { return m_input; }
    QPushButton *applyButton() const { return m_apply; }
    // The zone read, when the input holds a complete one.
    const std::optional<MrzResult> &result() const { return m_result; }
    void clear();

    // What Apply fills: surname and given names (Latin, in mixed case), date of birth, sex,
    // nationality, for a passport its number and expiry, and for an Uzbek document the PINFL.
    // The patronymic is never split off the given names.
    static QList<MrzFieldValue> formValues(const MrzResult &result);
    // ERIKSSON -> Eriksson; ANNA MARIA -> Anna Maria.
    static QString nameCase(const QString &mrzName);

signals:
    void applyRequested(const qaytish::MrzResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reread();
    void showResult();
    void retranslateUi();
    QString resultHtml(const MrzResult &r) const;

    const Clock &m_clock;
    QLabel *m_label = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QLabel *m_resultLabel = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_apply = nullptr;
    MrzProgress m_progress;
    std::optional<MrzResult> m_result;
    std::optional<Error> m_error;
};

} // namespace qaytish
