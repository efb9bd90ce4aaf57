#include "subjectaccesspdf.h"

#include "documentfonts.h"
#include "returnlistpdf.h"
#include "returnlisttexts.h"
#include "subjectaccesstexts.h"

#include "core/casestatus.h"
#include "core/dates.h"
#include "core/identifiers.h"
#include "core/missionsettings.h"
#include "core/names.h"

#include <QBuffer>
#include <QDir>
#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <map>
#include <memory>

namespace qaytish::documents {

namespace {

// Sizes in points.
constexpr qreal Margin = 50;       // about 18 mm
constexpr qreal FooterHeight = 24; // below the text, above the bottom margin
constexpr qreal BodySize = 9;
constexpr qreal TitleSize = 15;
constexpr qreal SectionSize = 12;
constexpr qreal SubsectionSize = 10;
constexpr qreal FooterSize = 7.5;
constexpr qreal LabelShare = 0.36; // of the text width
constexpr qreal ColumnGap = 10;
constexpr qreal PhotoWidth = 99.2;   // 35 mm
constexpr qreal PhotoHeight = 127.6; // 45 mm

struct Font {
    QFont font;
    QFontMetricsF metrics;
    qreal height = 0; // points
    qreal ascent = 0;
};

// Fonts measured on the device: metrics depend on its resolution.
class Fonts {
public:
    explicit Fonts(QPaintDevice *device)
        : m_device(device)
        , m_scale(device->logicalDpiY() / 72.0) {}
    const Font *get(qreal size, bool bold = false) {
        const int key = int(size * 4) * 2 + (bold ? 1 : 0);
        auto it = m_fonts.find(key);
        if (it == m_fonts.end()) {
            const QFont f = documents::font(size, bold);
            const QFontMetricsF m(f, m_device);
            it = m_fonts
                     .emplace(key, std::make_unique<Font>(
                                       Font{f, m, m.height() / m_scale, m.ascent() / m_scale}))
                     .first;
        }
        return it->second.get();
    }
    qreal width(const Font *font, const QString &text) const {
        return font->metrics.horizontalAdvance(text) / m_scale;
    }
    qreal scale() const { return m_scale; }

    // The text in lines no wider than `width`: at line breaks, then between words; a word
    // wider than the line (a long number, an address without spaces) is broken where it
    // reaches the edge, so that nothing is ever clipped.
    QStringList wrap(const Font *font, const QString &text, qreal width) const {
        QStringList lines;
        for (const QString &paragraph : text.split(u'\n')) {
            QString current;
            for (QString word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
                const QString candidate = current.isEmpty() ? word : current + u' ' + word;
                if (this->width(font, candidate) <= width) {
                    current = candidate;
                    continue;
                }
                if (!current.isEmpty())
                    lines << current;
                current.clear();
                while (this->width(font, word) > width) {
                    int n = 1;
                    while (n < word.size() && this->width(font, word.left(n + 1)) <= width)
                        ++n;
                    if (n < word.size() && word.at(n - 1).isHighSurrogate())
                        --n; // never split a character
                    lines << word.left(n);
                    word = word.mid(n);
                }
                current = word;
            }
            lines << current; // an empty paragraph stays an empty line
        }
        return lines;
    }

private:
    QPaintDevice *m_device;
    qreal m_scale;
    std::map<int, std::unique_ptr<Font>> m_fonts;
};

// One piece of text of an item, at x and at its baseline below the item's top.
struct Piece {
    QString text;
    const Font *font = nullptr;
    qreal x = 0;
    qreal baseline = 0;
};

// The unit of pagination: a line of a field (label and value), a heading, the photo.
struct Item {
    qreal height = 0;
    QList<Piece> pieces;
    bool keepWithNext = false; // a heading stays with what follows it
    bool rule = false;         // a line under a section heading
    qreal spaceBefore = 0;     // part of the height, left out at the top of a page
    QImage image;              // the photo, drawn at imageRect (relative to the item's top)
    QRectF imageRect;
};

class Layout {
public:
    Layout(const SubjectAccessReport &report, const SubjectAccessPdfOptions &options,
           QPagedPaintDevice *device)
        : m_r(report)
        , m_o(options)
        , m_t(options.language)
        , m_fonts(device) {
        const QRectF paint = device->pageLayout().paintRectPoints();
        m_width = paint.width() - 2 * Margin;
        m_height = paint.height() - 2 * Margin - FooterHeight;
        m_labelWidth = m_width * LabelShare;
        m_valueX = m_labelWidth + ColumnGap;
        m_valueWidth = m_width - m_valueX;
        m_body = m_fonts.get(BodySize);
        m_bold = m_fonts.get(BodySize, true);
        build();
        paginate();
    }

