#include "support/testsupport.h"

#include "core/appinfo.h"
#include "core/database.h"
#include "core/missionsettings.h"
#include "core/signing.h"
#include "ui/dialogs.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/missionsettingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace qaytish;

// The mission settings dialog: what it shows, what it stores, and what it refuses.
class TestMissionSettings : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
        setApplicationIdentity();
        Language::apply(QStringLiteral("en"));
        Dialogs::setResponder([](const Dialogs::Question &) { return Dialogs::Answer::No; });
    }

    void init() {
        static int n = 0;
        Result<std::shared_ptr<Database>> db =
            Database::open(m_dir.filePath(QStringLiteral("r%1.qaytish").arg(++n)));
        QVERIFY(db.ok());
        m_db = db.value();
    }

    void showsDefaultsOfANewRegister() {
        const MissionSettings defaults = MissionSettings::defaults();
        MissionSettingsDialog dialog(store().load().value(), {});
        QCOMPARE(line(dialog, "mission_name_ru")->text(), defaults.missionName.ru);
        QCOMPARE(line(dialog, "document_title_uz")->text(),
                 QStringLiteral("Oʻzbekiston Respublikasiga qaytish uchun guvohnoma"));
        QCOMPARE(spin(dialog, "default_validity_days")->value(), 30);
        QCOMPARE(dialog.settings(), defaults);
    }

    void savesWhatTheOfficerChanged() {
        MissionSettingsDialog dialog(store().load().value(), [this](const MissionSettings &s) {
            return store().save(actor(), s);
        });
        dialog.show();
        line(dialog, "mission_name_ru")
            ->setText(QStringLiteral("Генеральное консульство Республики "
                                     "Узбекистан в Нью-Йорке"));
        line(dialog, "number_prefix")->setText(QStringLiteral("nyc"));
        line(dialog, "head_of_mission")->setText(QStringLiteral("D. Yoʻldosheva"));
        spin(dialog, "default_validity_days")->setValue(60);
        auto *paper = dialog.findChild<QComboBox *>(QStringLiteral("paper_size"));
        paper->setCurrentIndex(paper->findData(QStringLiteral("letter")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const MissionSettings stored = store().load().value();
        QCOMPARE(stored.missionName.ru,
                 QStringLiteral("Генеральное консульство Республики Узбекистан в Нью-Йорке"));
        QCOMPARE(stored.numberPrefix, QStringLiteral("NYC"));
        QCOMPARE(stored.headOfMission, QStringLiteral("D. Yoʻldosheva"));
        QCOMPARE(stored.defaultValidityDays, 60);
        QCOMPARE(stored.paperSize, QStringLiteral("letter"));
        // Unchanged settings keep their defaults.
        QCOMPARE(stored.missionName.uz, MissionSettings::defaults().missionName.uz);
        // Each write is in the audit trail with the officer's name.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                      "'mission_setting' AND actor = 'consul'")) &&
                q.next());
        QVERIFY(q.value(0).toInt() >= 5);

        // Saving the same values again writes nothing new.
        const int lines = q.value(0).toInt();
        QVERIFY(store().save(actor(), stored).ok());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                      "'mission_setting'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), lines);
    }

    void refusesABadValueAndSaysWhere_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("prefix") << QStringLiteral("number_prefix") << QStringLiteral("WAS-1")
                                << QStringLiteral("prefix");
        QTest::newRow("duty") << QStringLiteral("duty_adult") << QStringLiteral("sixty")
                              << QStringLiteral("adult");
        QTest::newRow("currency") << QStringLiteral("duty_currency") << QStringLiteral("$")
                                  << QStringLiteral("currency");
        QTest::newRow("russian name")
            << QStringLiteral("mission_name_ru") << QString() << QStringLiteral("Russian");
    }
    void refusesABadValueAndSaysWhere() {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        bool submitted = false;
        MissionSettingsDialog dialog(store().load().value(), [&](const MissionSettings &s) {
            submitted = true;
            return store().save(actor(), s);
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The field is on another tab than the first: the dialog shows it.
        line(dialog, qPrintable(key))->setText(value);
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
        tabs->setCurrentIndex(2);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(!submitted);
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(message), qPrintable(error->text()));
        QCOMPARE(tabs->currentWidget(), dialog.editorFor(key)->parentWidget());
        QCOMPARE(QApplication::focusWidget(), dialog.editorFor(key));
        QCOMPARE(store().load().value(), MissionSettings::defaults());
    }

    void mainWindowOpensTheDialogForTheOpenRegister() {
        MainWindow window(m_clock);
        QVERIFY(window.openRegister(m_db->path()));
        auto *action = window.findChild<QAction *>(QStringLiteral("missionSettingsAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = window.findChild<MissionSettingsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->settings(), MissionSettings::defaults());
        dialog->reject();
    }

    // The signing key is made on first use; exporting its public half is such a use.
    void exportsThePublicKey() {
        MainWindow window(m_clock);
        QVERIFY(window.openRegister(m_db->path()));
        window.findChild<QAction *>(QStringLiteral("missionSettingsAction"))->trigger();
        auto *dialog = window.findChild<MissionSettingsDialog *>();
        QVERIFY(dialog);
        auto *keyId = dialog->findChild<QLabel *>(QStringLiteral("signingKeyId"));
        QVERIFY(keyId->text().contains(QStringLiteral("none yet")));
        const QString file = m_dir.filePath(QStringLiteral("mission.pub"));
        Dialogs::setFileResponder([file](const QString &) { return file; });
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("exportPublicKeyButton"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        Dialogs::setFileResponder({});

        Result<QList<PublicKey>> keys = Signing::readPublicKeyFile(file);
        QVERIFY2(keys.ok(), keys.ok() ? "" : qPrintable(keys.error().message));
        QCOMPARE(keys->size(), 1);
        QCOMPARE(keyId->text(), keys->first().keyId);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM signing_key")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Exporting again writes the same key: none is made twice.
        Dialogs::setFileResponder([file](const QString &) { return file; });
        QTest::mouseClick(button, Qt::LeftButton);
        Dialogs::setFileResponder({});
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM signing_key")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        dialog->reject();
    }

private:
    MissionSettingsStore store() { return MissionSettingsStore(*m_db, m_clock); }
    static Actor actor() { return Actor{QStringLiteral("consul")}; }
    static QLineEdit *line(const MissionSettingsDialog &d, const char *key) {
        return qobject_cast<QLineEdit *>(d.editorFor(QString::fromLatin1(key)));
    }
    static QSpinBox *spin(const MissionSettingsDialog &d, const char *key) {
        return qobject_cast<QSpinBox *>(d.editorFor(QString::fromLatin1(key)));
    }

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 5, 4), QTime(9, 0), QTimeZone::utc())};
    std::shared_ptr<Database> m_db;
};

QTEST_MAIN(TestMissionSettings)
#include "tst_missionsettings.moc"
