#include "sqlscript.h"

#include <QRegularExpression>

namespace qaytish {

namespace {

bool startsTrigger(const QString &statementSoFar) {
    static const QRegularExpression re(
        QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(statementSoFar).hasMatch();
}

// The word that ends at position `end` (exclusive) in `text`, upper-cased.
QString wordBefore(const QString &text, qsizetype end) {
    qsizetype start = end;
    while (start > 0 && (text.at(start - 1).isLetterOrNumber() || text.at(start - 1) == u'_'))
        --start;
    return text.mid(start, end - start).toUpper();
}

} // namespace

QStringList splitSqlScript(const QString &script) {
    QStringList statements;
    QString current;
    int blockDepth = 0; // BEGIN ... END nesting inside a trigger
    const qsizetype n = script.size();
    qsizetype i = 0;

    auto flushWord = [&]() {
        // Called when a word may have just ended in `current`.
        if (!startsTrigger(current))
            return;
        const QString word = wordBefore(current, current.size());
        // CASE ... END inside a trigger body nests like BEGIN ... END.
        if (word == QStringLiteral("BEGIN") || (word == QStringLiteral("CASE") && blockDepth > 0))
            ++blockDepth;
        else if (word == QStringLiteral("END") && blockDepth > 0)
            --blockDepth;
    };

    while (i < n) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') {
            flushWord();
            while (i < n && script.at(i) != u'\n')
                ++i;
            current += u' ';
            continue;
        }
        if (c == u'/' && next == u'*') {
            flushWord();
            i += 2;
            while (i + 1 < n && !(script.at(i) == u'*' && script.at(i + 1) == u'/'))
                ++i;
            i += 2;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            flushWord();
            const QChar close = c == u'[' ? QChar(u']') : c;
            current += c;
            ++i;
            while (i < n) {
                const QChar q = script.at(i);
                current += q;
                ++i;
                if (q == close) {
                    // A doubled quote is an escaped quote, not the end.
                    if (close != u']' && i < n && script.at(i) == close) {
                        current += close;
                        ++i;
                        continue;
                    }
                    break;
                }
            }
            continue;
        }
        if (!(c.isLetterOrNumber() || c == u'_'))
            flushWord();
        if (c == u';' && blockDepth == 0) {
            const QString statement = current.trimmed();
            if (!statement.isEmpty())
                statements << statement;
            current.clear();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    flushWord();
    const QString rest = current.trimmed();
    if (!rest.isEmpty())
        statements << rest;
    return statements;
}

} // namespace qaytish
