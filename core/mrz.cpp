#include "mrz.h"

#include <algorithm>

namespace qaytish {

namespace {

constexpr QChar Filler = u'<';
const QString Uzbekistan = QStringLiteral("UZB");

struct Line {
    QString text;
    bool finished = false; // a line break followed it
};

QList<Line> splitLines(const QString &text) {
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(u'\r', u'\n');
    const QStringList raw = t.split(u'\n');
    QList<Line> lines;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QString s = raw.at(i).trimmed();
        if (s.isEmpty())
            continue;
        // ASCII only: a non-Latin letter must stay what it is and be refused.
        for (QChar &c : s) {
            if (c >= u'a' && c <= u'z')
                c = QChar(c.unicode() - u'a' + u'A');
        }
        lines << Line{s, i + 1 < raw.size()};
    }
    return lines;
}

int charValue(QChar c) {
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'A' && c <= u'Z')
        return c.unicode() - u'A' + 10;
    if (c == Filler)
        return 0;
    return -1;
}

Error mrzError(const QString &message, int line = 0) {
    Error e = Error::make(ErrorKind::BadInput, message, QStringLiteral("mrz"));
    e.line = line;
    return e;
}

QString shown(QChar c) {
    if (c.isPrint() && !c.isSpace())
        return QStringLiteral("“%1”").arg(c);
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

std::optional<Error> badCharacter(const QList<Line> &lines) {
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &s = lines.at(i).text;
        for (qsizetype p = 0; p < s.size(); ++p) {
            if (charValue(s.at(p)) < 0)
                return mrzError(Mrz::tr("Line %1, position %2: %3 cannot stand in a machine "
                                        "readable zone, which has only A-Z, 0-9 and <.")
                                    .arg(i + 1)
                                    .arg(p + 1)
                                    .arg(shown(s.at(p))),
                                int(i + 1));
        }
    }
    return std::nullopt;
}

bool isLineLength(qsizetype n) {
    return n == 30 || n == 36 || n == 44;
}

Error tooManyLines(qsizetype count) {
    return mrzError(Mrz::tr("A machine readable zone has 2 lines (passport) or 3 lines (identity "
                            "card), but %n line(s) were given.",
                            nullptr, int(count)),
                    count > 3 ? 4 : 0);
}

Error badLength(qsizetype line, qsizetype length) {
    return mrzError(Mrz::tr("Line %1 has %2 characters, but a line of a machine readable zone "
                            "has 44 (passport, TD3), 36 (TD2) or 30 (identity card, TD1).")
                        .arg(line)
                        .arg(length),
                    int(line));
}

Error unequalLength(qsizetype line, qsizetype length, qsizetype firstLength) {
    return mrzError(Mrz::tr("Line %1 has %2 characters, but line 1 has %3: all lines of a machine "
                            "readable zone have the same length.")
                        .arg(line)
                        .arg(length)
                        .arg(firstLength),
                    int(line));
}

Error threeLinesNotTd1(qsizetype firstLength) {
    return mrzError(Mrz::tr("A machine readable zone of 3 lines is an identity card (TD1) with "
                            "30 characters a line, but line 1 has %1.")
                        .arg(firstLength),
                    3);
}

// The shape of complete input: 2 or 3 lines of one length that fits the count.
std::optional<Error> shapeError(const QList<Line> &lines) {
    if (lines.size() > 3 || lines.size() < 2)
        return tooManyLines(lines.size());
    const qsizetype first = lines.first().text.size();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qsizetype n = lines.at(i).text.size();
        if (!isLineLength(n))
            return badLength(i + 1, n);
        if (n != first)
            return unequalLength(i + 1, n, first);
    }
    if (lines.size() == 3 && first != 30)
        return threeLinesNotTd1(first);
    if (lines.size() == 2 && first == 30)
        return mrzError(Mrz::tr("Lines of 30 characters are an identity card zone (TD1), which "
                                "has 3 lines, but 2 were given."));
    return std::nullopt;
}

QString trimFiller(const QString &s) {
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && s.at(begin) == Filler)
        ++begin;
    while (end > begin && s.at(end - 1) == Filler)
        --end;
    return s.mid(begin, end - begin);
}

QString fillerAsSpaces(const QString &s) {
    QString t = s;
    t.replace(Filler, u' ');
    return t.simplified();
}

