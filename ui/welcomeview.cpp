#include "welcomeview.h"
#include "keys.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace qaytish {

WelcomeView::WelcomeView(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("welcomeView"));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("welcomeHeading"));
    m_heading->setAlignment(Qt::AlignCenter);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("welcomeText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);

    auto makeButton = [this](const char *name) {
        auto *button = new QPushButton(this);
        button->setObjectName(QString::fromLatin1(name));
        button->setMinimumHeight(fontMetrics().height() * 3);
        button->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        QFont f = button->font();
        f.setPointSizeF(f.pointSizeF() * 1.15);
        button->setFont(f);
        return button;
    };
    m_newCase = makeButton("welcomeNewCase");
    m_newCase->setDefault(true);
    m_newCase->setAutoDefault(true);
    m_import = makeButton("welcomeImport");
    m_demo = makeButton("welcomeDemo");
    m_demo->setAutoDefault(true);

    connect(m_newCase, &QPushButton::clicked, this, &WelcomeView::newCaseRequested);
    connect(m_import, &QPushButton::clicked, this, &WelcomeView::importRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomeView::demoRequested);

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(fontMetrics().height());
    buttons->addWidget(m_newCase);
    buttons->addWidget(m_import);
    buttons->addWidget(m_demo);

    auto *column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(m_heading);
    column->addSpacing(fontMetrics().height() / 2);
    column->addWidget(m_text);
    column->addSpacing(fontMetrics().height() * 2);
    column->addLayout(buttons);
    column->addStretch(3);

    // A column of readable width in the middle, however wide the window.
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);

    setTabOrder(m_newCase, m_import);
    setTabOrder(m_import, m_demo);
    setFocusProxy(m_newCase);
    retranslateUi();
}

void WelcomeView::setRegisterOpen(bool open) {
    m_registerOpen = open;
    m_newCase->setEnabled(open);
    m_import->setEnabled(open);
    setFocusProxy(open ? m_newCase : m_demo);
    retranslateUi();
}

void WelcomeView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WelcomeView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    (m_registerOpen ? m_newCase : m_demo)->setFocus(Qt::OtherFocusReason);
}

void WelcomeView::retranslateUi() {
    if (m_registerOpen) {
        m_heading->setText(tr("Welcome to Qaytish"));
        m_text->setText(tr("This register holds no cases yet. Record the first case, or try "
                           "Qaytish on the demo register of fictional cases."));
    } else {
        m_heading->setText(tr("No register is open"));
        m_text->setText(tr("Open or create a register from the File menu, or try Qaytish on "
                           "the demo register of fictional cases."));
    }
    m_newCase->setText(tr("New case"));
    m_newCase->setToolTip(
        tr("Record a new return case (%1)").arg(keyText(QKeySequence(Qt::CTRL | Qt::Key_N))));
    m_import->setText(tr("Import…"));
    m_import->setToolTip(tr("Import a list of people from a CSV file as new cases."));
    m_demo->setText(tr("Open demo register"));
    m_demo->setToolTip(tr("A separate register of fictional cases for practice. Your own "
                          "register is not touched."));
}

} // namespace qaytish
