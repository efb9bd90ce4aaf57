#include "casetablemodel.h"

#include "core/caserecord.h"
#include "core/dates.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSqlQuery>

#include <limits>
#include <optional>

namespace qaytish {

namespace {

const QString Placeholder = QStringLiteral("\u2026"); // …, not a word: nothing to translate

// Cases matching the filter, and cases in the register (the same number without a filter).
Result<std::pair<qint64, qint64>> countCases(QSqlDatabase db, const QString &path,
                                             const CaseFilter &filter, const CaseSort &sort) {
    Result<qint64> n = CaseQuery(filter, sort).count(db, path);
    if (!n)
        return n.error();
    qint64 total = n.value();
    if (filter != CaseFilter{}) {
        Result<qint64> all = CaseQuery({}, {}).count(db, path);
        if (!all)
            return all.error();
        total = all.value();
    }
    return std::pair<qint64, qint64>{n.value(), total};
}

} // namespace

CaseTableModel::CaseTableModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
    , m_pageReader(std::make_unique<ReaderThread>(MaxCachedPages, FarPageCacheKiB))
    , m_countReader(std::make_unique<ReaderThread>(1)) {
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &CaseTableModel::pollDataVersion);
}

CaseTableModel::~CaseTableModel() {
    // The readers finish their running job first; its answer, queued to this object, is
    // discarded with it.
    m_pageReader.reset();
    m_countReader.reset();
}

void CaseTableModel::setDatabase(std::shared_ptr<Database> db) {
    beginResetModel();
    m_db = std::move(db);
    m_lastError = {};
    m_errorReported = false;
    m_dataVersion = readDataVersion();
    m_total = 0;
    m_countsKnown = false;
    startReading(false);
    endResetModel();
    if (m_db && m_poll.interval() > 0)
        m_poll.start();
    else
        m_poll.stop();
    if (!m_db) {
        m_pageReader->release();
        m_countReader->release();
    }
    emit countsChanged(m_count, m_total);
}

void CaseTableModel::startReading(bool keepCount) {
    ++m_generation;
    m_pages.clear();
    m_pending.clear();
    m_pageReader->clear();
    if (!keepCount || !m_countsKnown) {
        m_countReader->clear();
        m_countPending = false;
    }
    if (!m_db) {
        m_count = 0;
        m_total = 0;
        m_countsKnown = true;
        return;
    }
    // The first page at once: an indexed order with LIMIT, or the few candidates of the
    // search index.
    m_query.reset();
    Result<QList<CaseListRow>> first =
        query().fetchAfter(m_db->connection(), m_db->path(), nullptr, PageSize);
    if (!first)
        reportError(first.error());
    const qint64 read = first ? first->size() : 0;
    storePage(0, first ? std::move(first).value() : QList<CaseListRow>());
    if (keepCount && m_countsKnown) {
        // A new sort: the same rows in another order. A count a refresh asked for is asked
        // again (its answer belongs to the old generation).
        if (m_countPending)
            requestCount();
        return;
    }
    if (first && read < PageSize) {
        // All of them are here: the count is known; the total too when nothing is filtered.
        m_count = read;
        m_countsKnown = true;
        if (m_filter == CaseFilter{}) {
            m_total = read;
            return;
        }
    } else {
        m_count = read;
        m_countsKnown = !first; // nothing more to wait for after an error
        m_total = std::max(m_total, m_count);
        if (!first)
            return;
    }
    requestCount();
}

void CaseTableModel::requestCount() {
    m_countPending = true;
    // Started a moment later, once the view has painted the rows just read: a count started
    // at once slowed the first paint of a million-case register by a fifth on two cores
    // (docs/PERFORMANCE.md), and it takes hundreds of milliseconds there anyway.
    const quint64 generation = m_generation;
    QTimer::singleShot(CountDelayMs, this, [this, generation] {
        if (generation == m_generation && m_countPending && m_db)
            postCount();
    });
}

void CaseTableModel::postCount() {
    const quint64 generation = m_generation;
    auto *self = this;
    m_countReader->post(
        m_db->path(), 0,
        [self, generation, filter = m_filter, sort = m_sort](const ScopedConnection &c) {
            Result<Counts> counts = c.error();
            if (c.isOpen()) {
                const Result<std::pair<qint64, qint64>> n =
                    countCases(c.db(), c.db().databaseName(), filter, sort);
                if (n)
                    counts = Counts{n->first, n->second};
                else
                    counts = n.error();
            }
            QMetaObject::invokeMethod(
                self, [self, generation, counts] { self->countArrived(generation, counts); },
                Qt::QueuedConnection);
        });
}

