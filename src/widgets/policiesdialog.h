// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/dunning.h"
#include "core/storage/workflowsettings.h"

#include <QDialog>

class QGroupBox;
class QHBoxLayout;
class QSplitter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QListWidget;
class QSpinBox;
class QPushButton;
class QTableWidget;

namespace ardesk {

/// File > Reminder policies (a manager's settings): each policy's steps (days after the due
/// date, action, e-mail template) and the segment it applies to, which policy the shown client
/// follows, the Today queue's priority weights and the promise grace days. Shows and collects;
/// PolicyRepository and WorkflowSettings check and store.
class PoliciesDialog : public QDialog
{
    Q_OBJECT
public:
    PoliciesDialog(const QStringList &emailTemplates, const QString &shownClient,
                   QWidget *parent = nullptr);

    void setPolicies(const QList<ReminderPolicy> &policies, const QList<int> &versions);
    void setSettings(const WorkflowSettings &settings);
    bool select(const QString &name);
    /// The selected policy as edited, or the first error.
    Result<ReminderPolicy> editedPolicy() const;
    int editedVersion() const;
    Result<WorkflowSettings> editedSettings() const;
    void showMessage(const QString &text, bool error);
    QString messageText() const;
    void addStepRow(const PolicyStep &step);
    /// Tab goes from the steps table through its cells, row by row, to "Add step" (cell
    /// widgets made later would otherwise come last in the focus chain, or not at all).
    void orderStepTabs();

Q_SIGNALS:
    void savePolicyRequested(const ardesk::ReminderPolicy &policy, int expectedVersion);
    void saveSettingsRequested(const ardesk::WorkflowSettings &settings);
    void assignRequested(qint64 policyId);

private:
    QSplitter *buildEditor(const QString &shownClient);
    QGroupBox *buildWeights();
    QHBoxLayout *buildGrace();
    enum StepColumn { DaysColumn, ActionColumn, TemplateColumn, StepColumns };
    void showCurrent();

    QStringList m_templates;
    QList<ReminderPolicy> m_policies;
    QList<int> m_versions;
    int m_current = -1;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_segment;
    QPlainTextEdit *m_penalty;
    QTableWidget *m_steps;
    /// What Tab reaches after the steps, in the order shown (buttons, weights, grace, Close).
    QList<QWidget *> m_afterSteps;
    QSpinBox *m_weights[5];
    QSpinBox *m_grace;
    QSpinBox *m_cap; ///< WorkflowSettings::contactCapPerWeek
    QLabel *m_message;
};

} // namespace ardesk