void splitName(const QString &field, QString &surname, QString &givenNames) {
    const QString name = trimFiller(field);
    const qsizetype separator = name.indexOf(QStringLiteral("<<"));
    surname = fillerAsSpaces(separator < 0 ? name : name.left(separator));
    givenNames = separator < 0 ? QString() : fillerAsSpaces(name.mid(separator + 2));
}

MrzCheck check(const QString &name, const QString &field, QChar found) {
    MrzCheck c;
    c.name = name;
    c.expected = QChar(u'0' + Mrz::checkDigit(field));
    c.found = found;
    c.ok = c.found == c.expected;
    return c;
}

struct Digits {
    int yy = 0, mm = 0, dd = 0;
};

std::optional<Digits> yymmdd(const QString &s) {
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    const Digits d{s.mid(0, 2).toInt(), s.mid(2, 2).toInt(), s.mid(4, 2).toInt()};
    // 2000 is a leap year: any day that exists in some year exists in it.
    if (!QDate(2000, d.mm, d.dd).isValid())
        return std::nullopt;
    return d;
}

Error notADate(int line, int position, const QString &field, const QString &what) {
    return mrzError(Mrz::tr("Line %1, positions %2-%3: the %4 “%5” is not a date (YYMMDD).")
                        .arg(line)
                        .arg(position)
                        .arg(position + 5)
                        .arg(what, field),
                    line);
}

// The latest day with these digits that is not after today.
std::optional<QDate> birthDate(const Digits &d, const QDate &today) {
    int year = today.year() - today.year() % 100 + d.yy;
    if (year > today.year())
        year -= 100;
    for (int i = 0; i < 4; ++i, year -= 100) {
        const QDate date(year, d.mm, d.dd);
        if (date.isValid() && date <= today)
            return date;
    }
    return std::nullopt;
}

