#pragma once

#include "core/actor.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/missionsettings.h"

#include <QDialog>

#include <memory>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace qaytish {

class PhotoCropWidget;

// Issues a Certificate of Return for a case in identity_confirmed: shows the record the
// authorities at home confirmed (read-only), takes the photo (a JPEG or PNG chosen or dropped,
// cropped to 35:45 with a preview), the validity and the state duty, and lists what still
// stands in the way (CertificateRegister::problems). Issuing asks where to save the PDF.
class CertificateDialog : public QDialog {
    Q_OBJECT
public:
    CertificateDialog(std::shared_ptr<Database> db, const Clock &clock, Actor actor, qint64 caseId,
                      QWidget *parent = nullptr);

    // Loads a photo as choosing or dropping a file does; false (with the message shown)
    // when it cannot be used.
    bool loadPhotoFile(const QString &path);
    QString issuedNumber() const { return m_issued; }

    void accept() override;

signals:
    void issued(qint64 caseId, const QString &number);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void loadCase();
    void chooseFile();
    void updatePreview();
    void updateValidity();
    void updateProblems();
    QStringList problemTexts() const;
    bool storeNewPhoto();
    void savePdf(const QString &number);

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    Actor m_actor;
    qint64 m_caseId = 0;
    MissionSettings m_settings;
    bool m_minor = false;
    bool m_hasStoredPhoto = false;
    QString m_photoError;
    QString m_issued;

    QLabel *m_intro = nullptr;
    QLabel *m_record = nullptr;
    QLabel *m_photoTitle = nullptr;
    PhotoCropWidget *m_crop = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_photoNote = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QLabel *m_validityLabel = nullptr;
    QSpinBox *m_validDays = nullptr;
    QLabel *m_validUntil = nullptr;
    QLabel *m_dutyLabel = nullptr;
    QRadioButton *m_receiptChoice = nullptr;
    QRadioButton *m_exemptChoice = nullptr;
    QLineEdit *m_receipt = nullptr;
    QLineEdit *m_exemption = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_issueButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace qaytish
