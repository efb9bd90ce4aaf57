#include <QTest>

#include "core/names.h"

#include <algorithm>

using namespace qaytish;
using namespace Qt::StringLiterals;

namespace {

bool isPlainAscii(const QString &s) {
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// Sorts a copy by the given key function, as SQLite would sort the stored key column.
QStringList sortedBy(QStringList list, QString (*key)(const QString &)) {
    std::stable_sort(list.begin(), list.end(),
                     [key](const QString &a, const QString &b) { return key(a) < key(b); });
    return list;
}

QStringList reversed(QStringList list) {
    std::reverse(list.begin(), list.end());
    return list;
}

} // namespace

class TestNames : public QObject {
    Q_OBJECT

private slots:
    void apostrophes_data();
    void apostrophes();
    void apostropheVariants();

    void latinToCyrillicTable_data();
    void latinToCyrillicTable();
    void cyrillicToLatinTable_data();
    void cyrillicToLatinTable();
    void latinToCyrillicRules_data();
    void latinToCyrillicRules();
    void cyrillicToLatinRules_data();
    void cyrillicToLatinRules();

    void scripts_data();
    void scripts();

    void searchKeySpellingsMeet_data();
    void searchKeySpellingsMeet();
    void searchKeyKeepsNamesApart_data();
    void searchKeyKeepsNamesApart();
    void searchKeyPrefix_data();
    void searchKeyPrefix();
    void searchKeyForm_data();
    void searchKeyForm();

    void latinSortOrder();
    void latinSortKeyEquivalences_data();
    void latinSortKeyEquivalences();
    void cyrillicSortOrder();
    void cyrillicSortKeyEquivalences_data();
    void cyrillicSortKeyEquivalences();

    void joinFullName_data();
    void joinFullName();

private:
    static void nameTable();
};

void TestNames::apostrophes_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ascii after O") << u"O'tkir"_s << u"O\u02BBtkir"_s;
    QTest::newRow("left quote after G") << u"G\u2018ayrat"_s << u"G\u02BBayrat"_s;
    QTest::newRow("right quote after o") << u"ro\u2019yxat"_s << u"ro\u02BByxat"_s;
    QTest::newRow("backtick after g") << u"Ulug`bek"_s << u"Ulug\u02BBbek"_s;
    QTest::newRow("tutuq stays tutuq") << u"San'at"_s << u"San\u02BCat"_s;
    QTest::newRow("okina after n is a tutuq") << u"Ma\u02BBruf"_s << u"Ma\u02BCruf"_s;
    QTest::newRow("tutuq after o is an okina") << u"ko\u02BCz"_s << u"ko\u02BBz"_s;
    QTest::newRow("both in one word") << u"o'g'li"_s << u"o\u02BBg\u02BBli"_s;
    QTest::newRow("capitals") << u"O'G'IL"_s << u"O\u02BBG\u02BBIL"_s;
    QTest::newRow("apostrophe at start") << u"'Ali"_s << u"\u02BCAli"_s;
    QTest::newRow("nothing to do") << u"Shavkat"_s << u"Shavkat"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestNames::apostrophes() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString result = names::normalizeLatinApostrophes(input);
    QCOMPARE(result, expected);
    // An editor applies this while the officer types: the cursor must not move.
    QCOMPARE(result.size(), input.size());
}

void TestNames::apostropheVariants() {
    for (const QChar c : u"'\u2018\u2019`\u02BB\u02BC"_s)
        QVERIFY2(names::isApostropheVariant(c), qPrintable(QString(c)));
    for (const QChar c : u"\"-a\u00B4 "_s)
        QVERIFY2(!names::isApostropheVariant(c), qPrintable(QString(c)));
}

