#include "mrzpanel.h"

#include "core/dates.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace qaytish {

namespace {

const QString ErrorStyle = QStringLiteral("color: #b00020;");
const QString GoodStyle = QStringLiteral("color: #1b5e20;");

QString span(const QString &style, const QString &html) {
    return QStringLiteral("<span style=\"%1\">%2</span>").arg(style, html);
}

QString esc(const QString &s) {
    return s.toHtmlEscaped();
}

} // namespace

MrzPanel::MrzPanel(const Clock &clock, QWidget *parent)
    : QGroupBox(parent)
    , m_clock(clock) {
    setObjectName(QStringLiteral("mrzGroup"));

    m_input = new QPlainTextEdit;
    m_input->setObjectName(QStringLiteral("mrzInput"));
    // Tab leaves the box; Enter stays in it as a new line (a desk reader sends one after each
    // line), so it can never press a button of the form.
    m_input->setTabChangesFocus(true);
    m_input->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_input->setInputMethodHints(Qt::ImhPreferUppercase | Qt::ImhNoPredictiveText |
                                 Qt::ImhLatinOnly);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_input->setFont(mono);
    const QFontMetrics metrics(mono);
    const int frame = 2 * m_input->frameWidth() + 2 * int(m_input->document()->documentMargin());
    m_input->setFixedWidth(metrics.horizontalAdvance(QString(44, u'W')) + frame + 24);
    m_input->setFixedHeight(metrics.lineSpacing() * 3 + frame + 8);

    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("mrzInputLabel"));
    m_label->setBuddy(m_input);

    m_resultLabel = new QLabel;
    m_resultLabel->setObjectName(QStringLiteral("mrzResult"));
    m_resultLabel->setTextFormat(Qt::RichText);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("mrzNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #8a5a00;"));

    m_apply = new QPushButton;
    m_apply->setObjectName(QStringLiteral("mrzApply"));
    m_apply->setAutoDefault(false);
    m_apply->setDefault(false);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_label, 0, 0, 1, 2);
    layout->addWidget(m_input, 1, 0, 3, 1, Qt::AlignTop);
    layout->addWidget(m_resultLabel, 1, 1);
    layout->addWidget(m_note, 2, 1);
    layout->addWidget(m_apply, 3, 1, Qt::AlignLeft | Qt::AlignBottom);
    layout->setColumnStretch(1, 1);

    connect(m_input, &QPlainTextEdit::textChanged, this, &MrzPanel::reread);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (m_result && m_result->allChecksPass())
            emit applyRequested(*m_result);
    });

    retranslateUi();
    reread();
}

void MrzPanel::clear() {
    m_input->clear();
}

QString MrzPanel::nameCase(const QString &mrzName) {
    QStringList words = mrzName.split(u' ', Qt::SkipEmptyParts);
    for (QString &w : words)
        w = w.left(1).toUpper() + w.mid(1).toLower();
    return words.join(u' ');
}

QList<MrzFieldValue> MrzPanel::formValues(const MrzResult &r) {
    QList<MrzFieldValue> values;
    auto add = [&values](const char *column, const QVariant &value) {
        values << MrzFieldValue{QString::fromLatin1(column), value};
    };
    if (!r.surname.isEmpty())
        add("surname", nameCase(r.surname));
    if (!r.givenNames.isEmpty())
        add("given_names", nameCase(r.givenNames));
    add("birth_date", r.birthDate);
    if (r.sex == u"M" || r.sex == u"F")
        add("sex", r.sex);
    if (!r.nationality.isEmpty())
        add("nationality", r.nationality);
    // An identity card's number and expiry are not a passport's.
    if (r.documentCode.startsWith(u'P')) {
        add("passport_number", r.documentNumber);
        add("passport_expiry_date", r.expiryDate);
    }
    if (r.pinfl && !r.pinfl->number.isEmpty())
        add("pinfl", r.pinfl->number);
    return values;
}

void MrzPanel::reread() {
    m_progress = Mrz::progress(m_input->toPlainText());
    m_result.reset();
    m_error.reset();
    if (m_progress.state == MrzProgress::State::Complete) {
        Result<MrzResult> parsed = Mrz::parse(m_input->toPlainText(), m_clock.today());
        if (parsed)
            m_result = std::move(parsed).value();
        else
            m_error = parsed.error();
    } else if (m_progress.state == MrzProgress::State::NotMrz) {
        m_error = m_progress.error;
    }
    showResult();
}

