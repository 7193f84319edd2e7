// SPDX-License-Identifier: MIT
#include "widgets/companysettingsdialog.h"

#include "ui_companysettingsdialog.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QPushButton>
#include <QTimeZone>

namespace ardesk {

CompanySettingsDialog::CompanySettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CompanySettingsDialog>())
{
    m_ui->setupUi(this);
    for (const char *code : {"USD", "EUR", "GBP", "CAD", "AUD", "CHF", "JPY", "MXN", "INR", "CNY"})
        m_ui->currencyCombo->addItem(QString::fromLatin1(code));
    for (const char *name :
         {"en_US", "en_GB", "en_CA", "de_DE", "fr_FR", "es_ES", "nl_NL", "it_IT", "ja_JP"}) {
        const QLocale l(QString::fromLatin1(name));
        m_ui->localeCombo->addItem(QStringLiteral("%1 — %2 (%3)")
                                           .arg(QString::fromLatin1(name),
                                                QLocale::languageToString(l.language()),
                                                QLocale::territoryToString(l.territory())),
                                   QString::fromLatin1(name));
    }
    const QLocale english(QLocale::English);
    for (int m = 1; m <= 12; ++m)
        m_ui->fiscalCombo->addItem(english.monthName(m), m);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id.contains('/')) // Area/City ids, not the aliases such as "EST5EDT"
            m_ui->timeZoneCombo->addItem(QString::fromUtf8(id));
    }
    m_ui->timeZoneCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->errorLabel->hide();
    connect(m_ui->backupCheck, &QCheckBox::toggled, this, [this](bool on) {
        for (QWidget *w : {static_cast<QWidget *>(m_ui->backupFolderEdit),
                           static_cast<QWidget *>(m_ui->backupBrowseButton),
                           static_cast<QWidget *>(m_ui->backupDaysSpin),
                           static_cast<QWidget *>(m_ui->backupMonthsSpin)})
            w->setEnabled(on);
    });
    connect(m_ui->backupBrowseButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup folder"),
                                                                 m_ui->backupFolderEdit->text());
        if (!folder.isEmpty())
            m_ui->backupFolderEdit->setText(QDir::toNativeSeparators(folder));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this,
            [this] { Q_EMIT saveRequested(settings()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CompanySettingsDialog::~CompanySettingsDialog() = default;

void CompanySettingsDialog::setSettings(const CompanySettings &s)
{
    m_ui->nameEdit->setText(s.companyName);
    m_ui->addressEdit->setPlainText(s.address);
    m_ui->currencyCombo->setCurrentText(s.homeCurrency);
    const int li = m_ui->localeCombo->findData(s.locale);
    if (li >= 0) {
        m_ui->localeCombo->setCurrentIndex(li);
    } else {
        m_ui->localeCombo->addItem(s.locale, s.locale);
        m_ui->localeCombo->setCurrentIndex(m_ui->localeCombo->count() - 1);
    }
    m_ui->fiscalCombo->setCurrentIndex(std::clamp(s.fiscalYearStartMonth, 1, 12) - 1);
    m_ui->attachmentSpin->setValue(int(s.attachmentMaxBytes / 1048576));
    m_ui->timeZoneCombo->setCurrentText(s.timeZone);
    m_ui->discountWordingEdit->setPlainText(s.discountWording);
    m_ui->latePenaltyWordingEdit->setPlainText(s.latePenaltyWording);
    m_ui->remittanceEdit->setPlainText(s.remittance);
    m_ui->backupCheck->setChecked(!s.backupEnabled); // toggled() sets the fields' state
    m_ui->backupCheck->setChecked(s.backupEnabled);
    m_ui->backupFolderEdit->setText(QDir::toNativeSeparators(s.backupFolder));
    m_ui->backupDaysSpin->setValue(s.backupDays);
    m_ui->backupMonthsSpin->setValue(s.backupMonths);
}

CompanySettings CompanySettingsDialog::settings() const
{
    CompanySettings s;
    s.companyName = m_ui->nameEdit->text().trimmed();
    s.address = m_ui->addressEdit->toPlainText().trimmed();
    s.homeCurrency = m_ui->currencyCombo->currentText().trimmed().toUpper();
    s.locale = m_ui->localeCombo->currentData().toString();
    s.fiscalYearStartMonth = m_ui->fiscalCombo->currentData().toInt();
    s.attachmentMaxBytes = qint64(m_ui->attachmentSpin->value()) * 1048576;
    s.timeZone = m_ui->timeZoneCombo->currentText().trimmed();
    s.discountWording = m_ui->discountWordingEdit->toPlainText().trimmed();
    s.latePenaltyWording = m_ui->latePenaltyWordingEdit->toPlainText().trimmed();
    s.remittance = m_ui->remittanceEdit->toPlainText().trimmed();
    s.backupEnabled = m_ui->backupCheck->isChecked();
    s.backupFolder = QDir::fromNativeSeparators(m_ui->backupFolderEdit->text().trimmed());
    s.backupDays = m_ui->backupDaysSpin->value();
    s.backupMonths = m_ui->backupMonthsSpin->value();
    return s;
}

void CompanySettingsDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

void CompanySettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace ardesk
