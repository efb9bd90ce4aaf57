#pragma once

#include "core/exportlog.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPrinter;
class QWidget;

namespace qaytish {

// Printing a document of personal data. A printout is an export: it goes through ExportLog
// like a file, so that the audit trail records who printed what, when and on which printer.
class Printing {
    Q_DECLARE_TR_FUNCTIONS(Printing)
public:
    // Paints the document on the printer; the stamp is the one printed at its foot.
    using Paint = std::function<void(QPrinter *printer, const ExportStamp &stamp)>;

    // Shows the print preview (title, `printer` set up for the document). Previews are
    // drawn freely; when the officer prints, print() runs. Returns the outcome of the
    // printout: nothing printed (the officer closed the preview) is success too.
    static Status preview(QWidget *parent, const QString &title, QPrinter &printer, ExportLog &log,
                          const ExportRecord &record, qint64 records, const Paint &paint);

    // One printout: the export's entry is appended first, inside a transaction; the pages go
    // to the printer; the entry is committed when the printer took them. An entry that
    // cannot be appended prints nothing; a printer error records nothing.
    static Status print(QPrinter *printer, ExportLog &log, const ExportRecord &record,
                        qint64 records, const Paint &paint);

    // Whether the printer is the preview's (QPrintPreviewWidget paints its pages through a
    // picture engine) rather than a real printout.
    static bool isPreview(const QPrinter *printer);
};

} // namespace qaytish
