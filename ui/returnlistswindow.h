#pragma once

#include "core/actor.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/returnlists.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrinter;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class QTreeWidget;

namespace qaytish {

class DateEdit;

namespace documents {
struct ReturnListPdfInput;
struct ReturnListPdfOptions;
} // namespace documents

// Return lists (flight manifests): the lists of the register on the left, the chosen list on
// the right (flight data, passengers with their reception data, escorts, the check with its
// hard stops and warnings, finalising, reopening, boarding, printing and export). Every
// action is a ReturnListRepository call; a refusal is shown as the repository words it.
class ReturnListsWindow : public QWidget {
    Q_OBJECT
public:
    ReturnListsWindow(std::shared_ptr<Database> db, const Clock &clock, Actor actor,
                      QWidget *parent = nullptr);
    ~ReturnListsWindow() override;

    qint64 currentListId() const { return m_listId; }
    void selectList(qint64 listId);
    // Reloads the lists, the chosen list and its check.
    void reload();

signals:
    // A write here may have moved cases (finalising, boarding) or put people on a list or
    // taken them off: the register window counts and reads again.
    void registerChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void reloadLists();
    void showList();
    void showProblems();
    void updateButtons();
    bool report(const Status &status);

    void newList();
    void saveFlight();
    void addCases();
    void removePassenger();
    void editReception();
    void addEscort();
    void removeEscort();
    void overrideWarning();
    void finalizeList();
    void reopenList();
    void markBoarded(bool boarded);
    void completeList();
    void printPreview();
    void exportPdf();
    void exportCsv();
    // The output, language and paper chosen in the window.
    documents::ReturnListPdfOptions pdfOptions() const;
    qint64 selectedCaseId() const;
    QList<qint64> selectedCaseIds() const;

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    Actor m_actor;
    ReturnListRepository m_repo;
    qint64 m_listId = 0;
    ReturnList m_list;
    QList<ReturnListPassenger> m_passengers;
    QList<ReturnListEscort> m_escorts;
    QList<ListProblem> m_problems;

    QLabel *m_listsLabel = nullptr;
    QListWidget *m_lists = nullptr;
    QPushButton *m_newButton = nullptr;
    QWidget *m_editor = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_flightLabel = nullptr;
    QLineEdit *m_flight = nullptr;
    QLabel *m_carrierLabel = nullptr;
    QLineEdit *m_carrier = nullptr;
    QLabel *m_dateLabel = nullptr;
    DateEdit *m_date = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLineEdit *m_time = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLineEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QLineEdit *m_to = nullptr;
    QLabel *m_capacityLabel = nullptr;
    QSpinBox *m_capacity = nullptr;
    QPushButton *m_saveFlightButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_passengerTable = nullptr;
    QPushButton *m_addCasesButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_receptionButton = nullptr;
    QPushButton *m_boardedButton = nullptr;
    QPushButton *m_notBoardedButton = nullptr;
    QTableWidget *m_escortTable = nullptr;
    QPushButton *m_addEscortButton = nullptr;
    QPushButton *m_removeEscortButton = nullptr;
    QTableWidget *m_eventTable = nullptr;
    QLabel *m_checkLabel = nullptr;
    QTreeWidget *m_problemTree = nullptr;
    QPushButton *m_overrideButton = nullptr;
    QPushButton *m_finalizeButton = nullptr;
    QPushButton *m_reopenButton = nullptr;
    QPushButton *m_completeButton = nullptr;
    QLabel *m_outputLabel = nullptr;
    QComboBox *m_output = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_paper = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_csvButton = nullptr;
};

} // namespace qaytish
