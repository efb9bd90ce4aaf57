// The translations are part of the product: an officer who works in Uzbek must never meet an
// English word, a Russian one, or the other script. This test reads translations/*.ts and
// fails, naming the file, context and source text, when a message is unfinished, empty,
// untranslated, in the wrong script, spelt with the wrong apostrophe, or when the .ts files
// no longer match the tr() strings in core/, ui/ and app/. Every rule is a function over the
// file's content, and the self-check rows feed small snippets through the same functions to
// prove that each rule can fail.

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

enum class Language { En, Ru, Uz, UzCyrl };

Language languageFromCode(const QString &code) {
    if (code == u"en")
        return Language::En;
    if (code == u"ru")
        return Language::Ru;
    if (code == u"uz")
        return Language::Uz;
    if (code == u"uz_Cyrl")
        return Language::UzCyrl;
    qFatal("tst_translations: unknown language code %s", qPrintable(code));
}

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;      // the translation's type attribute: "", unfinished, vanished, obsolete
    QStringList texts; // the translation, or every numerus form / length variant
    qint64 line = 0;
};

struct TsFile {
    QString language;
    QString sourceLanguage;
    QList<TsMessage> messages;
    QString error;
};

void readTranslation(QXmlStreamReader &xml, TsMessage &message) {
    message.type = xml.attributes().value("type"_L1).toString();
    QString text;
    QStringList forms;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isStartElement()) {
            if (xml.name() == u"numerusform" || xml.name() == u"lengthvariant")
                forms << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else
                xml.skipCurrentElement();
        } else if (xml.isEndElement()) {
            break;
        }
    }
    if (message.numerus || !forms.isEmpty())
        message.texts = forms;
    else
        message.texts = {text};
}

TsMessage readMessage(QXmlStreamReader &xml, const QString &context) {
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value("numerus"_L1) == u"yes";
    message.line = xml.lineNumber();
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source")
            message.source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.name() == u"comment")
            message.comment = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.name() == u"translation")
            readTranslation(xml, message);
        else
            xml.skipCurrentElement();
    }
    return message;
}

TsFile parseTs(const QByteArray &content) {
    TsFile ts;
    QXmlStreamReader xml(content);
    if (!xml.readNextStartElement() || xml.name() != u"TS") {
        ts.error = xml.hasError()
                       ? u"XML error at line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString())
                       : u"not a TS file (no <TS> root element)"_s;
        return ts;
    }
    ts.language = xml.attributes().value("language"_L1).toString();
    ts.sourceLanguage = xml.attributes().value("sourcelanguage"_L1).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != u"context") {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                ts.messages << readMessage(xml, context);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        ts.error = u"XML error at line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QString describe(const TsMessage &m) {
    QString s = u"context \"%1\", source \"%2\""_s.arg(m.context, m.source);
    if (!m.comment.isEmpty())
        s += u" (comment \"%1\")"_s.arg(m.comment);
    if (m.numerus)
        s += u" [numerus]"_s;
    return s;
}

// Placeholders (%1..%99, %L1, %n, %Ln) are not words in any language.
QString withoutPlaceholders(QString text) {
    static const QRegularExpression placeholder(u"%L?(?:\\d{1,2}|n)"_s);
    return text.remove(placeholder);
}

// Markup and addresses are not words either.
QString withoutMarkup(QString text) {
    static const QRegularExpression tag(u"<[^>]*>"_s);
    static const QRegularExpression entity(u"&(?:[A-Za-z]+|#\\d+|#x[0-9A-Fa-f]+);"_s);
    static const QRegularExpression url(
        u"(?:https?|ftp|file|mailto):[^\\s<>\"]+|www\\.[^\\s<>\"]+"_s);
    return text.remove(tag).remove(entity).remove(url);
}

bool hasLetters(const QString &text) {
    const QString bare = withoutPlaceholders(withoutMarkup(text));
    return std::any_of(bare.cbegin(), bare.cend(), [](QChar c) { return c.isLetter(); });
}

// Language names are shown in their own language on purpose, in every translation.
const QSet<QString> &languageSelfNames() {
    static const QSet<QString> names{u"Oʻzbekcha"_s, u"Ўзбекча"_s, u"Русский"_s, u"English"_s};
    return names;
}