// Real Uzbek names (and a few words) that must survive the trip in both directions.
void TestNames::nameTable() {
    QTest::addColumn<QString>("latin");
    QTest::addColumn<QString>("cyrillic");

    const std::pair<QString, QString> table[] = {
        {u"Oʻtkir"_s, u"Ўткир"_s},
        {u"Gʻayrat"_s, u"Ғайрат"_s},
        {u"Shavkat"_s, u"Шавкат"_s},
        {u"Ergash"_s, u"Эргаш"_s},
        {u"Yelena"_s, u"Елена"_s},
        {u"Saida"_s, u"Саида"_s},
        {u"Dilnoza"_s, u"Дилноза"_s},
        {u"Qahramon"_s, u"Қаҳрамон"_s},
        {u"Xurshid"_s, u"Хуршид"_s},
        {u"Sanʼat"_s, u"Санъат"_s},
        {u"Muxammadjon"_s, u"Мухаммаджон"_s},
        {u"Shuhrat"_s, u"Шуҳрат"_s},
        {u"SHUHRAT"_s, u"ШУҲРАТ"_s},
        {u"OʻTKIR"_s, u"ЎТКИР"_s},
        {u"Abdullayev"_s, u"Абдуллаев"_s},
        {u"Joʻrayev"_s, u"Жўраев"_s},
        {u"Gʻulomov"_s, u"Ғуломов"_s},
        {u"Rahimov"_s, u"Раҳимов"_s},
        {u"Qodirov"_s, u"Қодиров"_s},
        {u"Yoʻldosh"_s, u"Йўлдош"_s},
        {u"Yulduz"_s, u"Юлдуз"_s},
        {u"Yashnar"_s, u"Яшнар"_s},
        {u"Doniyor"_s, u"Дониёр"_s},
        {u"Sayyora"_s, u"Сайёра"_s},
        {u"Chori"_s, u"Чори"_s},
        {u"Bekzod"_s, u"Бекзод"_s},
        {u"Feruza"_s, u"Феруза"_s},
        {u"Zuhra"_s, u"Зуҳра"_s},
        {u"Ulugʻbek"_s, u"Улуғбек"_s},
        {u"Oybek"_s, u"Ойбек"_s},
        {u"Jasur"_s, u"Жасур"_s},
        {u"Mahmud"_s, u"Маҳмуд"_s},
        {u"Sherzod"_s, u"Шерзод"_s},
        {u"Eldor"_s, u"Элдор"_s},
        {u"Eshmatov"_s, u"Эшматов"_s},
        {u"Vohid"_s, u"Воҳид"_s},
        {u"Temur"_s, u"Темур"_s},
        {u"Maʼruf"_s, u"Маъруф"_s},
        {u"Ibrohim"_s, u"Иброҳим"_s},
        {u"Oʻgʻiloy"_s, u"Ўғилой"_s},
        {u"Mirzayev"_s, u"Мирзаев"_s},
        {u"Isʼhoq"_s, u"Исҳоқ"_s},
        {u"Nodira"_s, u"Нодира"_s},
        {u"Ismoil"_s, u"Исмоил"_s},
        {u"Gʻofurov"_s, u"Ғофуров"_s},
        {u"Xolmirzayeva"_s, u"Холмирзаева"_s},
        {u"Toshkent"_s, u"Тошкент"_s},
        {u"Qaytish"_s, u"Қайтиш"_s},
        {u"roʻyxat"_s, u"рўйхат"_s},
        {u"Abdullayev Aziz Shavkat oʻgʻli"_s, u"Абдуллаев Азиз Шавкат ўғли"_s},
    };
    for (const auto &[latin, cyrillic] : table)
        QTest::newRow(qPrintable(latin)) << latin << cyrillic;
}

void TestNames::latinToCyrillicTable_data() {
    nameTable();
}

void TestNames::latinToCyrillicTable() {
    QFETCH(QString, latin);
    QFETCH(QString, cyrillic);
    QCOMPARE(names::latinToCyrillic(latin), cyrillic);
}

void TestNames::cyrillicToLatinTable_data() {
    nameTable();
}

void TestNames::cyrillicToLatinTable() {
    QFETCH(QString, latin);
    QFETCH(QString, cyrillic);
    QCOMPARE(names::cyrillicToLatin(cyrillic), latin);
}

