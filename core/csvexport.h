#pragma once

#include "casequery.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace qaytish {

// Writes the register, or the cases of a search, as CSV: UTF-8 with a byte order mark
// (so that spreadsheets open Cyrillic correctly), comma-separated, CRLF, RFC 4180 quoting.
//
// Each output carries only what its reader needs: who the person is and where the case
// stands. Operational needs and notes are never written (notes may hold remarks that must
// not travel; needs are shown only to the assigned officer and consuls; DESIGN.md), nor
// are consent, the stated wish about return or contacts.
class CsvExporter {
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)
public:
    static QStringList columns();
    // A cell a spreadsheet would run as a formula (= + - @, tab, carriage return first)
    // gets a leading ' so that it stays text.
    static QString escapeFormula(const QString &cell);
    // The cell as it stands in the file: quoted when it holds the delimiter, a quote or a
    // line break.
    static QString quoted(const QString &cell);

    using Progress = std::function<bool(qint64 done)>;
    // Writes atomically (QSaveFile): the file is either complete or left as it was.
    // Returns the number of cases written.
    static Result<qint64> write(QSqlDatabase db, const QString &dbPath, const CaseFilter &filter,
                                const QString &filePath, const Progress &progress = {});
};

} // namespace qaytish