// Strings that are the same in every language: the product name (in Latin script; the
// Cyrillic Uzbek file still has to write Қайтиш, see latinTokensAllowedInCyrillic) and the
// language self-names. Strings without letters (placeholders, punctuation) need no entry.
bool mayEqualSource(const QString &source) {
    return source == u"Qaytish" || languageSelfNames().contains(source) || !hasLetters(source);
}

// Codes and names written in Latin letters in Cyrillic Uzbek text too.
const QStringList &latinTokensAllowedInCyrillic() {
    static const QStringList tokens{u"PDF"_s,    u"CSV"_s,  u"MRZ"_s,  u"JSON"_s, u"ICE"_s,
                                    u"I-94"_s,   u"D/S"_s,  u"UZB"_s,  u"TAS"_s,  u"IATA"_s,
                                    u"SQLite"_s, u"Qt"_s,   u"UUID"_s, u"QR"_s,   u"JPEG"_s,
                                    u"PNG"_s,    u"WCHR"_s, u"MAAS"_s, u"UTC"_s};
    return tokens;
}

QString withoutAllowedLatinTokens(const QString &text) {
    static const QRegularExpression allowed = [] {
        QStringList escaped;
        for (const QString &token : latinTokensAllowedInCyrillic())
            escaped << QRegularExpression::escape(token);
        return QRegularExpression(
            u"(?<![A-Za-z0-9])(?:%1)(?![A-Za-z0-9])"_s.arg(escaped.join(u'|')));
    }();
    return QString(text).remove(allowed);
}

QStringList latinWords(const QString &text) {
    static const QRegularExpression word(u"\\S*[A-Za-z]\\S*"_s);
    QStringList words;
    const QString rest = withoutAllowedLatinTokens(withoutPlaceholders(withoutMarkup(text)));
    for (auto it = word.globalMatch(rest); it.hasNext();)
        words << it.next().captured();
    return words;
}

QStringList cyrillicWords(const QString &text) {
    static const QRegularExpression word(u"\\S*[\\x{0400}-\\x{04FF}]\\S*"_s);
    QStringList words;
    for (auto it = word.globalMatch(text); it.hasNext();)
        words << it.next().captured();
    return words;
}

// Uzbek Latin writes oʻ and gʻ with U+02BB (ʻ) and the tutuq with U+02BC (ʼ). ASCII
// apostrophes and backticks are never right; quotation marks after o or g are a misspelt
// oʻ/gʻ, which also breaks search and sorting.
QStringList apostropheProblems(const QString &text) {
    QStringList problems;
    const QString bare = withoutMarkup(text);
    for (qsizetype i = 0; i < bare.size(); ++i) {
        const QChar c = bare.at(i);
        const QChar before = i > 0 ? bare.at(i - 1).toLower() : QChar();
        const bool afterOG = before == u'o' || before == u'g';
        if (c == u'\'' || c == u'`' || (afterOG && (c == u'‘' || c == u'’'))) {
            const QString where = bare.mid(qMax<qsizetype>(0, i - 6), 12);
            problems << u"wrong apostrophe U+%1 in \"%2\": write oʻ and gʻ with ʻ (U+02BB) "
                        u"and the tutuq with ʼ (U+02BC)"_s
                            .arg(uint(c.unicode()), 4, 16, QChar(u'0'))
                            .arg(where);
        }
    }
    return problems;
}

QString expectedLanguagePrefix(Language language) {
    switch (language) {
    case Language::En:
        return u"en"_s;
    case Language::Ru:
        return u"ru"_s;
    case Language::Uz:
    case Language::UzCyrl:
        return u"uz"_s;
    }
    return {};
}

