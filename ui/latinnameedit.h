#pragma once

#include "nameedit.h"

namespace qaytish {

// A name field in Uzbek Latin script. Whatever apostrophe the officer types (' ‘ ’ `) becomes
// the proper letter at once: ʻ (U+02BB) after o or g, as in Oʻ and Gʻ, and ʼ (U+02BC) elsewhere
// (names::normalizeLatinApostrophes). The text keeps its length, so the cursor stays put.
class LatinNameEdit : public NameEdit {
    Q_OBJECT
public:
    explicit LatinNameEdit(QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void normalizeEdited(const QString &text);
};

} // namespace qaytish
