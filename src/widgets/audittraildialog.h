// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/auditentry.h"
#include "core/domain/user.h"

#include <QDate>
#include <QDialog>
#include <QLocale>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ardesk {

class AuditTrailModel;
class Database;
class DatabaseWorker;

/// Reports > Audit trail (and Client > Audit trail of this client): who changed what and when,
/// newest first, filtered by user, kind, client and company days; "Load more" reads the next
/// page. Everything is read on the worker through AuditService, which refuses anyone but a
/// manager or an admin (the window hides the entries for others).
class AuditTrailDialog : public QDialog
{
    Q_OBJECT
public:
    AuditTrailDialog(DatabaseWorker *worker, qint64 readerId, const QLocale &locale,
                     QWidget *parent = nullptr);

    /// Opens the dialog on `window` for `readerId`, filtered to `clientCode` when one is given.
    static AuditTrailDialog *open(DatabaseWorker *worker, qint64 readerId, const QLocale &locale,
                                  const QString &clientCode, QWidget *window);

    void setClientCode(const QString &code);
    /// Reads the first page with the filters as they are.
    void reload();
    void loadMore();
    AuditTrailModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString statusText() const;

Q_SIGNALS:
    /// A page arrived (or its error): tests wait for it.
    void loaded();

private:
    struct Filter;
    struct Page;
    Filter filter() const;
    void requestPage(bool append);
    static Page readPage(const std::shared_ptr<Database> &db, const Filter &f, qint64 reader,
                         bool withChoices);
    void showPage(Page page, bool append);
    void fillChoices(const QList<User> &users, const QStringList &kinds);
    void setUpFilters(const QLocale &locale);
    void setUpTable();
    void buildLayout();
    void retranslateUi();

    DatabaseWorker *m_worker;
    qint64 m_readerId;
    QLocale m_locale;
    AuditTrailModel *m_model;
    QComboBox *m_user;
    QComboBox *m_kind;
    QLineEdit *m_client;
    QDateEdit *m_since;
    QDateEdit *m_until;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_more;
    quint64 m_generation = 0;
    bool m_choicesLoaded = false;
    bool m_mayHaveMore = false;
};

} // namespace ardesk
