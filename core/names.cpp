#include "names.h"

#include <QVarLengthArray>

#include <QStringList>

#include <algorithm>

namespace qaytish::names {

namespace {

bool isAsciiLower(char16_t c) {
    return c >= u'a' && c <= u'z';
}

bool isAsciiDigit(char16_t c) {
    return c >= u'0' && c <= u'9';
}

bool isLatinVowel(QChar c) {
    switch (c.toLower().unicode()) {
    case u'a':
    case u'e':
    case u'i':
    case u'o':
    case u'u':
        return true;
    default:
        return false;
    }
}

bool isCyrillicVowel(QChar c) {
    switch (c.toLower().unicode()) {
    case u'а':
    case u'е':
    case u'ё':
    case u'и':
    case u'о':
    case u'у':
    case u'ы':
    case u'э':
    case u'ю':
    case u'я':
    case u'ў':
    case u'і':
        return true;
    default:
        return false;
    }
}

bool isOorG(QChar c) {
    const char16_t l = c.toLower().unicode();
    return l == u'o' || l == u'g';
}

QChar charAt(const QString &s, qsizetype i) {
    return i >= 0 && i < s.size() ? s.at(i) : QChar();
}

// ---------------------------------------------------------------------------------------------
// Latin -> Cyrillic

QChar cased(char16_t lowerCyrillic, bool upper) {
    const QChar c(lowerCyrillic);
    return upper ? c.toUpper() : c;
}

// One-letter correspondences; digraphs and the context rules are handled by the caller.
char16_t simpleLatinToCyrillic(char16_t lower) {
    switch (lower) {
    case u'a':
        return u'а';
    case u'b':
        return u'б';
    case u'c':
        return u'ц';
    case u'd':
        return u'д';
    case u'f':
        return u'ф';
    case u'g':
        return u'г';
    case u'h':
        return u'ҳ';
    case u'i':
        return u'и';
    case u'j':
        return u'ж';
    case u'k':
        return u'к';
    case u'l':
        return u'л';
    case u'm':
        return u'м';
    case u'n':
        return u'н';
    case u'o':
        return u'о';
    case u'p':
        return u'п';
    case u'q':
        return u'қ';
    case u'r':
        return u'р';
    case u's':
        return u'с';
    case u't':
        return u'т';
    case u'u':
        return u'у';
    case u'v':
        return u'в';
    case u'w':
        return u'в';
    case u'x':
        return u'х';
    case u'y':
        return u'й';
    case u'z':
        return u'з';
    default:
        return 0;
    }
}

// ---------------------------------------------------------------------------------------------
// Cyrillic -> Latin

// Latin for one Cyrillic letter (lower case), without the context rules for е ъ ь, which the
// caller applies. Russian letters that Uzbek lacks are included (щ ы), as are a few letters of
// neighbouring alphabets that turn up in names (і є ї ґ).
QString simpleCyrillicToLatin(char16_t lower) {
    switch (lower) {
    case u'а':
        return QStringLiteral("a");
    case u'б':
        return QStringLiteral("b");
    case u'в':
        return QStringLiteral("v");
    case u'г':
        return QStringLiteral("g");
    case u'д':
        return QStringLiteral("d");
    case u'е':
        return QStringLiteral("e");
    case u'ё':
        return QStringLiteral("yo");
    case u'ж':
        return QStringLiteral("j");
    case u'з':
        return QStringLiteral("z");
    case u'и':
        return QStringLiteral("i");
    case u'й':
        return QStringLiteral("y");
    case u'к':
        return QStringLiteral("k");
    case u'л':
        return QStringLiteral("l");
    case u'м':
        return QStringLiteral("m");
    case u'н':
        return QStringLiteral("n");
    case u'о':
        return QStringLiteral("o");
    case u'п':
        return QStringLiteral("p");
    case u'р':
        return QStringLiteral("r");
    case u'с':
        return QStringLiteral("s");
    case u'т':
        return QStringLiteral("t");
    case u'у':
        return QStringLiteral("u");
    case u'ф':
        return QStringLiteral("f");
    case u'х':
        return QStringLiteral("x");
    case u'ц':
        return QStringLiteral("ts");
    case u'ч':
        return QStringLiteral("ch");
    case u'ш':
        return QStringLiteral("sh");
    case u'щ':
        return QStringLiteral("sh");
    case u'ы':
        return QStringLiteral("i");
    case u'э':
        return QStringLiteral("e");
    case u'ю':
        return QStringLiteral("yu");
    case u'я':
        return QStringLiteral("ya");
    case u'ў':
        return QStringLiteral("o") + OkinaChar;
    case u'қ':
        return QStringLiteral("q");
    case u'ғ':
        return QStringLiteral("g") + OkinaChar;
    case u'ҳ':
        return QStringLiteral("h");
    case u'і':
        return QStringLiteral("i");
    case u'ї':
        return QStringLiteral("yi");
    case u'є':
        return QStringLiteral("ye");
    case u'ґ':
        return QStringLiteral("g");
    default:
        return {};
    }
}

bool isIotatedAfterSign(QChar c) {
    switch (c.toLower().unicode()) {
    case u'е':
    case u'ё':
    case u'ю':
    case u'я':
    case u'и':
        return true;
    default:
        return false;
    }
}

// Applies the capitalisation of the Cyrillic letter to its Latin rendering: Ш -> Sh inside a
// capitalised word, SH inside a word written in capitals.
QString applyCase(const QString &latinLower, bool upper, bool allCaps) {
    if (!upper || latinLower.isEmpty())
        return latinLower;
    if (allCaps)
        return latinLower.toUpper();
    return latinLower.left(1).toUpper() + latinLower.mid(1);
}

// True when the uppercase letter at i stands in a word written in capitals: the next letter is
// upper case too, or it is the last letter of the word and the one before is upper case.
bool inAllCapsWord(const QString &s, qsizetype i) {
    const QChar next = charAt(s, i + 1);
    if (next.isLetter() && next != TutuqChar && next != OkinaChar)
        return next.isUpper();
    const QChar prev = charAt(s, i - 1);
    return prev.isLetter() && prev.isUpper();
}

// ---------------------------------------------------------------------------------------------
// Shared by the search and sort keys: text reduced to lower-case ASCII Latin letters, digits,
// U+02BB after o and g, U+02BC for the tutuq, and a space for every run of other characters.

// Letters of other Latin alphabets that are not a base letter plus an accent: the 1993 Uzbek
// Latin alphabet (ç ş ğ ö ñ) and Turkic spellings, then a few European ones.
QString specialLatin(char16_t lower) {
    switch (lower) {
    case u'ş':
    case u'ș':
        return QStringLiteral("sh");
    case u'ç':
        return QStringLiteral("ch");
    case u'ğ':
        return QStringLiteral("g") + OkinaChar;
    case u'ö':
        return QStringLiteral("o") + OkinaChar;
    case u'ñ':
        return QStringLiteral("ng");
    case u'ı':
        return QStringLiteral("i");
    case u'ß':
        return QStringLiteral("ss");
    case u'æ':
        return QStringLiteral("ae");
    case u'ø':
        return QStringLiteral("o");
    case u'đ':
        return QStringLiteral("d");
    case u'ł':
        return QStringLiteral("l");
    default:
        return {};
    }
}

QString plainLatin(const QString &text) {
    const QString s = normalizeLatinApostrophes(cyrillicToLatin(text)).toCaseFolded();
    QString out;
    out.reserve(s.size());
    bool pendingSpace = false;
    auto put = [&](auto part) {
        if (pendingSpace && !out.isEmpty())
            out += u' ';
        pendingSpace = false;
        out += part;
    };
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (isAsciiLower(u) || isAsciiDigit(u) || c == OkinaChar || c == TutuqChar) {
            put(c); // the common case: no allocation per character
        } else if (c.isDigit()) {
            put(QChar(u'0' + c.digitValue()));
        } else if (c.isLetter() || c.isMark()) {
            if (c.isMark())
                continue; // combining accents left over from the input
            const QString special = specialLatin(u);
            if (!special.isEmpty()) {
                put(special);
                continue;
            }
            // é -> e, ü -> u: keep the base letter when it is plain Latin. Letters of other
            // scripts do not belong to a Latin key and are skipped.
            const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
            const char16_t base = decomposed.isEmpty() ? 0 : decomposed.at(0).toLower().unicode();
            if (isAsciiLower(base))
                put(QChar(base));
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Search key: phonetic classes

bool isKeyVowel(QStringView code) {
    return code == u"a" || code == u"e" || code == u"i" || code == u"o" || code == u"u";
}

bool startsWithAt(const QString &word, qsizetype i, QStringView what) {
    return QStringView(word).mid(i).startsWith(what);
}

// One word of plainLatin() output (no spaces, tutuq already removed) -> its search form.
QString searchWord(const QString &word) {
    // Step 1: spelling -> phonetic class codes, longest spelling first.
    // Codes are views of string literals or of `word`: no allocation per letter.
    QVarLengthArray<QStringView, 32> codes;
    const qsizetype n = word.size();
    for (qsizetype i = 0; i < n;) {
        const char16_t c = word.at(i).unicode();
        const char16_t next = charAt(word, i + 1).unicode();
        if (c == OkinaChar.unicode()) { // stray: only meaningful after o and g
            ++i;
            continue;
        }
        if (c == u'o' && next == OkinaChar.unicode()) {
            codes << QStringView(u"u"); // oʻ ў and Russian у, English u
            i += 2;
        } else if (c == u'g' && (next == OkinaChar.unicode() || next == u'h')) {
            codes << QStringView(u"g"); // gʻ ғ and English gh
            i += 2;
        } else if (startsWithAt(word, i, u"shch")) {
            codes << QStringView(u"sh"); // щ in ICAO transliteration
            i += 4;
        } else if (startsWithAt(word, i, u"dzh")) {
            codes << QStringView(u"dj");
            i += 3;
        } else if ((c == u's' || c == u'c' || c == u'k') && next == u'h') {
            codes << (c == u's'   ? QStringView(u"sh")
                      : c == u'c' ? QStringView(u"ch")
                                  : QStringView(u"kh"));
            i += 2;
        } else if ((c == u'd' && next == u'j') || (c == u'z' && next == u'h')) {
            codes << QStringView(u"dj");
            i += 2;
        } else {
            switch (c) {
            case u'j':
                codes << QStringView(u"dj");
                break;
            case u'x':
            case u'h':
                codes << QStringView(u"kh");
                break;
            case u'q':
            case u'k':
            case u'c':
                codes << QStringView(u"k");
                break;
            case u'w':
                codes << QStringView(u"v");
                break;
            case u'y':
                codes << QStringView(u"y"); // becomes i in step 2
                break;
            // o and a stay apart in the key: matches() relates them (and o with u).
            default:
                codes << QStringView(word).mid(i, 1);
                break;
            }
            ++i;
        }
    }

    // Step 2: the glide before e. Russian е after a vowel or at word start sounds ye and is
    // written so in Uzbek Latin (Abdullayev, Yelena) but often not in English (Abdullaev,
    // Elena), and ье is ye or plain e (Vasilyev, ICAO VASILEV): a y before e is dropped, and
    // so is an i before e at word start or after a vowel (Aliiev). An i after a consonant
    // stays, so Dmitriev and Dmitrev remain apart. Every other y is i (Kadyrov, ya/ia).
    QString key;
    QStringView previous;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QStringView code = codes.at(i);
        const bool beforeE = i + 1 < codes.size() && codes.at(i + 1) == u"e";
        const bool glide =
            beforeE &&
            (code == u"y" || (code == u"i" && (previous.isEmpty() || isKeyVowel(previous))));
        if (glide)
            continue;
        const QStringView emitted = code == u"y" ? QStringView(u"i") : code;
        key += emitted;
        previous = emitted;
    }

    // Step 3: doubled letters are written single in other spellings (Abdullayev/Abdulayev,
    // Muhammad/Muhamad, Ahmaddjon from dj after d): collapse every run of one character.
    QString collapsed;
    collapsed.reserve(key.size());
    for (const QChar c : key) {
        if (collapsed.isEmpty() || collapsed.back() != c)
            collapsed += c;
    }
    return collapsed;
}

// ---------------------------------------------------------------------------------------------
// Sort keys

// The word separator must sort before digits and letters ("Ali" < "Ali Vali" < "Alia").
constexpr char16_t SortSeparator = u' ';

// Uzbek Latin: a..z map to themselves, then oʻ gʻ sh ch take the four ASCII codes after z.
constexpr char16_t SortOkinaO = u'{';
constexpr char16_t SortOkinaG = u'|';
constexpr char16_t SortSh = u'}';
constexpr char16_t SortCh = u'~';

// Uzbek Cyrillic: the Russian alphabet, then ў қ ғ ҳ. Letter n of this string sorts as
// the character 'A' + n (0x41 .. 0x65), after the separator and the digits.
constexpr std::u16string_view CyrillicOrder = u"абвгдеёжзийклмнопрстуфхцчшщъыьэюяўқғҳ";

int cyrillicOrderIndex(QChar c) {
    const auto pos = CyrillicOrder.find(c.toLower().unicode());
    return pos == std::u16string_view::npos ? -1 : int(pos);
}

// Letters outside the Uzbek alphabet that sort with one of its letters.
char16_t cyrillicSortAlias(char16_t lower) {
    switch (lower) {
    case u'і':
    case u'ї':
        return u'и';
    case u'є':
        return u'е';
    case u'ґ':
        return u'г';
    default:
        return 0;
    }
}

QString finishSortKey(QString key) {
    while (key.endsWith(SortSeparator))
        key.chop(1);
    return key;
}

} // namespace

bool isApostropheVariant(QChar c) {
    switch (c.unicode()) {
    case u'\'':
    case u'\u2018':
    case u'\u2019':
    case u'`':
    case u'\u02BB':
    case u'\u02BC':
        return true;
    default:
        return false;
    }
}

QString normalizeLatinApostrophes(const QString &text) {
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (!isApostropheVariant(out.at(i)))
            continue;
        const bool afterOorG = i > 0 && isOorG(out.at(i - 1));
        out[i] = afterOorG ? OkinaChar : TutuqChar;
    }
    return out;
}

QString latinToCyrillic(const QString &latin) {
    const QString s = normalizeLatinApostrophes(latin);
    QString out;
    out.reserve(s.size());
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = s.at(i);
        const char16_t lower = c.toLower().unicode();
        const bool upper = c.isUpper();
        const char16_t next = charAt(s, i + 1).toLower().unicode();
        const char16_t afterNext = charAt(s, i + 2).toLower().unicode();
        const QChar prev = charAt(s, i - 1);
        const bool wordStart = !prev.isLetter();
        // oʻ counts as a vowel for the ye/e rule, as does any plain Latin vowel.
        const bool afterVowel =
            isLatinVowel(prev) || (prev == OkinaChar && charAt(s, i - 2).toLower() == u'o');

        if (lower == u'o' && next == OkinaChar.unicode()) {
            out += cased(u'ў', upper);
            i += 2;
        } else if (lower == u'g' && next == OkinaChar.unicode()) {
            out += cased(u'ғ', upper);
            i += 2;
        } else if (lower == u's' && next == u'h') {
            out += cased(u'ш', upper);
            i += 2;
        } else if (lower == u's' && next == TutuqChar.unicode() && afterNext == u'h') {
            // Isʼhoq: the tutuq only separates s from h (Исҳоқ), it is not a ъ.
            out += cased(u'с', upper);
            i += 2;
        } else if (lower == u'c' && next == u'h') {
            out += cased(u'ч', upper);
            i += 2;
        } else if (lower == u'y' && next == u'e') {
            if (wordStart || afterVowel) {
                out += cased(u'е', upper);
            } else { // obyekt -> объект
                out += cased(u'ъ', upper);
                out += cased(u'е', charAt(s, i + 1).isUpper());
            }
            i += 2;
        } else if (lower == u'y' && next == u'o' && charAt(s, i + 2) != OkinaChar) {
            out += cased(u'ё', upper); // but yoʻl is йўл
            i += 2;
        } else if (lower == u'y' && next == u'u') {
            out += cased(u'ю', upper);
            i += 2;
        } else if (lower == u'y' && next == u'a') {
            out += cased(u'я', upper);
            i += 2;
        } else if (lower == u'e') {
            out += cased(wordStart || afterVowel ? u'э' : u'е', upper);
            ++i;
        } else if (c == TutuqChar) {
            out += u'ъ';
            ++i;
        } else if (const char16_t cyr = simpleLatinToCyrillic(lower); cyr != 0) {
            out += cased(cyr, upper);
            ++i;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

QString cyrillicToLatin(const QString &cyrillic) {
    // Most names in the register are Latin already: nothing to transliterate.
    if (!hasCyrillic(cyrillic))
        return cyrillic;
    const QString &s = cyrillic;
    QString out;
    out.reserve(s.size() + s.size() / 4);
    bool ySpent = false; // a ъ/ь just gave the y of the following iotated vowel
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const char16_t lower = c.toLower().unicode();
        const bool upper = c.isUpper();
        const bool allCaps = upper && inAllCapsWord(s, i);
        const QChar next = charAt(s, i + 1);
        const bool yWasSpent = ySpent;
        ySpent = false;

        if (lower == u'ъ' || lower == u'ь') {
            if (isIotatedAfterSign(next)) {
                // Ильин -> Ilyin, Дарья -> Darya, Объект -> Obyekt
                out += applyCase(QStringLiteral("y"), upper, allCaps);
                ySpent = true;
            } else if (lower == u'ъ') {
                out += TutuqChar; // Санъат -> Sanʼat
            }
            continue; // ь elsewhere only softens: Игорь -> Igor
        }

        QString latin;
        if (lower == u'е') {
            const QChar prev = charAt(s, i - 1);
            const bool ye = !yWasSpent && (!prev.isLetter() || isCyrillicVowel(prev));
            latin = ye ? QStringLiteral("ye") : QStringLiteral("e");
        } else if (yWasSpent && (lower == u'ё' || lower == u'ю' || lower == u'я')) {
            latin = simpleCyrillicToLatin(lower).mid(1); // the y came from ъ/ь
        } else if (lower == u'с' && next.toLower() == u'ҳ') {
            latin = QStringLiteral("s") + TutuqChar; // Исҳоқ -> Isʼhoq, not Ishoq
        } else {
            latin = simpleCyrillicToLatin(lower);
        }
        if (latin.isEmpty()) {
            out += c; // not a Cyrillic letter: Latin, digits, punctuation pass unchanged
            continue;
        }
        out += applyCase(latin, upper, allCaps);
    }
    return out;
}

bool hasCyrillic(const QString &text) {
    for (const QChar c : text) {
        if (c.isLetter() && c.script() == QChar::Script_Cyrillic)
            return true;
    }
    return false;
}

bool hasLatin(const QString &text) {
    for (const QChar c : text) {
        if (c.isLetter() && c.script() == QChar::Script_Latin)
            return true;
    }
    return false;
}

// The search key rules (version SearchKeyVersion). Russian, English, MRZ and Uzbek spellings
// of one name must meet, so the key keeps what the spellings agree on and folds what they
// don't. Proved on tests/data/uzbek_names.tsv (tst_namecorpus).
//
// 1. Script: Cyrillic is transliterated by cyrillicToLatin() (so е after a vowel is ye, ы is
//    i, ц is ts, щ is sh, ъ is a tutuq, ь is dropped). Case is folded; accents are dropped
//    (é -> e), the 1993 Uzbek letters ç ş ğ ö ñ become ch sh gʻ oʻ ng.
// 2. Apostrophes: any variant (' ‘ ’ ` ʻ ʼ) after o or g is the okina of oʻ/gʻ; every other
//    one (the tutuq: Sanʼat, Neʼmat) is removed. Other non-letters separate words.
// 3. Letter classes, longest spelling first, each written as one code:
//      oʻ ў u у                 -> u     (Toʻxtayev / Tukhtaev / Тухтаев)
//      o о                      -> o
//      a а                      -> a
//      gʻ ғ gh g                -> g     (Gʻaniyev / Ganiev / Ghaniev)
//      kh x h х ҳ               -> kh    (Hasanov / Khasanov / Xasanov)
//      q k қ c                  -> k     (Sodiqov / Sadikov)
//      j ж zh dj dzh дж         -> dj    (Jumayev / Djumaev / Dzhumaev / Zhumaev)
//      sh ш щ shch              -> sh;   ch ч -> ch;   w -> v
//      i y й ы                  -> i     (Sadykov / Sadikov, ya / ia, yu / iu, Sergey / Sergei)
//                                          after step 4
//    The codes kh, dj, sh, ch keep their first letter so that a typed prefix still matches:
//    "K" is a prefix of "kh...", "D" of "dj...", "S" of "sh...".
// 4. Glide: y before e is dropped (Yelena / Elena, Mirzayev / Mirzaev, Vasilyev / Vasilev),
//    and so is i before e at the start of a word or after a vowel (Iezhov).
// 5. Runs of one character collapse to one (Fayzullayev / Fayzulayev, Muhammad / Muhamad).
// 6. Vowels a, o, u are NOT folded in the key; the comparison (matches(), sameName(),
//    searchKeyGlob()) lets o stand for a or u, and a or u for o:
//      o ~ a: Russian writes unstressed Uzbek o as а (Rahmonov / Рахманов, Sobirov /
//             Сабиров, -boy / -бай, -jon / -джан);
//      o ~ u: the MRZ and many passports drop the okina of oʻ (TOXTAYEV, OTKIR), and Russian
//             sometimes writes ў as о (Xoʻjayev / Ходжаев / Khodjaev).
//    a and u never match each other: Hasan and Husan, Marat and Murat stay apart. The price:
//    names that differ only by o against a or u meet (Normat / Nurmat, Norali / Nurali).
// The result has only the ASCII letters a-z (never q w x y) and digits, words separated by
// single spaces. A prefix of a name mostly gives a prefix of the key; the exception is a
// prefix that ends inside a context (the i of "Mirzay" before its e is not typed yet).
QString searchKey(const QString &text) {
    const QString plain = plainLatin(text);
    QStringList words;
    for (const QString &word : plain.split(u' ', Qt::SkipEmptyParts)) {
        QString w = word;
        w.remove(TutuqChar);
        const QString key = searchWord(w);
        if (!key.isEmpty())
            words << key;
    }
    return words.join(u' ');
}

QString latinSortKey(const QString &text) {
    // Cyrillic is transliterated so that a Cyrillic-only name still sorts sensibly here.
    const QString s = plainLatin(text);
    QString key;
    key.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        const char16_t next = charAt(s, i + 1).unicode();
        if (c == u' ') {
            if (!key.isEmpty() && key.back() != SortSeparator)
                key += SortSeparator;
        } else if (isAsciiDigit(c)) {
            key += QChar(c);
        } else if (c == u'o' && next == OkinaChar.unicode()) {
            key += SortOkinaO;
            ++i;
        } else if (c == u'g' && next == OkinaChar.unicode()) {
            key += SortOkinaG;
            ++i;
        } else if (c == u's' && next == u'h') {
            key += SortSh;
            ++i;
        } else if (c == u'c' && next == u'h') {
            key += SortCh;
            ++i;
        } else if (isAsciiLower(c)) {
            key += QChar(c);
        }
        // a tutuq is not a letter: ignored, but it keeps s and h apart (Isʼhoq)
    }
    return finishSortKey(key);
}

QString cyrillicSortKey(const QString &text) {
    // Latin letters (a foreign name in a Cyrillic column) sort by their Cyrillic spelling.
    const QString s = hasLatin(text) ? latinToCyrillic(text) : text;
    QString key;
    key.reserve(s.size());
    bool pendingSeparator = false;
    auto put = [&](QChar c) {
        if (pendingSeparator && !key.isEmpty())
            key += SortSeparator;
        pendingSeparator = false;
        key += c;
    };
    for (const QChar c : s) {
        if (c.isDigit()) {
            put(QChar(u'0' + c.digitValue()));
            continue;
        }
        if (!c.isLetter()) {
            if (!c.isMark() && !isApostropheVariant(c))
                pendingSeparator = true;
            continue;
        }
        int index = cyrillicOrderIndex(c);
        if (index < 0) {
            if (const char16_t alias = cyrillicSortAlias(c.toLower().unicode()); alias != 0) {
                index = cyrillicOrderIndex(QChar(alias));
            } else {
                // ѐ -> е: a base letter with an accent sorts with the base letter
                const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
                index = decomposed.isEmpty() ? -1 : cyrillicOrderIndex(decomposed.at(0));
            }
        }
        if (index >= 0)
            put(QChar(u'A' + index));
    }
    return key;
}

namespace {

// The letter relation of rule 6: equal, or o against a or u.
bool keyLettersMatch(QChar query, QChar stored) {
    if (query == stored)
        return true;
    const char16_t q = query.unicode();
    const char16_t s = stored.unicode();
    if (q == u'o')
        return s == u'a' || s == u'u';
    if (s == u'o')
        return q == u'a' || q == u'u';
    return false;
}

} // namespace

bool wordMatches(QStringView query, QStringView stored, bool whole) {
    if (query.size() > stored.size() || (whole && query.size() != stored.size()))
        return false;
    for (qsizetype i = 0; i < query.size(); ++i) {
        if (!keyLettersMatch(query.at(i), stored.at(i)))
            return false;
    }
    return true;
}

bool matches(const QString &queryKey, const QString &storedKey) {
    const auto storedWords = QStringView(storedKey).split(u' ', Qt::SkipEmptyParts);
    for (const QStringView q : QStringView(queryKey).split(u' ', Qt::SkipEmptyParts)) {
        const bool found = std::any_of(storedWords.cbegin(), storedWords.cend(),
                                       [q](QStringView s) { return wordMatches(q, s); });
        if (!found)
            return false;
    }
    return true;
}

bool sameName(const QString &keyA, const QString &keyB) {
    const auto a = QStringView(keyA).split(u' ', Qt::SkipEmptyParts);
    const auto b = QStringView(keyB).split(u' ', Qt::SkipEmptyParts);
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!wordMatches(a.at(i), b.at(i), true))
            return false;
    }
    return true;
}

QString searchKeyGlob(const QString &queryWord) {
    QString pattern = QStringLiteral("* ");
    for (const QChar c : queryWord) {
        switch (c.unicode()) {
        case u'a':
            pattern += QStringLiteral("[ao]");
            break;
        case u'o':
            pattern += QStringLiteral("[aou]");
            break;
        case u'u':
            pattern += QStringLiteral("[ou]");
            break;
        case u'*':
        case u'?':
        case u'[':
        case u']':
            pattern += u'[';
            pattern += c;
            pattern += u']';
            break;
        default:
            pattern += c;
            break;
        }
    }
    pattern += u'*';
    return pattern;
}

QString searchSkeleton(const QString &key) {
    QString skeleton = key;
    for (QChar &c : skeleton) {
        if (c == u'a' || c == u'u')
            c = u'o';
    }
    return skeleton;
}

QString joinFullName(const QString &surname, const QString &givenNames, const QString &patronymic) {
    QStringList parts;
    for (const QString &part : {surname, givenNames, patronymic}) {
        const QString simplified = part.simplified();
        if (!simplified.isEmpty())
            parts << simplified;
    }
    return parts.join(u' ');
}

} // namespace qaytish::names
