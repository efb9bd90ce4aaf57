#include "csvimport.h"

#include "duplicates.h"

#include "caserepository.h"
#include "changewriter.h"
#include "database.h"
#include "dates.h"
#include "names.h"
#include "pipeline.h"
#include "validation.h"

#include <QFileInfo>
#include <QIODevice>
#include <QSqlQuery>

namespace qaytish {

namespace {

const QString FullName = QStringLiteral("full_name");
const QString CaseRefField = QStringLiteral("case_ref");
const QString StatusField = QStringLiteral("status");
// Who exported a file of Qaytish's and when (CsvExporter::attributionColumns()): known, so
// that a file exported here imports without unknown columns, and never imported.
const QString ExportedByField = QStringLiteral("exported_by");
const QString ExportedAtField = QStringLiteral("exported_at");

// Headers compared without case, spaces, underscores, dashes, dots, brackets and
// apostrophes: "Date of birth", "date_of_birth" and "DATE OF BIRTH" are one.
QString headerKey(const QString &header) {
    QString out;
    const QString folded = header.toCaseFolded();
    for (QChar c : folded) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.' || c == u'(' || c == u')' ||
            c == u'"' || names::isApostropheVariant(c) || c == QChar(0x02BB) ||
            c == QChar(0x02BC) || c == QChar(0xFEFF))
            continue;
        out += c == QChar(0x0451) ? QChar(0x0435) : c; // ё as е
    }
    return out;
}

