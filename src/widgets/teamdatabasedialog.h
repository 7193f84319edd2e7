// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ardesk {

/// File > Open team database…: where a team database is (host, port, database, user, TLS) as a
/// `postgresql://` address for MainWindow::openFile. No password is asked or kept: PostgreSQL's
/// client library reads it from PGPASSWORD or ~/.pgpass (docs/team-mode.md). Accepting checks
/// the address with DatabaseUrl::parse and shows what is wrong in the dialog.
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

    void accept() override;

private:
    void retranslateUi();
    void updateCaFile();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QLabel *m_note;
    QLabel *m_error;
};

} // namespace ardesk
