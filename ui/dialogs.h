#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace qaytish {

// Thin wrappers over message boxes and file dialogs. Tests set a responder so that no
// dialog ever blocks a test; the application shows real dialogs with translated buttons
// (Qt ships no Uzbek translation of its own).
class Dialogs {
    Q_DECLARE_TR_FUNCTIONS(Dialogs)
public:
    enum class Answer { Yes, No, Save, Discard, Cancel, Ok, Retry, Other };

    struct Question {
        enum class Kind { Information, Warning, Error, Question, UnsavedChanges };
        Kind kind = Kind::Question;
        QString title;
        QString text;
        QString details;
        // For Kind::Question: the texts of the yes/no buttons (defaults: Yes/No).
        QString yesText;
        QString noText;
        QString otherText; // an optional third button, answered as Answer::Other
    };

    static Answer ask(QWidget *parent, const Question &question);
    static void inform(QWidget *parent, const QString &title, const QString &text);
    static void warn(QWidget *parent, const QString &title, const QString &text);
    static void error(QWidget *parent, const QString &title, const QString &text);

    // Empty when cancelled.
    static QString openFileName(QWidget *parent, const QString &title, const QString &dir,
                                const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &title, const QString &dir,
                                const QString &filter);

    // A line of text the officer must give (a reason): nothing when cancelled. OK stays
    // disabled while the text is blank.
    static std::optional<QString> askText(QWidget *parent, const QString &title,
                                          const QString &label);

    // Makes a dialog with wrapped labels tall enough for their lines at its width (a
    // QDialog sizes itself by the labels' one-line hints).
    static void fitToText(QWidget *dialog);

    // Test hooks: when set, called instead of showing anything. The question's kind and
    // text let a test check what the officer would have been asked.
    using Responder = std::function<Answer(const Question &)>;
    using FileResponder = std::function<QString(const QString &title)>;
    static void setResponder(Responder responder);
    static void setFileResponder(FileResponder responder);
    using TextResponder = std::function<std::optional<QString>(const QString &label)>;
    static void setTextResponder(TextResponder responder);
    static QStringList &shownTexts(); // every text shown while a responder is set
};

} // namespace qaytish
