#include "missionsettingsdialog.h"

#include "dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace qaytish {

namespace {

QFormLayout *formOf(QWidget *page) {
    return static_cast<QFormLayout *>(page->layout());
}

QWidget *newPage(QTabWidget *tabs, const char *name) {
    auto *page = new QWidget(tabs);
    page->setObjectName(QString::fromLatin1(name));
    auto *form = new QFormLayout(page);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    tabs->addTab(page, QString());
    return page;
}

} // namespace

MissionSettingsDialog::MissionSettingsDialog(const MissionSettings &s, Submit submit,
                                             QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit)) {
    setObjectName(QStringLiteral("missionSettingsDialog"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_missionPage = newPage(m_tabs, "missionPage");
    m_documentsPage = newPage(m_tabs, "documentsPage");
    m_photoPage = newPage(m_tabs, "photoPage");

    // Texts in three languages: the language is named in the label, in that language's own
    // words, so that an officer knows which field a document prints.
    auto localized = [this](const char *key, const LocalizedText &value,
                            std::function<QString()> what, QWidget *page) {
        const QString base = QString::fromLatin1(key);
        addLine(
            base + QStringLiteral("_uz"), [what] { return tr("%1 (Uzbek):").arg(what()); }, page)
            ->setText(value.uz);
        addLine(
            base + QStringLiteral("_ru"), [what] { return tr("%1 (Russian):").arg(what()); }, page)
            ->setText(value.ru);
        addLine(
            base + QStringLiteral("_en"), [what] { return tr("%1 (English):").arg(what()); }, page)
            ->setText(value.en);
    };
    addLine(
        QStringLiteral("country"), [] { return tr("Host &country (ICAO code):"); }, m_missionPage)
        ->setText(s.country);
    localized(
        "mission_name", s.missionName, [] { return tr("Mission"); }, m_missionPage);
    localized(
        "city", s.city, [] { return tr("City"); }, m_missionPage);
    addLine(
        QStringLiteral("head_of_mission"), [] { return tr("&Head of mission:"); }, m_missionPage)
        ->setText(s.headOfMission);

    // The document titles stand on the documents page, beside the other document settings.
    localized(
        "document_title", s.documentTitle, [] { return tr("Document title"); }, m_documentsPage);
    addLine(
        QStringLiteral("number_prefix"), [] { return tr("Number &prefix:"); }, m_documentsPage)
        ->setText(s.numberPrefix);
    addSpin(
        QStringLiteral("default_validity_days"), MissionSettings::MinValidityDays,
        MissionSettings::MaxValidityDays, [] { return tr("Default &validity (days):"); },
        m_documentsPage)
        ->setValue(s.defaultValidityDays);
    addSpin(
        QStringLiteral("passport_margin_days"), 0, 365,
        [] { return tr("An expired passport still serves for (days):"); }, m_documentsPage)
        ->setValue(s.passportMarginDays);
    addLine(
        QStringLiteral("duty_adult"), [] { return tr("Consular fee, &adult:"); }, m_documentsPage)
        ->setText(s.dutyAdult);
    addLine(
        QStringLiteral("duty_minor"), [] { return tr("Consular fee, &minor:"); }, m_documentsPage)
        ->setText(s.dutyMinor);
    addLine(
        QStringLiteral("duty_currency"), [] { return tr("C&urrency:"); }, m_documentsPage)
        ->setText(s.dutyCurrency);
    m_paper = new QComboBox(this);
    m_paper->addItem(QStringLiteral("A4"), QStringLiteral("a4"));
    m_paper->addItem(QStringLiteral("US Letter"), QStringLiteral("letter"));
    m_paper->setCurrentIndex(s.paperSize == u"letter" ? 1 : 0);
    addRow(
        QStringLiteral("paper_size"), m_paper, [] { return tr("P&aper:"); }, m_documentsPage);
    m_english = new QCheckBox(this);
    m_english->setChecked(s.englishOnDocuments);
    addRow(
        QStringLiteral("english_on_documents"), m_english,
        [] { return tr("English on documents:"); }, m_documentsPage);
    // The signing key: made on first use; its public half goes to border officers.
    auto *keyRow = new QWidget(m_documentsPage);
    auto *keyLayout = new QHBoxLayout(keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    m_keyId = new QLabel(keyRow);
    m_keyId->setObjectName(QStringLiteral("signingKeyId"));
    m_keyId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportKey = new QPushButton(keyRow);
    m_exportKey->setObjectName(QStringLiteral("exportPublicKeyButton"));
    m_exportKey->setEnabled(false);
    connect(m_exportKey, &QPushButton::clicked, this, &MissionSettingsDialog::exportPublicKey);
    keyLayout->addWidget(m_keyId, 1);
    keyLayout->addWidget(m_exportKey);
    addRow(
        QStringLiteral("signing_key"), keyRow, [] { return tr("Signing key:"); }, m_documentsPage);
    addSpin(
        QStringLiteral("identity_overdue_days"), 1, 3650,
        [] { return tr("An identity check is &overdue after (days):"); }, m_documentsPage)
        ->setValue(s.identityOverdueDays);
    addSpin(
        QStringLiteral("document_expiry_window_days"), 1, 365,
        [] { return tr("A travel document is &expiring within (days):"); }, m_documentsPage)
        ->setValue(s.documentExpiryWindowDays);
    addSpin(
        QStringLiteral("safety_copies_kept"), 1, 60,
        [] { return tr("Daily safety copies &kept:"); }, m_documentsPage)
        ->setValue(s.safetyCopiesKept);
    addSpin(
        QStringLiteral("retention_years"), 1, 30,
        [] { return tr("Anonymise returned or closed cases after (&years):"); }, m_documentsPage)
        ->setValue(s.retentionYears);

    addSpin(
        QStringLiteral("photo_width"), 200, 2000,
        [] { return tr("Stored photo &width (pixels):"); }, m_photoPage)
        ->setValue(s.photoWidth);
    addSpin(
        QStringLiteral("photo_height"), 250, 2600,
        [] { return tr("Stored photo &height (pixels):"); }, m_photoPage)
        ->setValue(s.photoHeight);
    addSpin(
        QStringLiteral("photo_min_width"), 100, 8000,
        [] { return tr("Smallest accepted width (pixels):"); }, m_photoPage)
        ->setValue(s.photoMinWidth);
    addSpin(
        QStringLiteral("photo_min_height"), 130, 10400,
        [] { return tr("Smallest accepted height (pixels):"); }, m_photoPage)
        ->setValue(s.photoMinHeight);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MissionSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MissionSettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    retranslate();
    resize(760, sizeHint().height());
}

QLineEdit *MissionSettingsDialog::addLine(const QString &key, std::function<QString()> text,
                                          QWidget *page) {
    auto *edit = new QLineEdit(page);
    addRow(key, edit, std::move(text), page);
    return edit;
}

QSpinBox *MissionSettingsDialog::addSpin(const QString &key, int min, int max,
                                         std::function<QString()> text, QWidget *page) {
    auto *spin = new QSpinBox(page);
    spin->setRange(min, max);
    addRow(key, spin, std::move(text), page);
    return spin;
}

void MissionSettingsDialog::addRow(const QString &key, QWidget *editor,
                                   std::function<QString()> text, QWidget *page) {
    editor->setObjectName(key);
    auto *label = new QLabel(page);
    label->setBuddy(editor);
    formOf(page)->addRow(label, editor);
    m_rows.insert(key, Row{label, editor, std::move(text)});
    m_order << key;
}

QWidget *MissionSettingsDialog::editorFor(const QString &key) const {
    return m_rows.value(key).editor;
}

MissionSettings MissionSettingsDialog::settings() const {
    auto text = [this](const char *key) {
        return static_cast<QLineEdit *>(editorFor(QString::fromLatin1(key)))->text().trimmed();
    };
    auto number = [this](const char *key) {
        return static_cast<QSpinBox *>(editorFor(QString::fromLatin1(key)))->value();
    };
    MissionSettings s;
    s.country = text("country").toUpper();
    s.missionName = {text("mission_name_uz"), text("mission_name_ru"), text("mission_name_en")};
    s.city = {text("city_uz"), text("city_ru"), text("city_en")};
    s.headOfMission = text("head_of_mission");
    s.documentTitle = {text("document_title_uz"), text("document_title_ru"),
                       text("document_title_en")};
    s.numberPrefix = text("number_prefix").toUpper();
    s.defaultValidityDays = number("default_validity_days");
    s.passportMarginDays = number("passport_margin_days");
    s.dutyAdult = text("duty_adult");
    s.dutyMinor = text("duty_minor");
    s.dutyCurrency = text("duty_currency").toUpper();
    s.paperSize = m_paper->currentData().toString();
    s.englishOnDocuments = m_english->isChecked();
    s.identityOverdueDays = number("identity_overdue_days");
    s.documentExpiryWindowDays = number("document_expiry_window_days");
    s.safetyCopiesKept = number("safety_copies_kept");
    s.retentionYears = number("retention_years");
    s.photoWidth = number("photo_width");
    s.photoHeight = number("photo_height");
    s.photoMinWidth = number("photo_min_width");
    s.photoMinHeight = number("photo_min_height");
    return s;
}

void MissionSettingsDialog::accept() {
    const MissionSettings s = settings();
    Status done = MissionSettingsStore::validate(s);
    if (done && m_submit)
        done = m_submit(s);
    if (!done) {
        showError(done.error().message);
        if (QWidget *editor = editorFor(done.error().field)) {
            m_tabs->setCurrentWidget(editor->parentWidget());
            editor->setFocus();
        }
        return;
    }
    QDialog::accept();
}

void MissionSettingsDialog::setSigningKey(const QString &keyId, ExportKeys exportKeys) {
    m_currentKeyId = keyId;
    m_exportKeys = std::move(exportKeys);
    m_exportKey->setEnabled(bool(m_exportKeys));
    showKeyId();
}

void MissionSettingsDialog::showKeyId() {
    m_keyId->setText(m_currentKeyId.isEmpty()
                         ? tr("none yet: made when the first certificate is issued or the "
                              "public key is exported")
                         : m_currentKeyId);
}

void MissionSettingsDialog::exportPublicKey() {
    if (!m_exportKeys)
        return;
    const QString file =
        Dialogs::saveFileName(this, tr("Export public key"), QString(),
                              tr("Public key files (%1)").arg(QStringLiteral("*.pub")));
    if (file.isEmpty())
        return;
    Result<QString> exported = m_exportKeys(file);
    if (!exported) {
        Dialogs::error(this, tr("Export public key"), exported.error().message);
        return;
    }
    m_currentKeyId = exported.value();
    showKeyId();
    Dialogs::inform(this, tr("Export public key"),
                    tr("Wrote the mission's public key %1 to %2. With it, a border officer's "
                       "phone or %3 checks the QR code of a certificate offline.")
                        .arg(m_currentKeyId, QDir::toNativeSeparators(file),
                             QStringLiteral("qaytish-cli certificate verify --key")));
}

void MissionSettingsDialog::showError(const QString &message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void MissionSettingsDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void MissionSettingsDialog::retranslate() {
    setWindowTitle(tr("Mission settings"));
    m_tabs->setTabText(0, tr("Mission"));
    m_tabs->setTabText(1, tr("Documents"));
    m_tabs->setTabText(2, tr("Photo"));
    for (const QString &key : std::as_const(m_order)) {
        const Row &row = m_rows[key];
        row.label->setText(row.text());
    }
    m_english->setText(tr("Print the texts in English as well"));
    m_exportKey->setText(tr("Export public key…"));
    showKeyId();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace qaytish