// The year in [today - 50, today + 49].
std::optional<QDate> expiryDate(const Digits &d, const QDate &today) {
    const int low = today.year() - 50;
    const int year = low + ((d.yy - low % 100) % 100 + 100) % 100;
    const QDate date(year, d.mm, d.dd);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

// A document number longer than 9 characters: the rest and its check digit stand at the
// start of the optional data, after a filler in the check digit's place (ICAO 9303-5 4.2.2).
struct Number {
    QString number;
    QString checked; // what the check digit is computed over
    QChar checkChar;
    QString optional; // the optional data that is left
};

Number documentNumber(const QString &principal, QChar checkChar, const QString &optional) {
    Number n{trimFiller(principal), principal, checkChar, optional};
    if (checkChar != Filler || optional.isEmpty() || optional.at(0) == Filler)
        return n;
    const qsizetype end = optional.indexOf(Filler);
    const QString rest = end < 0 ? optional : optional.left(end);
    if (rest.size() < 2)
        return n;
    n.checked = principal + rest.left(rest.size() - 1);
    n.number = trimFiller(n.checked);
    n.checkChar = rest.back();
    n.optional = end < 0 ? QString() : optional.mid(end);
    return n;
}

struct LineTwo {
    int line = 2;
    int birthPosition = 0; // 1-based
    int expiryPosition = 0;
    int sexPosition = 0;
};

// Birth date, sex and expiry date; the positions say where for messages.
Status readPersonFields(MrzResult &r, const QString &text, const LineTwo &at, const QDate &today) {
    const QString birth = text.mid(at.birthPosition - 1, 6);
    const auto b = yymmdd(birth);
    const auto born = b ? birthDate(*b, today) : std::nullopt;
    if (!born)
        return notADate(at.line, at.birthPosition, birth, Mrz::tr("date of birth"));
    r.birthDate = *born;

    const QString expiry = text.mid(at.expiryPosition - 1, 6);
    const auto e = yymmdd(expiry);
    const auto expires = e ? expiryDate(*e, today) : std::nullopt;
    if (!expires)
        return notADate(at.line, at.expiryPosition, expiry, Mrz::tr("date of expiry"));
    r.expiryDate = *expires;

    const QChar sex = text.at(at.sexPosition - 1);
    if (sex == u'M' || sex == u'F' || sex == u'X')
        r.sex = QString(sex);
    else if (sex != Filler)
        return mrzError(Mrz::tr("Line %1, position %2: the sex is M, F, X or <, not %3.")
                            .arg(at.line)
                            .arg(at.sexPosition)
                            .arg(shown(sex)),
                        at.line);
    return {};
}

void crossCheckPinfl(MrzResult &r, const QString &number, const QString &birthField) {
    if (!r.isUzbek() || number.isEmpty())
        return;
    MrzPinfl p;
    p.number = number;
    p.info = Pinfl::decode(number);
    if (p.info.wellFormed) {
        p.birthDateMatches = p.info.birthDate.toString(QStringLiteral("yyMMdd")) == birthField;
        if (r.sex == u"M" || r.sex == u"F")
            p.sexMatches = p.info.sex == r.sex;
    }
    r.pinfl = p;
}

Result<MrzResult> parseTd3(const QString &l1, const QString &l2, const QDate &today) {
    MrzResult r;
    r.documentType = QStringLiteral("TD3");
    r.documentCode = trimFiller(l1.left(2));
    r.issuingState = trimFiller(l1.mid(2, 3));
    splitName(l1.mid(5), r.surname, r.givenNames);
    r.documentNumber = trimFiller(l2.left(9));
    r.nationality = trimFiller(l2.mid(10, 3));
    if (Status s = readPersonFields(r, l2, LineTwo{2, 14, 22, 21}, today); !s)
        return s.error();
    const QString personal = l2.mid(28, 14);
    r.personalNumber = trimFiller(personal);

    r.checks << check(QStringLiteral("document_number"), l2.left(9), l2.at(9))
             << check(QStringLiteral("birth_date"), l2.mid(13, 6), l2.at(19))
             << check(QStringLiteral("expiry_date"), l2.mid(21, 6), l2.at(27));
    MrzCheck personalCheck = check(QStringLiteral("personal_number"), personal, l2.at(42));
    // An empty personal number may have a filler as its check digit.
    if (r.personalNumber.isEmpty() && personalCheck.found == Filler)
        personalCheck.ok = true;
    r.checks << personalCheck
             << check(QStringLiteral("composite"), l2.left(10) + l2.mid(13, 7) + l2.mid(21, 22),
                      l2.at(43));
    crossCheckPinfl(r, r.personalNumber, l2.mid(13, 6));
    return r;
}

Result<MrzResult> parseTd2(const QString &l1, const QString &l2, const QDate &today) {
    MrzResult r;
    r.documentType = QStringLiteral("TD2");
    r.documentCode = trimFiller(l1.left(2));
    r.issuingState = trimFiller(l1.mid(2, 3));
    splitName(l1.mid(5), r.surname, r.givenNames);
    const Number number = documentNumber(l2.left(9), l2.at(9), l2.mid(28, 7));
    r.documentNumber = number.number;
    r.nationality = trimFiller(l2.mid(10, 3));
    if (Status s = readPersonFields(r, l2, LineTwo{2, 14, 22, 21}, today); !s)
        return s.error();
    r.optionalData1 = trimFiller(number.optional);
    r.checks << check(QStringLiteral("document_number"), number.checked, number.checkChar)
             << check(QStringLiteral("birth_date"), l2.mid(13, 6), l2.at(19))
             << check(QStringLiteral("expiry_date"), l2.mid(21, 6), l2.at(27))
             << check(QStringLiteral("composite"), l2.left(10) + l2.mid(13, 7) + l2.mid(21, 14),
                      l2.at(35));
    return r;
}

Result<MrzResult> parseTd1(const QString &l1, const QString &l2, const QString &l3,
                           const QDate &today) {
    MrzResult r;
    r.documentType = QStringLiteral("TD1");
    r.documentCode = trimFiller(l1.left(2));
    r.issuingState = trimFiller(l1.mid(2, 3));
    const Number number = documentNumber(l1.mid(5, 9), l1.at(14), l1.mid(15, 15));
    r.documentNumber = number.number;
    r.optionalData1 = trimFiller(number.optional);
    if (Status s = readPersonFields(r, l2, LineTwo{2, 1, 9, 8}, today); !s)
        return s.error();
    r.nationality = trimFiller(l2.mid(15, 3));
    r.optionalData2 = trimFiller(l2.mid(18, 11));
    splitName(l3, r.surname, r.givenNames);
    // The composite leaves out the sex (position 8) and the nationality (16-18).
    r.checks << check(QStringLiteral("document_number"), number.checked, number.checkChar)
             << check(QStringLiteral("birth_date"), l2.left(6), l2.at(6))
             << check(QStringLiteral("expiry_date"), l2.mid(8, 6), l2.at(14))
             << check(QStringLiteral("composite"),
                      l1.mid(5, 25) + l2.left(7) + l2.mid(8, 7) + l2.mid(18, 11), l2.at(29));
    // Uzbek ID cards: the PINFL in line 1, positions 16-29 (not when a long document number
    // took the optional data).
    if (number.number.size() <= 9)
        crossCheckPinfl(r, trimFiller(l1.mid(15, 14)), l2.left(6));
    return r;
}

} // namespace

