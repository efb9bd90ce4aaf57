#include "language.h"

#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace qaytish {

namespace {

QString &currentCode() {
    static QString code = QStringLiteral("en");
    return code;
}

QTranslator *&installed() {
    static QTranslator *translator = nullptr;
    return translator;
}

} // namespace

QStringList Language::codes() {
    return {QStringLiteral("uz"), QStringLiteral("uz-Cyrl"), QStringLiteral("ru"),
            QStringLiteral("en")};
}

QString Language::nativeName(const QString &code) {
    if (code == QStringLiteral("uz"))
        return QStringLiteral("Oʻzbekcha");
    if (code == QStringLiteral("uz-Cyrl"))
        return QStringLiteral("Ўзбекча");
    if (code == QStringLiteral("ru"))
        return QStringLiteral("Русский");
    return QStringLiteral("English");
}

QLocale Language::locale(const QString &code) {
    if (code == QStringLiteral("uz"))
        return QLocale(QLocale::Uzbek, QLocale::LatinScript, QLocale::Uzbekistan);
    if (code == QStringLiteral("uz-Cyrl"))
        return QLocale(QLocale::Uzbek, QLocale::CyrillicScript, QLocale::Uzbekistan);
    if (code == QStringLiteral("ru"))
        return QLocale(QLocale::Russian, QLocale::Russia);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

void Language::apply(const QString &requested) {
    const QString code = codes().contains(requested) ? requested : QStringLiteral("en");
    if (QTranslator *old = installed()) {
        QCoreApplication::removeTranslator(old);
        delete old;
        installed() = nullptr;
    }
    auto *translator = new QTranslator;
    QString file = code;
    file.replace(u'-', u'_');
    if (translator->load(QStringLiteral(":/i18n/qaytish_%1.qm").arg(file))) {
        QCoreApplication::installTranslator(translator);
        installed() = translator;
    } else {
        delete translator;
    }
    currentCode() = code;
    QLocale::setDefault(locale(code));
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

QString Language::current() {
    return currentCode();
}

QString Language::saved() {
    const QString stored = QSettings().value(QStringLiteral("ui/language")).toString();
    if (codes().contains(stored))
        return stored;
    const QLocale system;
    if (system.language() == QLocale::Uzbek)
        return system.script() == QLocale::CyrillicScript ? QStringLiteral("uz-Cyrl")
                                                          : QStringLiteral("uz");
    if (system.language() == QLocale::Russian)
        return QStringLiteral("ru");
    return QStringLiteral("en");
}

} // namespace qaytish