// All the rules for one .ts file. Returns one line per problem, empty when the file is good.
QStringList checkTs(const QByteArray &content, Language language, const QString &fileName) {
    QStringList problems;
    const TsFile ts = parseTs(content);
    if (!ts.error.isEmpty())
        return {u"%1: %2"_s.arg(fileName, ts.error)};

    const bool languageOk = ts.language.startsWith(expectedLanguagePrefix(language)) &&
                            ts.language.contains(u"Cyrl") == (language == Language::UzCyrl);
    if (!languageOk)
        problems << u"%1: the TS language attribute is \"%2\" (lrelease takes the plural "
                    u"rules from it)"_s.arg(fileName, ts.language);
    if (ts.sourceLanguage != u"en")
        problems << u"%1: sourcelanguage is \"%2\", expected \"en\""_s.arg(fileName,
                                                                           ts.sourceLanguage);

    for (const TsMessage &m : ts.messages) {
        const QString where = u"%1:%2: %3"_s.arg(fileName).arg(m.line).arg(describe(m));
        if (!m.type.isEmpty()) {
            problems << u"%1: translation is %2"_s.arg(where, m.type);
            continue;
        }
        if (m.texts.isEmpty() || std::any_of(m.texts.cbegin(), m.texts.cend(),
                                             [](const QString &t) { return t.isEmpty(); })) {
            problems << u"%1: empty translation"_s.arg(where);
            continue;
        }

        if (language == Language::En) {
            if (!m.numerus && m.texts.constFirst() != m.source)
                problems << u"%1: the English translation \"%2\" differs from its source; "
                            u"change the source text in the code instead"_s.arg(
                                where, m.texts.constFirst());
            continue;
        }

        const bool selfName =
            languageSelfNames().contains(m.source) && m.texts == QStringList{m.source};
        for (const QString &text : m.texts) {
            if (text == m.source && !mayEqualSource(m.source))
                problems << u"%1: translation equals its English source"_s.arg(where);
            if (selfName)
                continue;
            if (language == Language::Uz) {
                const QStringList cyrillic = cyrillicWords(text);
                if (!cyrillic.isEmpty())
                    problems << u"%1: Uzbek (Latin) translation contains Cyrillic letters: %2"_s
                                    .arg(where, cyrillic.join(u", "));
                for (const QString &p : apostropheProblems(text))
                    problems << u"%1: %2"_s.arg(where, p);
            } else if (language == Language::UzCyrl) {
                const QStringList latin = latinWords(text);
                if (!latin.isEmpty())
                    problems << u"%1: Uzbek (Cyrillic) translation contains Latin letters: %2"_s
                                    .arg(where, latin.join(u", "));
            }
        }
    }
    return problems;
}

QString messageKey(const TsMessage &m) {
    return m.context + QChar(0x1f) + m.source + QChar(0x1f) + m.comment + QChar(0x1f) +
           (m.numerus ? u"n"_s : u"s"_s);
}

// Compares the messages of a .ts file with the same file after lupdate has run over the
// sources: any message added or removed means the committed file is out of date. Returns one
// line per change (or a parse error), without the file name: the caller groups the files.
QStringList messageSetChanges(const QByteArray &committed, const QByteArray &updated) {
    const TsFile before = parseTs(committed);
    const TsFile after = parseTs(updated);
    if (!before.error.isEmpty())
        return {before.error};
    if (!after.error.isEmpty())
        return {u"after lupdate: "_s + after.error};

    QHash<QString, TsMessage> beforeKeys;
    QHash<QString, TsMessage> afterKeys;
    for (const TsMessage &m : before.messages)
        beforeKeys.insert(messageKey(m), m);
    for (const TsMessage &m : after.messages)
        afterKeys.insert(messageKey(m), m);

    QStringList changes;
    for (auto it = afterKeys.cbegin(); it != afterKeys.cend(); ++it)
        if (!beforeKeys.contains(it.key()))
            changes << u"new in the sources, missing from the file: "_s + describe(it.value());
    for (auto it = beforeKeys.cbegin(); it != beforeKeys.cend(); ++it)
        if (!afterKeys.contains(it.key()))
            changes << u"no longer in the sources: "_s + describe(it.value());
    changes.sort();
    return changes;
}

// QTest cuts long failure messages short: list every problem on its own line first.
QByteArray reported(const QStringList &problems, const QString &advice = {}) {
    for (const QString &problem : problems)
        qWarning().noquote() << problem;
    QString summary = u"%1 problem(s), listed above."_s.arg(problems.size());
    if (!advice.isEmpty())
        summary += u' ' + advice;
    return summary.toUtf8();
}

QStringList languageCodes() {
    return QString::fromUtf8(QAYTISH_TRANSLATION_LANGUAGES).split(u' ', Qt::SkipEmptyParts);
}

QByteArray snippet(const char *language, const QByteArray &messages) {
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
                             "<TS version=\"2.1\" language=\"") +
           language +
           QByteArrayLiteral("\" sourcelanguage=\"en\">\n<context>\n"
                             "<name>MainWindow</name>\n") +
           messages + QByteArrayLiteral("</context>\n</TS>\n");
}

