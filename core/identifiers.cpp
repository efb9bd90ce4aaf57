#include "identifiers.h"

namespace qaytish::identifiers {

namespace {

bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

bool isNineDigits(const QString &s) {
    if (s.size() != 9)
        return false;
    for (const QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

} // namespace

std::optional<QString> normalizeANumber(const QString &text) {
    QString s = text.trimmed();
    if (s.startsWith(u'A', Qt::CaseInsensitive))
        s.remove(0, 1);
    QString digits;
    for (const QChar c : s) {
        if (isAsciiDigit(c))
            digits += c;
        else if (c != u'-' && c != u' ')
            return std::nullopt;
    }
    if (digits.size() < 7 || digits.size() > 9)
        return std::nullopt;
    return digits.rightJustified(9, u'0');
}

QString formatANumber(const QString &nineDigits) {
    if (!isNineDigits(nineDigits))
        return nineDigits;
    return QStringLiteral("A-%1-%2-%3")
        .arg(nineDigits.left(3), nineDigits.mid(3, 3), nineDigits.mid(6, 3));
}

QString normalizePassportNumber(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c.toUpper();
    }
    return out;
}

bool isUzbekPassportNumber(const QString &normalized) {
    if (normalized.size() != 9)
        return false;
    for (qsizetype i = 0; i < 2; ++i) {
        const QChar c = normalized.at(i);
        if (c < u'A' || c > u'Z')
            return false;
    }
    for (qsizetype i = 2; i < 9; ++i) {
        if (!isAsciiDigit(normalized.at(i)))
            return false;
    }
    return true;
}

} // namespace qaytish::identifiers
