#include "returnlistpdf.h"

#include "documentfonts.h"
#include "returnlisttexts.h"

#include "core/dates.h"
#include "core/names.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <map>
#include <memory>

namespace qaytish::documents {

namespace {

// Sizes in points.
constexpr qreal Margin = 28; // about 10 mm
constexpr qreal CellPadX = 3;
constexpr qreal CellPadY = 2.5;
constexpr qreal BodySize = 8;
constexpr qreal SmallSize = 6.5;
constexpr qreal MinNameSize = 6;
constexpr qreal HeadSize = 7;
constexpr qreal FooterHeight = 25; // the flight and page line, then who made the document
constexpr qreal RunningHeadHeight = 18;

// A font at one size with its metrics, made once per document.
struct FontEntry {
    QFont font;
    QFontMetricsF metrics;
    qreal height = 0; // points
    qreal ascent = 0;
};

// One line of text in a cell or a block: its text, font and height.
struct Line {
    QString text;
    const FontEntry *font = nullptr;
    qreal height = 0;
    qreal ascent = 0;
    bool centered = false;
};

struct Column {
    qreal weight;
    QString label;
    QString secondLabel;
    qreal x = 0;
    qreal width = 0;
};

struct Row {
    QList<QList<Line>> cells;
    qreal height = 0;
};

struct PageItem {
    int firstRow = 0;
    int endRow = 0; // one past the last
    bool endBlock = false;
    qreal endBlockTop = 0;
};

// Measures in points on the device (font metrics depend on its resolution).
class Measure {
public:
    explicit Measure(QPaintDevice *device)
        : m_device(device)
        , m_scale(device->logicalDpiY() / 72.0) {}

    const FontEntry *font(qreal size, bool bold = false) {
        const int key = int(size * 4) * 2 + (bold ? 1 : 0);
        auto it = m_fonts.find(key);
        if (it == m_fonts.end()) {
            const QFont f = documents::font(size, bold);
            const QFontMetricsF m(f, m_device);
            auto entry = std::make_unique<FontEntry>(
                FontEntry{f, m, m.height() / m_scale, m.ascent() / m_scale});
            it = m_fonts.emplace(key, std::move(entry)).first;
        }
        return it->second.get();
    }
    qreal width(const FontEntry *font, const QString &text) const {
        return font->metrics.horizontalAdvance(text) / m_scale;
    }
    Line line(const QString &text, const FontEntry *font, bool centered = false) const {
        return Line{text, font, font->height, font->ascent, centered};
    }
    // Word-wrapped lines no wider than `width`; a word wider than that stands alone.
    QList<Line> wrap(const QString &text, const FontEntry *font, qreal width,
                     bool centered = false) const {
        QList<Line> out;
        if (text.isEmpty())
            return out;
        if (this->width(font, text) <= width)
            return {line(text, font, centered)};
        QString current;
        for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
            const QString candidate = current.isEmpty() ? word : current + u' ' + word;
            if (!current.isEmpty() && this->width(font, candidate) > width) {
                out << line(current, font, centered);
                current = word;
            } else {
                current = candidate;
            }
        }
        if (!current.isEmpty())
            out << line(current, font, centered);
        return out;
    }
    // One line when the text fits at a size from `size` down to `minSize`, else wrapped.
    QList<Line> fit(const QString &text, qreal size, qreal minSize, qreal width) {
        if (text.isEmpty())
            return {};
        for (qreal s = size; s >= minSize - 0.01; s -= 0.5) {
            const FontEntry *f = font(s);
            if (this->width(f, text) <= width)
                return {line(text, f)};
        }
        return wrap(text, font(minSize), width);
    }
    qreal scale() const { return m_scale; }

private:
    QPaintDevice *m_device;
    qreal m_scale;
    std::map<int, std::unique_ptr<FontEntry>> m_fonts;
};

// Paints in points on a device of any resolution: coordinates and pens are converted here,
// while fonts keep their sizes in points (a scaled painter would scale them twice).
class Canvas {
public:
    Canvas(QPainter &painter, qreal scale)
        : m_p(painter)
        , m_s(scale) {}
    void text(qreal x, qreal baseline, const QString &text, const FontEntry *font) {
        if (font != m_font) {
            m_p.setFont(font->font);
            m_font = font;
        }
        if (!m_textPen) {
            m_p.setPen(Qt::black);
            m_textPen = true;
        }
        m_p.drawText(QPointF(x * m_s, baseline * m_s), text);
    }
    void line(qreal x1, qreal y1, qreal x2, qreal y2, const QColor &color, qreal width) {
        m_textPen = false;
        m_p.setPen(QPen(color, width * m_s));
        m_p.drawLine(QPointF(x1 * m_s, y1 * m_s), QPointF(x2 * m_s, y2 * m_s));
    }
    void fill(const QRectF &r, const QColor &color) {
        m_p.fillRect(QRectF(r.x() * m_s, r.y() * m_s, r.width() * m_s, r.height() * m_s), color);
    }
    void frame(const QRectF &r, qreal width) {
        m_textPen = false;
        m_p.setPen(QPen(Qt::black, width * m_s));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(QRectF(r.x() * m_s, r.y() * m_s, r.width() * m_s, r.height() * m_s));
    }

private:
    QPainter &m_p;
    qreal m_s;
    const FontEntry *m_font = nullptr;
    bool m_textPen = false;
};

qreal heightOf(const QList<Line> &lines) {
    qreal h = 0;
    for (const Line &l : lines)
        h += l.height;
    return h;
}

QString both(const QString &first, const QString &second) {
    return second.isEmpty() || second == first ? first : first + QStringLiteral(" / ") + second;
}

QString missionName(const MissionSettings &mission, const QString &language) {
    if (language == u"uz-Cyrl") // the settings keep the Uzbek name in Latin script
        return names::latinToCyrillic(mission.missionName.uz);
    return mission.missionName.in(language);
}

// Draws lines top-down from `top` inside [x, x + width].
qreal drawLines(Canvas &c, const QList<Line> &lines, qreal x, qreal top, qreal width,
                Measure &measure) {
    qreal y = top;
    for (const Line &l : lines) {
        if (!l.text.isEmpty()) {
            qreal left = x;
            if (l.centered)
                left = x + (width - measure.width(l.font, l.text)) / 2;
            c.text(left, y + l.ascent, l.text, l.font);
        }
        y += l.height;
    }
    return y;
}

class Layout {
public:
    Layout(const ReturnListPdfInput &input, const ReturnListPdfOptions &options,
           QPagedPaintDevice *device)
        : m_in(input)
        , m_opt(options)
        , m_t(ReturnListTexts::in(options.language))
        , m_t2(ReturnListTexts::in(secondLanguage(options.language)))
        , m_second(!secondLanguage(options.language).isEmpty())
        , m_measure(device) {
        const QRectF paint = device->pageLayout().paintRectPoints();
        m_width = paint.width();
        m_height = paint.height();
        m_rows = ReturnListExport::rows(input.passengers, options.output);
        setUpColumns();
        layOutHeader();
        layOutTitle();
        layOutRows();
        layOutEnd();
        paginate();
    }

