// SPDX-License-Identifier: MIT
#pragma once

#include "core/mail/smtpsettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ardesk {

class ErrorLabel;

/// File > E-mail settings: the SMTP server (implicit TLS or STARTTLS required; no TLS only to a
/// loopback relay), login, sender, reply-to, signature, a private CA, rate limits, and the
/// password or OAuth2 token — which goes to the OS keychain, never to the company file. "Send
/// test e-mail" tries the settings as they are in the form.
class SmtpSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SmtpSettingsDialog(QWidget *parent = nullptr);

    void setSettings(const SmtpSettings &settings, bool secretStored);
    /// The form's settings, or the first error (the core's validation).
    Result<SmtpSettings> validatedSettings() const;
    /// The password/token typed (empty: keep the stored one).
    QString secret() const;
    QString testAddress() const;
    void showError(const QString &message);
    void showResult(const QString &message, bool ok);
    QString errorText() const;
    QString resultText() const;

Q_SIGNALS:
    /// `secret` empty: keep the stored secret.
    void saveRequested(const ardesk::SmtpSettings &settings, const QString &secret);
    void testRequested(const ardesk::SmtpSettings &settings, const QString &secret,
                       const QString &to);

private:
    void setUpFields();
    QFormLayout *buildForm();
    void connectButtons(QDialogButtonBox *buttons);
    void updatePortForSecurity();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_user;
    QComboBox *m_auth;
    QLineEdit *m_secret;
    QLineEdit *m_from;
    QLineEdit *m_fromName;
    QLineEdit *m_replyTo;
    QPlainTextEdit *m_signature;
    QLineEdit *m_caFile;
    QSpinBox *m_perMinute;
    QSpinBox *m_perDay;
    QLineEdit *m_testTo;
    QPushButton *m_test;
    QLabel *m_result;
    ErrorLabel *m_error;
    SmtpSettings m_loaded;
};

} // namespace ardesk
