#pragma once

#include "core/missionsettings.h"
#include "core/result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace qaytish {

// The mission's settings: its name and city in each language, the head of mission, the
// certificate's title, number prefix and validity, the state duty, paper and languages of
// documents, photo sizes. `submit` validates and stores them (MissionSettingsStore::save);
// a refused value is shown under the buttons and its field gets the focus.
class MissionSettingsDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Status(const MissionSettings &settings)>;

    MissionSettingsDialog(const MissionSettings &settings, Submit submit,
                          QWidget *parent = nullptr);

    // Exports the mission's public keys to a file (making the signing key first when there
    // is none yet); returns the current key's id.
    using ExportKeys = std::function<Result<QString>(const QString &file)>;

    MissionSettings settings() const;
    // Shows the signing key (its id, or that none was made yet) with "Export public key…".
    void setSigningKey(const QString &keyId, ExportKeys exportKeys);
    void accept() override;
    // The widget that edits a stored key (e.g. "mission_name_ru"), for errors and tests.
    QWidget *editorFor(const QString &key) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row {
        QLabel *label;
        QWidget *editor;
        std::function<QString()> text;
    };
    QLineEdit *addLine(const QString &key, std::function<QString()> text, QWidget *page);
    QSpinBox *addSpin(const QString &key, int min, int max, std::function<QString()> text,
                      QWidget *page);
    void addRow(const QString &key, QWidget *editor, std::function<QString()> text, QWidget *page);
    void retranslate();
    void showError(const QString &message);
    void exportPublicKey();
    void showKeyId();

    Submit m_submit;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_missionPage = nullptr;
    QWidget *m_documentsPage = nullptr;
    QWidget *m_photoPage = nullptr;
    QHash<QString, Row> m_rows;
    QStringList m_order;
    QComboBox *m_paper = nullptr;
    QCheckBox *m_english = nullptr;
    QLabel *m_keyId = nullptr;
    QPushButton *m_exportKey = nullptr;
    QString m_currentKeyId;
    ExportKeys m_exportKeys;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace qaytish
