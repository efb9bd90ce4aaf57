#include "certificatepdf.h"

#include "documentfonts.h"
#include "qrcode.h"
#include "returnlisttexts.h"

#include "core/dates.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

namespace qaytish::documents {

namespace {

// The document's own words in its languages (DOMAIN.md, GLOSSARY.md). They do not follow the
// interface language, so they are constants and not tr() texts.
struct Words {
    const char *uz;
    const char *ru;
    const char *en;
};

constexpr Words Surname{"Familiyasi", "Фамилия", "Surname"};
constexpr Words GivenNames{"Ismi", "Имя", "Given names"};
constexpr Words Patronymic{"Otasining ismi", "Отчество", "Patronymic"};
constexpr Words BirthDate{"Tugʻilgan sanasi", "Дата рождения", "Date of birth"};
constexpr Words BirthPlace{"Tugʻilgan joyi", "Место рождения", "Place of birth"};
constexpr Words Sex{"Jinsi", "Пол", "Sex"};
constexpr Words Male{"erkak", "мужской", "male"};
constexpr Words Female{"ayol", "женский", "female"};
constexpr Words Pinfl{"JSHSHIR", "ПИНФЛ", "PINFL"};
constexpr Words Purpose{"Safar maqsadi", "Цель поездки", "Purpose"};
constexpr Words PurposeText{"Oʻzbekiston Respublikasiga bir martalik qaytish",
                            "Однократный въезд в Республику Узбекистан",
                            "A single journey to the Republic of Uzbekistan"};
constexpr Words IssueDate{"Berilgan sana", "Дата выдачи", "Date of issue"};
constexpr Words ValidUntil{"Amal qilish muddati", "Действительно до", "Valid until"};
constexpr Words IssuePlace{"Berilgan joy", "Место выдачи", "Place of issue"};
constexpr Words Officer{"Konsullik mansabdor shaxsi", "Консульское должностное лицо",
                        "Consular officer"};
constexpr Words Head{"Muassasa rahbari", "Глава представительства", "Head of mission"};
constexpr Words Signature{"imzo", "подпись", "signature"};
constexpr Words Stamp{"M.Oʻ.", "М.П.", "Stamp"};
constexpr Words Note{
    "Guvohnoma egasi Oʻzbekiston Respublikasiga kelgach uni ichki ishlar organiga topshiradi.",
    "По прибытии в Республику Узбекистан владелец сдаёт свидетельство в орган внутренних дел.",
    "On arrival in the Republic of Uzbekistan the holder hands this certificate to the internal "
    "affairs office."};
constexpr Words Check{"Tekshirish uchun", "Для проверки", "For verification"};

class Page {
public:
    Page(QPainter &painter, const QRectF &page, double dpi, bool english)
        : m_p(painter)
        , m_page(page)
        , m_dpi(dpi)
        , m_english(english) {}

    double mm(double v) const { return v * m_dpi / 25.4; }
    QPainter &painter() { return m_p; }
    const QRectF &page() const { return m_page; }

    QString label(const Words &w) const {
        QStringList parts{QString::fromUtf8(w.uz), QString::fromUtf8(w.ru)};
        if (m_english)
            parts << QString::fromUtf8(w.en);
        return parts.join(QStringLiteral(" / "));
    }
    QStringList lines(const Words &w) const {
        QStringList parts{QString::fromUtf8(w.uz), QString::fromUtf8(w.ru)};
        if (m_english)
            parts << QString::fromUtf8(w.en);
        return parts;
    }

    // Draws wrapped text in a box of the width, from the top; returns the height used.
    double text(const QString &text, const QRectF &box, const QFont &font, int align,
                const QColor &color = Qt::black) {
        m_p.setFont(font);
        m_p.setPen(color);
        const int flags = align | Qt::TextWordWrap | Qt::AlignTop;
        const QRectF bounds =
            m_p.boundingRect(QRectF(box.left(), box.top(), box.width(), 1e6), flags, text);
        m_p.drawText(QRectF(box.left(), box.top(), box.width(), bounds.height()), flags, text);
        return bounds.height();
    }