// Latin -> Cyrillic in cases that do not come back the same way.
void TestNames::latinToCyrillicRules_data() {
    QTest::addColumn<QString>("latin");
    QTest::addColumn<QString>("expected");

    QTest::newRow("typed apostrophe in oʻ") << u"O'tkir"_s << u"Ўткир"_s;
    QTest::newRow("typed right quote in gʻ") << u"G’ayrat"_s << u"Ғайрат"_s;
    QTest::newRow("typed apostrophe as tutuq") << u"San'at"_s << u"Санъат"_s;
    QTest::newRow("e after a vowel is э") << u"Abdullaev"_s << u"Абдуллаэв"_s;
    QTest::newRow("e at word start is э") << u"Elmira"_s << u"Элмира"_s;
    QTest::newRow("ye after a consonant") << u"obyekt"_s << u"объект"_s;
    QTest::newRow("yo before ʻ is й + ў") << u"yoʻl"_s << u"йўл"_s;
    QTest::newRow("all capitals") << u"GʻAYRAT QODIROV"_s << u"ҒАЙРАТ ҚОДИРОВ"_s;
    QTest::newRow("ng is н + г") << u"Mingboy"_s << u"Мингбой"_s;
    QTest::newRow("digits and punctuation pass") << u"Aziz, 2-uy"_s << u"Азиз, 2-уй"_s;
    QTest::newRow("Cyrillic passes") << u"Азиз"_s << u"Азиз"_s;
}

void TestNames::latinToCyrillicRules() {
    QFETCH(QString, latin);
    QFETCH(QString, expected);
    QCOMPARE(names::latinToCyrillic(latin), expected);
}

// Cyrillic -> Latin, including Russian letters and spellings.
void TestNames::cyrillicToLatinRules_data() {
    QTest::addColumn<QString>("cyrillic");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ц is ts") << u"Цой"_s << u"Tsoy"_s;
    QTest::newRow("ц in capitals") << u"ЦОЙ"_s << u"TSOY"_s;
    QTest::newRow("ь before и gives y") << u"Ильин"_s << u"Ilyin"_s;
    QTest::newRow("ь before я gives y") << u"Дарья"_s << u"Darya"_s;
    QTest::newRow("ь before е gives y") << u"Васильевич"_s << u"Vasilyevich"_s;
    QTest::newRow("ъ before е gives y") << u"Объект"_s << u"Obyekt"_s;
    QTest::newRow("ь elsewhere dropped") << u"Игорь"_s << u"Igor"_s;
    QTest::newRow("ъ elsewhere is the tutuq") << u"Маъмура"_s << u"Maʼmura"_s;
    QTest::newRow("е after a vowel is ye") << u"Сергеевич"_s << u"Sergeyevich"_s;
    QTest::newRow("е after a consonant is e") << u"Бекмуродов"_s << u"Bekmurodov"_s;
    QTest::newRow("ы is i") << u"Кадыров"_s << u"Kadirov"_s;
    QTest::newRow("щ is sh") << u"Щукин"_s << u"Shukin"_s;
    QTest::newRow("Russian х is x") << u"Рахимов"_s << u"Raximov"_s;
    QTest::newRow("ё is yo") << u"Ёқубов"_s << u"Yoqubov"_s;
    QTest::newRow("one capital letter") << u"Ш. Ш."_s << u"Sh. Sh."_s;
    QTest::newRow("capital digraph before lower case") << u"ЧОРИ Чори"_s << u"CHORI Chori"_s;
    QTest::newRow("Latin and digits pass") << u"Aziz 5"_s << u"Aziz 5"_s;
}

void TestNames::cyrillicToLatinRules() {
    QFETCH(QString, cyrillic);
    QFETCH(QString, expected);
    QCOMPARE(names::cyrillicToLatin(cyrillic), expected);
}

void TestNames::scripts_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("cyrillic");
    QTest::addColumn<bool>("latin");

    QTest::newRow("Latin") << u"Oʻtkir"_s << false << true;
    QTest::newRow("Cyrillic") << u"Ўткир"_s << true << false;
    QTest::newRow("Uzbek letter only") << u"ғ"_s << true << false;
    QTest::newRow("one Cyrillic А among Latin") << u"Аziz"_s << true << true;
    QTest::newRow("accented Latin") << u"Müller"_s << false << true;
    QTest::newRow("apostrophes and digits only") << u"ʻʼ' 123-"_s << false << false;
    QTest::newRow("empty") << QString() << false << false;
}

void TestNames::scripts() {
    QFETCH(QString, text);
    QFETCH(bool, cyrillic);
    QFETCH(bool, latin);
    QCOMPARE(names::hasCyrillic(text), cyrillic);
    QCOMPARE(names::hasLatin(text), latin);
}

