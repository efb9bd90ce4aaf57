#include "nameedit.h"

#include <QKeyEvent>

namespace qaytish {

NameEdit::NameEdit(QWidget *parent)
    : QLineEdit(parent) {}

void NameEdit::setSuggestion(const QString &suggestion) {
    if (suggestion == m_suggestion)
        return;
    m_suggestion = suggestion;
    setPlaceholderText(suggestion);
    emit suggestionChanged(suggestion);
}

bool NameEdit::acceptSuggestion() {
    if (m_suggestion.isEmpty() || !text().trimmed().isEmpty())
        return false;
    const QString accepted = m_suggestion;
    // Through the edit history (not setText) so that Ctrl+Z takes it back, and textEdited
    // tells the form that the officer changed the field.
    selectAll();
    insert(accepted);
    return true;
}

void NameEdit::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::ControlModifier &&
        acceptSuggestion()) {
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace qaytish