    int pageCount() const { return int(m_pages.size()); }

    void paint(QPainter &p, QPagedPaintDevice *device) {
        Canvas canvas(p, m_measure.scale());
        for (int i = 0; i < m_pages.size(); ++i) {
            if (i > 0)
                device->newPage();
            paintPage(canvas, i);
        }
    }

private:
    QString second(const QString ReturnListTexts::*field) const {
        return m_second ? m_t2.*field : QString();
    }

    void setUpColumns() {
        auto col = [&](qreal weight, const QString ReturnListTexts::*field) {
            m_columns << Column{weight, m_t.*field, second(field)};
        };
        const bool reception = m_opt.output == ReturnListOutput::Reception;
        col(reception ? 3.5 : 4, &ReturnListTexts::number);
        col(reception ? 19 : 24, &ReturnListTexts::nameLatin);
        col(reception ? 19 : 24, &ReturnListTexts::nameCyrillic);
        col(reception ? 8.5 : 9, &ReturnListTexts::birthDate);
        col(reception ? 4.5 : 5, &ReturnListTexts::sex);
        if (reception)
            col(11, &ReturnListTexts::pinfl);
        col(reception ? 12.5 : 14, &ReturnListTexts::document);
        if (reception) {
            col(13, &ReturnListTexts::regionDistrict);
            col(17, &ReturnListTexts::receiver);
        } else {
            col(12, &ReturnListTexts::hostReference);
            col(8, &ReturnListTexts::assistance);
        }
        qreal total = 0;
        for (const Column &c : m_columns)
            total += c.weight;
        qreal x = 0;
        for (Column &c : m_columns) {
            c.x = x;
            c.width = m_width * c.weight / total;
            x += c.width;
        }
    }

