#pragma once

#include <QFont>
#include <QString>

namespace qaytish::documents {

// The family of the font shipped in the resources (DejaVu Sans: Latin with ʻ ʼ, Cyrillic
// with ў қ ғ ҳ). Registered on first use; needs a QGuiApplication.
QString fontFamily();

// The document font at a size in points. Shaping is off, so that "fi" stays two letters
// when the text is extracted from a PDF.
QFont font(qreal pointSize, bool bold = false);

} // namespace qaytish::documents
