#pragma once

#include "pinfl.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace qaytish {

// One check digit of a machine readable zone, in the order the format lists them.
struct MrzCheck {
    QString name; // stable code: document_number, birth_date, expiry_date, personal_number,
                  // composite (also the JSON keys of qaytish-cli mrz)
    bool ok = false;
    QChar expected; // the digit the rule gives
    QChar found;    // the character in the zone
};

// The PINFL of an Uzbek document (TD3: personal number; TD1: line 1 optional data), decoded
// and set against the zone's own birth date and sex.
struct MrzPinfl {
    QString number; // as it stands in the zone, filler removed
    PinflInfo info;
    // Whether the PINFL's DDMMYY equals the zone's YYMMDD (the zone holds no century).
    // Only meaningful when info.wellFormed.
    bool birthDateMatches = false;
    // Empty when the zone gives no sex ('<' or X) or the PINFL is not well formed.
    std::optional<bool> sexMatches;
    bool consistent() const {
        return info.wellFormed && birthDateMatches && sexMatches.value_or(true);
    }
};

struct MrzResult {
    QString documentType; // "TD1", "TD2", "TD3"
    QString documentCode; // "P", "I", "ID", "AC", ... (filler removed)
    QString issuingState; // as written: UZB, UTO, D<< becomes "D"
    QString surname;      // '<' as spaces, filler trimmed
    QString givenNames;
    QString documentNumber;
    QString nationality;
    QDate birthDate;
    QDate expiryDate;
    QString sex;            // "M", "F", "X" or empty when not given ('<')
    QString personalNumber; // TD3 only, filler trimmed
    QString optionalData1;  // TD1 line 1 (16-30), TD2 line 2 (29-35); filler trimmed
    QString optionalData2;  // TD1 line 2 (19-29)
    QList<MrzCheck> checks;
    std::optional<MrzPinfl> pinfl; // Uzbek document (state or nationality UZB) with a number
    QStringList lines;             // the normalised lines that were read

    bool allChecksPass() const;
    QStringList failedChecks() const; // names, in order
    bool isUzbek() const;
};

// What a text typed so far amounts to: a desk reader sends one line at a time.
struct MrzProgress {
    enum class State { Empty, Incomplete, Complete, NotMrz };
    State state = State::Empty;
    Error error; // when NotMrz
};

// ICAO Doc 9303 machine readable zones: TD3 (2 x 44), TD2 (2 x 36), TD1 (3 x 30).
// DOMAIN.md ("Machine readable zone") has the positions and rules.
class Mrz {
    Q_DECLARE_TR_FUNCTIONS(Mrz)
public:
    // Lines separated by CR, LF or CRLF, or given one string each (a string may itself hold
    // several lines). White space around each line is dropped, empty lines are skipped and
    // a-z is read as A-Z. `today` decides the century of two-digit years: a birth year is the
    // latest one not in the future, an expiry year the one in [year - 50, year + 49].
    static Result<MrzResult> parse(const QString &text, const QDate &today);
    static Result<MrzResult> parse(const QStringList &lines, const QDate &today);

    // For input that arrives line by line: Complete when the lines have the shape of a zone
    // (then parse() gives the result or the error), Incomplete while more may come, NotMrz
    // when no more typing can make it one (a wrong character, a finished line of the wrong
    // length, too many lines).
    static MrzProgress progress(const QString &text);

    // The lines as parse() reads them.
    static QStringList normalizedLines(const QString &text);

    // ICAO 9303 check digit over A-Z, 0-9 and '<'; -1 for any other character.
    static int checkDigit(const QString &field);

    // "Document number", ... for a check's name.
    static QString checkDisplayName(const QString &name);
};

} // namespace qaytish
