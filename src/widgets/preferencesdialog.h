// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTabWidget;

namespace ardesk {

/// File > Preferences…: settings of this computer (QSettings), not of the company file — what a
/// call does when no program handles phone links: copy the number to the clipboard (the
/// default) or start a softphone command line with the number (PhoneDialer::Settings); the
/// appearance (System, Light or Dark; Appearance), applied at once; and the language of the
/// window (the system's, English or German; translations::chosenLanguage), which applies at the
/// next start. Accepting saves them.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QRadioButton *clipboardChoice() const { return m_clipboard; }
    QRadioButton *commandChoice() const { return m_command; }
    QLineEdit *commandEdit() const { return m_commandEdit; }
    QComboBox *appearanceCombo() const { return m_scheme; }
    /// System, English, Deutsch: the item data is the translations::Language as an int.
    QComboBox *languageChoice() const { return m_language; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildCallsPage();
    QWidget *buildAppearancePage();
    QWidget *buildLanguagePage();
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
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_languageHint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ardesk
