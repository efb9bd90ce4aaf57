#include "latinnameedit.h"

#include "core/names.h"

#include <QKeyEvent>

namespace qaytish {

LatinNameEdit::LatinNameEdit(QWidget *parent)
    : NameEdit(parent) {
    // Pasted text and edits that change what stands before an apostrophe.
    connect(this, &QLineEdit::textEdited, this, &LatinNameEdit::normalizeEdited);
}

void LatinNameEdit::keyPressEvent(QKeyEvent *event) {
    const QString typed = event->text();
    const Qt::KeyboardModifiers mods =
        event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (typed.size() == 1 && names::isApostropheVariant(typed.at(0)) && mods == Qt::NoModifier &&
        !isReadOnly()) {
        // Replace the typed character itself, so that the edit (and its undo step) is the
        // proper letter; what stands before the insertion point decides which one.
        const int at = hasSelectedText() ? selectionStart() : cursorPosition();
        const QString before = text().left(at) + typed;
        const QString proper = names::normalizeLatinApostrophes(before).right(1);
        QKeyEvent replaced(event->type(), event->key(), event->modifiers(), proper,
                           event->isAutoRepeat(), ushort(event->count()));
        NameEdit::keyPressEvent(&replaced);
        event->setAccepted(replaced.isAccepted());
        return;
    }
    NameEdit::keyPressEvent(event);
}

void LatinNameEdit::normalizeEdited(const QString &text) {
    const QString proper = names::normalizeLatinApostrophes(text);
    if (proper == text)
        return;
    const int cursor = cursorPosition();
    setText(proper);
    setCursorPosition(cursor);
    emit textEdited(proper);
}

} // namespace qaytish
