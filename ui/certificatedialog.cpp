#include "certificatedialog.h"

#include "dialogs.h"
#include "photocropwidget.h"

#include "core/caserepository.h"
#include "core/certificates.h"
#include "core/dates.h"
#include "core/personphoto.h"
#include "documents/certificatepdf.h"
#include "documents/photo.h"

#include <QButtonGroup>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace qaytish {

namespace {

constexpr int PreviewWidth = 140;
constexpr int PreviewHeight = 180;

} // namespace

CertificateDialog::CertificateDialog(std::shared_ptr<Database> db, const Clock &clock, Actor actor,
                                     qint64 caseId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_caseId(caseId) {
    setObjectName(QStringLiteral("certificateDialog"));
    setAcceptDrops(true);
    buildUi();
    retranslateUi();
    loadCase();
}

void CertificateDialog::buildUi() {
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_record = new QLabel(this);
    m_record->setObjectName(QStringLiteral("confirmedRecord"));
    m_record->setTextFormat(Qt::RichText);
    m_record->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_photoTitle = new QLabel(this);
    m_crop = new PhotoCropWidget(this);
    m_crop->setObjectName(QStringLiteral("photoCrop"));
    connect(m_crop, &PhotoCropWidget::cropChanged, this, [this] {
        updatePreview();
        updateProblems();
    });
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("photoPreview"));
    m_preview->setFixedSize(PreviewWidth, PreviewHeight);
    m_preview->setFrameShape(QFrame::Box);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setWordWrap(true);
    m_photoNote = new QLabel(this);
    m_photoNote->setObjectName(QStringLiteral("photoNote"));
    m_photoNote->setWordWrap(true);
    m_chooseButton = new QPushButton(this);
    m_chooseButton->setObjectName(QStringLiteral("choosePhotoButton"));
    connect(m_chooseButton, &QPushButton::clicked, this, &CertificateDialog::chooseFile);

    m_validDays = new QSpinBox(this);
    m_validDays->setObjectName(QStringLiteral("validDays"));
    m_validDays->setRange(MissionSettings::MinValidityDays, MissionSettings::MaxValidityDays);
    m_validityLabel = new QLabel(this);
    m_validityLabel->setBuddy(m_validDays);
    m_validUntil = new QLabel(this);
    m_validUntil->setObjectName(QStringLiteral("validUntil"));
    connect(m_validDays, &QSpinBox::valueChanged, this, [this] {
        updateValidity();
        updateProblems();
    });

    m_dutyLabel = new QLabel(this);
    m_dutyLabel->setObjectName(QStringLiteral("dutyAmount"));
    m_dutyLabel->setWordWrap(true);
    m_receiptChoice = new QRadioButton(this);
    m_receiptChoice->setObjectName(QStringLiteral("receiptChoice"));
    m_exemptChoice = new QRadioButton(this);
    m_exemptChoice->setObjectName(QStringLiteral("exemptChoice"));
    auto *duty = new QButtonGroup(this);
    duty->addButton(m_receiptChoice);
    duty->addButton(m_exemptChoice);
    m_receiptChoice->setChecked(true);
    m_receipt = new QLineEdit(this);
    m_receipt->setObjectName(QStringLiteral("receiptNumber"));
    m_exemption = new QLineEdit(this);
    m_exemption->setObjectName(QStringLiteral("exemptionReason"));
    for (QLineEdit *edit : {m_receipt, m_exemption})
        connect(edit, &QLineEdit::textChanged, this, &CertificateDialog::updateProblems);
    connect(m_receiptChoice, &QRadioButton::toggled, this, [this](bool receipt) {
        m_receipt->setEnabled(receipt);
        m_exemption->setEnabled(!receipt);
        (receipt ? m_receipt : m_exemption)->setFocus();
        updateProblems();
    });
    m_exemption->setEnabled(false);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("issueProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a01010;"));

    m_issueButton = new QPushButton(this);
    m_issueButton->setObjectName(QStringLiteral("issueButton"));
    m_issueButton->setDefault(true);
    connect(m_issueButton, &QPushButton::clicked, this, &CertificateDialog::accept);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_cancelButton, &QPushButton::clicked, this, &CertificateDialog::reject);

    auto *photoColumn = new QVBoxLayout;
    photoColumn->addWidget(m_preview, 0, Qt::AlignHCenter);
    photoColumn->addWidget(m_chooseButton);
    photoColumn->addStretch(1);
    auto *photoRow = new QHBoxLayout;
    photoRow->addWidget(m_crop, 1);
    photoRow->addLayout(photoColumn);

    auto *form = new QGridLayout;
    form->addWidget(m_validityLabel, 0, 0);
    form->addWidget(m_validDays, 0, 1);
    form->addWidget(m_validUntil, 0, 2);
    form->addWidget(m_dutyLabel, 1, 0, 1, 3);
    form->addWidget(m_receiptChoice, 2, 0);
    form->addWidget(m_receipt, 2, 1, 1, 2);
    form->addWidget(m_exemptChoice, 3, 0);
    form->addWidget(m_exemption, 3, 1, 1, 2);
    form->setColumnStretch(2, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_issueButton);
    buttons->addWidget(m_cancelButton);

    auto *left = new QVBoxLayout;
    left->addWidget(m_intro);
    left->addWidget(m_record);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_photoTitle);
    right->addLayout(photoRow, 1);
    right->addWidget(m_photoNote);
    auto *top = new QHBoxLayout;
    top->addLayout(left, 1);
    top->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);
    resize(860, 600);
}