void CaseTableModel::countArrived(quint64 generation, const Result<Counts> &counts) {
    if (generation != m_generation)
        return;
    if (!counts) {
        m_countPending = false;
        m_countsKnown = true;
        reportError(counts.error()); // the rows read so far stay
        emit countsChanged(m_count, m_total);
        return;
    }
    // The count stays pending until m_count holds it: a view that asks for rows while they
    // are being inserted or removed must not have a page read from the end of the old count
    // (it would hold the rows shifted by the difference).
    const qint64 filtered = counts->filtered;
    if (filtered > m_count) {
        // A last page read short (it ended at the old count) is read again when shown, with
        // the rows that now follow.
        if (auto last = m_pages.find(m_count / PageSize);
            last != m_pages.end() && last->rows.size() < PageSize)
            m_pages.erase(last);
        beginInsertRows({}, int(m_count), int(filtered - 1));
        m_count = filtered;
        endInsertRows();
    } else if (filtered < m_count) {
        beginRemoveRows({}, int(filtered), int(m_count - 1));
        m_count = filtered;
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() * PageSize >= m_count)
                it = m_pages.erase(it);
            else
                ++it;
        }
        endRemoveRows();
    }
    m_countPending = false;
    m_countsKnown = true;
    m_total = counts->total;
    emit countsChanged(m_count, m_total);
}

int CaseTableModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid())
        return 0;
    return int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int CaseTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : CaseColumnCount;
}

Qt::ItemFlags CaseTableModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool CaseTableModel::isRowLoaded(int row) const {
    return row >= 0 && row < m_count && m_pages.contains(row / PageSize);
}

CaseTableModel::Page *CaseTableModel::storePage(qint64 pageNumber, QList<CaseListRow> rows,
                                                quint64 lastUse) const {
    if (!m_pages.contains(pageNumber) && m_pages.size() >= MaxCachedPages) {
        auto oldest = m_pages.begin();
        for (auto p = m_pages.begin(); p != m_pages.end(); ++p) {
            if (p->lastUse < oldest->lastUse)
                oldest = p;
        }
        if (lastUse > 0 && lastUse < oldest->lastUse)
            return nullptr; // asked for before every page shown since: passed by, not kept
        m_pages.erase(oldest);
    }
    Page &page = m_pages[pageNumber];
    page.rows = std::move(rows);
    page.stale = false;
    page.lastUse = lastUse > 0 ? lastUse : ++m_useCounter;
    return &page;
}

const CaseTableModel::Page *CaseTableModel::pageAt(qint64 pageNumber) const {
    const auto it = m_pages.constFind(pageNumber);
    return it == m_pages.cend() ? nullptr : &it.value();
}

const CaseQuery &CaseTableModel::query() const {
    // One query object per filter, sort and refresh: the search's plan is chosen once.
    if (!m_query)
        m_query.emplace(m_filter, m_sort);
    return *m_query;
}

const CaseListRow *CaseTableModel::rowAt(int row) const {
    if (!m_db || row < 0 || row >= m_count)
        return nullptr;
    const qint64 pageNumber = row / PageSize;
    Page *page = nullptr;
    if (auto it = m_pages.find(pageNumber); it != m_pages.end()) {
        page = &it.value();
    } else {
        // Next to the rows read so far (scrolling row by row): by key, from the last row of
        // the page before or the first row of the page after, an index range however deep
        // the page lies; read now.
        const Page *before = pageNumber > 0 ? pageAt(pageNumber - 1) : nullptr;
        const Page *after = pageAt(pageNumber + 1);
        std::optional<Result<QList<CaseListRow>>> rows;
        const QSqlDatabase c = m_db->connection();
        if (pageNumber == 0)
            rows = query().fetchAfter(c, m_db->path(), nullptr, PageSize);
        else if (before && before->rows.size() == PageSize)
            rows = query().fetchAfter(c, m_db->path(), &before->rows.constLast(), PageSize);
        else if (after && !after->rows.isEmpty())
            rows = query().fetchBefore(c, m_db->path(), &after->rows.constFirst(), PageSize);
        if (!rows) {
            // Far away (a dragged scroll bar): read on the reader thread; a placeholder until
            // then.
            requestPage(pageNumber);
            return nullptr;
        }
        if (!*rows)
            reportError(rows->error()); // an empty page stands in until the next refresh
        page = storePage(pageNumber, *rows ? std::move(*rows).value() : QList<CaseListRow>());
    }
    page->lastUse = ++m_useCounter;
    const int inPage = row % PageSize;
    return inPage < page->rows.size() ? &page->rows.at(inPage) : nullptr;
}