    qreal inner(int column) const { return m_columns.at(column).width - 2 * CellPadX; }

    void layOutHeader() {
        m_header.cells.resize(m_columns.size());
        qreal h = 0;
        for (int i = 0; i < m_columns.size(); ++i) {
            QList<Line> lines =
                m_measure.wrap(m_columns.at(i).label, m_measure.font(HeadSize, true), inner(i));
            if (!m_columns.at(i).secondLabel.isEmpty())
                lines += m_measure.wrap(m_columns.at(i).secondLabel, m_measure.font(SmallSize),
                                        inner(i));
            h = std::max(h, heightOf(lines));
            m_header.cells[i] = lines;
        }
        m_header.height = h + 2 * CellPadY;
    }

    void layOutTitle() {
        const ReturnList &l = m_in.list;
        const QString title =
            m_opt.output == ReturnListOutput::Manifest ? m_t.manifestTitle : m_t.receptionTitle;
        const QString title2 = !m_second                                    ? QString()
                               : m_opt.output == ReturnListOutput::Manifest ? m_t2.manifestTitle
                                                                            : m_t2.receptionTitle;
        m_title += m_measure.wrap(missionName(m_in.mission, m_opt.language),
                                  m_measure.font(10, true), m_width, true);
        if (m_second)
            m_title += m_measure.wrap(missionName(m_in.mission, secondLanguage(m_opt.language)),
                                      m_measure.font(8), m_width, true);
        m_title << m_measure.line(QString(), m_measure.font(5));
        m_title += m_measure.wrap(title, m_measure.font(13, true), m_width, true);
        if (m_second)
            m_title += m_measure.wrap(title2, m_measure.font(9), m_width, true);
        if (l.isDraft()) // never mistaken for the list the consul signed
            m_title += m_measure.wrap(both(m_t.draft, second(&ReturnListTexts::draft)),
                                      m_measure.font(10, true), m_width, true);
        m_title << m_measure.line(QString(), m_measure.font(6));

        const QString date = dates::format(l.flightDate) +
                             (l.departureTime.isEmpty() ? QString() : u' ' + l.departureTime);
        const QString route = QStringLiteral("%1 – %2").arg(l.fromAirport, l.toAirport);
        QStringList facts;
        facts << both(m_t.flight, second(&ReturnListTexts::flight)) + QStringLiteral(": ") +
                     l.flightNumber;
        if (!l.carrier.isEmpty())
            facts << both(m_t.carrier, second(&ReturnListTexts::carrier)) + QStringLiteral(": ") +
                         l.carrier;
        facts << both(m_t.date, second(&ReturnListTexts::date)) + QStringLiteral(": ") + date;
        facts << both(m_t.route, second(&ReturnListTexts::route)) + QStringLiteral(": ") + route;
        m_title +=
            m_measure.wrap(facts.join(QStringLiteral("    ")), m_measure.font(9, true), m_width);
        m_title << m_measure.line(QString(), m_measure.font(6));
        m_runningHead = QStringLiteral("%1 · %2 · %3").arg(l.flightNumber, date, route);
    }

    QList<Line> cell(const ReturnListRow &r, const QString &key, int column) {
        const FontEntry *body = m_measure.font(BodySize);
        const FontEntry *small = m_measure.font(SmallSize);
        const qreal w = inner(column);
        if (key == u"number")
            return {m_measure.line(QString::number(r.number), body)};
        if (key == u"latin")
            return m_measure.fit(r.nameLatin, BodySize, MinNameSize, w);
        if (key == u"cyrillic")
            return m_measure.fit(r.nameCyrillic, BodySize, MinNameSize, w);
        if (key == u"birth")
            return {m_measure.line(dates::format(r.birthDate), body)};
        if (key == u"sex")
            return {m_measure.line(r.sex == u"M"   ? m_t.male
                                   : r.sex == u"F" ? m_t.female
                                                   : QString(),
                                   body)};
        if (key == u"pinfl")
            return {m_measure.line(r.pinfl, body)};
        if (key == u"document") {
            QList<Line> lines = m_measure.fit(r.documentNumber, BodySize, MinNameSize, w);
            // The same two words on every row: laid out once.
            const int kind = int(r.documentKind);
            if (!m_kindLines.contains(kind)) {
                const QString text =
                    r.documentKind == TravelDocument::Kind::Certificate ? m_t.certificate
                    : r.documentKind == TravelDocument::Kind::Passport  ? m_t.passport
                                                                        : QString();
                m_kindLines.insert(kind, m_measure.wrap(text, small, w));
            }
            lines += m_kindLines.value(kind);
            return lines;
        }
        if (key == u"host")
            return {m_measure.line(r.hostReference, body)};
        if (key == u"assistance")
            return m_measure.wrap(r.assistance.join(u' '), body, w);
        if (key == u"region") {
            QList<Line> lines = m_measure.wrap(r.region, body, w);
            lines += m_measure.wrap(r.district, body, w);
            return lines;
        }
        if (key == u"receiver") {
            QString who = r.receiverName;
            if (!r.receiverRelation.isEmpty())
                who += QStringLiteral(" (%1)").arg(r.receiverRelation);
            QList<Line> lines = m_measure.wrap(who.trimmed(), body, w);
            lines += m_measure.wrap(r.receiverContact, small, w);
            if (r.receiverConfirmed && !r.receiverName.isEmpty())
                lines += m_measure.wrap(QStringLiteral("✓ ") + m_t.confirmed, small, w);
            return lines;
        }
        return {};
    }