const QHash<QString, QString> &headerTable() {
    static const QHash<QString, QString> table = [] {
        const QList<std::pair<const char *, QList<const char *>>> aliases = {
            {"surname",
             {"surname", "last name", "family name", "surname latin", "Фамилия", "Familiya",
              "Familiyasi", "Фамилияси", "Фамилия (латиница)", "Familiya (lotin)"}},
            {"given_names",
             {"given names", "given name", "first name", "first names", "forename", "forenames",
              "given names latin", "Имя", "Ism", "Ismi", "Исм", "Исми", "Имя (латиница)"}},
            {"patronymic",
             {"patronymic", "middle name", "father's name", "patronymic latin", "Отчество",
              "Otasining ismi", "Отасининг исми", "Sharifi", "Шарифи", "Otchestvo"}},
            {"surname_cyrillic",
             {"surname cyrillic", "surname (cyrillic)", "Фамилия (кириллица)", "Фамилия кириллицей",
              "Familiya (kirill)", "Фамилия (кирилл)", "Familiyasi (kirill)",
              "Фамилияси (кирилл)"}},
            {"given_names_cyrillic",
             {"given names cyrillic", "given names (cyrillic)", "first name (cyrillic)",
              "Имя (кириллица)", "Имя кириллицей", "Ism (kirill)", "Исм (кирилл)", "Ismi (kirill)",
              "Исми (кирилл)"}},
            {"patronymic_cyrillic",
             {"patronymic cyrillic", "patronymic (cyrillic)", "Отчество (кириллица)",
              "Отчество кириллицей", "Otasining ismi (kirill)", "Отасининг исми (кирилл)",
              "Sharifi (kirill)", "Шарифи (кирилл)"}},
            {"full_name",
             {"full name", "name", "Surname, Given Names", "Surname, Given Names, Patronymic",
              "Last name, First name", "ФИО", "Ф.И.О.", "Фамилия, имя", "Фамилия, имя, отчество",
              "Полное имя", "F.I.Sh.", "FISh", "Ф.И.Ш.", "ФИШ", "Familiya, ism",
              "Familiya, ism, sharif", "Фамилия, исм", "Toʻliq ism", "Тўлиқ исм"}},
            {"sex", {"sex", "gender", "Пол", "Jinsi", "Жинси", "Jins", "Жинс"}},
            {"birth_date",
             {"birth date", "date of birth", "DOB", "birthdate", "born", "Дата рождения",
              "Tugʻilgan sana", "Tugʻilgan sanasi", "Туғилган сана", "Туғилган санаси"}},
            {"birth_place",
             {"birth place", "place of birth", "Место рождения", "Tugʻilgan joyi", "Tugʻilgan joy",
              "Туғилган жойи", "Туғилган жой"}},
            {"nationality",
             {"nationality", "citizenship", "country of citizenship", "Гражданство", "Fuqaroligi",
              "Fuqarolik", "Фуқаролиги", "Фуқаролик"}},
            {"passport_number",
             {"passport number", "passport", "passport no", "passport #", "document number",
              "Номер паспорта", "Паспорт", "Паспорт №", "Pasport raqami", "Pasport",
              "Паспорт рақами"}},
            {"passport_expiry",
             {"passport expiry", "passport expiry date", "passport_expiry_date", "passport expires",
              "expiry date", "date of expiry", "Срок действия паспорта", "Паспорт действителен до",
              "Pasport amal qilish muddati", "Amal qilish muddati", "Паспорт амал қилиш муддати",
              "Амал қилиш муддати"}},
            {"pinfl", {"pinfl", "ПИНФЛ", "JShShIR", "ЖШШИР", "personal number"}},
            {"host_reference",
             {"host reference", "A-number", "A number", "alien number", "A#", "A-#",
              "alien registration number", "Номер A", "A-номер", "A-raqam", "A-рақам"}},
            {"visa_class",
             {"visa class", "visa", "visa type", "Виза", "Тип визы", "Класс визы", "Viza",
              "Viza turi", "Виза тури"}},
            {"entry_date",
             {"entry date", "date of entry", "date of last entry", "Дата въезда", "Kirish sanasi",
              "Kirgan sana", "Кириш санаси", "Кирган сана"}},
            {"authorized_until",
             {"authorized until", "authorised until", "admit until", "admit until date", "I-94",
              "I-94 admit until", "Разрешено до", "Пребывание разрешено до", "Ruxsat muddati",
              "Ruxsat etilgan muddat", "Рухсат муддати", "Рухсат этилган муддат"}},
            {"facility",
             {"facility", "detention facility", "Учреждение", "Место содержания", "Muassasa",
              "Saqlash joyi", "Муассаса", "Сақлаш жойи"}},
            {"phone",
             {"phone", "telephone", "phone number", "contact", "contact abroad", "contact_abroad",
              "Телефон", "Контакт", "Telefon", "Telefon raqami", "Телефон рақами"}},
            {"notes",
             {"notes", "note", "remarks", "comments", "Примечания", "Примечание", "Комментарий",
              "Заметки", "Izoh", "Izohlar", "Изоҳ", "Изоҳлар", "Eslatma", "Eslatmalar", "Эслатма",
              "Эслатмалар"}},
            {"case_ref", {"case ref", "case reference", "Номер дела", "Ish raqami", "Иш рақами"}},
            {"status", {"status", "Статус", "Holat", "Ҳолат"}},
            {"exported_by", {"exported by"}},
            {"exported_at", {"exported at"}},
        };
        QHash<QString, QString> t;
        for (const auto &[field, list] : aliases) {
            const QString key = QString::fromLatin1(field);
            t.insert(headerKey(key), key);
            for (const char *alias : list)
                t.insert(headerKey(QString::fromUtf8(alias)), key);
        }
        return t;
    }();
    return table;
}

bool isNotImported(const QString &field) {
    return field == CaseRefField || field == StatusField || field == ExportedByField ||
           field == ExportedAtField;
}

struct Converted {
    CaseRecord record;
    PreparedCase prepared; // the record as it is written, when it has no problem
    QStringList problems;
    bool ambiguousDate = false;
    QString ambiguousText;
};

// Turns the cells of one row into a case, as far as they go.
class RowConverter {
public:
    RowConverter(const QList<CsvColumn> &columns, DateOrder order)
        : m_columns(columns)
        , m_order(order) {}

