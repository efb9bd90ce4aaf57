#pragma once

#include "core/casequery.h"
#include "core/clock.h"
#include "core/database.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

#include <memory>

namespace qaytish {

// The register as a table: lazy and windowed (DESIGN.md, Performance principles). Only the
// number of rows is known up front (one count per filter); rows are read in pages of
// PageSize by CaseQuery when the view asks for them, and at most MaxCachedPages pages are
// kept (least recently used are dropped), so memory stays flat when scrolling end to end.
// Sorting and filtering happen in SQL.
class CaseTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        CaseIdRole = Qt::UserRole, // qint64: the case's id, to open it
        StatusCodeRole,            // QString: the status code (never translated)
        CaseRefRole,               // QString: the case reference
    };
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 8;

    explicit CaseTableModel(const Clock &clock, QObject *parent = nullptr);

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

    // Cases matching the filter, and cases in the register.
    qint64 filteredCount() const { return m_count; }
    qint64 totalCount() const { return m_total; }

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
    // After every count (a new register, filter or refresh).
    void countsChanged(qint64 filtered, qint64 total);
    // Reading the register failed; the message is translated and names the file.
    void errorOccurred(const QString &message);
    // Another connection or process wrote to the register and the model re-read it.
    void changedElsewhere();

private:
    struct Page {
        QList<CaseListRow> rows;
        quint64 lastUse = 0;
    };

    const CaseListRow *rowAt(int row) const;
    struct Counts {
        qint64 filtered = 0;
        qint64 total = 0;
    };
    Counts countRows() const;
    void applyCounts(const Counts &counts);
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
    qint64 m_dataVersion = -1;
    QTimer m_poll;

    // The window of rows read so far: page number -> rows. Mutable because data() is const
    // and reads pages on demand.
    mutable QHash<qint64, Page> m_pages;
    mutable quint64 m_useCounter = 0;
    mutable Error m_lastError;
    mutable bool m_errorReported = false;
};

} // namespace qaytish
