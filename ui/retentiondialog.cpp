#include "retentiondialog.h"

#include "dialogs.h"

#include "core/casestatus.h"
#include "core/dates.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qaytish {

RetentionDialog::RetentionDialog(std::shared_ptr<Database> db, const Clock &clock, Actor actor,
                                 QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_actor(std::move(actor)) {
    setWindowTitle(tr("Apply the retention period"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("retentionSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("retentionPersons"));
    m_table->setHorizontalHeaderLabels({tr("Cases"), tr("Status"), tr("Returned or closed on")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_summary->setBuddy(m_table);
    layout->addWidget(m_table, 1);
    m_removed = new QLabel;
    m_removed->setObjectName(QStringLiteral("retentionRemoved"));
    m_removed->setWordWrap(true);
    layout->addWidget(m_removed);
    auto *buttons = new QDialogButtonBox;
    m_apply = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_apply->setObjectName(QStringLiteral("applyRetention"));
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(m_apply, &QPushButton::clicked, this, &RetentionDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(680, 460);
    refresh();
}

void RetentionDialog::refresh() {
    Result<RetentionPreview> preview = Retention::preview(*m_db, m_clock, m_actor);
    m_table->setRowCount(0);
    if (!preview) {
        m_summary->setText(preview.error().message);
        m_removed->clear();
        m_apply->setText(tr("&Anonymise"));
        m_apply->setEnabled(false);
        return;
    }
    m_preview = preview.value();
    const int n = int(m_preview.persons.size());
    QString summary = tr("The mission keeps returned and closed cases for %n year(s). ", nullptr,
                         m_preview.years) +
                      (n == 0 ? tr("No case was returned or closed before %1: nobody is due for "
                                   "anonymisation.")
                                    .arg(dates::format(m_preview.cutoff))
                              : tr("%n person(s) have every case returned or closed before %1 "
                                   "and will be anonymised:",
                                   nullptr, n)
                                    .arg(dates::format(m_preview.cutoff)));
    m_summary->setText(summary);
    m_table->setRowCount(n);
    for (int row = 0; row < n; ++row) {
        const RetentionCandidate &c = m_preview.persons.at(row);
        QStringList statuses;
        for (const QString &code : c.statuses)
            if (const auto status = CaseStatusInfo::fromCode(code))
                statuses << CaseStatusInfo::displayName(*status);
        statuses.removeDuplicates();
        m_table->setItem(row, 0, new QTableWidgetItem(c.caseRefs.join(QStringLiteral(", "))));
        m_table->setItem(row, 1, new QTableWidgetItem(statuses.join(QStringLiteral(", "))));
        m_table->setItem(row, 2, new QTableWidgetItem(dates::format(c.closedOn)));
    }
    QString removed;
    if (n > 0) {
        removed = tr("Removed from each person:") + QStringLiteral("<ul>");
        for (const QString &what : Retention::clearedData())
            removed += QStringLiteral("<li>%1</li>").arg(what.toHtmlEscaped());
        removed += QStringLiteral("</ul>") +
                   tr("Kept: the cases, their dates and statuses, sex, nationality.");
        removed += QStringLiteral("<br><br>") + Retention::copiesNotice(m_preview).toHtmlEscaped();
    }
    m_removed->setText(removed);
    m_apply->setText(n == 0 ? tr("&Anonymise") : tr("&Anonymise %n person(s)", nullptr, n));
    m_apply->setEnabled(n > 0);
}

void RetentionDialog::apply() {
    const int n = int(m_preview.persons.size());
    Dialogs::Question question;
    question.kind = Dialogs::Question::Kind::Warning;
    question.title = windowTitle();
    question.text = tr("Anonymise %n person(s) now? This cannot be undone.", nullptr, n);
    question.yesText = tr("&Anonymise");
    question.noText = tr("Cancel");
    if (Dialogs::ask(this, question) != Dialogs::Answer::Yes)
        return;
    Result<RetentionOutcome> applied = Retention::apply(*m_db, m_clock, m_actor, m_preview);
    if (!applied) {
        Dialogs::error(this, windowTitle(), applied.error().message);
        refresh();
        return;
    }
    m_anonymised += applied->anonymised;
    const QStringList copies = Retention::copiesOutcome(applied.value());
    Dialogs::inform(
        this, windowTitle(),
        (QStringList{tr("%n person(s) anonymised.", nullptr, applied->anonymised)} + copies)
            .join(u'\n'));
    refresh();
}

} // namespace qaytish
