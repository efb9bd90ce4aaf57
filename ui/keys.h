#pragma once

#include <QKeySequence>
#include <QString>

namespace qaytish {

// A shortcut as the officer's keyboard shows it, for tooltips and hints. Key names are not
// translated: translated texts take them as an argument.
inline QString keyText(const QKeySequence &keys) {
    return keys.toString(QKeySequence::NativeText);
}

} // namespace qaytish
