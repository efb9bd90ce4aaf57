#include "dates.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace qaytish::dates {

namespace {

std::optional<QDate> makeDate(int year, int month, int day) {
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

std::optional<QDate> parseInput(const QString &text) {
    // [0-9] rather than \d: \d would take Arabic-Indic and other digits too.
    static const QRegularExpression dotted(
        QStringLiteral("^([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4})$"));
    static const QRegularExpression compact(QStringLiteral("^([0-9]{2})([0-9]{2})([0-9]{4})$"));
    static const QRegularExpression iso(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));

    const QString s = text.trimmed();
    for (const QRegularExpression *dayFirst : {&dotted, &compact}) {
        const QRegularExpressionMatch m = dayFirst->match(s);
        if (m.hasMatch())
            return makeDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    }
    const QRegularExpressionMatch m = iso.match(s);
    if (m.hasMatch())
        return makeDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return std::nullopt;
}

QString format(const QDate &date) {
    if (!date.isValid())
        return {};
    return QStringLiteral("%1.%2.%3")
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.year(), 4, 10, QLatin1Char('0'));
}

// Storage formats are written and read by hand: Qt's own ISO formatting goes through
// printf and regular expressions, which dominated bulk writes and table paging.
namespace {

void putDigits(QChar *out, int value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
}

int digitsAt(QStringView text, qsizetype pos, int width) {
    int value = 0;
    for (int i = 0; i < width; ++i) {
        const QChar c = text.at(pos + i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

QString toIso(const QDate &date) {
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return {};
    QString s(10, Qt::Uninitialized);
    QChar *d = s.data();
    putDigits(d, date.year(), 4);
    d[4] = u'-';
    putDigits(d + 5, date.month(), 2);
    d[7] = u'-';
    putDigits(d + 8, date.day(), 2);
    return s;
}

QDate fromIso(const QString &text) {
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    const int y = digitsAt(text, 0, 4), m = digitsAt(text, 5, 2), d = digitsAt(text, 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d);
}

QString toIsoDateTime(const QDateTime &dateTime) {
    if (!dateTime.isValid())
        return {};
    const QDateTime utc = dateTime.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (date.year() < 1 || date.year() > 9999)
        return {};
    QString s(24, Qt::Uninitialized);
    QChar *d = s.data();
    putDigits(d, date.year(), 4);
    d[4] = u'-';
    putDigits(d + 5, date.month(), 2);
    d[7] = u'-';
    putDigits(d + 8, date.day(), 2);
    d[10] = u'T';
    putDigits(d + 11, time.hour(), 2);
    d[13] = u':';
    putDigits(d + 14, time.minute(), 2);
    d[16] = u':';
    putDigits(d + 17, time.second(), 2);
    d[19] = u'.';
    putDigits(d + 20, time.msec(), 3);
    d[23] = u'Z';
    return s;
}

QDateTime fromIsoDateTime(const QString &text) {
    if (text.size() == 24 && text.at(10) == u'T' && text.at(23) == u'Z') {
        const QDate date = fromIso(text.left(10));
        const int h = digitsAt(text, 11, 2), mi = digitsAt(text, 14, 2), se = digitsAt(text, 17, 2),
                  ms = digitsAt(text, 20, 3);
        if (date.isValid() && h >= 0 && mi >= 0 && se >= 0 && ms >= 0)
            return QDateTime(date, QTime(h, mi, se, ms), QTimeZone::utc());
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace qaytish::dates
