#include "dashboardstrip.h"

#include <QEnterEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace qaytish {

namespace {

const QString Placeholder = QStringLiteral("\u2026"); // …, not a word: nothing to translate
constexpr int Padding = 6;                            // inside a figure, around its text
const QColor AlertColor(0xb0, 0x00, 0x20);            // as the editor's error texts

} // namespace

DashboardFigureButton::DashboardFigureButton(QWidget *parent)
    : QAbstractButton(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setCheckable(true);
    setAttribute(Qt::WA_Hover);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void DashboardFigureButton::setFigure(const QString &number, const QString &label, bool stale,
                                      bool alert) {
    const bool resized = label != m_label || number.size() != m_number.size();
    m_number = number;
    m_label = label;
    m_stale = stale;
    m_alert = alert;
    setText(number + QStringLiteral(" ") + label); // what screen readers say
    setAccessibleName(text());
    if (resized)
        updateGeometry();
    update();
}

QFont DashboardFigureButton::numberFont() const {
    QFont f = font();
    f.setBold(true);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 1.25);
    else
        f.setPixelSize(f.pixelSize() * 5 / 4);
    return f;
}

QStringList DashboardFigureButton::labelLines() const {
    const QFontMetrics fm = fontMetrics();
    const QStringList words = m_label.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return {m_label};
    QStringList best{m_label};
    int bestWidth = fm.horizontalAdvance(m_label);
    for (int i = 1; i < words.size(); ++i) {
        const QString first = words.mid(0, i).join(u' ');
        const QString second = words.mid(i).join(u' ');
        const int w = std::max(fm.horizontalAdvance(first), fm.horizontalAdvance(second));
        if (w < bestWidth) {
            bestWidth = w;
            best = {first, second};
        }
    }
    return best;
}

int DashboardFigureButton::labelWidth() const {
    int w = 0;
    for (const QString &line : labelLines())
        w = std::max(w, fontMetrics().horizontalAdvance(line));
    // horizontalAdvance() rounds the glyphs' fractional advances; elidedText() does not.
    return w + 3;
}

QSize DashboardFigureButton::sizeHint() const {
    const QFontMetrics numbers(numberFont());
    // A figure widens only when its count gets another digit (setFigure()).
    const int width = std::max(numbers.horizontalAdvance(m_number), labelWidth()) + 2 * Padding;
    const int height = numbers.height() + 2 * fontMetrics().height() + 2 * Padding;
    return {width, height};
}

QSize DashboardFigureButton::minimumSizeHint() const {
    return sizeHint();
}

void DashboardFigureButton::paintEvent(QPaintEvent *) {
    QPainter p(this);
    const QPalette &pal = palette();
    const QRect r = rect().adjusted(0, 0, -1, -1);
    if (isChecked() || isDown()) {
        QColor fill = pal.color(QPalette::Highlight);
        fill.setAlpha(40);
        p.fillRect(r, fill);
        p.setPen(pal.color(QPalette::Highlight));
        p.drawRect(r);
    } else if (m_hover) {
        QColor fill = pal.color(QPalette::Highlight);
        fill.setAlpha(18);
        p.fillRect(r, fill);
    }
    const QFont nf = numberFont();
    const QFontMetrics numbers(nf);
    QColor numberColor = m_alert ? AlertColor : pal.color(QPalette::WindowText);
    if (m_stale)
        numberColor = pal.color(QPalette::PlaceholderText);
    p.setFont(nf);
    p.setPen(numberColor);
    const QRect numberRect(Padding, Padding, width() - 2 * Padding, numbers.height());
    p.drawText(numberRect, Qt::AlignHCenter | Qt::AlignVCenter, m_number);
    p.setFont(font());
    p.setPen(pal.color(QPalette::WindowText));
    const QFontMetrics fm = fontMetrics();
    int y = numberRect.bottom() + 1;
    for (const QString &line : labelLines()) {
        p.drawText(QRect(Padding, y, width() - 2 * Padding, fm.height()), Qt::AlignHCenter,
                   fm.elidedText(line, Qt::ElideRight, width() - 2 * Padding));
        y += fm.height();
    }
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = rect().adjusted(2, 2, -2, -2);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &p, this);
    }
}

void DashboardFigureButton::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void DashboardFigureButton::enterEvent(QEnterEvent *event) {
    m_hover = true;
    update();
    QAbstractButton::enterEvent(event);
}

void DashboardFigureButton::leaveEvent(QEvent *event) {
    m_hover = false;
    update();
    QAbstractButton::leaveEvent(event);
}

