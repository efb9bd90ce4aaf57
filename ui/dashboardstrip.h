#pragma once

#include "core/clock.h"
#include "core/dashboard.h"
#include "core/database.h"
#include "core/readerthread.h"

#include <QAbstractButton>
#include <QFrame>
#include <QList>

#include <memory>
#include <optional>

namespace qaytish {

// One figure of the strip: the number above its label (the label wraps onto a second line
// rather than widening the strip). A button: Tab reaches it, Space or Enter clicks it.
class DashboardFigureButton : public QAbstractButton {
    Q_OBJECT
public:
    explicit DashboardFigureButton(QWidget *parent = nullptr);

    void setFigure(const QString &number, const QString &label, bool stale, bool alert);
    QString numberText() const { return m_number; }
    QString labelText() const { return m_label; }
    bool isStale() const { return m_stale; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QFont numberFont() const;
    // The label in at most two lines, split where the wider line is narrowest.
    QStringList labelLines() const;
    int labelWidth() const;

    QString m_number;
    QString m_label;
    bool m_stale = false;
    bool m_alert = false;
    bool m_hover = false;
};

// The dashboard above the register table: cases by status, overdue identity checks,
// travel documents about to expire and people on open return lists. The figures are
// counted on a reader thread of the strip's own (the UI thread never waits for them);
// before the first count each shows a placeholder, and while a register change is being
// counted again the last figures stay, drawn in the placeholder colour. Clicking a figure
// asks for the filter that shows exactly its cases.
class DashboardStrip : public QFrame {
    Q_OBJECT
public:
    DashboardStrip(const Clock &clock, QWidget *parent = nullptr);
    ~DashboardStrip() override;

    // Counts the figures of the register (or shows nothing for a null pointer).
    void setDatabase(std::shared_ptr<Database> db);
    // Counts again (after a write here or elsewhere, or new mission settings).
    void refresh();
    // Labels and tooltips in the current language.
    void retranslate() { updateButtons(); }
    // The figure whose filter the table shows, drawn as pressed; nothing for none.
    void setActiveFigure(const std::optional<DashboardFigure> &figure);

    // The last figures counted (empty before the first count) and whether a count runs.
    const std::optional<DashboardFigures> &figures() const { return m_figures; }
    bool isCounting() const { return m_counting; }
    // The day and settings of the count running or last made.
    const ConditionBasis &basis() const { return m_basis; }
    DashboardFigureButton *button(const DashboardFigure &figure) const;
    // The label of a figure in the current language (for the main window's filter bar).
    QString label(const DashboardFigure &figure) const;
    static QString objectNameFor(const DashboardFigure &figure);

signals:
    // The officer clicked a figure: the filter that shows exactly its cases.
    void figureClicked(const qaytish::DashboardFigure &figure, const qaytish::CaseFilter &filter);
    // New figures have arrived (figures() holds them).
    void figuresChanged();
    // Counting failed; the message is translated and names the file.
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void arrived(quint64 generation, const Result<DashboardFigures> &figures);
    void updateButtons();
    QString toolTip(const DashboardFigure &figure) const;

    const Clock &m_clock;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<ReaderThread> m_reader;
    quint64 m_generation = 0;
    bool m_counting = false;
    ConditionBasis m_basis;
    std::optional<DashboardFigures> m_figures;
    std::optional<DashboardFigure> m_active;
    QList<std::pair<DashboardFigure, DashboardFigureButton *>> m_buttons;
};

} // namespace qaytish
