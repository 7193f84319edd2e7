// SPDX-License-Identifier: MIT
#include "widgets/policiesscreen.h"

#include "models/databaseworker.h"
#include "widgets/policiesdialog.h"

#include <QMessageBox>

namespace ardesk {
namespace {

struct Loaded
{
    std::optional<PolicyService::Overview> overview;
    QString error;
};

Loaded load(const std::shared_ptr<Database> &db)
{
    Loaded l;
    auto o = PolicyService(db, 0).overview();
    if (o)
        l.overview = o.value();
    else
        l.error = o.errorString();
    return l;
}

} // namespace

void PoliciesScreen::open(DatabaseWorker *worker, const Subject &subject, QWidget *window,
                          std::function<void()> changed)
{
    worker->run(window, load, [worker, subject, window, changed](Loaded l) {
        if (!l.overview) {
            QMessageBox::warning(window, PoliciesDialog::tr("Reminder policies"), l.error);
            return;
        }
        auto *dialog
                = new PoliciesDialog(l.overview->emailTemplates,
                                     subject.clientId ? subject.clientName : QString(), window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setPolicies(l.overview->policies, l.overview->versions);
        dialog->setSettings(l.overview->settings);
        new PoliciesScreen(worker, subject, window, changed, dialog);
        dialog->open();
    });
}

PoliciesScreen::PoliciesScreen(DatabaseWorker *worker, const Subject &subject, QWidget *window,
                               std::function<void()> changed, PoliciesDialog *dialog)
    : QObject(dialog)
    , m_worker(worker)
    , m_subject(subject)
    , m_window(window)
    , m_changed(std::move(changed))
    , m_dialog(dialog)
{
    connectDialog();
}

void PoliciesScreen::connectDialog()
{
    connect(m_dialog, &PoliciesDialog::savePolicyRequested, this,
            [this](const ReminderPolicy &p, int version) {
                write([p, version](PolicyService &s) { return s.savePolicy(p, version); },
                      tr("Policy %1 saved").arg(p.name));
            });
    connect(m_dialog, &PoliciesDialog::assignRequested, this, [this](qint64 policyId) {
        write([clientId = m_subject.clientId,
               policyId](PolicyService &s) { return s.assign(clientId, policyId); },
              tr("The client follows this policy now"));
    });
    connect(m_dialog, &PoliciesDialog::saveSettingsRequested, this,
            [this](const WorkflowSettings &settings) {
                write([settings](PolicyService &s) { return s.saveSettings(settings); },
                      tr("Priorities and grace days saved"));
            });
}

void PoliciesScreen::write(std::function<Result<void>(PolicyService &)> change, const QString &done)
{
    if (!m_worker || !m_window)
        return;
    // Reported on the window: the change counts even when the dialog was closed meanwhile.
    QPointer<DatabaseWorker> worker = m_worker;
    QPointer<PoliciesDialog> dialog = m_dialog;
    m_worker->run(
            m_window.data(),
            [change, userId = m_subject.userId](const std::shared_ptr<Database> &db) {
                PolicyService service(db, userId);
                const Result<void> r = change(service);
                return r ? QString() : r.errorString();
            },
            [worker, dialog, window = m_window, changed = m_changed, done](QString error) {
                if (dialog)
                    dialog->showMessage(error.isEmpty() ? done : error, !error.isEmpty());
                if (!error.isEmpty())
                    return;
                if (worker)
                    worker->run(window.data(), load, [dialog](Loaded again) {
                        if (dialog && again.overview)
                            dialog->setPolicies(again.overview->policies, again.overview->versions);
                    });
                if (changed)
                    changed();
            });
}

} // namespace ardesk