void TestNames::searchKeySpellingsMeet_data() {
    QTest::addColumn<QStringList>("spellings");

    // DOMAIN.md's examples first, then the same rules on other names.
    QTest::newRow("Abdullayev") << QStringList{u"Abdullayev"_s, u"Abdullaev"_s, u"Абдуллаев"_s,
                                               u"ABDULLAYEV"_s, u"Abdulayev"_s};
    QTest::newRow("Rahimov") << QStringList{u"Rahimov"_s, u"Rakhimov"_s, u"Раҳимов"_s, u"Рахимов"_s,
                                            u"Raximov"_s};
    QTest::newRow("Gʻulomov") << QStringList{u"Gʻulomov"_s, u"G'ulomov"_s, u"G‘ulomov"_s,
                                             u"Gulomov"_s,  u"Ғуломов"_s,  u"Гуломов"_s,
                                             u"Ghulomov"_s, u"GULOMOV"_s};
    QTest::newRow("Joʻrayev") << QStringList{u"Joʻrayev"_s, u"Juraev"_s,  u"Жўраев"_s,
                                             u"Джураев"_s,  u"Djuraev"_s, u"Dzhuraev"_s,
                                             u"Zhuraev"_s,  u"Jo`rayev"_s};
    QTest::newRow("Qodirov") << QStringList{u"Qodirov"_s, u"Kadyrov"_s, u"Кадыров"_s, u"Қодиров"_s,
                                            u"Kadirov"_s};
    QTest::newRow("Rahmonov") << QStringList{u"Rahmonov"_s, u"Рахманов"_s, u"Rakhmanov"_s,
                                             u"Раҳмонов"_s};
    QTest::newRow("Oʻtkir") << QStringList{u"Oʻtkir"_s, u"O'tkir"_s, u"Utkir"_s,
                                           u"Ўткир"_s,  u"Уткир"_s,  u"Ötkir"_s};
    QTest::newRow("Xurshid") << QStringList{u"Xurshid"_s, u"Khurshid"_s, u"Hurshid"_s, u"Хуршид"_s,
                                            u"Ҳуршид"_s};
    QTest::newRow("Shuhrat") << QStringList{u"Shuhrat"_s, u"Shukhrat"_s, u"ШУҲРАТ"_s, u"Шухрат"_s,
                                            u"Şuhrat"_s};
    QTest::newRow("Muhammad") << QStringList{u"Muhammad"_s, u"Mukhammad"_s, u"Muxammad"_s,
                                             u"Мухаммад"_s, u"Муҳаммад"_s};
    QTest::newRow("Yoqubov ya/ia")
        << QStringList{u"Yoqubov"_s, u"Yakubov"_s, u"Iakubov"_s, u"Ёқубов"_s, u"Якубов"_s};
    QTest::newRow("Yusupov yu/iu") << QStringList{u"Yusupov"_s, u"Iusupov"_s, u"Юсупов"_s};
    QTest::newRow("Yelena ye/e") << QStringList{u"Yelena"_s, u"Elena"_s, u"Елена"_s};
    QTest::newRow("Aliyev yev/ev") << QStringList{u"Aliyev"_s, u"Aliev"_s, u"Алиев"_s};
    QTest::newRow("Vasilyevich ье")
        << QStringList{u"Vasilyevich"_s, u"Vasilevich"_s, u"Васильевич"_s};
    QTest::newRow("Dmitriy i/y") << QStringList{u"Dmitriy"_s, u"Dmitry"_s, u"Дмитрий"_s};
    QTest::newRow("Tsoy ts/ц") << QStringList{u"Tsoy"_s, u"Tsoi"_s, u"Цой"_s};
    QTest::newRow("Ahmadjon dj/j")
        << QStringList{u"Ahmadjon"_s, u"Akhmadzhon"_s, u"Ахмаджон"_s, u"Ahmajon"_s};
    QTest::newRow("Isʼhoq tutuq") << QStringList{u"Isʼhoq"_s, u"Is'hoq"_s, u"Ishoq"_s, u"Исҳоқ"_s};
    QTest::newRow("Sanʼat tutuq") << QStringList{u"Sanʼat"_s, u"San'at"_s, u"Sanat"_s, u"Санъат"_s};
    QTest::newRow("full name") << QStringList{u"Abdullayev Aziz"_s, u"  ABDULLAEV,  AZIZ "_s,
                                              u"Абдуллаев Азиз"_s};
}

