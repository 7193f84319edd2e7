// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/contact.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QHBoxLayout;
class QLineEdit;
class QTableWidget;

namespace ardesk {

class ErrorLabel;

/// Adds or edits a contact of a client: name, role, e-mail, several phones (read with the
/// client's country; a number that does not parse is kept as typed and flagged, never dialled),
/// preferred channel, billing-contact and do-not-contact flags. Validation is the core's.
class ContactEditDialog : public QDialog
{
    Q_OBJECT
public:
    /// `country` is the client's country (ISO 3166 alpha-2): numbers without +CC are read in it.
    explicit ContactEditDialog(const QString &country, QWidget *parent = nullptr);

    void setContact(const Contact &contact);
    /// The contact as the form shows it, or the first error (naming the field).
    Result<Contact> validatedContact() const;
    void showError(const QString &message);
    QString errorText() const;
    /// Adds a phone row (tests and the "Add phone" button).
    void addPhone(const QString &label, const QString &number, const QString &extension = {});
    /// What the form shows beside phone `row`: its E.164 form, or why it will not be dialled.
    QString phoneCheck(int row) const;

Q_SIGNALS:
    void saveRequested(const ardesk::Contact &contact);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpPhones();
    QHBoxLayout *buildPhoneButtons();
    enum PhoneColumn { LabelColumn, NumberColumn, ExtensionColumn, CheckColumn, PhoneColumns };
    void retranslateUi();
    void recheckPhone(int row);
    void save();

    QString m_region;
    Contact m_contact;
    QLineEdit *m_name;
    QLineEdit *m_role;
    QLineEdit *m_email;
    QTableWidget *m_phones;
    QComboBox *m_channel;
    QCheckBox *m_billing;
    QCheckBox *m_doNotContact;
    ErrorLabel *m_error;
};

} // namespace ardesk