    void layOutRows() {
        const bool reception = m_opt.output == ReturnListOutput::Reception;
        QStringList keys = {QStringLiteral("number"), QStringLiteral("latin"),
                            QStringLiteral("cyrillic"), QStringLiteral("birth"),
                            QStringLiteral("sex")};
        if (reception)
            keys << QStringLiteral("pinfl");
        keys << QStringLiteral("document");
        if (reception)
            keys << QStringLiteral("region") << QStringLiteral("receiver");
        else
            keys << QStringLiteral("host") << QStringLiteral("assistance");
        m_layoutRows.reserve(m_rows.size());
        for (const ReturnListRow &r : m_rows) {
            Row row;
            row.cells.reserve(keys.size());
            qreal h = 0;
            for (int i = 0; i < keys.size(); ++i) {
                row.cells << cell(r, keys.at(i), i);
                h = std::max(h, heightOf(row.cells.last()));
            }
            row.height = h + 2 * CellPadY;
            m_layoutRows << row;
        }
    }

    void layOutEnd() {
        const ReturnListTotals t = ReturnListExport::totals(m_in.passengers, m_in.list.flightDate);
        auto totals = [&](const QString &pattern) {
            return QString(pattern).arg(t.passengers).arg(t.men).arg(t.women).arg(t.minors);
        };
        m_end << m_measure.line(QString(), m_measure.font(6));
        m_end += m_measure.wrap(totals(m_t.totals), m_measure.font(9, true), m_width);
        if (m_second)
            m_end += m_measure.wrap(totals(m_t2.totals), m_measure.font(8), m_width);
        m_end << m_measure.line(QString(), m_measure.font(5));
        m_end += m_measure.wrap(both(m_t.escorts, second(&ReturnListTexts::escorts)) +
                                    QStringLiteral(":"),
                                m_measure.font(9, true), m_width);
        if (m_in.escorts.isEmpty())
            m_end += m_measure.wrap(both(m_t.noEscorts, second(&ReturnListTexts::noEscorts)),
                                    m_measure.font(BodySize), m_width);
        int n = 0;
        for (const ReturnListEscort &e : m_in.escorts) {
            QStringList parts{e.name};
            if (!e.role.isEmpty())
                parts << e.role;
            if (!e.document.isEmpty())
                parts << e.document;
            m_end += m_measure.wrap(
                QStringLiteral("%1. %2").arg(++n).arg(parts.join(QStringLiteral(", "))),
                m_measure.font(BodySize), m_width);
        }
        m_signatureTop = heightOf(m_end) + 22;
        const qreal half = m_width / 2 - 20;
        auto signature = [&](const QString ReturnListTexts::*role, const QString &name) {
            QList<Line> lines =
                m_measure.wrap(both(m_t.*role, second(role)), m_measure.font(8, true), half);
            lines << m_measure.line(QString(), m_measure.font(14)); // room to sign
            lines << m_measure.line(QStringLiteral("_______________________________   ") + name,
                                    m_measure.font(9));
            lines += m_measure.wrap(QStringLiteral("(%1)").arg(
                                        both(m_t.signature, second(&ReturnListTexts::signature))),
                                    m_measure.font(SmallSize), half);
            return lines;
        };
        m_officer = signature(&ReturnListTexts::officer, m_in.officer);
        m_head = signature(&ReturnListTexts::headOfMission, m_in.mission.headOfMission);
        m_head += m_measure.wrap(both(m_t.stamp, second(&ReturnListTexts::stamp)),
                                 m_measure.font(SmallSize), half);
        m_endHeight = m_signatureTop + std::max(heightOf(m_officer), heightOf(m_head));
    }

