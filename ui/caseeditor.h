#pragma once

#include "core/actor.h"
#include "core/caserecord.h"
#include "core/caserepository.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/validation.h"

#include <QDialog>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QVariantMap>

#include <memory>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace qaytish {

class DateEdit;
class LatinNameEdit;
class MrzPanel;
class NameEdit;
struct MrzResult;

// The case editor: one return case, the person it is about, the host country's request, the
// identity requests sent home and their replies, interviews, and the status history.
// Non-modal (show()), deleted on close. Every field named by a CaseValidator rule has a
// message label under it ("<field>Error"); errors block saving, warnings are confirmed once.
// An unsaved edit is never lost to a misclick: closing with changes asks first.
class CaseEditor : public QDialog {
    Q_OBJECT
public:
    // caseId 0 = new case.
    CaseEditor(std::shared_ptr<Database> db, const Clock &clock, Actor actor, qint64 caseId,
               QWidget *parent = nullptr);
    ~CaseEditor() override;

    qint64 caseId() const { return m_caseId; }
    bool hasUnsavedChanges() const;

    void reject() override;
    // Opens the dialog that issues a Certificate of Return (identity_confirmed only).
    void openCertificateDialog() { issueCertificate(); }
    // Asks for a file and writes everything about the person of the case to it (PDF or JSON).
    void openSubjectAccessExport() { exportSubjectAccess(); }

signals:
    // After every successful write (save, status change, request, reply, interview).
    void caseSaved(qint64 caseId);
    // The officer chose to open an existing case found as a probable duplicate on saving.
    void openCaseRequested(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct NamePair {
        LatinNameEdit *latin = nullptr;
        NameEdit *cyrillic = nullptr;
        QLabel *latinSuggestion = nullptr;
        QLabel *cyrillicSuggestion = nullptr;
    };

    // Building the form.
    void buildUi();
    QWidget *buildPersonPage();
    QWidget *buildImmigrationPage();
    QWidget *buildCarePage();
    QWidget *buildRequestsPage();
    QWidget *buildInterviewsPage();
    QWidget *buildHistoryPage();
    template <typename W> W *field(const QString &name, W *widget);
    QLabel *labelFor(const QString &name, QWidget *buddy);
    QLabel *errorLabel(const QString &name);
    QGroupBox *group(const QString &key);
    QLabel *suggestionLabel(const QString &name, NameEdit *edit);
    void addFormRow(QFormLayout *form, const QString &name, QWidget *edit,
                    QWidget *besides = nullptr);
    void addNameRow(QGridLayout *grid, int row, const QString &latinName,
                    const QString &cyrillicName, NamePair &pair);
    void connectField(const QString &name, QWidget *widget);
    void setUpTabOrder();
    void retranslateUi();
    void retranslateNeedsNote();
    void setLabelText(const QString &name, const QString &text);

    // The record and the form.
    CaseRecord defaultRecord() const;
    CaseRecord recordFromForm() const;
    void populate(const CaseRecord &record);
    QVariantMap formColumns() const;
    void resetBaseline();
    void startNewCase();
    void loadCase();
    void updateCaseState();
    void updateDependentFields();
    // Consent fields follow their box; an objection stands against every consent.
    void updateConsentFields();
    void updateSuggestions();
    void updateOverstayInfo();

    // Validation.
    void onFormChanged();
    void touch(const QString &name);
    void validateNow();
    void showIssues();
    bool hasBlockingErrors() const;
    void focusField(const QString &name);
    QString firstFieldWith(bool errors) const;

    // Writing.
    bool save();
    // Probable duplicates of the record about to be saved: false when the officer does not
    // want it saved; `linkWith` is set to a case to link with after the save.
    bool checkDuplicates(const CaseRecord &record, qint64 *linkWith);
    void saveAndNext();
    bool confirmClose();
    void reloadStatus();
    void reloadLists();
    void changeStatus();
    void issueCertificate();
    void exportSubjectAccess();
    void logIdentityRequest();
    void recordIdentityReply();
    void addInterview();
    void wrote();
    void applyMrz(const MrzResult &result);

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    Actor m_actor;
    CaseRepository m_repo;
    qint64 m_caseId = 0;
    CaseRecord m_record;
    QList<IdentityRequest> m_requests;
    QString m_loadError;

    // Form state.
    QHash<QString, QWidget *> m_fields; // column name -> input widget
    QStringList m_fieldOrder;           // column names in tab order
    QHash<QString, QLabel *> m_labels;  // column name -> its label
    QHash<QString, QLabel *> m_errors;  // column name -> its message label
    QList<DateEdit *> m_dateEdits;
    QHash<QString, QCheckBox *> m_needs; // need code -> check box
    QVariantMap m_baseline;
    QSet<QString> m_touched;
    bool m_showAll = false;
    bool m_populating = false;
    ValidationIssues m_issues;
    QSet<QString> m_confirmedWarnings;
    QTimer m_validateTimer;

    // Widgets.
    QLabel *m_caseRefLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_changeStatusButton = nullptr;
    QPushButton *m_issueCertificateButton = nullptr;
    QPushButton *m_subjectAccessButton = nullptr; // export everything about the person
    QLabel *m_formError = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_personPage = nullptr;
    QWidget *m_immigrationPage = nullptr;
    QWidget *m_carePage = nullptr;
    QWidget *m_requestsPage = nullptr;
    QWidget *m_interviewsPage = nullptr;
    QWidget *m_historyPage = nullptr;

    NamePair m_surname;
    NamePair m_givenNames;
    NamePair m_patronymic;
    QLabel *m_latinHeader = nullptr;
    QLabel *m_cyrillicHeader = nullptr;
    QComboBox *m_sex = nullptr;
    DateEdit *m_birthDate = nullptr;
    QLineEdit *m_birthPlace = nullptr;
    QLineEdit *m_nationality = nullptr;
    QLineEdit *m_pinfl = nullptr;
    QLineEdit *m_passportNumber = nullptr;
    DateEdit *m_passportIssueDate = nullptr;
    DateEdit *m_passportExpiryDate = nullptr;
    QLineEdit *m_contactAbroad = nullptr;
    QLineEdit *m_contactHome = nullptr;
    QLineEdit *m_familyGroup = nullptr;
    MrzPanel *m_mrzPanel = nullptr;

    QLineEdit *m_hostReference = nullptr;
    QLineEdit *m_visaClass = nullptr;
    DateEdit *m_entryDate = nullptr;
    DateEdit *m_authorizedUntil = nullptr;
    QCheckBox *m_durationOfStatus = nullptr;
    QLabel *m_overstayInfo = nullptr;
    QComboBox *m_custody = nullptr;
    QLineEdit *m_facility = nullptr;
    QLineEdit *m_hostRequestReference = nullptr;
    QLineEdit *m_hostRequestOfficer = nullptr;
    DateEdit *m_hostRequestDate = nullptr;
    DateEdit *m_hostOrderDate = nullptr;
    QComboBox *m_hostOrderType = nullptr;
    QCheckBox *m_removalStayed = nullptr;
    QCheckBox *m_doNotBoard = nullptr;
    QLineEdit *m_holdNote = nullptr;

    QLabel *m_needsNote = nullptr;
    bool m_needsWithheld = false; // the reader may not see the needs (CaseRepository::read)
    QCheckBox *m_consentRelatives = nullptr;
    DateEdit *m_consentRelativesOn = nullptr;
    QComboBox *m_consentRelativesForm = nullptr;
    QCheckBox *m_consentLawyer = nullptr;
    DateEdit *m_consentLawyerOn = nullptr;
    QComboBox *m_consentLawyerForm = nullptr;
    QCheckBox *m_objection = nullptr;
    DateEdit *m_objectionOn = nullptr;
    QLineEdit *m_objectionNote = nullptr;
    QLabel *m_objectionBanner = nullptr;
    QLineEdit *m_legalRepresentative = nullptr;
    QComboBox *m_returnWish = nullptr;
    QLineEdit *m_assignedOfficer = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_notesReminder = nullptr;

    QHash<QString, QGroupBox *> m_groups; // by a key of our own, for retranslation
    QTableWidget *m_requestsTable = nullptr;
    QPushButton *m_logRequestButton = nullptr;
    QPushButton *m_recordReplyButton = nullptr;
    QLabel *m_requestsIntro = nullptr;
    QTableWidget *m_interviewsTable = nullptr;
    QPushButton *m_addInterviewButton = nullptr;
    QTableWidget *m_historyTable = nullptr;

    QPushButton *m_saveButton = nullptr;
    QPushButton *m_saveNextButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace qaytish
