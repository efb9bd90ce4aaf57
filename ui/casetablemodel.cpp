#include "casetablemodel.h"

#include "core/caserecord.h"
#include "core/dates.h"

#include <QSqlQuery>

#include <limits>

namespace qaytish {

CaseTableModel::CaseTableModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock) {
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &CaseTableModel::pollDataVersion);
}

void CaseTableModel::setDatabase(std::shared_ptr<Database> db) {
    beginResetModel();
    m_db = std::move(db);
    m_pages.clear();
    m_lastError = {};
    m_errorReported = false;
    m_dataVersion = readDataVersion();
    applyCounts(countRows());
    endResetModel();
    if (m_db && m_poll.interval() > 0)
        m_poll.start();
    else
        m_poll.stop();
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

const CaseListRow *CaseTableModel::rowAt(int row) const {
    if (!m_db || row < 0 || row >= m_count)
        return nullptr;
    const qint64 pageNumber = row / PageSize;
    auto it = m_pages.find(pageNumber);
    if (it == m_pages.end()) {
        // Read the page now: an indexed ORDER BY with LIMIT/OFFSET takes milliseconds.
        // A later step moves deep jumps to a worker thread and shows placeholders meanwhile.
        if (m_pages.size() >= MaxCachedPages) {
            auto oldest = m_pages.begin();
            for (auto p = m_pages.begin(); p != m_pages.end(); ++p) {
                if (p->lastUse < oldest->lastUse)
                    oldest = p;
            }
            m_pages.erase(oldest);
        }
        Page page;
        const CaseQuery query(m_filter, m_sort);
        Result<QList<CaseListRow>> rows =
            query.fetch(m_db->connection(), m_db->path(), pageNumber * PageSize, PageSize);
        if (rows)
            page.rows = std::move(rows).value();
        else
            reportError(rows.error()); // an empty page stands in until the next refresh
        it = m_pages.insert(pageNumber, std::move(page));
    }
    it->lastUse = ++m_useCounter;
    const int inPage = row % PageSize;
    return inPage < it->rows.size() ? &it->rows.at(inPage) : nullptr;
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
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != CaseIdRole &&
        role != StatusCodeRole && role != CaseRefRole)
        return {};
    const CaseListRow *r = rowAt(index.row());
    if (!r)
        return {};
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
    m_pages.clear();
    endResetModel();
}

void CaseTableModel::setFilter(const CaseFilter &filter) {
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    m_pages.clear();
    applyCounts(countRows());
    endResetModel();
    emit countsChanged(m_count, m_total);
}

void CaseTableModel::refresh() {
    m_dataVersion = readDataVersion();
    m_lastError = {};
    m_errorReported = false;
    const Counts counts = countRows();
    if (counts.filtered == m_count) {
        // Same number of rows: they are read again as they are shown, and the view keeps
        // its scroll position and selection.
        m_pages.clear();
        applyCounts(counts);
        if (m_count > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, CaseColumnCount - 1));
    } else {
        beginResetModel();
        m_pages.clear();
        applyCounts(counts);
        endResetModel();
    }
    emit countsChanged(m_count, m_total);
}

CaseTableModel::Counts CaseTableModel::countRows() const {
    // Synchronous for now: a count over 100,000 cases takes milliseconds with the indexes.
    // applyCounts() is the one place a background count will report to.
    Counts counts;
    if (!m_db)
        return counts;
    Result<qint64> n = CaseQuery(m_filter, m_sort).count(m_db->connection(), m_db->path());
    if (!n)
        reportError(n.error());
    counts.filtered = n ? n.value() : 0;
    counts.total = counts.filtered;
    if (m_filter != CaseFilter{}) {
        Result<qint64> all = CaseQuery({}, {}).count(m_db->connection(), m_db->path());
        if (!all)
            reportError(all.error());
        counts.total = all ? all.value() : 0;
    }
    return counts;
}

void CaseTableModel::applyCounts(const Counts &counts) {
    m_count = counts.filtered;
    m_total = counts.total;
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