    // `derive`: compute the values of the rows to write (not needed for a preview).
    Converted convert(const QStringList &cells, const QDate &today, bool derive = false) const {
        Converted out;
        CaseRecord &r = out.record;
        PersonRecord &p = r.person;
        if (cells.size() > m_columns.size()) {
            for (qsizetype i = m_columns.size(); i < cells.size(); ++i) {
                if (!cells.at(i).trimmed().isEmpty()) {
                    out.problems << CsvImporter::tr("The row has %1 fields, but the header has %2.")
                                        .arg(cells.size())
                                        .arg(m_columns.size());
                    break;
                }
            }
        }
        QString fullName;
        auto date = [&](const QString &field, const QString &text) -> QDate {
            CsvImporter::DateProblem problem = CsvImporter::DateProblem::None;
            const std::optional<QDate> d = CsvImporter::parseDate(text, m_order, &problem);
            if (problem == CsvImporter::DateProblem::Ambiguous) {
                out.ambiguousDate = true;
                out.ambiguousText = text.trimmed();
            } else if (problem == CsvImporter::DateProblem::Invalid) {
                out.problems << QStringLiteral("%1: %2").arg(
                    field, CsvImporter::tr("“%1” is not a date (write 30.04.2025 or 2025-04-30).")
                               .arg(text.trimmed()));
            }
            return d.value_or(QDate());
        };
        // A name column may hold Cyrillic: it then fills the Cyrillic field, and the Latin
        // spelling is left for the officer (a transliteration is never stored by itself).
        auto name = [](const QString &value, QString &latin, QString &cyrillic) {
            if (names::hasCyrillic(value) && !names::hasLatin(value))
                cyrillic = value;
            else
                latin = value;
        };
        for (const CsvColumn &column : m_columns) {
            if (column.field.isEmpty() || isNotImported(column.field))
                continue;
            const QString value = column.index < cells.size()
                                      ? CsvImporter::unescapeCell(cells.at(column.index))
                                      : QString();
            if (value.trimmed().isEmpty())
                continue;
            const QString &f = column.field;
            if (f == u"surname")
                name(value, p.surname, p.surnameCyrillic);
            else if (f == u"given_names")
                name(value, p.givenNames, p.givenNamesCyrillic);
            else if (f == u"patronymic")
                name(value, p.patronymic, p.patronymicCyrillic);
            else if (f == u"surname_cyrillic")
                p.surnameCyrillic = value;
            else if (f == u"given_names_cyrillic")
                p.givenNamesCyrillic = value;
            else if (f == u"patronymic_cyrillic")
                p.patronymicCyrillic = value;
            else if (f == FullName)
                fullName = value;
            else if (f == u"sex")
                p.sex = CsvImporter::parseSex(value).value_or(value.trimmed());
            else if (f == u"birth_date")
                p.birthDate = date(f, value);
            else if (f == u"birth_place")
                p.birthPlace = value;
            else if (f == u"nationality")
                p.nationality = value;
            else if (f == u"passport_number")
                p.passportNumber = value;
            else if (f == u"passport_expiry")
                p.passportExpiryDate = date(f, value);
            else if (f == u"pinfl")
                p.pinfl = value;
            else if (f == u"host_reference")
                r.hostReference = value;
            else if (f == u"visa_class")
                r.visaClass = value;
            else if (f == u"entry_date")
                r.entryDate = date(f, value);
            else if (f == u"authorized_until") {
                QString ds = value;
                ds.remove(u' ');
                if (ds.compare(QStringLiteral("D/S"), Qt::CaseInsensitive) == 0)
                    r.durationOfStatus = true;
                else
                    r.authorizedUntil = date(f, value);
            } else if (f == u"facility") {
                r.facility = value;
                r.custody = QStringLiteral("detained"); // a facility means detention
            } else if (f == u"phone")
                p.contactAbroad = value;
            else if (f == u"notes")
                r.notes = value;
        }
        if (!fullName.isEmpty()) {
            const auto split = CsvImporter::splitFullName(fullName);
            if (!split) {
                out.problems << QStringLiteral("%1: %2").arg(
                    FullName,
                    CsvImporter::tr("“%1” has no comma between the surname and the given names.")
                        .arg(fullName.trimmed()));
            } else if (names::hasCyrillic(fullName) && !names::hasLatin(fullName)) {
                if (p.surnameCyrillic.isEmpty())
                    p.surnameCyrillic = split->first;
                if (p.givenNamesCyrillic.isEmpty())
                    p.givenNamesCyrillic = split->second;
            } else {
                if (p.surname.isEmpty())
                    p.surname = split->first;
                if (p.givenNames.isEmpty())
                    p.givenNames = split->second;
            }
        }
        out.prepared = CaseRepository::prepareCase(r, today, derive && out.problems.isEmpty());
        r = out.prepared.record;
        for (const ValidationIssue &issue : std::as_const(out.prepared.issues)) {
            if (issue.isError())
                out.problems << QStringLiteral("%1: %2").arg(issue.field, issue.message);
        }
        return out;
    }

private:
    QList<CsvColumn> m_columns;
    DateOrder m_order;
};