void TestNames::searchKeySpellingsMeet() {
    QFETCH(QStringList, spellings);
    // Since SearchKeyVersion 2 the key keeps a, o, u apart and sameName() relates them
    // (o ~ a, o ~ u): Rahmonov and Рахманов meet without having equal keys.
    const QString expected = names::searchKey(spellings.first());
    QVERIFY(!expected.isEmpty());
    for (const QString &spelling : spellings) {
        const QString key = names::searchKey(spelling);
        QVERIFY2(names::sameName(key, expected) && names::sameName(expected, key),
                 qPrintable(
                     u"%1 -> %2, but %3 -> %4"_s.arg(spelling, key, spellings.first(), expected)));
    }
}

void TestNames::searchKeyKeepsNamesApart_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");

    QTest::newRow("Karimov Kamolov") << u"Karimov"_s << u"Kamolov"_s;
    QTest::newRow("Karimov Qosimov") << u"Karimov"_s << u"Qosimov"_s;
    QTest::newRow("Kamolov Qosimov") << u"Kamolov"_s << u"Qosimov"_s;
    QTest::newRow("Aliyev Olimov") << u"Aliyev"_s << u"Olimov"_s;
    QTest::newRow("Jafar Zafar") << u"Jafar"_s << u"Zafar"_s;
    QTest::newRow("Sherzod Shahzod") << u"Sherzod"_s << u"Shahzod"_s;
    QTest::newRow("Aziz Azim") << u"Aziz"_s << u"Azim"_s;
    QTest::newRow("Yusuf Yunus") << u"Yusuf"_s << u"Yunus"_s;
    QTest::newRow("Bobur Bobir") << u"Bobur"_s << u"Bobir"_s;
    QTest::newRow("Sardor Sarvar") << u"Sardor"_s << u"Sarvar"_s;
    QTest::newRow("Ilhom Islom") << u"Ilhom"_s << u"Islom"_s;
    QTest::newRow("Murod Murat") << u"Murod"_s << u"Murat"_s;
    QTest::newRow("Nodir Nodira") << u"Nodir"_s << u"Nodira"_s;
    QTest::newRow("Shavkat Savkat") << u"Shavkat"_s << u"Savkat"_s;
    QTest::newRow("Cyrillic Ғани Ҳани") << u"Ғани"_s << u"Ҳани"_s;
    QTest::newRow("word order") << u"Aziz Vali"_s << u"Vali Aziz"_s;
    QTest::newRow("Hasan Husan") << u"Hasan"_s << u"Husan"_s;
    QTest::newRow("Marat Murat") << u"Marat"_s << u"Murat"_s;
    QTest::newRow("Xasanov Хусанов") << u"Xasanov"_s << u"Хусанов"_s;
}

void TestNames::searchKeyKeepsNamesApart() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    const QString keyA = names::searchKey(a);
    const QString keyB = names::searchKey(b);
    QVERIFY2(!names::sameName(keyA, keyB) && !names::sameName(keyB, keyA),
             qPrintable(u"%1 (%2) and %3 (%4) meet"_s.arg(a, keyA, b, keyB)));
}