    void paint(QPagedPaintDevice *device) {
        QPainter painter(device);
        const qreal s = m_fonts.scale();
        const int pages = int(m_pages.size());
        const QString madeBy = m_t(QStringLiteral("madeBy")).arg(m_r.madeBy, dateTime(m_r.madeAt));
        const Font *footer = m_fonts.get(FooterSize);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                device->newPage();
            qreal y = Margin;
            for (int i = m_pages[page].first; i < m_pages[page].second; ++i) {
                const Item &item = m_items[i];
                if (i == m_pages[page].first)
                    y -= item.spaceBefore;
                for (const Piece &p : item.pieces) {
                    painter.setFont(p.font->font);
                    painter.setPen(Qt::black);
                    painter.drawText(QPointF((Margin + p.x) * s, (y + p.baseline) * s), p.text);
                }
                if (item.rule) {
                    painter.setPen(QPen(Qt::black, 0.6 * s));
                    const qreal ry = y + item.height - 3;
                    painter.drawLine(QPointF(Margin * s, ry * s),
                                     QPointF((Margin + m_width) * s, ry * s));
                }
                if (!item.image.isNull()) {
                    const QRectF r = item.imageRect.translated(Margin, y);
                    painter.drawImage(QRectF(r.x() * s, r.y() * s, r.width() * s, r.height() * s),
                                      item.image);
                    painter.setPen(QPen(Qt::black, 0.5 * s));
                    painter.setBrush(Qt::NoBrush);
                    painter.drawRect(QRectF(r.x() * s, r.y() * s, r.width() * s, r.height() * s));
                }
                y += item.height;
            }
            // The footer: who made the answer and when, and the page.
            const qreal base = Margin + m_height + FooterHeight - 4;
            painter.setPen(QPen(Qt::black, 0.4 * s));
            painter.drawLine(QPointF(Margin * s, (base - footer->ascent - 4) * s),
                             QPointF((Margin + m_width) * s, (base - footer->ascent - 4) * s));
            painter.setFont(footer->font);
            const QString pageText =
                ReturnListTexts::in(m_t.language()).page.arg(page + 1).arg(pages);
            const qreal pageWidth = m_fonts.width(footer, pageText);
            const QStringList left = m_fonts.wrap(footer, madeBy, m_width - pageWidth - 20);
            painter.drawText(QPointF(Margin * s, base * s), left.value(0));
            painter.drawText(QPointF((Margin + m_width - pageWidth) * s, base * s), pageText);
        }
    }

