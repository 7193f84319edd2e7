// SPDX-License-Identifier: MIT
#include "widgets/preferencesdialog.h"

#include "core/support/translations.h"
#include "widgets/appearance.h"
#include "widgets/phonedialer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ardesk {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_noHandler(new QGroupBox(this))
    , m_clipboard(new QRadioButton(this))
    , m_command(new QRadioButton(this))
    , m_commandEdit(new QLineEdit(this))
    , m_commandHint(new QLabel(this))
    , m_schemeLabel(new QLabel(this))
    , m_scheme(new QComboBox(this))
    , m_schemeHint(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageHint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("PreferencesDialog"));
    m_clipboard->setObjectName(QStringLiteral("callsCopyNumber"));
    m_command->setObjectName(QStringLiteral("callsRunSoftphone"));
    m_commandEdit->setObjectName(QStringLiteral("softphoneCommand"));
    m_error->setObjectName(QStringLiteral("preferencesError"));
    m_scheme->setObjectName(QStringLiteral("appearanceCombo"));
    m_language->setObjectName(QStringLiteral("uiLanguage"));
    m_tabs->addTab(buildCallsPage(), QString());
    m_tabs->addTab(buildAppearancePage(), QString());
    m_tabs->addTab(buildLanguagePage(), QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    Appearance::setTextTone(m_error, Appearance::Tone::Error);
    m_error->hide();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_command, &QRadioButton::toggled, this, &PreferencesDialog::updateCommand);

    const PhoneDialer::Settings settings = PhoneDialer::Settings::load();
    m_commandEdit->setText(settings.command);
    (settings.fallback == PhoneDialer::Fallback::Command ? m_command : m_clipboard)
            ->setChecked(true);
    updateCommand();
    // The language names are written in their own language, so each reads its own.
    m_language->addItem(QString(), int(translations::Language::System));
    m_language->addItem(QStringLiteral("English"), int(translations::Language::English));
    m_language->addItem(QStringLiteral("Deutsch"), int(translations::Language::German));
    m_language->setCurrentIndex(
            m_language->findData(int(translations::chosenLanguage(QSettings()))));
    retranslateUi();
    m_scheme->setCurrentIndex(m_scheme->findData(int(Appearance::storedScheme())));
    resize(600, sizeHint().height());
}

QWidget *PreferencesDialog::buildCallsPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("callsPage"));
    auto *column = new QVBoxLayout(m_noHandler);
    column->addWidget(m_clipboard);
    column->addWidget(m_command);
    auto *indented = new QVBoxLayout;
    indented->setContentsMargins(24, 0, 0, 0);
    indented->addWidget(m_commandEdit);
    m_commandHint->setWordWrap(true);
    m_commandHint->setTextFormat(Qt::PlainText);
    indented->addWidget(m_commandHint);
    column->addLayout(indented);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_noHandler);
    layout->addStretch();
    return page;
}

QWidget *PreferencesDialog::buildAppearancePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("appearancePage"));
    for (auto scheme :
         {Appearance::Scheme::System, Appearance::Scheme::Light, Appearance::Scheme::Dark})
        m_scheme->addItem(QString(), int(scheme));
    m_schemeLabel->setBuddy(m_scheme);
    m_schemeHint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(m_schemeLabel, m_scheme);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_schemeHint);
    layout->addStretch();
    return page;
}

QWidget *PreferencesDialog::buildLanguagePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("languagePage"));
    m_languageLabel->setBuddy(m_language);
    m_languageHint->setWordWrap(true);
    m_languageHint->setTextFormat(Qt::PlainText);
    auto *row = new QHBoxLayout;
    row->addWidget(m_languageLabel);
    row->addWidget(m_language, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_languageHint);
    layout->addStretch();
    return page;
}

void PreferencesDialog::updateCommand()
{
    m_commandEdit->setEnabled(m_command->isChecked());
    m_error->hide();
}

void PreferencesDialog::accept()
{
    PhoneDialer::Settings settings;
    settings.fallback = m_command->isChecked() ? PhoneDialer::Fallback::Command
                                               : PhoneDialer::Fallback::Clipboard;
    settings.command = m_commandEdit->text().trimmed();
    if (settings.fallback == PhoneDialer::Fallback::Command && settings.command.isEmpty()) {
        m_error->setText(tr("Type the softphone's command line, or choose to copy the number."));
        m_error->show();
        m_commandEdit->setFocus();
        return;
    }
    settings.save();
    const auto scheme = Appearance::Scheme(m_scheme->currentData().toInt());
    if (scheme != Appearance::storedScheme()) {
        Appearance::storeScheme(scheme);
        Appearance::apply(scheme);
    }
    QSettings desk;
    translations::setChosenLanguage(
            desk, static_cast<translations::Language>(m_language->currentData().toInt()));
    QDialog::accept();
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences (this computer)"));
    m_tabs->setTabText(0, tr("&Calls"));
    m_tabs->setTabText(1, tr("&Appearance"));
    m_schemeLabel->setText(tr("&Colours:"));
    for (int i = 0; i < m_scheme->count(); ++i)
        m_scheme->setItemText(
                i, Appearance::displayName(Appearance::Scheme(m_scheme->itemData(i).toInt())));
    m_schemeHint->setText(
            tr("System follows this computer's colours. Dark shows light text on dark "
               "backgrounds; every colour that carries meaning is also said in words. Kept for "
               "this computer."));
    m_noHandler->setTitle(tr("When no program on this computer handles phone links (tel:)"));
    m_clipboard->setText(tr("Copy the &number to the clipboard"));
    m_command->setText(tr("Start a &softphone with this command line:"));
    m_commandEdit->setPlaceholderText(QStringLiteral("linphonec -c \"call %n\""));
    m_commandEdit->setAccessibleName(tr("Softphone command line"));
    m_commandHint->setText(
            tr("%1 is replaced by the number in international form (+14155550100); without %1 "
               "the number is added at the end. Quotes group words. The command is started "
               "directly, never through a shell. When a program does handle phone links, it "
               "dials and this setting is not used.")
                    .arg(QStringLiteral("%n")));
    m_tabs->setTabText(2, tr("&Language"));
    m_languageLabel->setText(tr("&Language of the window:"));
    m_language->setItemText(0, tr("System language"));
    m_language->setAccessibleName(tr("Language of the window"));
    m_languageHint->setText(
            tr("Applies at the next start of ARDesk. Messages of ardesk-cli follow the same "
               "choice. Dates and amounts follow the company's locale (Company settings), "
               "whatever the language."));
    // The wrapped hint is read whole (a tab page does not pass height-for-width up).
    m_commandHint->setMinimumHeight(m_commandHint->heightForWidth(500));
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace ardesk