    void paginate() {
        const qreal firstTop = heightOf(m_title);
        const qreal bottom = m_height - FooterHeight;
        int row = 0;
        bool first = true;
        while (true) {
            PageItem page;
            page.firstRow = row;
            qreal y = (first ? firstTop : RunningHeadHeight) + m_header.height;
            while (row < m_layoutRows.size() && y + m_layoutRows.at(row).height <= bottom) {
                y += m_layoutRows.at(row).height;
                ++row;
            }
            if (row == page.firstRow && row < m_layoutRows.size()) // a row taller than a page
                ++row, y = bottom;
            page.endRow = row;
            if (row == m_layoutRows.size() && y + m_endHeight <= bottom) {
                page.endBlock = true;
                page.endBlockTop = y;
            }
            m_pages << page;
            first = false;
            if (row == m_layoutRows.size()) {
                if (!page.endBlock) {
                    PageItem last;
                    last.firstRow = last.endRow = row;
                    last.endBlock = true;
                    last.endBlockTop = RunningHeadHeight;
                    m_pages << last;
                }
                break;
            }
        }
    }

    void paintRunningHead(Canvas &c) {
        const Line l = m_measure.line(m_runningHead, m_measure.font(8));
        c.text(0, l.ascent, m_runningHead, l.font);
        c.line(0, RunningHeadHeight - 5, m_width, RunningHeadHeight - 5, Qt::black, 0.5);
    }

    void paintPage(Canvas &c, int index) {
        const QColor grid(140, 140, 140);
        const PageItem &page = m_pages.at(index);
        qreal y = 0;
        if (index == 0) {
            y = drawLines(c, m_title, 0, 0, m_width, m_measure);
        } else {
            paintRunningHead(c);
            y = RunningHeadHeight;
        }
        if (page.endRow > page.firstRow || (index == 0 && m_layoutRows.isEmpty())) {
            const qreal tableTop = y;
            c.fill(QRectF(0, y, m_width, m_header.height), QColor(228, 228, 228));
            for (int col = 0; col < m_columns.size(); ++col)
                drawLines(c, m_header.cells.at(col), m_columns.at(col).x + CellPadX, y + CellPadY,
                          inner(col), m_measure);
            y += m_header.height;
            c.line(0, y, m_width, y, Qt::black, 0.8);
            for (int r = page.firstRow; r < page.endRow; ++r) {
                const Row &row = m_layoutRows.at(r);
                for (int col = 0; col < row.cells.size(); ++col)
                    drawLines(c, row.cells.at(col), m_columns.at(col).x + CellPadX, y + CellPadY,
                              inner(col), m_measure);
                y += row.height;
                if (r + 1 < page.endRow)
                    c.line(0, y, m_width, y, grid, 0.4);
            }
            for (int col = 1; col < m_columns.size(); ++col)
                c.line(m_columns.at(col).x, tableTop, m_columns.at(col).x, y, grid, 0.4);
            c.frame(QRectF(0, tableTop, m_width, y - tableTop), 0.8);
        }
        if (page.endBlock) {
            const qreal top = page.endBlockTop;
            drawLines(c, m_end, 0, top, m_width, m_measure);
            drawLines(c, m_officer, 0, top + m_signatureTop, m_width / 2 - 20, m_measure);
            drawLines(c, m_head, m_width / 2 + 20, top + m_signatureTop, m_width / 2 - 20,
                      m_measure);
        }
        // Footer: the flight on the left, "page X of Y" on the right.
        const QString pageText =
            both(QString(m_t.page).arg(index + 1).arg(m_pages.size()),
                 m_second ? QString(m_t2.page).arg(index + 1).arg(m_pages.size()) : QString());
        const Line footer = m_measure.line(pageText, m_measure.font(7.5));
        const qreal base = m_height - FooterHeight + 6 + footer.ascent;
        c.line(0, m_height - FooterHeight + 3, m_width, m_height - FooterHeight + 3, grid, 0.4);
        c.text(0, base, m_runningHead, footer.font);
        c.text(m_width - m_measure.width(footer.font, pageText), base, pageText, footer.font);
        // Who made the document and when, on every page: a page taken out of the list
        // still says where it came from.
        const QString madeBy =
            both(madeByLine(m_opt.language, m_in.stamp),
                 m_second ? madeByLine(secondLanguage(m_opt.language), m_in.stamp) : QString());
        const Line made = m_measure.line(madeBy, m_measure.font(SmallSize));
        c.text(0, base - footer.ascent + footer.height + made.ascent, madeBy, made.font);
    }