QString displayName(const CsvImportOptions &options) {
    return options.fileName.isEmpty() ? CsvImporter::tr("the file") : options.fileName;
}

Error fileError(const CsvImportOptions &options, const QString &message, qint64 line = 0) {
    return Error::inFile(ErrorKind::BadInput, message, options.fileName, int(line));
}

Error ambiguousError(const CsvImportOptions &options, qint64 line, const QString &text) {
    return fileError(
        options,
        CsvImporter::tr("The file writes dates with slashes (“%1” on line %2), which can be read "
                        "day first or month first. Nothing was imported: choose the date "
                        "format (%3, %4 or %5).")
            .arg(text)
            .arg(line)
            .arg(QStringLiteral("dmy"), QStringLiteral("mdy"), QStringLiteral("iso")),
        line);
}

// Opens the reader and maps the header.
struct Session {
    explicit Session(QIODevice *device, const CsvImportOptions &options)
        : reader(device, options.encoding, options.delimiter)
        , options(options) {
        reader.setFileName(options.fileName);
    }

    Status open(CsvImportResult &result) {
        if (Status s = reader.start(); !s)
            return s;
        const std::optional<CsvRecord> header = reader.next();
        if (!header) {
            if (reader.error())
                return *reader.error();
            return fileError(options, CsvImporter::tr("%1 is empty: there is no header line with "
                                                      "column names.")
                                          .arg(displayName(options)));
        }
        result.encoding = reader.encoding();
        result.delimiter = reader.delimiter();
        bool any = false;
        for (int i = 0; i < header->fields.size(); ++i) {
            CsvColumn c;
            c.index = i;
            c.header = header->fields.at(i).trimmed();
            c.recognizedField = CsvImporter::recognizeHeader(c.header);
            c.field = options.mapping.contains(i) ? options.mapping.value(i) : c.recognizedField;
            if (!c.field.isEmpty() && !CsvImporter::fieldKeys().contains(c.field))
                c.field.clear();
            if (!c.field.isEmpty())
                any = true;
            if (c.field.isEmpty() && c.recognizedField.isEmpty() && !options.mapping.contains(i) &&
                !c.header.isEmpty())
                result.unknownColumns << c.header;
            if (isNotImported(c.field))
                result.notImportedColumns << c.header;
            result.columns << c;
        }
        if (!any)
            return fileError(options,
                             CsvImporter::tr("No column of the first line of %1 is known "
                                             "(surname, given names, date of birth, ...): "
                                             "it has no recognisable header.")
                                 .arg(displayName(options)),
                             header->line);
        return {};
    }

    CsvReader reader;
    CsvImportOptions options;
};

} // namespace

std::optional<DateOrder> dateOrderFromName(const QString &name) {
    const QString n = name.trimmed().toLower();
    if (n == u"dmy")
        return DateOrder::Dmy;
    if (n == u"mdy")
        return DateOrder::Mdy;
    if (n == u"iso" || n == u"ymd")
        return DateOrder::Iso;
    return std::nullopt;
}

QString CsvDuplicate::what() const {
    if (field == u"pinfl")
        return CsvImporter::tr("PINFL %1").arg(value);
    if (field == u"passport_number")
        return CsvImporter::tr("passport number %1").arg(value);
    return CsvImporter::tr("the date of birth and the name of %1").arg(value);
}

QStringList CsvImporter::fieldKeys() {
    static const QStringList keys = {
        QStringLiteral("surname"),
        QStringLiteral("given_names"),
        QStringLiteral("patronymic"),
        QStringLiteral("surname_cyrillic"),
        QStringLiteral("given_names_cyrillic"),
        QStringLiteral("patronymic_cyrillic"),
        FullName,
        QStringLiteral("sex"),
        QStringLiteral("birth_date"),
        QStringLiteral("birth_place"),
        QStringLiteral("nationality"),
        QStringLiteral("passport_number"),
        QStringLiteral("passport_expiry"),
        QStringLiteral("pinfl"),
        QStringLiteral("host_reference"),
        QStringLiteral("visa_class"),
        QStringLiteral("entry_date"),
        QStringLiteral("authorized_until"),
        QStringLiteral("facility"),
        QStringLiteral("phone"),
        QStringLiteral("notes"),
        CaseRefField,
        StatusField,
        ExportedByField,
        ExportedAtField,
    };
    return keys;
}