// A search box matches stored keys by prefix (names::matches()), so the key of what has been
// typed so far must match the beginning of the key of the whole name. Known exception,
// because a rule looks ahead at a letter not typed yet: a prefix ending in the y or i of a
// glide ("Abdullay": the e that drops the y is still missing). Since SearchKeyVersion 2 the
// o of oʻ before the ʻ ("Jo") is no longer one: o matches u.
void TestNames::searchKeyPrefix_data() {
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("name");

    QTest::newRow("Abdul") << u"Abdul"_s << u"Abdullayev"_s;
    QTest::newRow("Abdull") << u"Abdull"_s << u"Abdullayev"_s;
    QTest::newRow("Abdullaye") << u"Abdullaye"_s << u"Abdullayev"_s;
    QTest::newRow("Абдул in Latin") << u"Абдул"_s << u"Abdullayev"_s;
    QTest::newRow("Rah") << u"Rah"_s << u"Rahimov"_s;
    QTest::newRow("Rak before kh") << u"Rak"_s << u"Rakhimov"_s;
    QTest::newRow("Рах") << u"Рах"_s << u"Раҳимов"_s;
    QTest::newRow("K before kh") << u"K"_s << u"Khurshid"_s;
    QTest::newRow("Qod") << u"Qod"_s << u"Kadyrov"_s;
    QTest::newRow("Кад") << u"Кад"_s << u"Qodirov"_s;
    QTest::newRow("G' typed") << u"G'"_s << u"Gʻulomov"_s;
    QTest::newRow("G'u") << u"G'u"_s << u"Gʻulomov"_s;
    QTest::newRow("Ғул") << u"Ғул"_s << u"Gulomov"_s;
    QTest::newRow("Жў") << u"Жў"_s << u"Joʻrayev"_s;
    QTest::newRow("D before dj") << u"D"_s << u"Джураев"_s;
    QTest::newRow("S before sh") << u"S"_s << u"Shavkat"_s;
    QTest::newRow("Sh") << u"Sh"_s << u"Шавкат"_s;
    QTest::newRow("Muh") << u"Muh"_s << u"Muhammad"_s;
    QTest::newRow("Ali") << u"Ali"_s << u"Aliyev"_s;
    QTest::newRow("Aliy") << u"Aliy"_s << u"Aliyev"_s;
    QTest::newRow("Ahmad") << u"Ahmad"_s << u"Ahmadjon"_s;
    QTest::newRow("Ўт") << u"Ўт"_s << u"Oʻtkir"_s;
    QTest::newRow("Jo before the ʻ") << u"Jo"_s << u"Joʻrayev"_s;
    QTest::newRow("MRZ JORAEV") << u"JORAEV"_s << u"Жўраев"_s;
    QTest::newRow("second word") << u"Abdullayev A"_s << u"Abdullayev Aziz"_s;
}

void TestNames::searchKeyPrefix() {
    QFETCH(QString, prefix);
    QFETCH(QString, name);
    const QString prefixKey = names::searchKey(prefix);
    const QString nameKey = names::searchKey(name);
    QVERIFY(!prefixKey.isEmpty());
    QVERIFY2(
        names::matches(prefixKey, nameKey),
        qPrintable(u"%1 -> %2 does not begin %3 -> %4"_s.arg(prefix, prefixKey, name, nameKey)));
}

void TestNames::searchKeyForm_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("words and separators")
        << u"  Abdullayev,  Aziz-Bek "_s << u"abdulaev aziz bek"_s;
    QTest::newRow("capitals") << u"ШУҲРАТ"_s << u"shukhrat"_s;
    QTest::newRow("oʻ gʻ") << u"O'g'li"_s << u"ugli"_s;
    QTest::newRow("accents dropped") << u"Müller"_s << u"muler"_s;
    QTest::newRow("digits kept") << u"Ali 2"_s << u"ali 2"_s;
    QTest::newRow("only punctuation") << u" -, ' "_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestNames::searchKeyForm() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString key = names::searchKey(text);
    QCOMPARE(key, expected);
    QVERIFY(isPlainAscii(key));
    QCOMPARE(key, key.toLower());
    QVERIFY(!key.contains(u"  "_s));
    QVERIFY(!key.startsWith(u' ') && !key.endsWith(u' '));
}

void TestNames::latinSortOrder() {
    // Digits first, a word separator before any letter, then a..z, then oʻ gʻ sh ch.
    const QStringList expected{
        u"2025"_s,    u"Ali"_s,     u"Ali Vali"_s, u"Alia"_s,    u"Bobur"_s,
        u"Cecilia"_s, u"Dilnoza"_s, u"Gulnora"_s,  u"Hamid"_s,   u"Isʼhoq"_s,
        u"Islom"_s,   u"Ishonch"_s, u"Nodira"_s,   u"Oybek"_s,   u"Qahramon"_s,
        u"Sardor"_s,  u"Suxrob"_s,  u"Xurshid"_s,  u"Yulduz"_s,  u"Zokir"_s,
        u"O'ktam"_s,  u"Oʻtkir"_s,  u"Gʻayrat"_s,  u"Shavkat"_s, u"Chori"_s,
    };
    QCOMPARE(sortedBy(reversed(expected), names::latinSortKey), expected);

    // The tail of the alphabet on its own: z < oʻ < gʻ < sh < ch.
    const QStringList tail{u"z"_s, u"oʻ"_s, u"gʻ"_s, u"sh"_s, u"ch"_s};
    QCOMPARE(sortedBy(reversed(tail), names::latinSortKey), tail);

    for (const QString &name : expected) {
        const QString key = names::latinSortKey(name);
        QVERIFY2(isPlainAscii(key), qPrintable(name)); // SQLite compares bytes
    }
}

