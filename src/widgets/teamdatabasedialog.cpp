// SPDX-License-Identifier: MIT
#include "widgets/teamdatabasedialog.h"
#include "widgets/appearance.h"

#include "core/storage/databaseurl.h"
#include "core/support/paths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace ardesk {

TeamDatabaseDialog::TeamDatabaseDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(QStringLiteral("localhost"), this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(paths::osLoginName(), this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(this))
    , m_sslMode(new QComboBox(this))
    , m_caFile(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_note(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("teamDatabaseDialog"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberPasswordCheck"));
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    // PostgreSQL's own sslmode values: what is shown is what the address carries.
    for (const char *mode : {"prefer", "require", "verify-ca", "verify-full", "disable"})
        m_sslMode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_note->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    Appearance::setTextTone(m_error, Appearance::Tone::Error);
    m_error->hide();

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("&Security (sslmode):"), m_sslMode);
    auto *caLabel = new QLabel(tr("C&A certificate:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    auto *column = new QVBoxLayout(this);
    column->addLayout(form);
    column->addWidget(m_note);
    column->addWidget(m_error);
    column->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &TeamDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &TeamDatabaseDialog::updateCaFile);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file
                = QFileDialog::getOpenFileName(this, tr("CA certificate"), QDir::homePath(),
                                               tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(QDir::toNativeSeparators(file));
    });
    retranslateUi();
    updateCaFile();
    m_database->setFocus();
}

void TeamDatabaseDialog::retranslateUi()
{
    setWindowTitle(tr("Open team database"));
    m_browse->setText(tr("Br&owse…"));
    m_database->setPlaceholderText(tr("e.g. acme"));
    m_caFile->setPlaceholderText(tr("the CA that signed the server's certificate"));
    m_password->setPlaceholderText(tr("from the keychain, PGPASSWORD or ~/.pgpass"));
    m_remember->setText(tr("&Remember in the keychain"));
    m_note->setText(tr("Leave the password empty to use the one kept in the keychain, or "
                       "PGPASSWORD or ~/.pgpass (host:port:database:user:password). ARDesk keeps "
                       "a password only in the keychain, and only when asked to. Across a "
                       "network use verify-full with the CA certificate."));
}

void TeamDatabaseDialog::updateCaFile()
{
    const bool verifies = m_sslMode->currentData().toString().startsWith(QLatin1String("verify"));
    m_caFile->setEnabled(verifies);
    m_browse->setEnabled(verifies);
}

void TeamDatabaseDialog::setAddress(const QString &address)
{
    auto url = DatabaseUrl::parse(address);
    if (!url)
        return;
    m_host->setText(url.value().host());
    m_port->setValue(url.value().port());
    m_database->setText(url.value().databaseName());
    m_user->setText(url.value().user());
    const int mode = m_sslMode->findData(url.value().sslMode().isEmpty() ? QStringLiteral("prefer")
                                                                         : url.value().sslMode());
    if (mode >= 0)
        m_sslMode->setCurrentIndex(mode);
    m_caFile->setText(QDir::toNativeSeparators(url.value().sslRootCert()));
}

QString TeamDatabaseDialog::address() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user->text().trimmed());
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(u'/' + m_database->text().trimmed());
    QUrlQuery query;
    const QString mode = m_sslMode->currentData().toString();
    if (mode != QLatin1String("prefer"))
        query.addQueryItem(QStringLiteral("sslmode"), mode);
    const QString ca = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    if (m_caFile->isEnabled() && !ca.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), ca);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString TeamDatabaseDialog::password() const
{
    return m_password->text();
}

void TeamDatabaseDialog::clearPassword()
{
    // The line edit's own copy: overwritten before it is emptied.
    m_password->setText(QString(m_password->text().size(), QChar(u'\0')));
    m_password->clear();
}

bool TeamDatabaseDialog::remembersPassword() const
{
    return m_remember->isChecked();
}

void TeamDatabaseDialog::accept()
{
    const auto checked = DatabaseUrl::parse(address());
    if (!checked) {
        m_error->setText(checked.errorString());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace ardesk