bool MrzResult::allChecksPass() const {
    return std::all_of(checks.begin(), checks.end(), [](const MrzCheck &c) { return c.ok; });
}

QStringList MrzResult::failedChecks() const {
    QStringList names;
    for (const MrzCheck &c : checks) {
        if (!c.ok)
            names << c.name;
    }
    return names;
}

bool MrzResult::isUzbek() const {
    return issuingState == Uzbekistan || nationality == Uzbekistan;
}

int Mrz::checkDigit(const QString &field) {
    static constexpr int weights[] = {7, 3, 1};
    int sum = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        const int v = charValue(field.at(i));
        if (v < 0)
            return -1;
        sum += v * weights[i % 3];
    }
    return sum % 10;
}

QStringList Mrz::normalizedLines(const QString &text) {
    QStringList out;
    for (const Line &l : splitLines(text))
        out << l.text;
    return out;
}

Result<MrzResult> Mrz::parse(const QStringList &lines, const QDate &today) {
    return parse(lines.join(u'\n'), today);
}

Result<MrzResult> Mrz::parse(const QString &text, const QDate &today) {
    const QList<Line> lines = splitLines(text);
    if (lines.isEmpty())
        return mrzError(tr("No machine readable zone was given: it has 2 or 3 lines of A-Z, "
                           "0-9 and <."));
    if (auto e = badCharacter(lines))
        return *e;
    if (auto e = shapeError(lines))
        return *e;
    const QString &l1 = lines.at(0).text;
    const QString &l2 = lines.at(1).text;
    // A visa (MRV-A, MRV-B) has the shape of a passport zone but other fields and checks.
    if (l1.at(0) == u'V')
        return mrzError(tr("Line 1, position 1: “V” is a visa. Qaytish reads the zones of "
                           "passports and identity cards (TD3, TD2, TD1), not of visas."),
                        1);
    Result<MrzResult> r = lines.size() == 3 ? parseTd1(l1, l2, lines.at(2).text, today)
                          : l1.size() == 36 ? parseTd2(l1, l2, today)
                                            : parseTd3(l1, l2, today);
    if (r)
        for (const Line &l : lines)
            r->lines << l.text;
    return r;
}

MrzProgress Mrz::progress(const QString &text) {
    MrzProgress p;
    const QList<Line> lines = splitLines(text);
    if (lines.isEmpty())
        return p;
    auto notMrz = [&p](const Error &e) {
        p.state = MrzProgress::State::NotMrz;
        p.error = e;
        return p;
    };
    if (auto e = badCharacter(lines))
        return notMrz(*e);
    if (lines.size() > 3)
        return notMrz(tooManyLines(lines.size()));
    const qsizetype first = lines.first().text.size();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &l = lines.at(i);
        const qsizetype n = l.text.size();
        // A line still being typed may be short; none may be longer than the longest format,
        // and none longer than a finished first line.
        if (n > 44 || (l.finished && !isLineLength(n)))
            return notMrz(badLength(i + 1, n));
        if (i > 0 && lines.first().finished && (l.finished ? n != first : n > first))
            return notMrz(unequalLength(i + 1, n, first));
    }
    if (lines.size() == 3 && lines.first().finished && first != 30)
        return notMrz(threeLinesNotTd1(first));
    const bool full = std::all_of(lines.begin(), lines.end(),
                                  [first](const Line &l) { return l.text.size() == first; });
    if (full &&
        ((lines.size() == 3 && first == 30) || (lines.size() == 2 && (first == 36 || first == 44))))
        p.state = MrzProgress::State::Complete;
    else
        p.state = MrzProgress::State::Incomplete;
    return p;
}

QString Mrz::checkDisplayName(const QString &name) {
    if (name == u"document_number")
        return tr("document number");
    if (name == u"birth_date")
        return tr("date of birth");
    if (name == u"expiry_date")
        return tr("date of expiry");
    if (name == u"personal_number")
        return tr("personal number");
    if (name == u"composite")
        return tr("composite (whole zone)");
    return name;
}

} // namespace qaytish