void TestNames::latinSortKeyEquivalences_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");

    QTest::newRow("case") << u"SHAVKAT"_s << u"shavkat"_s;
    QTest::newRow("apostrophe variants") << u"O`tkir"_s << u"Oʻtkir"_s;
    QTest::newRow("right quote") << u"G’ayrat"_s << u"Gʻayrat"_s;
    QTest::newRow("surrounding and double spaces") << u"  Ali   Vali "_s << u"Ali Vali"_s;
    QTest::newRow("tutuq ignored") << u"Sanʼat"_s << u"Sanat"_s;
}

void TestNames::latinSortKeyEquivalences() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(names::latinSortKey(a), names::latinSortKey(b));
}

void TestNames::cyrillicSortOrder() {
    // The Russian alphabet, then ў қ ғ ҳ (not next to у к г х as QCollator puts them).
    const QStringList expected{
        u"2025"_s,     u"Али"_s,    u"Али Вали"_s, u"Алия"_s,   u"Бобур"_s,   u"Гулнора"_s,
        u"Дилноза"_s,  u"Елена"_s,  u"Ёқуб"_s,     u"Жасур"_s,  u"Зокир"_s,   u"Исмоил"_s,
        u"Йўлдош"_s,   u"Комил"_s,  u"Умид"_s,     u"Хуршид"_s, u"Цой"_s,     u"Чори"_s,
        u"Шавкат"_s,   u"Щукин"_s,  u"Эргаш"_s,    u"Юлдуз"_s,  u"Ярослав"_s, u"Ўткир"_s,
        u"Қаҳрамон"_s, u"Ғайрат"_s, u"Ҳамид"_s,
    };
    QCOMPARE(sortedBy(reversed(expected), names::cyrillicSortKey), expected);

    const QStringList tail{u"э"_s, u"ю"_s, u"я"_s, u"ў"_s, u"қ"_s, u"ғ"_s, u"ҳ"_s};
    QCOMPARE(sortedBy(reversed(tail), names::cyrillicSortKey), tail);

    for (const QString &name : expected)
        QVERIFY2(isPlainAscii(names::cyrillicSortKey(name)), qPrintable(name));
}

void TestNames::cyrillicSortKeyEquivalences_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");

    QTest::newRow("case") << u"ҒАЙРАТ"_s << u"ғайрат"_s;
    QTest::newRow("spaces") << u" Али  Вали "_s << u"Али Вали"_s;
}

void TestNames::cyrillicSortKeyEquivalences() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(names::cyrillicSortKey(a), names::cyrillicSortKey(b));
}

void TestNames::joinFullName_data() {
    QTest::addColumn<QString>("surname");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("patronymic");
    QTest::addColumn<QString>("expected");

    QTest::newRow("all parts") << u"Abdullayev"_s << u"Aziz"_s << u"Shavkat oʻgʻli"_s
                               << u"Abdullayev Aziz Shavkat oʻgʻli"_s;
    QTest::newRow("no patronymic")
        << u"Abdullayev"_s << u"Aziz"_s << QString() << u"Abdullayev Aziz"_s;
    QTest::newRow("no given names")
        << u"Abdullayev"_s << u" "_s << u"Shavkatovich"_s << u"Abdullayev Shavkatovich"_s;
    QTest::newRow("stray spaces") << u" Abdullayev "_s << u"Aziz  Bek"_s << QString()
                                  << u"Abdullayev Aziz Bek"_s;
    QTest::newRow("nothing") << QString() << QString() << QString() << QString();
}

void TestNames::joinFullName() {
    QFETCH(QString, surname);
    QFETCH(QString, given);
    QFETCH(QString, patronymic);
    QFETCH(QString, expected);
    QCOMPARE(names::joinFullName(surname, given, patronymic), expected);
}

QTEST_GUILESS_MAIN(TestNames)
#include "tst_names.moc"
