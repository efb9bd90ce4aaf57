#include "documentfonts.h"

#include <QFontDatabase>
#include <QStringList>

namespace qaytish::documents {

QString fontFamily() {
    static const QString family = [] {
        QString name;
        for (const QString &file : {QStringLiteral(":/fonts/DejaVuSans.ttf"),
                                    QStringLiteral(":/fonts/DejaVuSans-Bold.ttf")}) {
            const int id = QFontDatabase::addApplicationFont(file);
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (name.isEmpty() && !families.isEmpty())
                name = families.constFirst();
        }
        return name.isEmpty() ? QStringLiteral("DejaVu Sans") : name;
    }();
    return family;
}

QFont font(qreal pointSize, bool bold) {
    QFont f(fontFamily());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferNoShaping | QFont::NoFontMerging));
    f.setKerning(false);
    return f;
}

} // namespace qaytish::documents