void CaseTableModel::requestPage(qint64 pageNumber) const {
    if (auto it = m_pending.find(pageNumber); it != m_pending.end()) {
        it.value() = ++m_useCounter; // still wanted: the view shows its placeholders
        return;
    }
    m_pending.insert(pageNumber, ++m_useCounter);
    auto *self = const_cast<CaseTableModel *>(this);
    const quint64 generation = m_generation;
    // A page in the second half of the rows is read from the end (OFFSET counted from
    // there), so the end of a long list is as near as its start; only with a count that is
    // current (not while a refresh counts again: the end may have moved).
    const qint64 rowsKnown = m_countsKnown && !m_countPending && !m_recounting ? m_count : -1;
    const QList<qint64> dropped = m_pageReader->post(
        m_db->path(), pageNumber,
        [self, generation, pageNumber, rowsKnown, filter = m_filter,
         sort = m_sort](const ScopedConnection &c) {
            Result<QList<CaseListRow>> rows = c.error();
            const qint64 first = pageNumber * PageSize;
            if (c.isOpen()) {
                const CaseQuery query(filter, sort);
                if (rowsKnown > first && first > rowsKnown / 2) {
                    const qint64 n = std::min<qint64>(PageSize, rowsKnown - first);
                    rows =
                        query.fetchFromEnd(c.db(), c.db().databaseName(), rowsKnown - first - n, n);
                } else {
                    rows = query.fetch(c.db(), c.db().databaseName(), first, PageSize);
                }
            }
            QMetaObject::invokeMethod(
                self,
                [self, generation, pageNumber, rows] {
                    self->pageArrived(generation, pageNumber, rows);
                },
                Qt::QueuedConnection);
        });
    // Pages the scroll bar passed long ago: asked again if they are shown again.
    for (qint64 d : dropped)
        m_pending.remove(d);
}

void CaseTableModel::pageArrived(quint64 generation, qint64 pageNumber,
                                 const Result<QList<CaseListRow>> &rows) {
    if (generation != m_generation)
        return;
    const quint64 asked = m_pending.take(pageNumber);
    const qint64 first = pageNumber * PageSize;
    if (first >= m_count)
        return; // the rows are gone since it was asked for
    if (!rows)
        reportError(rows.error());
    if (!storePage(pageNumber, rows ? rows.value() : QList<CaseListRow>(), asked))
        return;
    const qint64 last = std::min(first + PageSize, m_count) - 1;
    emit dataChanged(index(int(first), 0), index(int(last), CaseColumnCount - 1));
    emit pageLoaded(first, last - first + 1);
}

QString CaseTableModel::statusName(CaseStatus status) const {
    return CaseStatusInfo::displayName(status);
}

QVariant CaseTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto column = CaseColumn(index.column());
    if (role == Qt::TextAlignmentRole) {
        if (column == CaseColumn::OverstayDays)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole) {
        if (isRowLoaded(index.row()))
            return {};
        return QGuiApplication::palette().color(QPalette::PlaceholderText);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != CaseIdRole &&
        role != StatusCodeRole && role != CaseRefRole)
        return {};
    const CaseListRow *r = rowAt(index.row());
    if (!r) {
        // Not read yet (its page is on its way): a placeholder, never an empty row that
        // looks like data.
        if (role == Qt::DisplayRole && m_db && !isRowLoaded(index.row()))
            return Placeholder;
        return {};
    }
    switch (role) {
    case CaseIdRole:
        return r->id;
    case StatusCodeRole:
        return CaseStatusInfo::code(r->status);
    case CaseRefRole:
        return r->caseRef;
    case Qt::ToolTipRole:
        // Long names and facilities may be cut by the column width.
        if (column == CaseColumn::NameLatin)
            return r->fullNameLatin();
        if (column == CaseColumn::NameCyrillic)
            return r->fullNameCyrillic();
        if (column == CaseColumn::Facility && !r->facility.isEmpty())
            return r->facility;
        return {};
    default:
        break;
    }
    switch (column) {
    case CaseColumn::CaseRef:
        return r->caseRef;
    case CaseColumn::NameLatin:
        return r->fullNameLatin();
    case CaseColumn::NameCyrillic:
        return r->fullNameCyrillic();
    case CaseColumn::BirthDate:
        return dates::format(r->birthDate);
    case CaseColumn::PassportNumber:
        return r->passportNumber;
    case CaseColumn::Status:
        return statusName(r->status);
    case CaseColumn::OverstayDays: {
        if (r->durationOfStatus)
            return {};
        const std::optional<int> days = overstayDays(r->authorizedUntil, m_clock.today());
        return days ? QVariant(*days) : QVariant();
    }
    case CaseColumn::Facility:
        return r->facility;
    case CaseColumn::UpdatedAt:
        return r->updatedAt.isValid()
                   ? r->updatedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"))
                   : QString();
    }
    return {};
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= CaseColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && CaseColumn(section) == CaseColumn::OverstayDays)
        return tr("Days since the authorised stay ended (empty when admitted for duration of "
                  "status or when no date is recorded). For information only.");
    if (role == Qt::TextAlignmentRole) // long titles wrap onto a second line
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    if (role != Qt::DisplayRole)
        return {};
    switch (CaseColumn(section)) {
    case CaseColumn::CaseRef:
        return tr("Case reference");
    case CaseColumn::NameLatin:
        return tr("Full name (Latin)");
    case CaseColumn::NameCyrillic:
        return tr("Full name (Cyrillic)");
    case CaseColumn::BirthDate:
        return tr("Date of birth");
    case CaseColumn::PassportNumber:
        return tr("Passport number");
    case CaseColumn::Status:
        return tr("Status");
    case CaseColumn::OverstayDays:
        return tr("Days of overstay");
    case CaseColumn::Facility:
        return tr("Facility");
    case CaseColumn::UpdatedAt:
        return tr("Last change");
    }
    return {};
}

void CaseTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= CaseColumnCount)
        return;
    const CaseSort sort{CaseColumn(column), order};
    if (sort == m_sort)
        return;
    // Every row may move: a reset, as for any SQL query model. The count stays the same.
    beginResetModel();
    m_sort = sort;
    startReading(true);
    endResetModel();
}

void CaseTableModel::setFilter(const CaseFilter &filter) {
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    startReading(false);
    endResetModel();
    emit countsChanged(m_count, m_total);
}

void CaseTableModel::refresh() {
    m_dataVersion = readDataVersion();
    m_query.reset();
    m_lastError = {};
    m_errorReported = false;
    ++m_generation;
    m_pending.clear();
    m_pageReader->clear();
    m_countReader->clear();
    if (!m_db)
        return;
    // The rows read so far stay on screen (with the scroll position and the selection) and
    // are read again: the first page at once, the others on the reader thread.
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
        it->stale = true;
    const QList<qint64> cached = m_pages.keys();
    m_recounting = true;
    for (qint64 pageNumber : cached) {
        if (pageNumber != 0)
            requestPage(pageNumber);
    }
    m_recounting = false;
    if (!m_pages.contains(0) && m_count > PageSize) {
        requestCount();
        return;
    }
    Result<QList<CaseListRow>> first =
        query().fetchAfter(m_db->connection(), m_db->path(), nullptr, PageSize);
    if (!first)
        reportError(first.error());
    const qint64 read = first ? first->size() : 0;
    storePage(0, first ? std::move(first).value() : QList<CaseListRow>());
    if (first && read < PageSize && m_filter == CaseFilter{}) {
        // The whole register is on the first page: counted already.
        countArrived(m_generation, Counts{read, read});
    } else {
        if (first && read < PageSize)
            countArrived(m_generation, Counts{read, m_total}); // the total follows
        requestCount();
    }
    if (m_count > 0)
        emit dataChanged(index(0, 0),
                         index(int(std::min<qint64>(m_count, PageSize) - 1), CaseColumnCount - 1));
}

void CaseTableModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, CaseColumnCount - 1);
    const int status = int(CaseColumn::Status);
    if (rowCount() > 0)
        emit dataChanged(index(0, status), index(rowCount() - 1, status), {Qt::DisplayRole});
}

void CaseTableModel::setPollInterval(int milliseconds) {
    m_poll.stop();
    m_poll.setInterval(milliseconds);
    if (milliseconds > 0 && m_db)
        m_poll.start();
}

qint64 CaseTableModel::readDataVersion() const {
    if (!m_db)
        return -1;
    // data_version changes when another connection commits; writes through this model's
    // own connection (the editor shares it) do not change it and are refreshed directly.
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void CaseTableModel::pollDataVersion() {
    const qint64 version = readDataVersion();
    if (version < 0 || version == m_dataVersion)
        return;
    refresh();
    emit changedElsewhere();
}

int CaseTableModel::cachedRowOf(qint64 caseId) const {
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).id == caseId)
                return int(it.key() * PageSize + i);
        }
    }
    return -1;
}

int CaseTableModel::cachedRowCount() const {
    int n = 0;
    for (const Page &page : m_pages)
        n += int(page.rows.size());
    return n;
}

void CaseTableModel::reportError(const Error &error) const {
    m_lastError = error;
    if (m_errorReported)
        return;
    m_errorReported = true;
    // Queued: data() must not re-enter the view with a dialog.
    QMetaObject::invokeMethod(
        const_cast<CaseTableModel *>(this),
        [this, message = error.message] {
            emit const_cast<CaseTableModel *>(this)->errorOccurred(message);
        },
        Qt::QueuedConnection);
}

} // namespace qaytish
