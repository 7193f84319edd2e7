// SPDX-License-Identifier: MIT
#include "widgets/smtpsettingsdialog.h"
#include "widgets/appearance.h"

#include "widgets/errorlabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ardesk {

SmtpSettingsDialog::SmtpSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_secret(new QLineEdit(this))
    , m_from(new QLineEdit(this))
    , m_fromName(new QLineEdit(this))
    , m_replyTo(new QLineEdit(this))
    , m_signature(new QPlainTextEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_perMinute(new QSpinBox(this))
    , m_perDay(new QSpinBox(this))
    , m_testTo(new QLineEdit(this))
    , m_test(new QPushButton(tr("Send &test e-mail"), this))
    , m_result(new QLabel(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("SmtpSettingsDialog"));
    setWindowTitle(tr("E-mail settings"));
    setUpFields();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildForm());
    auto *testRow = new QHBoxLayout;
    m_testTo->setPlaceholderText(tr("Send a test message to…"));
    m_testTo->setAccessibleName(tr("Test message recipient"));
    testRow->addWidget(m_testTo, 1);
    testRow->addWidget(m_test);
    layout->addLayout(testRow);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connectButtons(buttons);
    resize(560, 620);
}

void SmtpSettingsDialog::setUpFields()
{
    const std::pair<QWidget *, const char *> names[]
            = {{m_host, "host"},           {m_port, "port"},         {m_security, "security"},
               {m_user, "user"},           {m_auth, "auth"},         {m_secret, "secret"},
               {m_from, "from"},           {m_fromName, "fromName"}, {m_replyTo, "replyTo"},
               {m_signature, "signature"}, {m_caFile, "caFile"},     {m_perMinute, "perMinute"},
               {m_perDay, "perDay"},       {m_testTo, "testTo"},     {m_test, "testButton"},
               {m_result, "testResult"},   {m_error, "error"}};
    for (const auto &[w, name] : names)
        w->setObjectName(QLatin1String(name));
    m_port->setRange(1, 65535);
    m_security->addItem(tr("STARTTLS (required)"), toString(SmtpSettings::Security::StartTls));
    m_security->addItem(tr("TLS (implicit, smtps)"), toString(SmtpSettings::Security::Tls));
    m_security->addItem(tr("None — loopback relay only"), toString(SmtpSettings::Security::None));
    m_auth->addItem(tr("Password"), toString(SmtpSettings::Auth::Password));
    m_auth->addItem(tr("OAuth2 token (XOAUTH2)"), toString(SmtpSettings::Auth::XOAuth2));
    m_secret->setEchoMode(QLineEdit::Password);
    m_perMinute->setRange(0, 10000);
    m_perDay->setRange(0, 1000000);
    m_perMinute->setSpecialValueText(tr("no limit"));
    m_perDay->setSpecialValueText(tr("no limit"));
    m_signature->setTabChangesFocus(true); // Tab moves on, never types a tab
    m_signature->setMaximumHeight(70);
    m_caFile->setPlaceholderText(tr("System certificates (leave empty) or a PEM file"));
    m_caFile->setAccessibleName(tr("Certificate authority file"));
}

QFormLayout *SmtpSettingsDialog::buildForm()
{
    auto *form = new QFormLayout;
    form->addRow(tr("SMTP &server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("S&ecurity:"), m_security);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Sign in &with:"), m_auth);
    form->addRow(tr("Pass&word / token:"), m_secret);
    form->addRow(tr("&From address:"), m_from);
    form->addRow(tr("From &name:"), m_fromName);
    form->addRow(tr("&Reply-to:"), m_replyTo);
    form->addRow(tr("Si&gnature:"), m_signature);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    auto *browse = new QPushButton(tr("Browse…"), this);
    caRow->addWidget(browse);
    setTabOrder(m_caFile, browse); // Tab follows the row, not the order of construction
    form->addRow(tr("Private &CA:"), caRow);
    form->addRow(tr("At most per &minute:"), m_perMinute);
    form->addRow(tr("At most per &day:"), m_perDay);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Certificate authority (PEM)"),
                                                       QString(), tr("PEM files (*.pem *.crt)"));
        if (!f.isEmpty())
            m_caFile->setText(f);
    });
    connect(m_security, &QComboBox::currentIndexChanged, this,
            &SmtpSettingsDialog::updatePortForSecurity);
    return form;
}

