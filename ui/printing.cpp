#include "printing.h"

#include <QDir>
#include <QFileInfo>
#include <QPaintEngine>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <optional>

namespace qaytish {

bool Printing::isPreview(const QPrinter *printer) {
    // QPrintPreviewWidget switches the printer to its preview engine, a QPicture recorder,
    // while it asks for the pages; a real printout paints through the printer's own engine
    // (PDF, CUPS, Windows, macOS), never a picture.
    const QPaintEngine *engine = printer->paintEngine();
    return engine && engine->type() == QPaintEngine::Picture;
}

Status Printing::print(QPrinter *printer, ExportLog &log, const ExportRecord &record,
                       qint64 records, const Paint &paint) {
    // "Print to file" in the print dialog makes a file: it is recorded as one.
    const QString file = printer->outputFileName();
    const QString destination = file.isEmpty()
                                    ? ExportLog::printerDestination()
                                    : QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
    Result<std::unique_ptr<ExportLog::Pending>> pending = log.begin(
        record, destination, records, file.isEmpty() ? printer->printerName() : QString());
    if (!pending)
        return pending.error();
    paint(printer, log.stamp());
    if (printer->printerState() == QPrinter::Error || printer->printerState() == QPrinter::Aborted)
        return Error::make(ErrorKind::Io, tr("The printer did not take the document."));
    return pending.value()->commit();
}

Status Printing::preview(QWidget *parent, const QString &title, QPrinter &printer, ExportLog &log,
                         const ExportRecord &record, qint64 records, const Paint &paint) {
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(title);
    std::optional<Status> printed;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *p) {
        if (isPreview(p))
            paint(p, log.stamp());
        else
            printed = print(p, log, record, records, paint);
    });
    dialog.resize(1000, 760);
    dialog.exec();
    return printed.value_or(Status());
}

} // namespace qaytish
