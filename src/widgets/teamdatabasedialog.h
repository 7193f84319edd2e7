// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ardesk {

/// File > Open team database…: where a team database is (host, port, database, user, TLS) as a
/// `postgresql://` address for MainWindow::openFile, and the login's password when the user
/// types one (else the OS keychain, PGPASSWORD or ~/.pgpass give it; docs/team-mode.md), with
/// whether to keep it in the keychain. Accepting checks the address with DatabaseUrl::parse and
/// shows what is wrong in the dialog.
class TeamDatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamDatabaseDialog(QWidget *parent = nullptr);

    /// Fills the fields from an address (e.g. the last team database opened); ignored if it is
    /// not one.
    void setAddress(const QString &address);
    /// The address the fields describe (not checked).
    QString address() const;
    /// The password typed (empty: none; the keychain, PGPASSWORD or ~/.pgpass then give it).
    QString password() const;
    /// Overwrites the typed password and empties the field (once the database is open).
    void clearPassword();
    /// Whether the typed password is to be kept in the OS keychain.
    bool remembersPassword() const;

    void accept() override;

private:
    void retranslateUi();
    void updateCaFile();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QComboBox *m_sslMode;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QLabel *m_note;
    QLabel *m_error;
};

} // namespace ardesk
