#pragma once

#include <QLineEdit>

namespace qaytish {

// A name field that can offer a spelling generated from the name's twin in the other script.
// The suggestion shows as the placeholder of the empty field and is never stored by itself:
// the officer takes it with Ctrl+Space (or a click on the form's suggestion link).
class NameEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit NameEdit(QWidget *parent = nullptr);

    // An empty suggestion removes it.
    void setSuggestion(const QString &suggestion);
    QString suggestion() const { return m_suggestion; }
    // Writes the suggestion into the empty field as if typed; false when there is none.
    bool acceptSuggestion();

signals:
    void suggestionChanged(const QString &suggestion);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_suggestion;
};

} // namespace qaytish