QString MrzPanel::resultHtml(const MrzResult &r) const {
    QStringList lines;
    const QString name =
        r.givenNames.isEmpty() ? r.surname : tr("%1, %2").arg(r.surname, r.givenNames);
    lines << QStringLiteral("<b>%1</b>").arg(esc(name));
    const QString sex = r.sex.isEmpty() ? tr("not given") : r.sex;
    lines << esc(
        tr("Sex %1, born %2, nationality %3").arg(sex, dates::format(r.birthDate), r.nationality));
    const QString kind =
        r.documentCode.startsWith(u'P') ? tr("Passport %1 of %2") : tr("Document %1 of %2");
    const QString document = kind.arg(r.documentNumber, r.issuingState);
    lines << esc(r.expiryDate < m_clock.today()
                     ? tr("%1, expired on %2").arg(document, dates::format(r.expiryDate))
                     : tr("%1, valid until %2").arg(document, dates::format(r.expiryDate)));
    if (r.pinfl) {
        const MrzPinfl &p = *r.pinfl;
        if (!p.info.wellFormed) {
            lines << span(ErrorStyle, esc(tr("PINFL %1: %2").arg(p.number, p.info.error)));
        } else if (p.consistent()) {
            lines << esc(tr("PINFL %1 agrees with the date of birth and sex.").arg(p.number));
        } else {
            QStringList what;
            if (!p.birthDateMatches)
                what << tr("it gives the date of birth %1").arg(dates::format(p.info.birthDate));
            if (p.sexMatches == false)
                what << tr("it gives the sex %1").arg(p.info.sex);
            lines << span(ErrorStyle, esc(tr("PINFL %1 does not agree with the zone: %2.")
                                              .arg(p.number, what.join(QStringLiteral("; ")))));
        }
        if (p.info.wellFormed && !p.info.checkDigitOk)
            lines << span(ErrorStyle, esc(tr("The PINFL's check digit does not match.")));
    }
    if (r.allChecksPass()) {
        lines << span(GoodStyle, esc(tr("All check digits are correct.")));
    } else {
        QStringList failed;
        for (const QString &check : r.failedChecks())
            failed << Mrz::checkDisplayName(check);
        lines << span(ErrorStyle,
                      esc(tr("Check digits wrong: %1. The zone was misread or altered: read it "
                             "again or compare it with the document.")
                              .arg(failed.join(QStringLiteral(", ")))));
    }
    return lines.join(QStringLiteral("<br>"));
}

void MrzPanel::showResult() {
    QString html;
    switch (m_progress.state) {
    case MrzProgress::State::Empty:
        html = esc(tr("The zone is read as soon as all its lines are there."));
        break;
    case MrzProgress::State::Incomplete:
        html = esc(tr("Reading: %n line(s) so far.", nullptr,
                      int(Mrz::normalizedLines(m_input->toPlainText()).size())));
        break;
    case MrzProgress::State::Complete:
    case MrzProgress::State::NotMrz:
        html = m_result ? resultHtml(*m_result)
                        : span(ErrorStyle, esc(m_error ? m_error->message : QString()));
        break;
    }
    m_resultLabel->setText(html);
    m_note->setVisible(m_result.has_value());
    const bool canApply = m_result && m_result->allChecksPass();
    m_apply->setEnabled(canApply);
    m_apply->setToolTip(m_result && !canApply
                            ? tr("A check digit is wrong: read the zone again before applying it.")
                            : QString());
}

void MrzPanel::retranslateUi() {
    setTitle(tr("Read MRZ"));
    m_label->setText(tr("&Machine readable zone (paste, type or scan; Enter starts a new line):"));
    m_note->setText(tr("The zone drops the marks of oʻ and gʻ and may put the patronymic among "
                       "the given names. Apply fills the fields; then compare the names with the "
                       "document and correct them. The patronymic is left as it is."));
    m_apply->setText(tr("Apply to the person"));
    showResult();
}

void MrzPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

} // namespace qaytish