void CertificateDialog::retranslateUi() {
    setWindowTitle(tr("Issue a Certificate of Return"));
    m_intro->setText(tr("The certificate carries the record confirmed by the authorities at "
                        "home. To correct it, record a new confirmed reply."));
    m_photoTitle->setText(tr("Photo 3.5 × 4.5: choose a JPEG or PNG file or drop it here; drag "
                             "the frame to move it, turn the wheel to zoom."));
    m_photoTitle->setWordWrap(true);
    m_chooseButton->setText(tr("Choose photo…"));
    m_validityLabel->setText(tr("&Valid for (days):"));
    m_receiptChoice->setText(tr("&Receipt number:"));
    m_exemptChoice->setText(tr("&Exempt, because:"));
    m_issueButton->setText(tr("&Issue"));
    m_cancelButton->setText(tr("Cancel"));
    updateValidity();
    updatePreview();
    updateProblems();
}

void CertificateDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        loadCase();
    }
    QDialog::changeEvent(event);
}

void CertificateDialog::loadCase() {
    Result<MissionSettings> settings = MissionSettingsStore(*m_db, m_clock).load();
    if (settings)
        m_settings = settings.value();
    m_validDays->blockSignals(true);
    if (m_validDays->value() == m_validDays->minimum())
        m_validDays->setValue(m_settings.defaultValidityDays);
    m_validDays->blockSignals(false);
    CaseRepository repo(*m_db, m_clock);
    Result<std::optional<ConfirmedIdentity>> confirmed = repo.confirmedIdentity(m_caseId);
    QString html;
    if (confirmed && confirmed->has_value()) {
        const ConfirmedIdentity &c = **confirmed;
        auto row = [](const QString &label, const QString &value) {
            return QStringLiteral("<tr><td style='color:#555; padding-right:12px'>%1</td>"
                                  "<td><b>%2</b></td></tr>")
                .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
        };
        html = QStringLiteral("<table>") +
               row(tr("Surname"), c.surname + QStringLiteral(" / ") + c.surnameCyrillic) +
               row(tr("Given names"), c.givenNames + QStringLiteral(" / ") + c.givenNamesCyrillic) +
               row(tr("Patronymic"), c.patronymic + QStringLiteral(" / ") + c.patronymicCyrillic) +
               row(tr("Date of birth"), dates::format(c.birthDate)) +
               row(tr("Place of birth"), c.birthPlace) +
               row(tr("Sex"), c.sex == u"F"   ? tr("female")
                              : c.sex == u"M" ? tr("male")
                                              : QString()) +
               row(tr("PINFL"), c.pinfl) + QStringLiteral("</table>");
        m_minor = c.birthDate.isValid() && c.birthDate.addYears(18) > m_clock.today();
    } else {
        html = tr("There is no confirmed record for this case.").toHtmlEscaped();
    }
    m_record->setText(html);
    Result<std::optional<PersonPhoto>> stored = PersonPhotoStore(*m_db, m_clock).forCase(m_caseId);
    m_hasStoredPhoto = stored && stored->has_value();
    if (m_hasStoredPhoto && m_crop->image().isNull()) {
        QImage image;
        image.loadFromData((*stored)->jpeg);
        m_preview->setPixmap(QPixmap::fromImage(image.scaled(
            PreviewWidth - 2, PreviewHeight - 2, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_dutyLabel->setText(
        (m_minor ? tr("State duty for a minor: %1 %2.") : tr("State duty for an adult: %1 %2."))
            .arg(m_minor ? m_settings.dutyMinor : m_settings.dutyAdult, m_settings.dutyCurrency));
    updateValidity();
    updatePreview();
    updateProblems();
}

void CertificateDialog::chooseFile() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString file =
        Dialogs::openFileName(this, tr("Choose the photo"), dir,
                              tr("Images (%1)").arg(QStringLiteral("*.jpg *.jpeg *.png")));
    if (!file.isEmpty())
        loadPhotoFile(file);
}

bool CertificateDialog::loadPhotoFile(const QString &path) {
    Result<QImage> image = documents::Photo::load(path);
    if (!image) {
        Dialogs::error(this, tr("Photo"), image.error().message);
        return false;
    }
    m_crop->setImage(image.value());
    m_crop->setFocus();
    return m_photoError.isEmpty();
}

void CertificateDialog::dragEnterEvent(QDragEnterEvent *event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void CertificateDialog::dropEvent(QDropEvent *event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        loadPhotoFile(urls.first().toLocalFile());
    }
}

void CertificateDialog::updatePreview() {
    m_photoError.clear();
    if (m_crop->image().isNull()) {
        if (!m_hasStoredPhoto) {
            m_preview->setText(tr("No photo"));
            m_photoNote->setText(tr("No photo yet: a certificate needs one."));
        } else {
            m_photoNote->setText(tr("The stored photo is used unless you choose another."));
        }
        return;
    }
    const QRect crop = m_crop->crop();
    if (Status s = documents::Photo::checkResolution(crop, m_settings); !s)
        m_photoError = s.error().message;
    const QImage part = m_crop->image().copy(crop).scaled(
        PreviewWidth - 2, PreviewHeight - 2, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_preview->setPixmap(QPixmap::fromImage(part));
    m_photoNote->setText(
        m_photoError.isEmpty()
            ? tr("The photo is stored at %1 × %2 pixels, not at its original size.")
                  .arg(m_settings.photoWidth)
                  .arg(m_settings.photoHeight)
            : m_photoError);
}

void CertificateDialog::updateValidity() {
    m_validUntil->setText(
        tr("valid until %1").arg(dates::format(m_clock.today().addDays(m_validDays->value()))));
}

QStringList CertificateDialog::problemTexts() const {
    CertificateRequest request;
    request.caseId = m_caseId;
    request.validDays = m_validDays->value();
    if (m_receiptChoice->isChecked())
        request.receiptNumber = m_receipt->text();
    else
        request.exemptionReason = m_exemption->text();
    Result<QList<Error>> problems = CertificateRegister(*m_db, m_clock).problems(request);
    if (!problems)
        return {problems.error().message};
    QStringList texts;
    const bool newPhoto = !m_crop->image().isNull();
    if (newPhoto && !m_photoError.isEmpty())
        texts << m_photoError;
    for (const Error &e : problems.value()) {
        if (e.field == u"photo" && newPhoto)
            continue; // the chosen photo is stored on issuing
        if (e.field == u"receipt")
            texts << (m_receiptChoice->isChecked()
                          ? tr("Give the receipt number of the state duty.")
                          : tr("Give the reason for the exemption from the state duty."));
        else
            texts << e.message;
    }
    return texts;
}

void CertificateDialog::updateProblems() {
    if (!m_db || !m_problems)
        return;
    const QStringList texts = problemTexts();
    m_problems->setText(texts.join(u'\n'));
    m_issueButton->setEnabled(texts.isEmpty());
}

bool CertificateDialog::storeNewPhoto() {
    if (m_crop->image().isNull())
        return true;
    Result<documents::PreparedPhoto> photo =
        documents::Photo::prepare(m_crop->image(), m_crop->crop(), m_settings);
    if (!photo) {
        m_problems->setText(photo.error().message);
        return false;
    }
    if (Status s = PersonPhotoStore(*m_db, m_clock)
                       .setForCase(m_actor, m_caseId, photo->jpeg, photo->width, photo->height);
        !s) {
        m_problems->setText(s.error().message);
        return false;
    }
    return true;
}

void CertificateDialog::accept() {
    const QStringList problems = problemTexts();
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(u'\n'));
        return;
    }
    if (!storeNewPhoto())
        return;
    CertificateRequest request;
    request.caseId = m_caseId;
    request.validDays = m_validDays->value();
    if (m_receiptChoice->isChecked())
        request.receiptNumber = m_receipt->text();
    else
        request.exemptionReason = m_exemption->text();
    Result<Certificate> result = CertificateRegister(*m_db, m_clock).issue(m_actor, request);
    if (!result) {
        m_problems->setText(result.error().message);
        return;
    }
    m_issued = result->number;
    emit issued(m_caseId, m_issued);
    savePdf(m_issued);
    QDialog::accept();
}

void CertificateDialog::savePdf(const QString &number) {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file =
        Dialogs::saveFileName(this, tr("Save certificate %1 as PDF").arg(number),
                              QDir(dir).filePath(number + QStringLiteral(".pdf")),
                              tr("PDF documents (%1)").arg(QStringLiteral("*.pdf")));
    if (file.isEmpty()) {
        Dialogs::inform(this, tr("Certificate issued"),
                        tr("Certificate %1 is issued. Its PDF can be saved or printed at any time "
                           "from the register of documents.")
                            .arg(number));
        return;
    }
    const Status written = documents::CertificatePdf::save(*m_db, m_clock, m_actor, number, file);
    if (!written)
        Dialogs::error(this, tr("Certificate issued, PDF not saved"),
                       tr("Certificate %1 is issued, but its PDF could not be saved: %2 Save it "
                          "again from the register of documents.")
                           .arg(number, written.error().message));
    else
        Dialogs::inform(this, tr("Certificate issued"),
                        tr("Certificate %1 is issued and saved as %2.")
                            .arg(number, QDir::toNativeSeparators(file)));
}

} // namespace qaytish