DashboardStrip::DashboardStrip(const Clock &clock, QWidget *parent)
    : QFrame(parent)
    , m_clock(clock)
    , m_reader(std::make_unique<ReaderThread>(1)) {
    setObjectName(QStringLiteral("dashboardStrip"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(0);
    bool statuses = true;
    for (const DashboardFigure &figure : Dashboard::figures()) {
        if (statuses && std::holds_alternative<CaseCondition>(figure)) {
            // The statuses, then what needs the officer's attention.
            statuses = false;
            auto *line = new QFrame(this);
            line->setFrameShape(QFrame::VLine);
            line->setFrameShadow(QFrame::Sunken);
            layout->addSpacing(4);
            layout->addWidget(line);
            layout->addSpacing(4);
        }
        auto *button = new DashboardFigureButton(this);
        button->setObjectName(objectNameFor(figure));
        connect(button, &QAbstractButton::clicked, this, [this, figure, button] {
            // The checked state follows the main window's filter, not the click.
            button->setChecked(m_active && *m_active == figure);
            emit figureClicked(figure, Dashboard::filterFor(figure, m_basis));
        });
        layout->addWidget(button, 1); // the room beyond the texts, shared evenly
        m_buttons.append({figure, button});
    }
    updateButtons();
}

DashboardStrip::~DashboardStrip() {
    // The running count finishes first; its answer, queued to this object, goes with it.
    m_reader.reset();
}

QString DashboardStrip::objectNameFor(const DashboardFigure &figure) {
    if (const auto *status = std::get_if<CaseStatus>(&figure))
        return QStringLiteral("figure_") + CaseStatusInfo::code(*status);
    return QStringLiteral("figure_") + CaseConditionInfo::code(std::get<CaseCondition>(figure));
}

DashboardFigureButton *DashboardStrip::button(const DashboardFigure &figure) const {
    for (const auto &[f, b] : m_buttons) {
        if (f == figure)
            return b;
    }
    return nullptr;
}

QString DashboardStrip::label(const DashboardFigure &figure) const {
    if (const auto *status = std::get_if<CaseStatus>(&figure))
        return CaseStatusInfo::displayName(*status);
    switch (std::get<CaseCondition>(figure)) {
    case CaseCondition::IdentityOverdue:
        return tr("Identity check overdue");
    case CaseCondition::DocumentExpiring:
        return tr("Document expires within %n day(s)", nullptr, m_basis.documentWindowDays);
    case CaseCondition::OnOpenReturnList:
        return tr("On open return lists");
    }
    return {};
}

QString DashboardStrip::toolTip(const DashboardFigure &figure) const {
    if (const auto *status = std::get_if<CaseStatus>(&figure))
        return tr("Cases in the status “%1”. Click to show them.")
            .arg(CaseStatusInfo::displayName(*status));
    switch (std::get<CaseCondition>(figure)) {
    case CaseCondition::IdentityOverdue:
        return tr("Cases in identity check whose identity request has waited more than %n "
                  "day(s) for a reply (mission settings). Click to show them.",
                  nullptr, m_basis.identityOverdueDays);
    case CaseCondition::DocumentExpiring:
        return tr("Open cases whose travel document (the valid Certificate of Return, else the "
                  "passport with the mission's margin of %1 days) is valid for the last time "
                  "today or within %n day(s). Expired documents are not counted. Click to show "
                  "them.",
                  nullptr, m_basis.documentWindowDays)
            .arg(m_basis.passportMarginDays);
    case CaseCondition::OnOpenReturnList:
        return tr("Cases on a draft or final return list (not taken off it). Click to show "
                  "them.");
    }
    return {};
}

void DashboardStrip::setDatabase(std::shared_ptr<Database> db) {
    m_db = std::move(db);
    m_figures.reset();
    m_active.reset();
    if (!m_db) {
        ++m_generation;
        m_counting = false;
        m_reader->release();
        updateButtons();
        return;
    }
    refresh();
}

void DashboardStrip::refresh() {
    if (!m_db)
        return;
    // The settings are one small table: read here, so that a click made while counting
    // already filters by the new ones.
    Result<ConditionBasis> basis = Dashboard::basis(*m_db, m_clock);
    if (!basis) {
        emit errorOccurred(basis.error().message);
        return;
    }
    m_basis = basis.value();
    const quint64 generation = ++m_generation;
    m_counting = true;
    auto *self = this;
    m_reader->post(m_db->path(), 0, [self, generation, basis = m_basis](const ScopedConnection &c) {
        Result<DashboardFigures> figures = c.error();
        if (c.isOpen())
            figures = Dashboard::compute(c.db(), c.db().databaseName(), basis);
        QMetaObject::invokeMethod(
            self, [self, generation, figures] { self->arrived(generation, figures); },
            Qt::QueuedConnection);
    });
    updateButtons();
}

void DashboardStrip::arrived(quint64 generation, const Result<DashboardFigures> &figures) {
    if (generation != m_generation)
        return; // a newer count is on its way
    m_counting = false;
    if (!figures) {
        updateButtons();
        emit errorOccurred(figures.error().message);
        return;
    }
    m_figures = figures.value();
    updateButtons();
    emit figuresChanged();
}

void DashboardStrip::setActiveFigure(const std::optional<DashboardFigure> &figure) {
    m_active = figure;
    for (const auto &[f, b] : std::as_const(m_buttons))
        b->setChecked(m_active && *m_active == f);
}

void DashboardStrip::updateButtons() {
    for (const auto &[figure, button] : std::as_const(m_buttons)) {
        const qint64 n = m_figures ? m_figures->value(figure) : -1;
        const bool alert = n > 0 && std::holds_alternative<CaseCondition>(figure) &&
                           std::get<CaseCondition>(figure) != CaseCondition::OnOpenReturnList;
        button->setFigure(n < 0 ? Placeholder : QLocale().toString(n), label(figure),
                          m_counting && n >= 0, alert);
        button->setToolTip(toolTip(figure));
        button->setEnabled(m_db != nullptr);
    }
}

void DashboardStrip::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        updateButtons();
    QFrame::changeEvent(event);
}

} // namespace qaytish
