#include "dialogs.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace qaytish {

namespace {

Dialogs::Responder &responder() {
    static Dialogs::Responder r;
    return r;
}

Dialogs::FileResponder &fileResponder() {
    static Dialogs::FileResponder r;
    return r;
}

} // namespace

void Dialogs::setResponder(Responder r) {
    responder() = std::move(r);
}

static Dialogs::TextResponder &textResponder() {
    static Dialogs::TextResponder r;
    return r;
}

void Dialogs::setTextResponder(TextResponder r) {
    textResponder() = std::move(r);
}

std::optional<QString> Dialogs::askText(QWidget *parent, const QString &title,
                                        const QString &label) {
    if (textResponder()) {
        shownTexts() << label;
        return textResponder()(label);
    }
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QLabel(label);
    text->setWordWrap(true);
    auto *edit = new QLineEdit;
    edit->setObjectName(QStringLiteral("textAnswer"));
    text->setBuddy(edit);
    auto *buttons = new QDialogButtonBox;
    QPushButton *ok = buttons->addButton(tr("OK"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    ok->setEnabled(false);
    QObject::connect(edit, &QLineEdit::textChanged, ok,
                     [ok](const QString &t) { ok->setEnabled(!t.trimmed().isEmpty()); });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(text);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    dialog.resize(std::max(dialog.sizeHint().width(), 420), dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted || edit->text().trimmed().isEmpty())
        return std::nullopt;
    return edit->text().trimmed();
}

void Dialogs::setFileResponder(FileResponder r) {
    fileResponder() = std::move(r);
}

QStringList &Dialogs::shownTexts() {
    static QStringList texts;
    return texts;
}

Dialogs::Answer Dialogs::ask(QWidget *parent, const Question &q) {
    if (responder()) {
        shownTexts() << q.text;
        return responder()(q);
    }
    QMessageBox box(parent);
    box.setWindowTitle(q.title);
    box.setText(q.text);
    if (!q.details.isEmpty())
        box.setInformativeText(q.details);
    QHash<QAbstractButton *, Answer> answers;
    auto add = [&](const QString &text, QMessageBox::ButtonRole role, Answer answer) {
        QPushButton *b = box.addButton(text, role);
        answers.insert(b, answer);
        return b;
    };
    switch (q.kind) {
    case Question::Kind::Information:
    case Question::Kind::Warning:
    case Question::Kind::Error:
        box.setIcon(q.kind == Question::Kind::Information ? QMessageBox::Information
                    : q.kind == Question::Kind::Warning   ? QMessageBox::Warning
                                                          : QMessageBox::Critical);
        box.setDefaultButton(add(tr("OK"), QMessageBox::AcceptRole, Answer::Ok));
        break;
    case Question::Kind::Question: {
        box.setIcon(QMessageBox::Question);
        QPushButton *yes =
            add(q.yesText.isEmpty() ? tr("Yes") : q.yesText, QMessageBox::YesRole, Answer::Yes);
        if (!q.otherText.isEmpty())
            add(q.otherText, QMessageBox::ActionRole, Answer::Other);
        QPushButton *no =
            add(q.noText.isEmpty() ? tr("No") : q.noText, QMessageBox::NoRole, Answer::No);
        box.setDefaultButton(yes);
        box.setEscapeButton(no);
        break;
    }
    case Question::Kind::UnsavedChanges: {
        box.setIcon(QMessageBox::Warning);
        QPushButton *save = add(tr("Save"), QMessageBox::AcceptRole, Answer::Save);
        add(tr("Discard changes"), QMessageBox::DestructiveRole, Answer::Discard);
        QPushButton *cancel = add(tr("Cancel"), QMessageBox::RejectRole, Answer::Cancel);
        box.setDefaultButton(save);
        box.setEscapeButton(cancel);
        break;
    }
    }
    box.exec();
    return answers.value(box.clickedButton(),
                         q.kind == Question::Kind::UnsavedChanges ? Answer::Cancel : Answer::No);
}

void Dialogs::inform(QWidget *parent, const QString &title, const QString &text) {
    ask(parent, Question{Question::Kind::Information, title, text, {}, {}, {}, {}});
}

void Dialogs::warn(QWidget *parent, const QString &title, const QString &text) {
    ask(parent, Question{Question::Kind::Warning, title, text, {}, {}, {}, {}});
}

void Dialogs::error(QWidget *parent, const QString &title, const QString &text) {
    ask(parent, Question{Question::Kind::Error, title, text, {}, {}, {}, {}});
}

QString Dialogs::openFileName(QWidget *parent, const QString &title, const QString &dir,
                              const QString &filter) {
    if (fileResponder())
        return fileResponder()(title);
    return QFileDialog::getOpenFileName(parent, title, dir, filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &title, const QString &dir,
                              const QString &filter) {
    if (fileResponder())
        return fileResponder()(title);
    return QFileDialog::getSaveFileName(parent, title, dir, filter);
}

void Dialogs::fitToText(QWidget *dialog) {
    QLayout *layout = dialog->layout();
    if (!layout)
        return;
    layout->activate();
    // Before it is shown a widget's size is a placeholder: take the narrowest the layout and
    // the dialog allow.
    const int width = dialog->isVisible()
                          ? dialog->width()
                          : std::max(dialog->minimumWidth(), layout->totalMinimumSize().width());
    dialog->resize(
        width, std::max(layout->totalMinimumSize().height(), layout->totalHeightForWidth(width)));
}

} // namespace qaytish
