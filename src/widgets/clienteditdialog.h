// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/client.h"
#include "core/domain/user.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class ClientEditDialog;
}

namespace ardesk {

/// Creates or edits a client: identity, terms, credit limit, owner and notes. Validation is the
/// core's (Client::validate, Money::parse for the credit limit); the dialog shows the message in
/// its error label and stays open. A client with id 0 is a new client.
class ClientEditDialog : public QDialog
{
    Q_OBJECT
public:
    /// `users` fill the assigned-clerk choice (plus "Unassigned").
    explicit ClientEditDialog(const QList<User> &users, QWidget *parent = nullptr);
    ~ClientEditDialog() override;

    void setClient(const Client &client);
    /// The client as the form shows it; a credit limit that does not parse keeps the value
    /// set with setClient(). Use validatedClient() to see the error.
    Client client() const;
    /// The client as the form shows it, or the first error (naming the field).
    Result<Client> validatedClient() const;
    /// Shows a validation or save error and keeps the dialog open.
    void showError(const QString &message);
    QString errorText() const;
    bool isNewClient() const { return m_client.id == 0; }

Q_SIGNALS:
    /// The user pressed Save and the form is valid; the owner saves and calls accept() or
    /// showError().
    void saveRequested(const ardesk::Client &client);

protected:
    void changeEvent(QEvent *event) override;

private:
    void save();
    void updateTitle();
    Client formClient() const; ///< everything but the credit limit
    Result<qint64> parseCreditLimit(const QString &currency) const;

    std::unique_ptr<Ui::ClientEditDialog> m_ui;
    Client m_client;
};

} // namespace ardesk