void SmtpSettingsDialog::connectButtons(QDialogButtonBox *buttons)
{
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        auto s = validatedSettings();
        if (!s) {
            showError(s.errorString());
            return;
        }
        m_error->hide();
        Q_EMIT saveRequested(s.value(), secret());
    });
    connect(m_test, &QPushButton::clicked, this, [this] {
        auto s = validatedSettings();
        if (!s) {
            showError(s.errorString());
            return;
        }
        m_error->hide();
        m_result->setText(tr("Sending a test message…"));
        Q_EMIT testRequested(s.value(), secret(), testAddress());
    });
}

void SmtpSettingsDialog::setSettings(const SmtpSettings &s, bool secretStored)
{
    m_loaded = s;
    m_host->setText(s.host);
    {
        const QSignalBlocker block(m_security);
        m_security->setCurrentIndex(std::max(0, m_security->findData(toString(s.security))));
    }
    m_port->setValue(s.port);
    m_user->setText(s.user);
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(toString(s.auth))));
    m_secret->clear();
    m_secret->setPlaceholderText(secretStored ? tr("stored in the keychain — type to replace")
                                              : tr("not stored yet"));
    m_from->setText(s.fromAddress);
    m_fromName->setText(s.fromName);
    m_replyTo->setText(s.replyTo);
    m_signature->setPlainText(s.signature);
    m_caFile->setText(s.caFile);
    m_perMinute->setValue(s.ratePerMinute);
    m_perDay->setValue(s.ratePerDay);
    if (m_testTo->text().isEmpty())
        m_testTo->setText(s.fromAddress);
}

void SmtpSettingsDialog::updatePortForSecurity()
{
    // The usual port for the chosen security, unless the user typed another one.
    const int port = m_port->value();
    if (port != 25 && port != 465 && port != 587)
        return;
    const auto sec = smtpSecurityFromString(m_security->currentData().toString());
    m_port->setValue(sec == SmtpSettings::Security::Tls                ? 465
                             : sec == SmtpSettings::Security::StartTls ? 587
                                                                       : 25);
}

Result<SmtpSettings> SmtpSettingsDialog::validatedSettings() const
{
    SmtpSettings s = m_loaded;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.security = smtpSecurityFromString(m_security->currentData().toString())
                         .value_or(SmtpSettings::Security::StartTls);
    s.user = m_user->text().trimmed();
    s.auth = smtpAuthFromString(m_auth->currentData().toString())
                     .value_or(SmtpSettings::Auth::Password);
    s.fromAddress = m_from->text().trimmed();
    s.fromName = m_fromName->text().trimmed();
    s.replyTo = m_replyTo->text().trimmed();
    s.signature = m_signature->toPlainText();
    s.caFile = m_caFile->text().trimmed();
    s.ratePerMinute = m_perMinute->value();
    s.ratePerDay = m_perDay->value();
    if (auto v = s.validate(); !v)
        return v.error();
    return s;
}

QString SmtpSettingsDialog::secret() const
{
    return m_secret->text();
}

QString SmtpSettingsDialog::testAddress() const
{
    return m_testTo->text().trimmed();
}

void SmtpSettingsDialog::showError(const QString &message)
{
    m_error->showMessage(message);
}

void SmtpSettingsDialog::showResult(const QString &message, bool ok)
{
    Appearance::setTextTone(m_result, ok ? Appearance::Tone::Success : Appearance::Tone::Error);
    m_result->setText(message);
}

QString SmtpSettingsDialog::errorText() const
{
    return m_error->message();
}

QString SmtpSettingsDialog::resultText() const
{
    return m_result->text();
}

} // namespace ardesk
