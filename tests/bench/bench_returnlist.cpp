// Return list PDF speed against bare QPainter calls that draw the same table (the same cell
// texts, fonts, grid lines, header row per page and page breaks) into a QPdfWriter, both
// measured in the same run. Prints both times and the ratio (target: at most 2) for each
// size, and the time per passenger, which stays flat when time grows linearly. Asserts
// nothing about time (DESIGN.md: benchmarks print ratios, tests do not time).
//
//     bench_returnlist [PASSENGERS ...]      (default 1000 2000 5000; the `bench` target)
#include "app/common/memorytuning.h"
#include "core/dates.h"
#include "core/missionsettings.h"
#include "documents/documentfonts.h"
#include "documents/returnlistpdf.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <ctime>

using namespace qaytish;

namespace {

const char *const Surnames[][2] = {{"Gʻulomov", "Ғуломов"}, {"Toʻxtayev", "Тўхтаев"},
                                   {"Qodirov", "Қодиров"},  {"Hamidov", "Ҳамидов"},
                                   {"Rahimov", "Раҳимов"},  {"Abdullayev", "Абдуллаев"}};
const char *const Given[][2] = {
    {"Shuhrat", "Шуҳрат"}, {"Baxtiyor", "Бахтиёр"}, {"Dilshod", "Дилшод"}, {"Ulugʻbek", "Улуғбек"}};

documents::ReturnListPdfInput input(int passengers) {
    documents::ReturnListPdfInput in;
    in.list.id = 1;
    in.list.flightNumber = QStringLiteral("HY 102");
    in.list.carrier = QStringLiteral("Uzbekistan Airways");
    in.list.flightDate = QDate(2026, 4, 10);
    in.list.fromAirport = QStringLiteral("JFK");
    in.list.toAirport = QStringLiteral("TAS");
    in.list.status = QStringLiteral("final");
    in.mission = MissionSettings::defaults();
    in.officer = QStringLiteral("N. Yusupova");
    for (int i = 0; i < passengers; ++i) {
        ReturnListPassenger p;
        p.caseId = i + 1;
        p.position = i + 1;
        p.surname = QString::fromUtf8(Surnames[i % 6][0]);
        p.surnameCyrillic = QString::fromUtf8(Surnames[i % 6][1]);
        p.givenNames = QString::fromUtf8(Given[(i / 6) % 4][0]);
        p.givenNamesCyrillic = QString::fromUtf8(Given[(i / 6) % 4][1]);
        p.patronymic = QStringLiteral("Alisher oʻgʻli");
        p.patronymicCyrillic = QStringLiteral("Алишер ўғли");
        p.sex = QStringLiteral("M");
        p.birthDate = QDate(1970, 1, 1).addDays(i * 5);
        p.document.kind = TravelDocument::Kind::Passport;
        p.document.number = QStringLiteral("AB%1").arg(1000000 + i);
        p.record.hostReference = QStringLiteral("%1").arg(200000000 + i);
        in.passengers << p;
    }
    return in;
}

struct Time {
    qint64 wallNs = 0;
    qint64 cpuNs = 0; // process CPU time: the stable figure on a shared machine
};

struct Stopwatch {
    QElapsedTimer wall;
    std::clock_t cpu = std::clock();
    Stopwatch() { wall.start(); }
    Time elapsed() const {
        return {wall.nsecsElapsed(), qint64(double(std::clock() - cpu) * 1e9 / CLOCKS_PER_SEC)};
    }
};

// The same table drawn with bare calls: fixed column positions and row height, the header
// row on every page, a grid line under every row. No measuring, no wrapping, no totals.
Time bare(const documents::ReturnListPdfInput &in, QByteArray *pdf) {
    const Stopwatch timer;
    QBuffer buffer(pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(720);
    writer.setPageLayout(documents::ReturnListPdf::pageLayout(QStringLiteral("a4")));
    const qreal s = writer.logicalDpiY() / 72.0;
    const QRectF page = writer.pageLayout().paintRectPoints();
    const qreal widths[] = {4, 24, 24, 9, 5, 14, 12, 8};
    qreal x[9] = {0};
    for (int c = 0; c < 8; ++c)
        x[c + 1] = x[c] + page.width() * widths[c] / 100.0;
    const QFont body = documents::font(8);
    const QFont small = documents::font(6.5);
    const QFont head = documents::font(7, true);
    const QStringList headers = {QStringLiteral("No."),
                                 QStringLiteral("Name (Latin)"),
                                 QStringLiteral("Name (Cyrillic)"),
                                 QStringLiteral("Date of birth"),
                                 QStringLiteral("Sex"),
                                 QStringLiteral("Travel document"),
                                 QStringLiteral("Host reference"),
                                 QStringLiteral("Assistance")};
    const qreal rowHeight = 24;
    const int perPage = int((page.height() - 80) / rowHeight);
    QPainter p(&writer);
    int row = 0;
    while (row < in.passengers.size()) {
        if (row > 0)
            writer.newPage();
        qreal y = 20;
        p.setFont(head);
        for (int c = 0; c < 8; ++c)
            p.drawText(QPointF((x[c] + 3) * s, (y + 10) * s), headers.at(c));
        y += 20;
        for (int n = 0; n < perPage && row < in.passengers.size(); ++n, ++row) {
            const ReturnListPassenger &r = in.passengers.at(row);
            const QString cells[] = {QString::number(row + 1),
                                     r.fullNameLatin(),
                                     r.fullNameCyrillic(),
                                     dates::format(r.birthDate),
                                     r.sex,
                                     r.document.number,
                                     r.record.hostReference,
                                     QString()};
            p.setFont(body);
            for (int c = 0; c < 8; ++c)
                p.drawText(QPointF((x[c] + 3) * s, (y + 10) * s), cells[c]);
            p.setFont(small);
            p.drawText(QPointF((x[5] + 3) * s, (y + 19) * s), QStringLiteral("Passport"));
            y += rowHeight;
            p.setPen(QPen(Qt::gray, 0.4 * s));
            p.drawLine(QPointF(0, y * s), QPointF(page.width() * s, y * s));
            p.setPen(Qt::black);
        }
        p.setFont(small);
        p.drawText(QPointF(page.width() * 0.85 * s, (page.height() - 5) * s),
                   QStringLiteral("Page %1").arg(row));
    }
    p.end();
    return timer.elapsed();
}

Time ours(const documents::ReturnListPdfInput &in, QByteArray *pdf) {
    const Stopwatch timer;
    QBuffer buffer(pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(720);
    documents::ReturnListPdfOptions options;
    options.language = QStringLiteral("en");
    documents::ReturnListPdf::paint(in, options, &writer);
    return timer.elapsed();
}

} // namespace

int main(int argc, char *argv[]) {
    qaytish::tuneMemoryAllocator(); // as qaytish-cli and qaytish do
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i) {
        const int n = std::atoi(argv[i]);
        if (n < 1) {
            out << "usage: bench_returnlist [PASSENGERS ...]\n";
            return 2;
        }
        sizes << n;
    }
    if (sizes.isEmpty())
        sizes = {1000, 2000, 5000};
    documents::fontFamily(); // registering the font is not part of either time
    out << "passengers | ours wall | bare wall | ratio wall | ours CPU | bare CPU | ratio CPU "
           "| CPU per passenger | PDF size\n";
    for (int n : sizes) {
        const documents::ReturnListPdfInput in = input(n);
        // Best of five, alternating, so that both see the same state of the machine.
        Time bestOurs{-1, -1}, bestBare{-1, -1};
        QByteArray ourPdf, barePdf;
        auto keep = [](Time &best, const Time &t) {
            best.wallNs = best.wallNs < 0 ? t.wallNs : std::min(best.wallNs, t.wallNs);
            best.cpuNs = best.cpuNs < 0 ? t.cpuNs : std::min(best.cpuNs, t.cpuNs);
        };
        for (int round = 0; round < 5; ++round) {
            ourPdf.clear();
            barePdf.clear();
            keep(bestOurs, ours(in, &ourPdf));
            keep(bestBare, bare(in, &barePdf));
        }
        auto ms = [](qint64 ns) {
            return QString::number(ns / 1e6, 'f', 1) + QStringLiteral(" ms");
        };
        out << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 ms | %9 KiB\n")
                   .arg(n)
                   .arg(ms(bestOurs.wallNs), ms(bestBare.wallNs))
                   .arg(double(bestOurs.wallNs) / double(bestBare.wallNs), 0, 'f', 2)
                   .arg(ms(bestOurs.cpuNs), ms(bestBare.cpuNs))
                   .arg(double(bestOurs.cpuNs) / double(std::max<qint64>(1, bestBare.cpuNs)), 0,
                        'f', 2)
                   .arg(bestOurs.cpuNs / 1e6 / n, 0, 'f', 3)
                   .arg(ourPdf.size() / 1024);
        out.flush();
        if (ourPdf.isEmpty() || barePdf.isEmpty())
            return 1;
    }
    return 0;
}
