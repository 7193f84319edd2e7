// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTabWidget;

namespace ardesk {

/// File > Preferences…: settings of this computer (QSettings), not of the company file — what a
/// call does when no program handles phone links: copy the number to the clipboard (the
/// default) or start a softphone command line with the number (PhoneDialer::Settings), and
/// the appearance (System, Light or Dark; Appearance). Accepting saves them and applies the
/// appearance at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QRadioButton *clipboardChoice() const { return m_clipboard; }
    QRadioButton *commandChoice() const { return m_command; }
    QLineEdit *commandEdit() const { return m_commandEdit; }
    QComboBox *appearanceCombo() const { return m_scheme; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildCallsPage();
    QWidget *buildAppearancePage();
    void retranslateUi();
    void updateCommand();

    QTabWidget *m_tabs;
    QGroupBox *m_noHandler;
    QRadioButton *m_clipboard;
    QRadioButton *m_command;
    QLineEdit *m_commandEdit;
    QLabel *m_commandHint;
    QLabel *m_schemeLabel;
    QComboBox *m_scheme;
    QLabel *m_schemeHint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ardesk