QByteArray message(const char *source, const char *translation, const char *type = nullptr) {
    QByteArray xml = QByteArrayLiteral("<message><source>") + source +
                     QByteArrayLiteral("</source><translation");
    if (type)
        xml += QByteArrayLiteral(" type=\"") + type + '"';
    return xml + '>' + translation + QByteArrayLiteral("</translation></message>\n");
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rulesCatchMistakes_data();
    void rulesCatchMistakes();
    void comparisonCatchesStaleFiles();
    void tsFiles_data();
    void tsFiles();
    void tsFilesUpToDate();
    void qmFilesEmbedded_data();
    void qmFilesEmbedded();

private:
    QString m_sourceDir;
};

void TestTranslations::initTestCase() {
    m_sourceDir = qEnvironmentVariable("QAYTISH_SOURCE_DIR");
    QVERIFY2(!m_sourceDir.isEmpty(), "QAYTISH_SOURCE_DIR is not set: run this test through ctest");
    QVERIFY2(QFileInfo::exists(m_sourceDir + u"/translations"_s), qPrintable(m_sourceDir));
    QCOMPARE(languageCodes(), QStringList({u"en"_s, u"ru"_s, u"uz"_s, u"uz_Cyrl"_s}));
}

// Each row runs a small TS document through checkTs(); "expected" is a piece of the problem
// it must report, or empty when the snippet is correct and must pass.
void TestTranslations::rulesCatchMistakes_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("ts");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ru good") << u"ru"_s << snippet("ru_RU", message("Open", "Открыть"))
                             << QString();
    QTest::newRow("ru unfinished")
        << u"ru"_s << snippet("ru_RU", message("Open", "Открыть", "unfinished"))
        << u"translation is unfinished"_s;
    QTest::newRow("ru vanished") << u"ru"_s
                                 << snippet("ru_RU", message("Open", "Открыть", "vanished"))
                                 << u"translation is vanished"_s;
    QTest::newRow("ru obsolete") << u"ru"_s
                                 << snippet("ru_RU", message("Open", "Открыть", "obsolete"))
                                 << u"translation is obsolete"_s;
    QTest::newRow("ru empty") << u"ru"_s << snippet("ru_RU", message("Open", ""))
                              << u"empty translation"_s;
    QTest::newRow("ru numerus form empty")
        << u"ru"_s
        << snippet("ru_RU", "<message numerus=\"yes\"><source>%n case(s)</source><translation>"
                            "<numerusform>%n дело</numerusform><numerusform>%n дела"
                            "</numerusform><numerusform></numerusform></translation></message>")
        << u"empty translation"_s;
    QTest::newRow("ru numerus good")
        << u"ru"_s
        << snippet("ru_RU", "<message numerus=\"yes\"><source>%n case(s)</source><translation>"
                            "<numerusform>%n дело</numerusform><numerusform>%n дела"
                            "</numerusform><numerusform>%n дел</numerusform></translation>"
                            "</message>")
        << QString();
    QTest::newRow("ru equals source")
        << u"ru"_s << snippet("ru_RU", message("Save", "Save")) << u"equals its English source"_s;
    QTest::newRow("ru placeholders only")
        << u"ru"_s << snippet("ru_RU", message("%1 (%2)", "%1 (%2)")) << QString();
    QTest::newRow("ru product name")
        << u"ru"_s << snippet("ru_RU", message("Qaytish", "Qaytish")) << QString();
    QTest::newRow("ru self-name") << u"ru"_s << snippet("ru_RU", message("English", "English"))
                                  << QString();
    QTest::newRow("ru wrong language attribute")
        << u"ru"_s << snippet("uz_UZ", message("Open", "Открыть")) << u"language attribute"_s;

    QTest::newRow("uz good") << u"uz"_s
                             << snippet("uz_UZ",
                                        message("Open the section", "Boʻlimni ochish: maʼlumot"))
                             << QString();
    QTest::newRow("uz cyrillic") << u"uz"_s << snippet("uz_UZ", message("Open", "Очиш"))
                                 << u"contains Cyrillic letters: Очиш"_s;
    QTest::newRow("uz cyrillic self-name")
        << u"uz"_s << snippet("uz_UZ", message("Ўзбекча", "Ўзбекча")) << QString();
    QTest::newRow("uz ascii apostrophe in o'")
        << u"uz"_s << snippet("uz_UZ", message("Section", "Bo'lim")) << u"U+0027"_s;
    QTest::newRow("uz quotation mark in gʻ")
        << u"uz"_s << snippet("uz_UZ", message("Mountain", "Tog‘")) << u"U+2018"_s;
    QTest::newRow("uz right quote in oʻ")
        << u"uz"_s << snippet("uz_UZ", message("Section", "Bo’lim")) << u"U+2019"_s;
    QTest::newRow("uz backtick in oʻ")
        << u"uz"_s << snippet("uz_UZ", message("Section", "Bo`lim")) << u"U+0060"_s;
    QTest::newRow("uz ascii tutuq")
        << u"uz"_s << snippet("uz_UZ", message("Information", "Ma'lumot")) << u"U+0027"_s;
    QTest::newRow("uz wrong language attribute")
        << u"uz"_s << snippet("uz_Cyrl_UZ", message("Open", "Ochish")) << u"language attribute"_s;

    QTest::newRow("uz_Cyrl good") << u"uz_Cyrl"_s
                                  << snippet(
                                         "uz_Cyrl_UZ",
                                         message("Export %1 cases to PDF or CSV (I-94, D/S)",
                                                 "%1 та ишни PDF ёки CSV га экспорт (I-94, D/S)"))
                                  << QString();
    QTest::newRow("uz_Cyrl markup and URL")
        << u"uz_Cyrl"_s
        << snippet("uz_Cyrl_UZ", message("See the site", "&lt;b&gt;Сайт&lt;/b&gt;: "
                                                         "https://example.org/help"))
        << QString();
    QTest::newRow("uz_Cyrl latin")
        << u"uz_Cyrl"_s << snippet("uz_Cyrl_UZ", message("Open file", "Faylни очиш"))
        << u"contains Latin letters: Faylни"_s;
    QTest::newRow("uz_Cyrl product name in Latin")
        << u"uz_Cyrl"_s << snippet("uz_Cyrl_UZ", message("Qaytish", "Qaytish"))
        << u"contains Latin letters: Qaytish"_s;
    QTest::newRow("uz_Cyrl product name")
        << u"uz_Cyrl"_s << snippet("uz_Cyrl_UZ", message("Qaytish", "Қайтиш")) << QString();
    QTest::newRow("uz_Cyrl allowed token inside a word")
        << u"uz_Cyrl"_s << snippet("uz_Cyrl_UZ", message("PDFs", "PDFlar")) << u"PDFlar"_s;
    QTest::newRow("uz_Cyrl self-name")
        << u"uz_Cyrl"_s << snippet("uz_Cyrl_UZ", message("Oʻzbekcha", "Oʻzbekcha")) << QString();

    QTest::newRow("en good") << u"en"_s << snippet("en", message("Open", "Open")) << QString();
    QTest::newRow("en differs") << u"en"_s << snippet("en", message("Open", "Open…"))
                                << u"differs from its source"_s;
    QTest::newRow("en unfinished") << u"en"_s << snippet("en", message("Open", "", "unfinished"))
                                   << u"translation is unfinished"_s;
    QTest::newRow("en numerus")
        << u"en"_s
        << snippet("en", "<message numerus=\"yes\"><source>%n case(s)</source><translation>"
                         "<numerusform>%n case</numerusform><numerusform>%n cases</numerusform>"
                         "</translation></message>")
        << QString();

    QTest::newRow("not XML") << u"ru"_s << QByteArray("<TS><context>") << u"XML error"_s;
    QTest::newRow("not TS") << u"ru"_s << QByteArray("<html/>") << u"not a TS file"_s;
}

