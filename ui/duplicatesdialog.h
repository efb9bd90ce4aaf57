#pragma once

#include "core/duplicates.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace qaytish {

// Probable duplicates of a case being saved (DuplicateFinder), with their reasons. The
// officer picks one and chooses: open the existing case (nothing is saved), link the two
// as the same person (the case is saved and the link recorded), or save anyway. Escape
// goes back to the form. Nothing is ever merged.
class DuplicatesDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Cancel, OpenExisting, Link, GoOn };

    explicit DuplicatesDialog(const QList<DuplicateMatch> &matches, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The case picked in the list (the first one until the officer picks another).
    qint64 selectedCaseId() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillTable();
    void choose(Choice choice);

    QList<DuplicateMatch> m_matches;
    Choice m_choice = Choice::Cancel;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_linkButton = nullptr;
    QPushButton *m_goOnButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace qaytish
