#pragma once

#include "actor.h"
#include "caserecord.h"
#include "clock.h"
#include "csvreader.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class QIODevice;

namespace qaytish {

// How slashed dates (03/04/2025) are read. ISO (2025-04-30) and day-first dotted dates
// (30.04.2025) are always understood; slashes are ambiguous, so a file that has them is
// refused until the officer says which order the file uses.
enum class DateOrder { Unset, Dmy, Mdy, Iso };
std::optional<DateOrder> dateOrderFromName(const QString &name); // dmy, mdy, iso

struct CsvImportOptions {
    CsvEncoding encoding = CsvEncoding::Auto;
    QChar delimiter; // null: detected from the header line
    DateOrder dateOrder = DateOrder::Unset;
    bool allOrNothing = false; // one rejected row and nothing is written
    bool dryRun = false;       // check everything, write nothing
    // The officer's choice per column (0-based): a field key, or an empty string to
    // ignore the column. Columns not in here are mapped by their header.
    QHash<int, QString> mapping;
    QString fileName; // named in messages
};

struct CsvColumn {
    int index = 0;
    QString header;
    QString field;           // the field it fills, empty when unknown or ignored
    QString recognizedField; // what the header alone says, empty when not recognised
};

struct CsvRowIssue {
    qint64 line = 0;
    QString reason;
};

// A probable duplicate: reported, never a reason to reject a row.
struct CsvDuplicate {
    qint64 line = 0;      // the row of the file
    QString field;        // pinfl, passport_number or birth_date_and_name
    QString value;        // the PINFL, the passport number, or the matching person's name
    qint64 otherLine = 0; // an earlier row of the same file, or 0
    QString caseRef;      // a case already in the register, or empty

    // "PINFL …", "passport number …" or "the date of birth and the name of …" (translated).
    QString what() const;
};

struct CsvPreviewRow {
    qint64 line = 0;
    QStringList fields;
    QStringList problems; // errors that would reject the row, translated
};

struct CsvImportResult {
    CsvEncoding encoding = CsvEncoding::Auto;
    QChar delimiter;
    QList<CsvColumn> columns;
    QStringList unknownColumns;     // headers neither recognised nor assigned
    QStringList notImportedColumns; // recognised but never imported (case_ref, status,
                                    // exported_by, exported_at)
    qint64 rows = 0;                // data rows read
    qint64 imported = 0;            // rows written (in a dry run: that would be written)
    bool written = false;           // whether anything was committed
    bool dryRun = false;
    bool ambiguousDates = false; // preview only: slashed dates and no date order chosen
    QList<CsvRowIssue> rejected;
    QList<CsvDuplicate> duplicates;
    QList<CsvPreviewRow> preview;
};

// Reads lists of people (spreadsheets from the host country's authorities, earlier
// exports) into new cases. Every row is normalised and checked by CaseValidator; valid
// rows are written through CaseRepository::insertCase in one transaction.
// Nothing of what DESIGN.md forbids can come in: only the columns below are read, and
// unknown columns are reported, never stored.
class CsvImporter {
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)
public:
    // The fields a column can fill, in display order (keys as in the JSON output).
    static QStringList fieldKeys();
    static QString fieldDisplayName(const QString &key);
    // The field a header names (English, Russian, Uzbek Latin and Cyrillic; case, spaces,
    // underscores and apostrophes ignored), or an empty string.
    static QString recognizeHeader(const QString &header);
    // "M" or "F" from M/F, М/Ж, E/A, male/female, мужской/женский, erkak/ayol ...
    static std::optional<QString> parseSex(const QString &text);
    enum class DateProblem { None, Invalid, Ambiguous };
    static std::optional<QDate> parseDate(const QString &text, DateOrder order,
                                          DateProblem *problem = nullptr);
    // "Surname, Given Names" -> {surname, given names}; nothing without a comma.
    static std::optional<std::pair<QString, QString>> splitFullName(const QString &text);
    // Removes the quote that an export puts before a cell a spreadsheet would run as a
    // formula.
    static QString unescapeCell(const QString &cell);

    using Progress = std::function<bool(qint64 bytesDone, qint64 bytesTotal)>;

    // The header and the first rows with their problems, without writing anything.
    static Result<CsvImportResult> preview(QIODevice *device, const CsvImportOptions &options,
                                           const QDate &today, int maxRows = 50);
    // Reads, checks and writes. Cancelling through `progress` writes nothing.
    static Result<CsvImportResult> import(QSqlDatabase db, const QString &path, const Clock &clock,
                                          const Actor &actor, QIODevice *device,
                                          const CsvImportOptions &options,
                                          const Progress &progress = {});
};

} // namespace qaytish