void TestTranslations::rulesCatchMistakes() {
    QFETCH(QString, language);
    QFETCH(QByteArray, ts);
    QFETCH(QString, expected);

    const QStringList problems = checkTs(ts, languageFromCode(language), u"snippet.ts"_s);
    if (expected.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    } else {
        QVERIFY2(std::any_of(problems.cbegin(), problems.cend(),
                             [&](const QString &p) { return p.contains(expected); }),
                 qPrintable(u"expected a problem containing \"%1\", got:\n%2"_s.arg(
                     expected, problems.join(u'\n'))));
        // Problems name the message so that a translator can find it.
        if (!expected.contains(u"XML") && !expected.contains(u"TS file") &&
            !expected.contains(u"attribute"))
            QVERIFY2(problems.constFirst().contains(u"context \"MainWindow\""),
                     qPrintable(problems.constFirst()));
    }
}

void TestTranslations::comparisonCatchesStaleFiles() {
    const QByteArray one = snippet("ru_RU", message("Open", "Открыть"));
    const QByteArray two =
        snippet("ru_RU", message("Open", "Открыть") + message("Close", "", "unfinished"));

    QVERIFY(messageSetChanges(one, one).isEmpty());

    const QStringList added = messageSetChanges(one, two);
    QCOMPARE(added.size(), 1);
    QVERIFY2(added.constFirst().contains(u"missing from the file") &&
                 added.constFirst().contains(u"source \"Close\""),
             qPrintable(added.constFirst()));

    const QStringList removed = messageSetChanges(two, one);
    QCOMPARE(removed.size(), 1);
    QVERIFY2(removed.constFirst().contains(u"no longer in the sources") &&
                 removed.constFirst().contains(u"source \"Close\""),
             qPrintable(removed.constFirst()));

    // A different disambiguation comment is a different message.
    const QByteArray commented =
        snippet("ru_RU", "<message><source>Open</source><comment>case status</comment>"
                         "<translation>Открыт</translation></message>");
    QCOMPARE(messageSetChanges(one, commented).size(), 2);

    // A translation that changed is not a change of the message set.
    QVERIFY(messageSetChanges(one, snippet("ru_RU", message("Open", "Открыть…"))).isEmpty());
}