QString CsvImporter::fieldDisplayName(const QString &key) {
    static const QHash<QString, const char *> names = {
        {QStringLiteral("surname"), QT_TR_NOOP("Surname (Latin)")},
        {QStringLiteral("given_names"), QT_TR_NOOP("Given names (Latin)")},
        {QStringLiteral("patronymic"), QT_TR_NOOP("Patronymic (Latin)")},
        {QStringLiteral("surname_cyrillic"), QT_TR_NOOP("Surname (Cyrillic)")},
        {QStringLiteral("given_names_cyrillic"), QT_TR_NOOP("Given names (Cyrillic)")},
        {QStringLiteral("patronymic_cyrillic"), QT_TR_NOOP("Patronymic (Cyrillic)")},
        {QStringLiteral("full_name"), QT_TR_NOOP("Surname, given names (one column)")},
        {QStringLiteral("sex"), QT_TR_NOOP("Sex")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("birth_place"), QT_TR_NOOP("Place of birth")},
        {QStringLiteral("nationality"), QT_TR_NOOP("Nationality")},
        {QStringLiteral("passport_number"), QT_TR_NOOP("Passport number")},
        {QStringLiteral("passport_expiry"), QT_TR_NOOP("Passport expiry date")},
        {QStringLiteral("pinfl"), QT_TR_NOOP("PINFL")},
        {QStringLiteral("host_reference"), QT_TR_NOOP("A-number")},
        {QStringLiteral("visa_class"), QT_TR_NOOP("Visa class")},
        {QStringLiteral("entry_date"), QT_TR_NOOP("Entry date")},
        {QStringLiteral("authorized_until"), QT_TR_NOOP("Authorised stay until")},
        {QStringLiteral("facility"), QT_TR_NOOP("Facility")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone (contact abroad)")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("case_ref"), QT_TR_NOOP("Case reference (not imported)")},
        {QStringLiteral("status"), QT_TR_NOOP("Status (not imported)")},
        {QStringLiteral("exported_by"), QT_TR_NOOP("Exported by (not imported)")},
        {QStringLiteral("exported_at"), QT_TR_NOOP("Exported at (not imported)")},
    };
    const char *text = names.value(key);
    return text ? tr(text) : key;
}

QString CsvImporter::recognizeHeader(const QString &header) {
    return headerTable().value(headerKey(header));
}

std::optional<QString> CsvImporter::parseSex(const QString &text) {
    const QString s = text.trimmed().toCaseFolded();
    static const QStringList male = {
        QStringLiteral("m"),       QStringLiteral("male"),  QStringLiteral("man"),
        QStringLiteral("м"),       QStringLiteral("муж"),   QStringLiteral("мужской"),
        QStringLiteral("мужчина"), QStringLiteral("e"),     QStringLiteral("erkak"),
        QStringLiteral("э"),       QStringLiteral("эркак"),
    };
    static const QStringList female = {
        QStringLiteral("f"),       QStringLiteral("female"), QStringLiteral("woman"),
        QStringLiteral("ж"),       QStringLiteral("жен"),    QStringLiteral("женский"),
        QStringLiteral("женщина"), QStringLiteral("a"),      QStringLiteral("ayol"),
        QStringLiteral("а"),       QStringLiteral("аёл"),
    };
    QString key = s;
    if (key.endsWith(u'.'))
        key.chop(1);
    if (male.contains(key))
        return QStringLiteral("M");
    if (female.contains(key))
        return QStringLiteral("F");
    return std::nullopt;
}

std::optional<QDate> CsvImporter::parseDate(const QString &text, DateOrder order,
                                            DateProblem *problem) {
    auto report = [&](DateProblem p) {
        if (problem)
            *problem = p;
        return std::nullopt;
    };
    if (problem)
        *problem = DateProblem::None;
    const QString s = text.trimmed();
    // A date-time from a spreadsheet ("2025-04-30 00:00:00", "2025-04-30T00:00") keeps its date.
    QString datePart = s;
    if (s.size() > 10 && (s.at(10) == u' ' || s.at(10) == u'T'))
        datePart = s.left(10);
    // The two forms of nearly every row are read by hand: the regular expressions of
    // dates::parseInput() cost more than the rest of a row's conversion.
    auto digits = [&](qsizetype from, qsizetype count, int &value) {
        value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = datePart.at(i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + (c - u'0');
        }
        return true;
    };
    if (datePart.size() == 10) {
        int y = 0, m = 0, d = 0;
        const bool iso = datePart.at(4) == u'-' && datePart.at(7) == u'-' && digits(0, 4, y) &&
                         digits(5, 2, m) && digits(8, 2, d);
        const bool dotted = !iso && datePart.at(2) == u'.' && datePart.at(5) == u'.' &&
                            digits(0, 2, d) && digits(3, 2, m) && digits(6, 4, y);
        if (iso || dotted) {
            const QDate date(y, m, d);
            if (date.isValid())
                return date;
            return report(DateProblem::Invalid);
        }
    }
    if (const std::optional<QDate> d = dates::parseInput(datePart))
        return d;
    const QStringList parts = datePart.split(u'/');
    if (parts.size() != 3)
        return report(DateProblem::Invalid);
    int numbers[3];
    for (int i = 0; i < 3; ++i) {
        // Digits only: toInt() would also take a sign or spaces, and "-204/05/06" must not
        // become a date in the year -204.
        const QString &part = parts.at(i);
        if (part.isEmpty() || part.size() > 4)
            return report(DateProblem::Invalid);
        numbers[i] = 0;
        for (const QChar c : part) {
            if (c < u'0' || c > u'9')
                return report(DateProblem::Invalid);
            numbers[i] = numbers[i] * 10 + (c.unicode() - u'0');
        }
    }
    int year = 0, month = 0, day = 0;
    switch (order) {
    case DateOrder::Unset:
        return report(DateProblem::Ambiguous);
    case DateOrder::Dmy:
        day = numbers[0], month = numbers[1], year = numbers[2];
        break;
    case DateOrder::Mdy:
        month = numbers[0], day = numbers[1], year = numbers[2];
        break;
    case DateOrder::Iso:
        year = numbers[0], month = numbers[1], day = numbers[2];
        break;
    }
    const QString yearText = order == DateOrder::Iso ? parts.at(0) : parts.at(2);
    if (yearText.size() != 4) // a two-digit year is never guessed
        return report(DateProblem::Invalid);
    const QDate d(year, month, day);
    if (!d.isValid())
        return report(DateProblem::Invalid);
    return d;
}

std::optional<std::pair<QString, QString>> CsvImporter::splitFullName(const QString &text) {
    const qsizetype comma = text.indexOf(u',');
    if (comma < 0)
        return std::nullopt;
    // "Surname, Given Names, Patronymic": everything after the first comma is given names,
    // since a patronymic is never split off by guesswork (DOMAIN.md).
    QString given = text.mid(comma + 1);
    given.replace(u',', u' ');
    return std::pair{text.left(comma).simplified(), given.simplified()};
}

QString CsvImporter::unescapeCell(const QString &cell) {
    if (cell.size() >= 2 && cell.at(0) == u'\'') {
        const QChar c = cell.at(1);
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            return cell.mid(1);
    }
    return cell;
}

Result<CsvImportResult> CsvImporter::preview(QIODevice *device, const CsvImportOptions &options,
                                             const QDate &today, int maxRows) {
    CsvImportResult result;
    Session session(device, options);
    if (Status s = session.open(result); !s)
        return s.error();
    const RowConverter converter(result.columns, options.dateOrder);
    while (result.preview.size() < maxRows) {
        std::optional<CsvRecord> row = session.reader.next();
        if (!row) {
            if (session.reader.error())
                return *session.reader.error();
            break;
        }
        ++result.rows;
        Converted c = converter.convert(row->fields, today);
        if (c.ambiguousDate) {
            result.ambiguousDates = true;
            c.problems.prepend(tr("“%1” can be read day first or month first: choose the "
                                  "date format.")
                                   .arg(c.ambiguousText));
        }
        result.preview << CsvPreviewRow{row->line, row->fields, c.problems};
    }
    return result;
}

Result<CsvImportResult> CsvImporter::import(QSqlDatabase db, const QString &path,
                                            const Clock &clock, const Actor &actor,
                                            QIODevice *device, const CsvImportOptions &options,
                                            const Progress &progress) {
    CsvImportResult result;
    result.dryRun = options.dryRun;
    Session session(device, options);
    if (Status s = session.open(result); !s)
        return s.error();
    const qint64 totalBytes = device->isSequential() ? 0 : device->size();
    const QDate today = clock.today();
    const RowConverter converter(result.columns, options.dateOrder);

    // Probable duplicates in the register: only persons that were there before this
    // import (the rows written by it are found through the file's own lists).
    qint64 lastPersonBefore = 0;
    qint64 casesBefore = 0;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM person), "
                                   "(SELECT count(*) FROM return_case)")) ||
            !q.next())
            return Database::errorFromSql(q.lastError(), path);
        lastPersonBefore = q.value(0).toLongLong();
        casesBefore = q.value(1).toLongLong();
    }
    // Within the file: the same PINFL or passport number on two rows. Against the register:
    // the duplicate finder the case editor uses (PINFL, passport, birth date and a name
    // matching across scripts and spellings), limited to persons that were there before
    // this import, since the file's own rows are found through the lists above.
    QHash<QString, qint64> pinflLines;
    QHash<QString, qint64> passportLines;
    auto inFile = [&](qint64 line, const QString &field, const QString &value,
                      QHash<QString, qint64> &seen) {
        if (value.isEmpty())
            return;
        const auto earlier = seen.constFind(value);
        if (earlier != seen.cend())
            result.duplicates << CsvDuplicate{line, field, value, earlier.value(), QString()};
        else
            seen.insert(value, line);
    };
    auto inRegister = [&](qint64 line, const CaseRecord &record) -> Status {
        if (lastPersonBefore == 0)
            return {};
        Result<QList<DuplicateMatch>> found =
            DuplicateFinder::find(db, path, CaseRepository::normalized(record));
        if (!found)
            return found.error();
        for (const DuplicateMatch &m : found.value()) {
            if (m.personId > lastPersonBefore)
                continue;
            for (DuplicateReason reason : m.reasons) {
                const PersonRecord &p = record.person;
                switch (reason) {
                case DuplicateReason::SamePinfl:
                    result.duplicates
                        << CsvDuplicate{line, QStringLiteral("pinfl"), p.pinfl, 0, m.caseRef};
                    break;
                case DuplicateReason::SamePassport:
                    result.duplicates << CsvDuplicate{line, QStringLiteral("passport_number"),
                                                      p.passportNumber, 0, m.caseRef};
                    break;
                case DuplicateReason::SameBirthDateAndName:
                    result.duplicates << CsvDuplicate{line, QStringLiteral("birth_date_and_name"),
                                                      m.fullName, 0, m.caseRef};
                    break;
                }
            }
        }
        return {};
    };

    const bool write = !options.dryRun;
    // A bulk load into an empty register builds its indexes once at the end (like the
    // demo); a register that holds cases keeps them, since other readers use them.
    const bool emptyRegister = casesBefore == 0;
    ChangeWriter writer(db, path, clock, actor, Permission::ImportCases);
    writer.setCollectChanges(false);
    const QString historyComment =
        tr("Imported from %1.").arg(QFileInfo(displayName(options)).fileName());
    bool rejectedInAllOrNothing = false;

    // The file is read, converted and checked on a thread of its own (all the text work)
    // while this thread, which owns the connection, looks for duplicates and writes; the
    // results are collected here in the order of the file.
    struct Item {
        qint64 line = 0;
        qint64 bytesRead = 0;
        Converted converted;
        std::optional<Error> readError; // the reader failed: the last item
    };
    auto produce = [&](Pipeline<Item>::Sink &sink) {
        std::vector<Item> batch;
        for (;;) {
            std::optional<CsvRecord> row = session.reader.next();
            if (!row) {
                if (session.reader.error())
                    batch.push_back(Item{0, 0, {}, *session.reader.error()});
                break;
            }
            batch.push_back(Item{row->line, session.reader.bytesRead(),
                                 converter.convert(row->fields, today, write), std::nullopt});
            // Nothing is written once a date is ambiguous: no need to read further.
            if (batch.back().converted.ambiguousDate)
                break;
            if (batch.size() == 64) {
                if (!sink.push(std::move(batch)))
                    return;
                batch = {};
            }
        }
        if (!batch.empty())
            sink.push(std::move(batch));
    };

    auto work = [&]() -> Status {
        QStringList indexes;
        if (write && emptyRegister) {
            Result<QStringList> dropped = Database::dropSecondaryIndexes(db, path);
            if (!dropped)
                return dropped.error();
            indexes = dropped.value();
        }
        // CHECK constraints verified once at the end for all the new rows (database.h). The
        // rows were validated before, so a violation means a bug; it fails the import.
        std::unique_ptr<DeferredChecks> checks;
        if (write) {
            Result<std::unique_ptr<DeferredChecks>> begun = DeferredChecks::begin(db, path);
            if (!begun)
                return begun.error();
            checks = std::move(begun.value());
        }
        CaseRefBlock refs(today.year());
        {
            Pipeline<Item> pipeline(16, produce);
            while (std::optional<std::vector<Item>> batch = pipeline.next()) {
                for (Item &item : *batch) {
                    if (item.readError)
                        return *item.readError;
                    ++result.rows;
                    Converted &c = item.converted;
                    if (c.ambiguousDate)
                        return ambiguousError(options, item.line, c.ambiguousText);
                    if (!c.problems.isEmpty()) {
                        result.rejected
                            << CsvRowIssue{item.line, c.problems.join(QStringLiteral("; "))};
                        continue;
                    }
                    inFile(item.line, QStringLiteral("pinfl"), c.record.person.pinfl, pinflLines);
                    inFile(item.line, QStringLiteral("passport_number"),
                           c.record.person.passportNumber, passportLines);
                    if (Status s = inRegister(item.line, c.record); !s)
                        return s;
                    if (write) {
                        Result<qint64> caseId =
                            CaseRepository::writeCase(writer, c.prepared, today, &refs);
                        if (!caseId) {
                            Error e = caseId.error();
                            if (e.kind != ErrorKind::BadInput)
                                return e;
                            result.rejected << CsvRowIssue{item.line, e.message};
                            continue;
                        }
                        Result<qint64> history = CaseRepository::insertStatusChange(
                            writer, caseId.value(), QString(),
                            CaseStatusInfo::code(CaseStatus::Registered), historyComment);
                        if (!history)
                            return history.error();
                    }
                    ++result.imported;
                    if (progress && result.rows % 256 == 0 && !progress(item.bytesRead, totalBytes))
                        return fileError(options, tr("Cancelled: nothing was imported."));
                }
            }
        }
        if (options.allOrNothing && !result.rejected.isEmpty()) {
            rejectedInAllOrNothing = true;
            return fileError(options, QString());
        }
        if (progress && !progress(session.reader.bytesRead(), totalBytes))
            return fileError(options, tr("Cancelled: nothing was imported."));
        if (Status s = refs.finish(writer); !s)
            return s;
        if (checks) {
            if (Status s = checks->verify(); !s)
                return s;
        }
        return Database::runStatements(db, path, indexes);
    };

    Status done;
    if (write) {
        auto journal = [&](const QString &mode) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA journal_mode = ") + mode);
        };
        // As for the demo: a new register is filled with a rollback journal, which need not
        // copy pages that did not exist before.
        if (emptyRegister)
            journal(QStringLiteral("DELETE"));
        done = Database::transaction(db, path, work);
        if (emptyRegister)
            journal(QStringLiteral("WAL"));
    } else {
        done = work();
    }
    if (rejectedInAllOrNothing) {
        result.imported = 0;
        return result;
    }
    if (!done)
        return done.error();
    if (options.dryRun && options.allOrNothing && !result.rejected.isEmpty())
        result.imported = 0;
    result.written = write && result.imported > 0;
    return result;
}

} // namespace qaytish
