#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace qaytish {

// The interface language. QLocale names both Uzbek scripts "uz_UZ", so the choice is kept
// as our own BCP 47 name: "uz" (Latin), "uz-Cyrl", "ru", "en".
class Language {
    Q_DECLARE_TR_FUNCTIONS(Language)
public:
    static QStringList codes();
    // The language's name in itself: Oʻzbekcha, Ўзбекча, Русский, English.
    static QString nativeName(const QString &code);
    // Installs the translation at once (widgets retranslate on QEvent::LanguageChange)
    // and remembers the choice in the settings. Unknown codes fall back to English.
    static void apply(const QString &code);
    static QString current();
    // The saved choice, or one derived from the system locale on the first start.
    static QString saved();
    // The QLocale to format dates and numbers with for a code.
    static QLocale locale(const QString &code);
};

} // namespace qaytish