void TestTranslations::tsFiles_data() {
    QTest::addColumn<QString>("language");
    for (const QString &code : languageCodes())
        QTest::newRow(qPrintable(code)) << code;
}

void TestTranslations::tsFiles() {
    QFETCH(QString, language);
    const QString relative = u"translations/qaytish_%1.ts"_s.arg(language);
    QFile file(m_sourceDir + u'/' + relative);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(relative + u": "_s + file.errorString()));

    const QStringList problems = checkTs(file.readAll(), languageFromCode(language), relative);
    QVERIFY2(problems.isEmpty(), reported(problems).constData());
}

void TestTranslations::tsFilesUpToDate() {
    QTemporaryDir scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.errorString()));

    QStringList copies;
    for (const QString &code : languageCodes()) {
        const QString name = u"qaytish_%1.ts"_s.arg(code);
        const QString copy = scratch.filePath(name);
        QVERIFY2(QFile::copy(m_sourceDir + u"/translations/"_s + name, copy), qPrintable(name));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        copies << copy;
    }

    QStringList arguments =
        QString::fromUtf8(QAYTISH_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
    for (const QString &dir :
         QString::fromUtf8(QAYTISH_LUPDATE_DIRS).split(u' ', Qt::SkipEmptyParts))
        arguments << QDir(m_sourceDir).filePath(dir);
    arguments << u"-ts"_s << copies;

    QProcess lupdate;
    lupdate.setWorkingDirectory(m_sourceDir);
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QString::fromUtf8(QAYTISH_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(240'000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(u"lupdate failed:\n"_s + QString::fromLocal8Bit(lupdate.readAll())));

    // Usually all four files lack the same messages: name each message once.
    QMap<QString, QStringList> filesByChange;
    for (const QString &code : languageCodes()) {
        const QString name = u"qaytish_%1.ts"_s.arg(code);
        QFile committed(m_sourceDir + u"/translations/"_s + name);
        QFile updated(scratch.filePath(name));
        QVERIFY(committed.open(QIODevice::ReadOnly));
        QVERIFY(updated.open(QIODevice::ReadOnly));
        for (const QString &change : messageSetChanges(committed.readAll(), updated.readAll()))
            filesByChange[change] << u"translations/"_s + name;
    }
    QStringList problems;
    for (auto it = filesByChange.cbegin(); it != filesByChange.cend(); ++it)
        problems << it.value().join(u", ") + u": "_s + it.key();
    QVERIFY2(problems.isEmpty(),
             reported(problems, u"The .ts files are out of date: run cmake --build build "
                                u"--target update_translations, then translate the new "
                                u"messages."_s)
                 .constData());
}

void TestTranslations::qmFilesEmbedded_data() {
    tsFiles_data();
}

void TestTranslations::qmFilesEmbedded() {
    QFETCH(QString, language);
    const QString path = u":/i18n/qaytish_%1.qm"_s.arg(language);
    QVERIFY2(QFile::exists(path), qPrintable(path + u" is not embedded in qaytish_translations"_s));
    QTranslator translator;
    QVERIFY2(translator.load(path), qPrintable(path));
    // lrelease copies the TS language attribute into the .qm: the file is the one we meant.
    const bool cyrillic = language.contains(u"Cyrl");
    QVERIFY2(translator.language().startsWith(language.left(2)) &&
                 translator.language().contains(u"Cyrl") == cyrillic,
             qPrintable(translator.language()));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
