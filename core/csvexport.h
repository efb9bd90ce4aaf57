#pragma once

#include "actor.h"
#include "casequery.h"
#include "clock.h"
#include "exportlog.h"
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
//
// Every CSV that Qaytish writes ends with two columns, exported_by and exported_at, holding
// the officer who exported it and when (the time of the export's audit entry, ISO 8601 in
// UTC) on every row, so that a row copied elsewhere still says where it came from. The
// importer recognises them and does not import them (docs/ARCHITECTURE.md).
class CsvExporter {
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)
public:
    // The columns of the cases CSV, attribution included.
    static QStringList columns();
    // exported_by, exported_at: the last two columns of every CSV written.
    static QStringList attributionColumns();
    static QStringList attributionCells(const ExportStamp &stamp);
    // Appends one record: cells escaped against formulas, quoted, joined by commas, CRLF.
    static void appendLine(QByteArray &out, const QStringList &cells);
    // The first bytes of every CSV written: a UTF-8 byte order mark.
    static QByteArray start();
    // A cell a spreadsheet would run as a formula (= + - @, tab, carriage return first)
    // gets a leading ' so that it stays text.
    static QString escapeFormula(const QString &cell);
    // The cell as it stands in the file: quoted when it holds the delimiter, a quote or a
    // line break.
    static QString quoted(const QString &cell);

    using Progress = std::function<bool(qint64 done)>;
    // Writes the cases of the filter through ExportLog (the file is complete and its export
    // recorded, or there is neither). Returns the number of cases written.
    static Result<qint64> write(QSqlDatabase db, const QString &dbPath, const Clock &clock,
                                const Actor &actor, const CaseFilter &filter,
                                const QString &filePath, const Progress &progress = {});
    // The filter as the export's audit entry records it.
    static QVariantMap filterDescription(const CaseFilter &filter);

private:
    static Result<qint64> writeCases(QIODevice &file, QSqlDatabase db, const QString &dbPath,
                                     const CaseFilter &filter, const ExportStamp &stamp,
                                     const Progress &progress, QList<qint64> *persons = nullptr);
};

} // namespace qaytish
