#pragma once

#include "core/casequery.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/readerthread.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

#include <memory>
#include <optional>

namespace qaytish {

// The register as a table: lazy and windowed (DESIGN.md, Performance principles). Rows are
// read in pages of PageSize by CaseQuery, and at most MaxCachedPages pages are kept (least
// recently used are dropped), so memory stays flat when scrolling end to end. Sorting and
// filtering happen in SQL.
//
// The UI thread never waits for a count or a far page:
// - a new register, filter or sort reads the first page at once (an indexed query) and
//   shows its rows; when it is full, the rows are counted on a reader thread and rowCount()
//   grows to the count when it arrives (countsKnown() tells which);
// - a page next to one already read (scrolling row by row) is read at once, by key (the rows
//   after the last row of the page before, or before the first row of the page after: an
//   index range, as quick at the millionth row as at the first); a page far from them (a
//   dragged scroll bar) is read by OFFSET on another reader thread, from the nearer end,
//   and its rows show a placeholder ("…", in the placeholder colour) until it arrives,
//   then dataChanged;
// - refresh() keeps showing the rows read so far, reads them again in the background and
//   counts again; rows come and go at the end when the count changes.
class CaseTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        CaseIdRole = Qt::UserRole, // qint64: the case's id, to open it
        StatusCodeRole,            // QString: the status code (never translated)
        CaseRefRole,               // QString: the case reference
    };
    // A page is about two screens of rows: a keystroke in the search box reads one page, and a
    // search that walks the order's index to find it stops sooner the smaller the page.
    static constexpr int PageSize = 64;
    static constexpr int MaxCachedPages = 8;
    // How long after the first page the count starts (see requestCount()).
    static constexpr int CountDelayMs = 50;
    // The page cache of the connection that reads far pages (a jump of the scroll bar, by
    // OFFSET): each jump reads a new part of the register, so what it keeps would only be
    // memory held (docs/PERFORMANCE.md).
    static constexpr int FarPageCacheKiB = 4096;

    explicit CaseTableModel(const Clock &clock, QObject *parent = nullptr);
    ~CaseTableModel() override;

    // Shows the register (or nothing for a null pointer); keeps the sort and the filter.
    void setDatabase(std::shared_ptr<Database> db);
    std::shared_ptr<Database> database() const { return m_db; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const CaseFilter &filter);
    const CaseFilter &filter() const { return m_filter; }
    const CaseSort &currentSort() const { return m_sort; }

    // Cases matching the filter, and cases in the register. Until countsKnown(), these are
    // the rows read so far (at least) and the last total counted.
    qint64 filteredCount() const { return m_count; }
    qint64 totalCount() const { return m_total; }
    bool countsKnown() const { return m_countsKnown; }
    // True when the row's page is in memory (reading nothing).
    bool isRowLoaded(int row) const;
    // Reads still running in the background (counts and pages): for tests and benchmarks.
    bool isBusy() const { return !m_pending.isEmpty() || m_countPending; }

    // Re-reads the register with the same sort and filter: drops the cached pages and counts
    // again. The view keeps its scroll position; rows are read again as they are shown.
    void refresh();
    // Header titles and status names in the current language.
    void retranslate();

    // How often to look for writes by another connection or process (PRAGMA data_version);
    // 0 turns it off.
    void setPollInterval(int milliseconds);

    // The row of a case among the rows read so far, or -1.
    int cachedRowOf(qint64 caseId) const;
    // Rows held in memory (bounded by PageSize * MaxCachedPages).
    int cachedRowCount() const;
    // The last error met while reading, or an empty message.
    const Error &lastError() const { return m_lastError; }

signals:
    // After every count (a new register, filter or refresh), and once before it with the
    // rows read so far when the count runs in the background (countsKnown() is false then).
    void countsChanged(qint64 filtered, qint64 total);
    // A page read in the background has arrived (dataChanged has been emitted for it).
    void pageLoaded(qint64 firstRow, qint64 rowCount);
    // Reading the register failed; the message is translated and names the file.
    void errorOccurred(const QString &message);
    // Another connection or process wrote to the register and the model re-read it.
    void changedElsewhere();

private:
    struct Page {
        QList<CaseListRow> rows;
        quint64 lastUse = 0;
        bool stale = false; // read before a refresh; shown until read again
    };
    struct Counts {
        qint64 filtered = 0;
        qint64 total = 0;
    };

    const CaseListRow *rowAt(int row) const;
    const Page *pageAt(qint64 pageNumber) const;
    const CaseQuery &query() const;
    // Reads the first page now and counts in the background when it is full. Call between
    // beginResetModel() and endResetModel().
    void startReading(bool countAgain);
    // Keeps a page, dropping the least recently used beyond MaxCachedPages. `lastUse` 0
    // means now; a page read in the background keeps the time it was last asked for, so
    // that pages the scroll bar passed do not push out the one it stopped at (such a page
    // is not kept at all when it is older than every page kept: returns nullptr).
    Page *storePage(qint64 pageNumber, QList<CaseListRow> rows, quint64 lastUse = 0) const;
    void requestPage(qint64 pageNumber) const;
    void requestCount();
    void postCount();
    void pageArrived(quint64 generation, qint64 pageNumber, const Result<QList<CaseListRow>> &rows);
    void countArrived(quint64 generation, const Result<Counts> &counts);
    void reportError(const Error &error) const;
    void pollDataVersion();
    qint64 readDataVersion() const;
    QString statusName(CaseStatus status) const;

    const Clock &m_clock;
    std::shared_ptr<Database> m_db;
    CaseFilter m_filter;
    CaseSort m_sort;
    qint64 m_count = 0;
    qint64 m_total = 0;
    bool m_countsKnown = true;
    qint64 m_dataVersion = -1;
    QTimer m_poll;
    // Bumped by every new register, filter, sort and refresh: answers to older requests are
    // dropped.
    quint64 m_generation = 0;
    bool m_countPending = false;
    bool m_recounting = false; // refresh() asks for its pages before it counts again
    std::unique_ptr<ReaderThread> m_pageReader;
    std::unique_ptr<ReaderThread> m_countReader;

    // The window of rows read so far: page number -> rows. Mutable because data() is const
    // and reads pages on demand.
    mutable QHash<qint64, Page> m_pages;
    mutable std::optional<CaseQuery> m_query; // for the current filter, sort and refresh
    mutable QHash<qint64, quint64> m_pending; // pages asked of the reader thread -> when
    mutable quint64 m_useCounter = 0;
    mutable Error m_lastError;
    mutable bool m_errorReported = false;
};

} // namespace qaytish