    const ReturnListPdfInput &m_in;
    const ReturnListPdfOptions &m_opt;
    ReturnListTexts m_t;
    ReturnListTexts m_t2;
    bool m_second;
    Measure m_measure;
    qreal m_width = 0;
    qreal m_height = 0;
    QList<ReturnListRow> m_rows;
    QList<Column> m_columns;
    Row m_header;
    QList<Line> m_title;
    QString m_runningHead;
    QList<Row> m_layoutRows;
    QList<Line> m_end;
    QList<Line> m_officer;
    QList<Line> m_head;
    qreal m_signatureTop = 0;
    qreal m_endHeight = 0;
    QList<PageItem> m_pages;
    QHash<int, QList<Line>> m_kindLines;
};

} // namespace

bool ReturnListPdf::isLanguage(const QString &language) {
    return documentLanguages().contains(language);
}

bool ReturnListPdf::isPaper(const QString &paper) {
    return paper == u"a4" || paper == u"letter";
}

QPageLayout ReturnListPdf::pageLayout(const QString &paper) {
    return QPageLayout(QPageSize(paper == u"letter" ? QPageSize::Letter : QPageSize::A4),
                       QPageLayout::Landscape, QMarginsF(Margin, Margin, Margin, Margin),
                       QPageLayout::Point);
}

int ReturnListPdf::paint(const ReturnListPdfInput &input, const ReturnListPdfOptions &options,
                         QPagedPaintDevice *device) {
    device->setPageLayout(pageLayout(options.paper));
    Layout layout(input, options, device);
    QPainter painter(device);
    layout.paint(painter, device);
    painter.end();
    return layout.pageCount();
}

QString ReturnListPdf::languages(const QString &language) {
    const QString second = secondLanguage(language);
    return second.isEmpty() ? language : language + u'+' + second;
}

ExportRecord ReturnListPdf::exportRecord(qint64 listId, const ReturnListPdfOptions &options) {
    ExportRecord record =
        ReturnListExport::exportRecord(ExportKind::ReturnListPdf, listId, options.output);
    record.language = languages(options.language);
    record.paper = options.paper;
    return record;
}

Result<ReturnListPdfInput> ReturnListPdf::input(const Database &db, const Clock &clock,
                                                qint64 listId, const ExportStamp &stamp) {
    ReturnListRepository lists(db, clock);
    ReturnListPdfInput input;
    Result<ReturnList> list = lists.load(listId);
    if (!list)
        return list.error();
    Result<QList<ReturnListPassenger>> passengers = lists.passengers(listId);
    if (!passengers)
        return passengers.error();
    Result<QList<ReturnListEscort>> escorts = lists.escorts(listId);
    if (!escorts)
        return escorts.error();
    Result<MissionSettings> mission = MissionSettingsStore(db, clock).load();
    if (!mission)
        return mission.error();
    input.list = list.value();
    input.passengers = passengers.value();
    input.escorts = escorts.value();
    input.mission = mission.value();
    input.officer = stamp.user;
    input.stamp = stamp;
    return input;
}

Result<qint64> ReturnListPdf::save(const Database &db, const Clock &clock, const Actor &actor,
                                   qint64 listId, const ReturnListPdfOptions &options,
                                   const QString &filePath) {
    return ExportLog(db.connection(), db.path(), clock, actor)
        .toFile(exportRecord(listId, options), filePath,
                [&](QIODevice &device, const ExportStamp &stamp) -> Result<qint64> {
                    Result<ReturnListPdfInput> in = input(db, clock, listId, stamp);
                    if (!in)
                        return in.error();
                    return write(in.value(), options, device);
                });
}

Result<qint64> ReturnListPdf::write(const ReturnListPdfInput &input,
                                    const ReturnListPdfOptions &options, QIODevice &device) {
    QPdfWriter writer(&device);
    writer.setCreator(QStringLiteral("Qaytish"));
    writer.setTitle(
        QStringLiteral("%1 %2").arg(input.list.flightNumber, dates::format(input.list.flightDate)));
    writer.setResolution(720);
    paint(input, options, &writer);
    return qint64(input.passengers.size());
}

} // namespace qaytish::documents