    int pageCount() const { return int(m_pages.size()); }

private:
    static QString dateTime(const QDateTime &at) {
        return at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"))
                            : QString();
    }
    static QString date(const QDate &d) { return d.isValid() ? dates::format(d) : QString(); }
    QString yesNo(bool value) const {
        return m_t(value ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    QString orDash(const QString &text) const {
        return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
    }

    void heading(const QString &text, qreal size, bool rule, qreal spaceBefore) {
        const Font *f = m_fonts.get(size, true);
        const QStringList lines = m_fonts.wrap(f, text, m_width);
        for (int i = 0; i < lines.size(); ++i) {
            Item item;
            const qreal before = i == 0 ? spaceBefore : 0;
            item.height = before + f->height + (rule && i == lines.size() - 1 ? 6 : 0);
            item.pieces << Piece{lines.at(i), f, 0, before + f->ascent};
            item.spaceBefore = before;
            item.rule = rule && i == lines.size() - 1;
            item.keepWithNext = true;
            m_items << item;
        }
    }
    void section(const QString &text) { heading(text, SectionSize, true, 14); }
    void subsection(const QString &text) { heading(text, SubsectionSize, false, 8); }

    void paragraph(const QString &text, const Font *font = nullptr) {
        const Font *f = font ? font : m_body;
        for (const QString &line : m_fonts.wrap(f, text, m_width)) {
            Item item;
            item.height = f->height;
            item.pieces << Piece{line, f, 0, f->ascent};
            m_items << item;
        }
    }

    // A label and its value, each wrapped in its own column; one item per line, so that a
    // long value continues on the next page instead of being cut.
    void field(const QString &label, const QString &value) {
        const QStringList labels = m_fonts.wrap(m_bold, label, m_labelWidth);
        const QStringList values = m_fonts.wrap(m_body, orDash(value), m_valueWidth);
        const qsizetype n = std::max(labels.size(), values.size());
        const qreal lineHeight = std::max(m_bold->height, m_body->height);
        for (qsizetype i = 0; i < n; ++i) {
            Item item;
            item.height = lineHeight + (i == n - 1 ? 2 : 0);
            if (i < labels.size())
                item.pieces << Piece{labels.at(i), m_bold, 0, m_bold->ascent};
            if (i < values.size())
                item.pieces << Piece{values.at(i), m_body, m_valueX, m_body->ascent};
            // The lines of a label stay together with the value's first line.
            item.keepWithNext = i + 1 < labels.size();
            m_items << item;
        }
    }

    QString latin(const QString &key) const { return m_t(QStringLiteral("latin")).arg(m_t(key)); }
    QString cyrillic(const QString &key) const {
        return m_t(QStringLiteral("cyrillic")).arg(m_t(key));
    }
    QString sex(const QString &code) const {
        if (code == u"M")
            return m_t(QStringLiteral("male"));
        if (code == u"F")
            return m_t(QStringLiteral("female"));
        return code;
    }

    void names(const QString &surname, const QString &given, const QString &patronymic,
               const QString &surnameCyr, const QString &givenCyr, const QString &patronymicCyr) {
        field(latin(QStringLiteral("surname")), surname);
        field(latin(QStringLiteral("given_names")), given);
        field(latin(QStringLiteral("patronymic")), patronymic);
        field(cyrillic(QStringLiteral("surname")), surnameCyr);
        field(cyrillic(QStringLiteral("given_names")), givenCyr);
        field(cyrillic(QStringLiteral("patronymic")), patronymicCyr);
    }

    void build() {
        if (!m_o.missionName.isEmpty())
            paragraph(m_o.missionName, m_bold);
        heading(m_t(QStringLiteral("title")), TitleSize, false, 4);
        paragraph(m_t(QStringLiteral("subtitle")).arg(m_r.requestedCaseRef), m_bold);
        m_items.last().height += 6;
        paragraph(m_t(QStringLiteral("intro")));
        m_items.last().height += 4;
        buildPerson();
        buildPhoto();
        buildLinks();
        for (const SubjectAccessCase &c : m_r.cases)
            buildCase(c);
        buildAudit();
    }

    void buildPerson() {
        const PersonRecord &p = m_r.person;
        section(m_t(QStringLiteral("s.person")));
        names(p.surname, p.givenNames, p.patronymic, p.surnameCyrillic, p.givenNamesCyrillic,
              p.patronymicCyrillic);
        field(m_t(QStringLiteral("sex")), sex(p.sex));
        field(m_t(QStringLiteral("birth_date")), date(p.birthDate));
        field(m_t(QStringLiteral("birth_place")), p.birthPlace);
        field(m_t(QStringLiteral("nationality")), p.nationality);
        field(m_t(QStringLiteral("pinfl")), p.pinfl);
        field(m_t(QStringLiteral("passport_number")), p.passportNumber);
        field(m_t(QStringLiteral("passport_issue_date")), date(p.passportIssueDate));
        field(m_t(QStringLiteral("passport_expiry_date")), date(p.passportExpiryDate));
        field(m_t(QStringLiteral("contact_abroad")), p.contactAbroad);
        field(m_t(QStringLiteral("contact_home")), p.contactHome);
        field(m_t(QStringLiteral("family_group")), p.familyGroup);
        field(m_t(QStringLiteral("record")), QStringLiteral("%1 (%2)").arg(p.id).arg(p.uuid));
    }

    void buildPhoto() {
        section(m_t(QStringLiteral("s.photo")));
        if (!m_r.photo) {
            paragraph(m_t(QStringLiteral("photoNone")));
            return;
        }
        const PersonPhoto &photo = *m_r.photo;
        Item item;
        item.image = QImage::fromData(photo.jpeg);
        item.imageRect = QRectF(0, 4, PhotoWidth, PhotoHeight);
        item.height = PhotoHeight + 8;
        m_items << item;
        paragraph(m_t(QStringLiteral("photoInfo"))
                      .arg(photo.width)
                      .arg(photo.height)
                      .arg(photo.jpeg.size())
                      .arg(dateTime(photo.updatedAt)));
    }

    void buildLinks() {
        section(m_t(QStringLiteral("s.links")));
        if (m_r.links.isEmpty()) {
            paragraph(m_t(QStringLiteral("linkNone")));
            return;
        }
        for (const SubjectAccessLink &l : m_r.links)
            field(
                m_t(QStringLiteral("linkRecord")).arg(l.personId),
                m_t(QStringLiteral("linkValue"))
                    .arg(l.caseRefs.join(QStringLiteral(", ")), l.linkedBy, dateTime(l.linkedAt)));
        paragraph(m_t(QStringLiteral("linkNote")));
    }

    void buildCase(const SubjectAccessCase &c) {
        const CaseRecord &r = c.record;
        section(m_t(QStringLiteral("s.case")).arg(r.caseRef));
        field(m_t(QStringLiteral("case_ref")), r.caseRef);
        field(m_t(QStringLiteral("status")),
              m_t.code(QStringLiteral("status"), CaseStatusInfo::code(r.status)));
        field(m_t(QStringLiteral("host_reference")), identifiers::formatANumber(r.hostReference));
        field(m_t(QStringLiteral("visa_class")), r.visaClass);
        field(m_t(QStringLiteral("entry_date")), date(r.entryDate));
        field(m_t(QStringLiteral("authorized_until")),
              r.durationOfStatus ? m_t(QStringLiteral("ds")) : date(r.authorizedUntil));
        if (const auto days = r.overstayDays(m_r.today))
            field(m_t(QStringLiteral("overstay")), QString::number(*days));
        field(m_t(QStringLiteral("custody")), m_t.code(QStringLiteral("custody"), r.custody));
        field(m_t(QStringLiteral("facility")), r.facility);
        QStringList needs;
        for (const QString &n : r.needs)
            needs << m_t.code(QStringLiteral("need"), n);
        field(m_t(QStringLiteral("needs")),
              r.needsWithheld ? m_t(QStringLiteral("needsWithheld"))
                              : (needs.isEmpty() ? m_t(QStringLiteral("none"))
                                                 : needs.join(QStringLiteral(", "))));
        field(m_t(QStringLiteral("consent_contact_relatives")), yesNo(r.consentContactRelatives));
        field(m_t(QStringLiteral("consent_share_lawyer")), yesNo(r.consentShareWithLawyer));
        field(m_t(QStringLiteral("legal_representative")), r.legalRepresentative);
        field(m_t(QStringLiteral("return_wish")),
              r.returnWish.isEmpty() ? QString() : m_t.code(QStringLiteral("wish"), r.returnWish));
        field(m_t(QStringLiteral("assigned_officer")), r.assignedOfficer);
        field(m_t(QStringLiteral("host_request_reference")), r.hostRequest.reference);
        field(m_t(QStringLiteral("host_request_officer")), r.hostRequest.officer);
        field(m_t(QStringLiteral("host_request_date")), date(r.hostRequest.receivedDate));
        field(m_t(QStringLiteral("host_order_date")), date(r.hostRequest.orderDate));
        field(m_t(QStringLiteral("host_order_type")),
              r.hostRequest.orderType.isEmpty()
                  ? QString()
                  : m_t.code(QStringLiteral("order"), r.hostRequest.orderType));
        field(m_t(QStringLiteral("removal_stayed")), yesNo(r.removalStayed));
        field(m_t(QStringLiteral("do_not_board")), yesNo(r.doNotBoard));
        field(m_t(QStringLiteral("hold_note")), r.holdNote);
        field(m_t(QStringLiteral("notes")), r.notes);
        field(m_t(QStringLiteral("created_at")), dateTime(r.createdAt));
        field(m_t(QStringLiteral("updated_at")), dateTime(r.updatedAt));

        subsection(m_t(QStringLiteral("s.history")));
        for (const StatusChange &h : c.history) {
            QString value = m_t.code(QStringLiteral("status"), h.toCode);
            if (!h.fromCode.isEmpty())
                value =
                    m_t.code(QStringLiteral("status"), h.fromCode) + QStringLiteral(" → ") + value;
            if (!h.comment.isEmpty())
                value += QStringLiteral(": ") + h.comment;
            field(dateTime(h.at) + u' ' + h.actor, value);
        }

        subsection(m_t(QStringLiteral("s.requests")));
        if (c.requests.isEmpty())
            paragraph(m_t(QStringLiteral("none")));
        for (const IdentityRequest &q : c.requests) {
            QString value = q.hasReply()
                                ? m_t(QStringLiteral("reply"))
                                      .arg(q.replyNumber, date(q.replyDate),
                                           m_t.code(QStringLiteral("reply"), q.replyResult))
                                : m_t(QStringLiteral("noReply"));
            value += QStringLiteral("; ") + m_t(QStringLiteral("loggedBy")).arg(q.createdBy);
            field(m_t(QStringLiteral("requestOut")).arg(q.outNumber, date(q.outDate)), value);
        }

        subsection(m_t(QStringLiteral("s.interviews")));
        if (c.interviews.isEmpty())
            paragraph(m_t(QStringLiteral("none")));
        for (const Interview &i : c.interviews) {
            paragraph(m_t(QStringLiteral("interview")).arg(date(i.date)), m_bold);
            field(m_t(QStringLiteral("place")), i.place);
            field(m_t(QStringLiteral("interpreter")), i.interpreter);
            field(m_t(QStringLiteral("language")), i.language);
            field(m_t(QStringLiteral("stated_wishes")), i.statedWishes);
            field(m_t(QStringLiteral("officer")), i.officer);
        }

        subsection(m_t(QStringLiteral("s.confirmed")));
        if (!c.confirmed) {
            paragraph(m_t(QStringLiteral("none")));
        } else {
            const ConfirmedIdentity &k = *c.confirmed;
            names(k.surname, k.givenNames, k.patronymic, k.surnameCyrillic, k.givenNamesCyrillic,
                  k.patronymicCyrillic);
            field(m_t(QStringLiteral("sex")), sex(k.sex));
            field(m_t(QStringLiteral("birth_date")), date(k.birthDate));
            field(m_t(QStringLiteral("birth_place")), k.birthPlace);
            field(m_t(QStringLiteral("pinfl")), k.pinfl);
            field(m_t(QStringLiteral("confirmedAt")), dateTime(k.createdAt));
        }

        subsection(m_t(QStringLiteral("s.certificates")));
        if (c.certificates.isEmpty())
            paragraph(m_t(QStringLiteral("none")));
        for (const Certificate &cert : c.certificates) {
            paragraph(m_t(QStringLiteral("certificate")).arg(cert.number), m_bold);
            field(m_t(QStringLiteral("status")), m_t.code(QStringLiteral("cert"), cert.status));
            field(m_t(QStringLiteral("printedName")),
                  cert.fullNameLatin() + QStringLiteral(" / ") + cert.fullNameCyrillic());
            field(m_t(QStringLiteral("sex")), sex(cert.sex));
            field(m_t(QStringLiteral("birth_date")), date(cert.birthDate));
            field(m_t(QStringLiteral("birth_place")), cert.birthPlace);
            field(m_t(QStringLiteral("pinfl")), cert.pinfl);
            field(m_t(QStringLiteral("issue_date")), date(cert.issueDate));
            field(m_t(QStringLiteral("valid_until")), date(cert.validUntil));
            field(m_t(QStringLiteral("issued_by")), cert.issuedBy);
            field(m_t(QStringLiteral("head_of_mission")), cert.headOfMission);
            field(m_t(QStringLiteral("duty")),
                  QStringLiteral("%1 %2").arg(cert.dutyAmount, cert.dutyCurrency).trimmed());
            if (!cert.receiptNumber.isEmpty())
                field(m_t(QStringLiteral("receipt")), cert.receiptNumber);
            if (!cert.exemptionReason.isEmpty())
                field(m_t(QStringLiteral("exemption")), cert.exemptionReason);
            if (!cert.voidReason.isEmpty())
                field(m_t(QStringLiteral("voided")),
                      QStringLiteral("%1, %2: %3")
                          .arg(dateTime(cert.voidedAt), cert.voidedBy, cert.voidReason));
            field(m_t(QStringLiteral("certPhoto")),
                  cert.photo.isEmpty() ? m_t(QStringLiteral("none"))
                                       : m_t(QStringLiteral("photoBytes")).arg(cert.photo.size()));
            field(m_t(QStringLiteral("payload")), cert.payload);
        }

        subsection(m_t(QStringLiteral("s.lists")));
        if (c.returnLists.isEmpty())
            paragraph(m_t(QStringLiteral("none")));
        for (const SubjectAccessListEntry &e : c.returnLists) {
            paragraph(m_t(QStringLiteral("flight"))
                          .arg(e.list.flightNumber, date(e.list.flightDate), e.list.fromAirport,
                               e.list.toAirport),
                      m_bold);
            field(m_t(QStringLiteral("carrier")), e.list.carrier);
            field(m_t(QStringLiteral("listStatus")),
                  m_t.code(QStringLiteral("list"), e.list.status));
            if (e.removed)
                field(m_t(QStringLiteral("removed")), e.removedReason);
            const ReceptionData &rd = e.reception;
            QStringList place;
            for (const QString &part : {rd.region, rd.district}) {
                if (!part.trimmed().isEmpty())
                    place << part;
            }
            field(m_t(QStringLiteral("region")), place.join(QStringLiteral(", ")));
            field(m_t(QStringLiteral("receiver")), rd.receiverName);
            field(m_t(QStringLiteral("relation")), rd.receiverRelation);
            field(m_t(QStringLiteral("receiverContact")), rd.receiverContact);
            field(m_t(QStringLiteral("receiverConsent")), yesNo(rd.receiverConsent));
            field(m_t(QStringLiteral("receiverConfirmed")), yesNo(rd.receiverConfirmed));
            field(m_t(QStringLiteral("boarded")),
                  e.boarded ? yesNo(*e.boarded) : m_t(QStringLiteral("notRecorded")));
            if (!e.notBoardedReason.isEmpty())
                field(m_t(QStringLiteral("notBoardedReason")), e.notBoardedReason);
            for (const SubjectAccessListEntry::Override &o : e.overrides)
                field(m_t(QStringLiteral("override")),
                      QStringLiteral("%1: %2 (%3, %4)")
                          .arg(o.code, o.reason, o.actor, dateTime(o.at)));
        }
    }

    void buildAudit() {
        section(m_t(QStringLiteral("s.audit")));
        if (m_r.audit.isEmpty()) {
            paragraph(m_t(QStringLiteral("auditNone")));
            return;
        }
        for (const AuditEntry &e : m_r.audit) {
            QString value = m_t.code(QStringLiteral("audit"), e.action) + QStringLiteral("; ") +
                            e.table + u' ' + QString::number(e.rowId);
            if (!e.field.isEmpty())
                value += QStringLiteral(", ") + e.field;
            if (e.valuesHidden) {
                value += QStringLiteral(": ") + m_t(QStringLiteral("valuesHidden"));
            } else if (e.valuesErased) {
                value += QStringLiteral(": ") + m_t(QStringLiteral("valuesErased"));
            } else if (e.oldValue && !e.oldValue->isEmpty()) {
                value += QStringLiteral(": ") + *e.oldValue + QStringLiteral(" → ") +
                         e.newValue.value_or(QString());
            } else if (e.newValue && !e.newValue->isEmpty()) {
                value += QStringLiteral(": ") + *e.newValue;
            }
            field(dateTime(dates::fromIsoDateTime(e.at)) + u' ' + e.actor, value);
        }
    }

    // Pages as ranges of items: an item that does not fit starts a new page, and so does a
    // heading (or a label's first lines) whose next item would not fit after it.
    void paginate() {
        int start = 0;
        qreal used = 0;
        for (int i = 0; i < m_items.size(); ++i) {
            qreal need = m_items[i].height;
            for (int j = i; j + 1 < m_items.size() && m_items[j].keepWithNext; ++j)
                need += m_items[j + 1].height;
            const bool fits =
                used + (m_items[i].keepWithNext ? need : m_items[i].height) <= m_height;
            if (!fits && i > start) {
                m_pages.push_back({start, i});
                start = i;
                used = 0;
            }
            used += m_items[i].height;
        }
        m_pages.push_back({start, int(m_items.size())});
    }

    const SubjectAccessReport &m_r;
    const SubjectAccessPdfOptions &m_o;
    SubjectAccessTexts m_t;
    Fonts m_fonts;
    const Font *m_body = nullptr;
    const Font *m_bold = nullptr;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_labelWidth = 0;
    qreal m_valueX = 0;
    qreal m_valueWidth = 0;
    QList<Item> m_items;
    std::vector<std::pair<int, int>> m_pages;
};

} // namespace

int SubjectAccessPdf::paint(const SubjectAccessReport &report,
                            const SubjectAccessPdfOptions &options, QPagedPaintDevice *device) {
    QPageLayout layout = ReturnListPdf::pageLayout(options.paper);
    layout.setOrientation(QPageLayout::Portrait);
    device->setPageLayout(layout);
    Layout l(report, options, device);
    l.paint(device);
    return l.pageCount();
}

QByteArray SubjectAccessPdf::render(const SubjectAccessReport &report,
                                    const SubjectAccessPdfOptions &options) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Qaytish"));
        writer.setTitle(SubjectAccessTexts(options.language)(QStringLiteral("title")) +
                        QStringLiteral(" ") + report.requestedCaseRef);
        writer.setResolution(720);
        paint(report, options, &writer);
    }
    return bytes;
}

Status exportSubjectAccess(const Database &db, const Clock &clock, const Actor &reader,
                           qint64 caseId, const QString &filePath, const QString &language) {
    Result<QString> format = SubjectAccess::formatFor(filePath);
    if (!format)
        return format.error();
    Result<SubjectAccessReport> report = SubjectAccess::gather(db, clock, reader, caseId);
    if (!report)
        return report.error();
    QByteArray bytes;
    if (format.value() == u"json") {
        bytes = SubjectAccess::jsonBytes(report.value());
    } else {
        Result<MissionSettings> mission = MissionSettingsStore(db, clock).load();
        if (!mission)
            return mission.error();
        SubjectAccessPdfOptions options;
        options.language = documentLanguages().contains(language) ? language : QStringLiteral("en");
        options.paper = mission->paperSize;
        options.missionName = options.language == u"uz-Cyrl"
                                  ? names::latinToCyrillic(mission->missionName.uz)
                                  : mission->missionName.in(options.language);
        bytes = SubjectAccessPdf::render(report.value(), options);
    }
    return SubjectAccess::save(db, clock, reader, report.value(), format.value(), bytes, filePath);
}

} // namespace qaytish::documents