    // A font size at which the one-line text fits the width (down to a floor, then it wraps).
    QFont fitted(const QString &text, double width, double points, bool bold) {
        QFont f = font(points, bold);
        while (points > 7.5) {
            f = font(points, bold);
            if (QFontMetricsF(f, m_p.device()).horizontalAdvance(text) <= width)
                break;
            points -= 0.5;
        }
        return f;
    }

    // A field: its label in the languages, then the values, one per line.
    double field(const Words &what, const QStringList &values, const QRectF &box,
                 double valuePoints = 11.5) {
        double y = box.top();
        y += text(label(what), QRectF(box.left(), y, box.width(), 0), font(7), Qt::AlignLeft,
                  QColor(0x55, 0x55, 0x55));
        y += mm(0.6);
        for (const QString &value : values) {
            if (value.trimmed().isEmpty())
                continue;
            y += text(value, QRectF(box.left(), y, box.width(), 0),
                      fitted(value, box.width(), valuePoints, true), Qt::AlignLeft);
        }
        return y - box.top();
    }

private:
    QPainter &m_p;
    QRectF m_page;
    double m_dpi;
    bool m_english;
};

} // namespace

QPageSize CertificatePdf::pageSize(const MissionSettings &settings) {
    return QPageSize(settings.paperSize == u"letter" ? QPageSize::Letter : QPageSize::A4);
}

void CertificatePdf::paint(QPainter &painter, const QRectF &sheet, double dpi, const Certificate &c,
                           const MissionSettings &settings, const ExportStamp &stamp) {
    const bool english = settings.englishOnDocuments;
    Page page(painter, sheet, dpi, english);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const double margin = page.mm(16);
    const double left = sheet.left() + margin;
    const double width = sheet.width() - 2 * margin;
    const QRectF full(left, 0, width, 0);
    double y = sheet.top() + page.mm(13);
    auto box = [&](double x, double w) {
        return QRectF(x, y, w, 0);
    };

    // The mission and the title.
    QStringList missionLines{settings.missionName.in(QStringLiteral("uz")),
                             settings.missionName.in(QStringLiteral("ru"))};
    if (english)
        missionLines << settings.missionName.in(QStringLiteral("en"));
    for (const QString &line : missionLines)
        y += page.text(line, box(left, width), font(9, true), Qt::AlignHCenter);
    y += page.mm(2.5);
    painter.setPen(QPen(Qt::black, page.mm(0.35)));
    painter.drawLine(QPointF(left, y), QPointF(left + width, y));
    y += page.mm(4);
    QStringList titles{settings.documentTitle.in(QStringLiteral("uz")),
                       settings.documentTitle.in(QStringLiteral("ru"))};
    if (english)
        titles << settings.documentTitle.in(QStringLiteral("en"));
    const double titlePoints[] = {14.5, 13, 11.5};
    for (int i = 0; i < titles.size(); ++i) {
        y += page.text(titles.at(i), box(left, width),
                       page.fitted(titles.at(i), width, titlePoints[i], true), Qt::AlignHCenter);
        y += page.mm(0.8);
    }
    y += page.mm(2);
    y += page.text(QStringLiteral("№ ") + c.number, box(left, width), font(17, true),
                   Qt::AlignHCenter, QColor(0x8b, 0x10, 0x10));
    y += page.mm(9);

    // The photo and the person.
    const double top = y;
    const QRectF photoBox(left, top, page.mm(35), page.mm(45));
    QImage photo;
    if (!c.photo.isEmpty())
        photo.loadFromData(c.photo);
    if (!photo.isNull())
        painter.drawImage(photoBox, photo);
    painter.setPen(QPen(Qt::black, page.mm(0.25)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(photoBox);
    const double fieldsLeft = photoBox.right() + page.mm(9);
    const double fieldsWidth = left + width - fieldsLeft;
    const double gap = page.mm(3.2);
    y = top - page.mm(0.8);
    y +=
        page.field(Surname, {c.surname, c.surnameCyrillic}, box(fieldsLeft, fieldsWidth), 13) + gap;
    y += page.field(GivenNames, {c.givenNames, c.givenNamesCyrillic}, box(fieldsLeft, fieldsWidth),
                    13) +
         gap;
    if (!c.patronymic.isEmpty() || !c.patronymicCyrillic.isEmpty())
        y += page.field(Patronymic, {c.patronymic, c.patronymicCyrillic},
                        box(fieldsLeft, fieldsWidth)) +
             gap;
    const double half = (fieldsWidth - page.mm(6)) / 2;
    const Words &sexWords = c.sex == u"F" ? Female : Male;
    const double rowA =
        std::max(page.field(BirthDate, {dates::format(c.birthDate)}, box(fieldsLeft, half)),
                 page.field(Sex, {c.sex.isEmpty() ? QString() : page.label(sexWords)},
                            box(fieldsLeft + half + page.mm(6), half)));
    y += rowA + gap;
    const double rowB =
        std::max(page.field(BirthPlace, {c.birthPlace}, box(fieldsLeft, half)),
                 page.field(Pinfl, {c.pinfl}, box(fieldsLeft + half + page.mm(6), half)));
    y += rowB;
    y = std::max(y, photoBox.bottom()) + page.mm(10);

    // The journey and the dates.
    y += page.field(Purpose, page.lines(PurposeText), box(left, width), 11) + page.mm(6);
    const double third = (width - page.mm(12)) / 3;
    const QString city =
        english ? QStringList{settings.city.uz, settings.city.ru, settings.city.en}.join(
                      QStringLiteral(" / "))
                : settings.city.uz + QStringLiteral(" / ") + settings.city.ru;
    const double datesHeight =
        std::max({page.field(IssueDate, {dates::format(c.issueDate)}, box(left, third), 12),
                  page.field(ValidUntil, {dates::format(c.validUntil)},
                             box(left + third + page.mm(6), third), 12),
                  page.field(IssuePlace, {city}, box(left + 2 * (third + page.mm(6)), third), 11)});
    y += datesHeight + page.mm(6);
    y += page.text(page.lines(Note).join(u'\n'), box(left, width), font(7.5), Qt::AlignLeft,
                   QColor(0x33, 0x33, 0x33));
    y += page.mm(13);

    // Signatures, the place of the stamp and the QR code.
    const double qrSide = page.mm(33);
    const double signWidth = width - qrSide - page.mm(10);
    auto signature = [&](const Words &who, const QString &name) {
        y += page.text(page.label(who), box(left, signWidth), font(7.5), Qt::AlignLeft,
                       QColor(0x55, 0x55, 0x55));
        y += page.mm(11);
        painter.setPen(QPen(Qt::black, page.mm(0.2)));
        const double lineLeft = left + signWidth * 0.45;
        painter.drawLine(QPointF(lineLeft, y), QPointF(left + signWidth, y));
        page.text(name, QRectF(left, y - page.mm(5), signWidth * 0.43, 0), font(10.5, true),
                  Qt::AlignLeft);
        y += page.mm(0.8);
        y += page.text(page.label(Signature), QRectF(lineLeft, y, left + signWidth - lineLeft, 0),
                       font(6.5), Qt::AlignHCenter, QColor(0x55, 0x55, 0x55));
        y += page.mm(7);
    };
    const double signTop = y;
    signature(Officer, c.issuedBy);
    signature(Head, c.headOfMission);
    // The stamp goes over the head of mission's signature, left of the line.
    const double stampR = page.mm(14);
    const QPointF stampCentre(left + stampR + page.mm(2), y + stampR);
    QPen dashed(QColor(0x88, 0x88, 0x88), page.mm(0.25), Qt::DashLine);
    painter.setPen(dashed);
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(stampCentre, stampR, stampR);
    const QString stampText = page.lines(Stamp).join(u'\n');
    const double stampLines = page.lines(Stamp).size();
    page.text(stampText,
              QRectF(stampCentre.x() - stampR, stampCentre.y() - page.mm(1.7) * stampLines,
                     2 * stampR, 0),
              font(8), Qt::AlignHCenter, QColor(0x66, 0x66, 0x66));

    const QRectF qrBox(left + width - qrSide, signTop, qrSide, qrSide);
    if (!c.payload.isEmpty())
        QrCode::draw(painter, qrBox, c.payload);
    page.text(
        page.lines(Check).join(u'\n') + u'\n' + c.number,
        QRectF(qrBox.left() - page.mm(4), qrBox.bottom() + page.mm(2), qrSide + page.mm(8), 0),
        font(6.5), Qt::AlignHCenter, QColor(0x55, 0x55, 0x55));

    // Who made this copy and when, at the foot of the page in the document's languages,
    // right of the place of the stamp (which reaches down to the foot on Letter paper).
    QStringList madeBy{madeByLine(QStringLiteral("uz"), stamp),
                       madeByLine(QStringLiteral("ru"), stamp)};
    if (english)
        madeBy << madeByLine(QStringLiteral("en"), stamp);
    const QString attribution = madeBy.join(QStringLiteral(" / "));
    const QFont small = font(6);
    const double footLeft = stampCentre.x() + stampR + page.mm(4);
    const double footWidth = left + width - footLeft;
    const int footFlags = Qt::TextWordWrap | Qt::AlignRight;
    const double footHeight =
        QFontMetricsF(small, painter.device())
            .boundingRect(QRectF(0, 0, footWidth, 1e6), footFlags, attribution)
            .height();
    page.text(attribution, QRectF(footLeft, sheet.bottom() - page.mm(7) - footHeight, footWidth, 0),
              small, Qt::AlignRight, QColor(0x55, 0x55, 0x55));
    painter.restore();
}

Status CertificatePdf::printable(const Certificate &c) {
    if (c.status != u"valid")
        return Error::make(ErrorKind::BadInput,
                           tr("Certificate %1 is “%2” and is not printed again.")
                               .arg(c.number, CertificateRegister::statusDisplayName(c.status)),
                           QStringLiteral("number"));
    return {};
}

ExportRecord CertificatePdf::exportRecord(const Certificate &c, const MissionSettings &settings) {
    ExportRecord record;
    record.kind = ExportKind::CertificatePdf;
    record.table = QStringLiteral("certificate");
    record.rowId = c.id;
    record.language =
        settings.englishOnDocuments ? QStringLiteral("uz+ru+en") : QStringLiteral("uz+ru");
    record.paper = settings.paperSize;
    return record;
}

Status CertificatePdf::save(const Database &db, const Clock &clock, const Actor &actor,
                            const QString &number, const QString &path) {
    Result<Certificate> c = CertificateRegister(db, clock).byNumber(number);
    if (!c)
        return c.error();
    if (Status s = printable(c.value()); !s)
        return s;
    Result<MissionSettings> settings = MissionSettingsStore(db, clock).load();
    if (!settings)
        return settings.error();
    Result<qint64> written =
        ExportLog(db.connection(), db.path(), clock, actor)
            .toFile(exportRecord(c.value(), settings.value()), path,
                    [&](QIODevice &device, const ExportStamp &stamp) {
                        return write(device, c.value(), settings.value(), stamp);
                    });
    if (!written)
        return written.error();
    return {};
}

Result<qint64> CertificatePdf::write(QIODevice &device, const Certificate &c,
                                     const MissionSettings &settings, const ExportStamp &stamp) {
    if (Status s = printable(c); !s)
        return s.error();
    QPdfWriter writer(&device);
    writer.setResolution(300);
    writer.setPageSize(pageSize(settings));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(settings.documentTitle.in(QStringLiteral("uz")) + QStringLiteral(" ") +
                    c.number);
    writer.setCreator(QStringLiteral("Qaytish"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error::make(ErrorKind::Io, tr("The PDF cannot be drawn."));
    const QRectF sheet(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    paint(painter, sheet, writer.resolution(), c, settings, stamp);
    if (!painter.end())
        return Error::make(ErrorKind::Io, tr("The PDF cannot be drawn."));
    return qint64(1);
}

} // namespace qaytish::documents
