#include "returnlisttexts.h"

#include "core/exportlog.h"

namespace qaytish::documents {

QStringList documentLanguages() {
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("uz"),
            QStringLiteral("uz-Cyrl")};
}

QString secondLanguage(const QString &language) {
    if (language == u"uz" || language == u"uz-Cyrl")
        return QStringLiteral("ru");
    if (language == u"ru")
        return QStringLiteral("uz");
    return {};
}

// The words follow the glossary (/docs: GLOSSARY) and the Uzbek Cyrillic follows the Latin
// letter by letter.
ReturnListTexts ReturnListTexts::in(const QString &language) {
    ReturnListTexts t;
    if (language == u"ru") {
        t.manifestTitle = QStringLiteral("Список на возвращение: список пассажиров");
        t.receptionTitle =
            QStringLiteral("Список на возвращение: для встречи в Республике Узбекистан");
        t.draft = QStringLiteral("ПРОЕКТ: список не утверждён");
        t.flight = QStringLiteral("Рейс");
        t.carrier = QStringLiteral("Авиакомпания");
        t.date = QStringLiteral("Дата");
        t.departure = QStringLiteral("Вылет");
        t.route = QStringLiteral("Маршрут");
        t.number = QStringLiteral("№");
        t.nameLatin = QStringLiteral("Ф.И.О. (латиница)");
        t.nameCyrillic = QStringLiteral("Ф.И.О. (кириллица)");
        t.birthDate = QStringLiteral("Дата рождения");
        t.sex = QStringLiteral("Пол");
        t.document = QStringLiteral("Документ");
        t.hostReference = QStringLiteral("Номер в стране пребывания");
        t.assistance = QStringLiteral("Помощь");
        t.pinfl = QStringLiteral("ПИНФЛ");
        t.regionDistrict = QStringLiteral("Область, район");
        t.receiver = QStringLiteral("Встречающий");
        t.male = QStringLiteral("М");
        t.female = QStringLiteral("Ж");
        t.certificate = QStringLiteral("Свидетельство на возвращение");
        t.passport = QStringLiteral("Паспорт");
        t.confirmed = QStringLiteral("подтвердил");
        t.totals = QStringLiteral("Всего пассажиров: %1; мужчин: %2; женщин: %3; "
                                  "несовершеннолетних (до 18 лет): %4.");
        t.escorts = QStringLiteral("Сопровождающие");
        t.noEscorts = QStringLiteral("нет");
        t.officer = QStringLiteral("Консульское должностное лицо");
        t.headOfMission = QStringLiteral("Глава представительства");
        t.signature = QStringLiteral("подпись");
        t.stamp = QStringLiteral("М.П.");
        t.page = QStringLiteral("Страница %1 из %2");
        t.madeBy = QStringLiteral("Подготовлено: %1, %2");
    } else if (language == u"uz") {
        t.manifestTitle = QStringLiteral("Qaytish roʻyxati: yoʻlovchilar roʻyxati");
        t.receptionTitle =
            QStringLiteral("Qaytish roʻyxati: Oʻzbekiston Respublikasida kutib olish uchun");
        t.draft = QStringLiteral("QORALAMA: roʻyxat tasdiqlanmagan");
        t.flight = QStringLiteral("Reys");
        t.carrier = QStringLiteral("Aviakompaniya");
        t.date = QStringLiteral("Sana");
        t.departure = QStringLiteral("Uchish");
        t.route = QStringLiteral("Yoʻnalish");
        t.number = QStringLiteral("№");
        t.nameLatin = QStringLiteral("F.I.Sh. (lotin)");
        t.nameCyrillic = QStringLiteral("F.I.Sh. (kirill)");
        t.birthDate = QStringLiteral("Tugʻilgan sana");
        t.sex = QStringLiteral("Jinsi");
        t.document = QStringLiteral("Hujjat");
        t.hostReference = QStringLiteral("Turgan davlatdagi raqami");
        t.assistance = QStringLiteral("Yordam");
        t.pinfl = QStringLiteral("JSHSHIR");
        t.regionDistrict = QStringLiteral("Viloyat, tuman");
        t.receiver = QStringLiteral("Kutib oluvchi");
        t.male = QStringLiteral("E");
        t.female = QStringLiteral("A");
        t.certificate = QStringLiteral("Qaytish guvohnomasi");
        t.passport = QStringLiteral("Pasport");
        t.confirmed = QStringLiteral("tasdiqlagan");
        t.totals = QStringLiteral("Jami yoʻlovchilar: %1; erkaklar: %2; ayollar: %3; "
                                  "voyaga yetmaganlar (18 yoshgacha): %4.");
        t.escorts = QStringLiteral("Kuzatib boruvchilar");
        t.noEscorts = QStringLiteral("yoʻq");
        t.officer = QStringLiteral("Konsullik mansabdor shaxsi");
        t.headOfMission = QStringLiteral("Muassasa rahbari");
        t.signature = QStringLiteral("imzo");
        t.stamp = QStringLiteral("M.Oʻ.");
        t.page = QStringLiteral("%2 sahifadan %1-sahifa");
        t.madeBy = QStringLiteral("Tayyorladi: %1, %2");
    } else if (language == u"uz-Cyrl") {
        t.manifestTitle = QStringLiteral("Қайтиш рўйхати: йўловчилар рўйхати");
        t.receptionTitle =
            QStringLiteral("Қайтиш рўйхати: Ўзбекистон Республикасида кутиб олиш учун");
        t.draft = QStringLiteral("ҚОРАЛАМА: рўйхат тасдиқланмаган");
        t.flight = QStringLiteral("Рейс");
        t.carrier = QStringLiteral("Авиакомпания");
        t.date = QStringLiteral("Сана");
        t.departure = QStringLiteral("Учиш");
        t.route = QStringLiteral("Йўналиш");
        t.number = QStringLiteral("№");
        t.nameLatin = QStringLiteral("Ф.И.Ш. (лотин)");
        t.nameCyrillic = QStringLiteral("Ф.И.Ш. (кирилл)");
        t.birthDate = QStringLiteral("Туғилган сана");
        t.sex = QStringLiteral("Жинси");
        t.document = QStringLiteral("Ҳужжат");
        t.hostReference = QStringLiteral("Турган давлатдаги рақами");
        t.assistance = QStringLiteral("Ёрдам");
        t.pinfl = QStringLiteral("ЖШШИР");
        t.regionDistrict = QStringLiteral("Вилоят, туман");
        t.receiver = QStringLiteral("Кутиб олувчи");
        t.male = QStringLiteral("Э");
        t.female = QStringLiteral("А");
        t.certificate = QStringLiteral("Қайтиш гувоҳномаси");
        t.passport = QStringLiteral("Паспорт");
        t.confirmed = QStringLiteral("тасдиқлаган");
        t.totals = QStringLiteral("Жами йўловчилар: %1; эркаклар: %2; аёллар: %3; "
                                  "вояга етмаганлар (18 ёшгача): %4.");
        t.escorts = QStringLiteral("Кузатиб борувчилар");
        t.noEscorts = QStringLiteral("йўқ");
        t.officer = QStringLiteral("Консуллик мансабдор шахси");
        t.headOfMission = QStringLiteral("Муассаса раҳбари");
        t.signature = QStringLiteral("имзо");
        t.stamp = QStringLiteral("М.Ў.");
        t.page = QStringLiteral("%2 саҳифадан %1-саҳифа");
        t.madeBy = QStringLiteral("Тайёрлади: %1, %2");
    } else {
        t.manifestTitle = QStringLiteral("Return list: passenger manifest");
        t.receptionTitle =
            QStringLiteral("Return list: for reception in the Republic of Uzbekistan");
        t.draft = QStringLiteral("DRAFT: the list is not final");
        t.flight = QStringLiteral("Flight");
        t.carrier = QStringLiteral("Carrier");
        t.date = QStringLiteral("Date");
        t.departure = QStringLiteral("Departure");
        t.route = QStringLiteral("Route");
        t.number = QStringLiteral("No.");
        t.nameLatin = QStringLiteral("Name (Latin)");
        t.nameCyrillic = QStringLiteral("Name (Cyrillic)");
        t.birthDate = QStringLiteral("Date of birth");
        t.sex = QStringLiteral("Sex");
        t.document = QStringLiteral("Travel document");
        t.hostReference = QStringLiteral("Host reference");
        t.assistance = QStringLiteral("Assistance");
        t.pinfl = QStringLiteral("PINFL");
        t.regionDistrict = QStringLiteral("Region, district");
        t.receiver = QStringLiteral("Received by");
        t.male = QStringLiteral("M");
        t.female = QStringLiteral("F");
        t.certificate = QStringLiteral("Certificate of Return");
        t.passport = QStringLiteral("Passport");
        t.confirmed = QStringLiteral("confirmed");
        t.totals = QStringLiteral("Passengers: %1; men: %2; women: %3; minors (under 18): %4.");
        t.escorts = QStringLiteral("Escorts");
        t.noEscorts = QStringLiteral("none");
        t.officer = QStringLiteral("Consular officer");
        t.headOfMission = QStringLiteral("Head of mission");
        t.signature = QStringLiteral("signature");
        t.stamp = QStringLiteral("Place for the stamp");
        t.page = QStringLiteral("Page %1 of %2");
        t.madeBy = QStringLiteral("Made by %1 on %2");
    }
    return t;
}

QString madeByLine(const QString &language, const ExportStamp &stamp) {
    return ReturnListTexts::in(language).madeBy.arg(stamp.user, stamp.documentTime());
}

} // namespace qaytish::documents
