// SPDX-License-Identifier: MIT
// Company settings and "who is working?" dialogs, driven like a user would.
#include "widgets/companysettingsdialog.h"
#include "widgets/userchooserdialog.h"

#include "support/testsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void companySettingsEditsAndSaves();
    void companySettingsShowsCoreValidation();
    void userChooserSuggestsAndValidates();
};

void TestDialogs::companySettingsEditsAndSaves()
{
    CompanySettingsDialog dialog;
    const CompanySettings s = makeSettings(QStringLiteral("Northwind"), QStringLiteral("1 Main St"),
                                           QStringLiteral("USD"), QStringLiteral("en_US"), 7);
    dialog.setSettings(s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.settings().companyName, s.companyName);
    QCOMPARE(dialog.settings().fiscalYearStartMonth, 7);

    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Southwind Supply"));
    auto *locale = dialog.findChild<QComboBox *>(QStringLiteral("localeCombo"));
    locale->setCurrentIndex(locale->findData(QStringLiteral("de_DE")));
    auto *attachments = dialog.findChild<QSpinBox *>(QStringLiteral("attachmentSpin"));
    QCOMPARE(attachments->value(), 50); // the default cap, in MB
    attachments->setValue(8);
    QSignalSpy save(&dialog, &CompanySettingsDialog::saveRequested);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(save.count(), 1);
    const auto saved = save.at(0).at(0).value<CompanySettings>();
    QCOMPARE(saved.companyName, QStringLiteral("Southwind Supply"));
    QCOMPARE(saved.locale, QStringLiteral("de_DE"));
    QCOMPARE(saved.address, s.address);
    QCOMPARE(saved.attachmentMaxBytes, 8 * 1048576);
}

void TestDialogs::companySettingsShowsCoreValidation()
{
    CompanySettingsDialog dialog;
    CompanySettings s;
    s.companyName = QStringLiteral("Northwind");
    dialog.setSettings(s);
    dialog.show();
    auto *currency = dialog.findChild<QComboBox *>(QStringLiteral("currencyCombo"));
    currency->setEditText(QStringLiteral("dollars"));
    const CompanySettings edited = dialog.settings();
    const auto valid = edited.validate();
    QVERIFY(!valid);
    dialog.showError(valid.errorString());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("DOLLARS")), qPrintable(error->text()));
    QVERIFY(dialog.isVisible()); // stays open to be corrected
}

void TestDialogs::userChooserSuggestsAndValidates()
{
    User dana;
    dana.name = QStringLiteral("dana.ortiz");
    dana.displayName = QStringLiteral("Dana Ortiz");
    User sam;
    sam.name = QStringLiteral("sam.lee");
    sam.displayName = QStringLiteral("Sam Lee");
    {
        UserChooserDialog dialog({dana, sam}, QStringLiteral("sam.lee"));
        QCOMPARE(dialog.userName(), QStringLiteral("sam.lee"));
    }
    UserChooserDialog dialog({dana, sam}, QStringLiteral("newbie"));
    dialog.show();
    QCOMPARE(dialog.userName(), QStringLiteral("newbie"));
    auto labels = dialog.findChildren<QLabel *>();
    auto hintSays = [&](const QString &text) {
        for (QLabel *l : labels) {
            if (l->text().contains(text))
                return true;
        }
        return false;
    };
    QVERIFY(hintSays(QStringLiteral("will be added as a new clerk")));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    auto *combo = dialog.findChild<QComboBox *>();
    combo->setEditText(QStringLiteral("two words"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(hintSays(QStringLiteral("two words")));
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
