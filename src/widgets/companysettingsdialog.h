// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/companysettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CompanySettingsDialog;
}

namespace ardesk {

/// Edits the company's name, address, home currency, locale and fiscal calendar. Validation is
/// the core's (CompanySettings::validate); the dialog shows its message and stays open.
class CompanySettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CompanySettingsDialog(QWidget *parent = nullptr);
    ~CompanySettingsDialog() override;

    void setSettings(const CompanySettings &settings);
    CompanySettings settings() const;
    /// Shows a validation or save error and keeps the dialog open.
    void showError(const QString &message);

Q_SIGNALS:
    /// The user pressed Save; the owner saves and calls accept() or showError().
    void saveRequested(const ardesk::CompanySettings &settings);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::CompanySettingsDialog> m_ui;
};

} // namespace ardesk
