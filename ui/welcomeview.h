#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace qaytish {

// What an empty register shows: what to do first, in three big buttons. Without an open
// register it says so, and only the demo register can be opened from here.
class WelcomeView : public QWidget {
    Q_OBJECT
public:
    explicit WelcomeView(QWidget *parent = nullptr);

    // Whether a register is open (an empty one): "New case" needs one.
    void setRegisterOpen(bool open);
    QPushButton *newCaseButton() const { return m_newCase; }

signals:
    void newCaseRequested();
    void importRequested();
    void demoRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_heading = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_newCase = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_demo = nullptr;
    bool m_registerOpen = true;
};

} // namespace qaytish
