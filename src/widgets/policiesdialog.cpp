// SPDX-License-Identifier: MIT
#include "widgets/policiesdialog.h"
#include "widgets/appearance.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ardesk {

namespace {
constexpr StepAction kActions[]
        = {StepAction::Email,      StepAction::CallTask, StepAction::Statement,
           StepAction::CreditHold, StepAction::Escalate, StepAction::LegalReview};
}

PoliciesDialog::PoliciesDialog(const QStringList &emailTemplates, const QString &shownClient,
                               QWidget *parent)
    : QDialog(parent)
    , m_templates(emailTemplates)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_segment(new QLineEdit(this))
    , m_penalty(new QPlainTextEdit(this))
    , m_steps(new QTableWidget(0, StepColumns, this))
    , m_grace(new QSpinBox(this))
    , m_cap(new QSpinBox(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("PoliciesDialog"));
    setWindowTitle(tr("Reminder policies"));
    m_list->setObjectName(QStringLiteral("policyList"));
    m_list->setAccessibleName(tr("Policies"));
    m_list->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    m_name->setObjectName(QStringLiteral("policyName"));
    m_segment->setObjectName(QStringLiteral("policySegment"));
    m_steps->setObjectName(QStringLiteral("policySteps"));
    m_steps->setAccessibleName(tr("Policy steps"));
    m_steps->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    m_grace->setObjectName(QStringLiteral("graceDays"));
    m_cap->setObjectName(QStringLiteral("contactCap"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_steps->setHorizontalHeaderLabels({tr("Days after due"), tr("Action"), tr("E-mail template")});
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->verticalHeader()->hide();
    m_segment->setPlaceholderText(tr("empty: clients without a segment policy"));

    QSplitter *split = buildEditor(shownClient);
    QGroupBox *weights = buildWeights();
    QHBoxLayout *graceBox = buildGrace();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(weights);
    layout->addLayout(graceBox);
    layout->addWidget(m_message);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QSpinBox *weight : m_weights)
        m_afterSteps << weight;
    m_afterSteps << m_grace << m_cap << findChild<QPushButton *>(QStringLiteral("saveSettings"))
                 << close->button(QDialogButtonBox::Close);
    orderStepTabs();
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_current = row;
        showCurrent();
    });
    resize(900, 620);
}

/// The policy list beside the edited policy: name, segment, wording, steps and their buttons.
QSplitter *PoliciesDialog::buildEditor(const QString &shownClient)
{
    auto *split = new QSplitter(this);
    split->addWidget(m_list);
    auto *editor = new QWidget(split);
    auto *el = new QVBoxLayout(editor);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("For &segment:"), m_segment);
    // The wording is a sentence or two: a few lines show it whole, never cut off.
    m_penalty->setTabChangesFocus(true); // Tab moves on, never types a tab
    m_penalty->setObjectName(QStringLiteral("latePaymentWording"));
    m_penalty->setTabChangesFocus(true);
    m_penalty->setFixedHeight(m_penalty->fontMetrics().lineSpacing() * 3
                              + 2 * m_penalty->frameWidth() + 8);
    form->addRow(tr("&Late-payment wording:"), m_penalty);
    el->addLayout(form);
    el->addWidget(m_steps, 1);
    auto *stepButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add step"), editor);
    auto *remove = new QPushButton(tr("Remove step"), editor);
    auto *save = new QPushButton(tr("&Save policy"), editor);
    save->setObjectName(QStringLiteral("savePolicy"));
    auto *assign = new QPushButton(shownClient.isEmpty() ? tr("Assign to the shown client")
                                                         : tr("&Assign to %1").arg(shownClient),
                                   editor);
    assign->setObjectName(QStringLiteral("assignPolicy"));
    assign->setEnabled(!shownClient.isEmpty());
    m_afterSteps = {add, remove, assign, save};
    for (QPushButton *b : {add, remove, assign, save})
        b->setAutoDefault(false);
    stepButtons->addWidget(add);
    stepButtons->addWidget(remove);
    stepButtons->addStretch();
    stepButtons->addWidget(assign);
    stepButtons->addWidget(save);
    el->addLayout(stepButtons);
    split->addWidget(editor);
    split->setStretchFactor(1, 3);
    connect(add, &QPushButton::clicked, this, [this] {
        addStepRow(PolicyStep {0, 30, StepAction::Email, QString()});
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_steps->currentRow() >= 0) {
            m_steps->removeRow(m_steps->currentRow());
            orderStepTabs();
        }
    });
    connect(save, &QPushButton::clicked, this, [this] {
        auto p = editedPolicy();
        if (!p) {
            showMessage(p.errorString(), true);
            return;
        }
        Q_EMIT savePolicyRequested(p.value(), editedVersion());
    });
    connect(assign, &QPushButton::clicked, this, [this] {
        if (m_current >= 0)
            Q_EMIT assignRequested(m_policies.at(m_current).id);
    });
    return split;
}

QGroupBox *PoliciesDialog::buildWeights()
{
    auto *weights = new QGroupBox(tr("Today queue priority (weights add up to 100)"), this);
    auto *wl = new QHBoxLayout(weights);
    const QString names[5] = {tr("Amount overdue"), tr("Days overdue"), tr("Broken promises"),
                              tr("Days since contact"), tr("Over credit limit")};
    for (int i = 0; i < 5; ++i) {
        m_weights[i] = new QSpinBox(weights);
        m_weights[i]->setRange(0, 100);
        m_weights[i]->setObjectName(QStringLiteral("weight%1").arg(i));
        auto *label = new QLabel(names[i] + u':', weights);
        label->setBuddy(m_weights[i]); // names the box for a screen reader
        wl->addWidget(label);
        wl->addWidget(m_weights[i]);
    }
    return weights;
}

/// Grace days and the button that saves them with the weights.
QHBoxLayout *PoliciesDialog::buildGrace()
{
    auto *graceBox = new QHBoxLayout;
    m_grace->setRange(0, 30);
    m_grace->setSuffix(tr(" days"));
    auto *graceLabel = new QLabel(tr("A promise to pay is kept if paid up to"), this);
    graceLabel->setBuddy(m_grace);
    graceBox->addWidget(graceLabel);
    graceBox->addWidget(m_grace);
    graceBox->addWidget(new QLabel(tr("after its date."), this));
    m_cap->setRange(0, 50);
    m_cap->setSpecialValueText(tr("no cap"));
    m_cap->setToolTip(tr("At most this many e-mails to one client in 7 days (0: no cap)"));
    auto *capLabel = new QLabel(tr("E-mails per client per 7 days:"), this);
    capLabel->setBuddy(m_cap);
    graceBox->addWidget(capLabel);
    graceBox->addWidget(m_cap);
    graceBox->addStretch();
    auto *saveSettings = new QPushButton(tr("Save &priorities and grace"), this);
    saveSettings->setObjectName(QStringLiteral("saveSettings"));
    saveSettings->setAutoDefault(false);
    graceBox->addWidget(saveSettings);
    connect(saveSettings, &QPushButton::clicked, this, [this] {
        auto s = editedSettings();
        if (!s) {
            showMessage(s.errorString(), true);
            return;
        }
        Q_EMIT saveSettingsRequested(s.value());
    });
    return graceBox;
}

void PoliciesDialog::setPolicies(const QList<ReminderPolicy> &policies, const QList<int> &versions)
{
    const QString selected = m_current >= 0 ? m_policies.at(m_current).name : QString();
    m_policies = policies;
    m_versions = versions;
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const ReminderPolicy &p : policies)
        m_list->addItem(p.isDefault ? tr("%1 (default)").arg(p.name) : p.name);
    m_current = -1;
    if (!select(selected) && !policies.isEmpty()) {
        m_list->setCurrentRow(0);
        m_current = 0;
        showCurrent();
    }
}

void PoliciesDialog::setSettings(const WorkflowSettings &s)
{
    const int values[5] = {s.weights.amountOverdue, s.weights.daysOverdue, s.weights.brokenPromises,
                           s.weights.daysSinceContact, s.weights.overCreditLimit};
    for (int i = 0; i < 5; ++i)
        m_weights[i]->setValue(values[i]);
    m_grace->setValue(s.promiseGraceDays);
    m_cap->setValue(s.contactCapPerWeek);
}

bool PoliciesDialog::select(const QString &name)
{
    for (int i = 0; i < m_policies.size(); ++i) {
        if (m_policies.at(i).name == name) {
            m_list->setCurrentRow(i);
            m_current = i;
            showCurrent();
            return true;
        }
    }
    return false;
}

void PoliciesDialog::addStepRow(const PolicyStep &step)
{
    const int row = m_steps->rowCount();
    m_steps->insertRow(row);
    auto *days = new QSpinBox(m_steps);
    days->setRange(kMinPolicyStepDays, 3650); // negative: before the due date (a courtesy step)
    days->setValue(step.daysAfterDue);
    m_steps->setCellWidget(row, DaysColumn, days);
    auto *action = new QComboBox(m_steps);
    for (StepAction a : kActions)
        action->addItem(displayName(a), toString(a));
    action->setCurrentIndex(std::max(0, action->findData(toString(step.action))));
    m_steps->setCellWidget(row, ActionColumn, action);
    auto *tmpl = new QComboBox(m_steps);
    tmpl->addItem(tr("—"), QString());
    for (const QString &key : std::as_const(m_templates))
        tmpl->addItem(key, key);
    tmpl->setCurrentIndex(std::max(0, tmpl->findData(step.templateKey)));
    m_steps->setCellWidget(row, TemplateColumn, tmpl);
    auto *idItem = new QTableWidgetItem;
    idItem->setData(Qt::UserRole, step.id);
    m_steps->setItem(row, DaysColumn, idItem);
    orderStepTabs();
}

void PoliciesDialog::orderStepTabs()
{
    // Cell editors are named by their step and column: a screen reader has no header to read.
    const QStringList names {tr("Step %1: days after due"), tr("Step %1: action"),
                             tr("Step %1: template")};
    QWidget *previous = m_steps;
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        for (int column : {int(DaysColumn), int(ActionColumn), int(TemplateColumn)}) {
            if (QWidget *cell = m_steps->cellWidget(row, column)) {
                cell->setAccessibleName(names.value(column).arg(row + 1));
                setTabOrder(previous, cell);
                previous = cell;
            }
        }
    }
    for (QWidget *next : std::as_const(m_afterSteps)) {
        if (next) {
            setTabOrder(previous, next);
            previous = next;
        }
    }
}

void PoliciesDialog::showCurrent()
{
    m_steps->setRowCount(0);
    if (m_current < 0 || m_current >= m_policies.size())
        return;
    const ReminderPolicy &p = m_policies.at(m_current);
    m_name->setText(p.name);
    m_segment->setText(p.segment);
    m_penalty->setPlainText(p.penaltyText);
    for (const PolicyStep &s : p.steps)
        addStepRow(s);
    m_steps->resizeColumnsToContents();
}

Result<ReminderPolicy> PoliciesDialog::editedPolicy() const
{
    if (m_current < 0)
        return makeError(ErrorCode::InvalidValue, tr("no policy is selected"));
    ReminderPolicy p = m_policies.at(m_current);
    p.name = m_name->text().trimmed();
    p.segment = m_segment->text().trimmed();
    p.penaltyText = m_penalty->toPlainText().trimmed();
    p.steps.clear();
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        PolicyStep s;
        s.id = m_steps->item(row, DaysColumn)
                ? m_steps->item(row, DaysColumn)->data(Qt::UserRole).toLongLong()
                : 0;
        s.daysAfterDue = qobject_cast<QSpinBox *>(m_steps->cellWidget(row, DaysColumn))->value();
        s.action = stepActionFromString(
                           qobject_cast<QComboBox *>(m_steps->cellWidget(row, ActionColumn))
                                   ->currentData()
                                   .toString())
                           .value_or(StepAction::Email);
        s.templateKey = qobject_cast<QComboBox *>(m_steps->cellWidget(row, TemplateColumn))
                                ->currentData()
                                .toString();
        if ((s.action == StepAction::Email || s.action == StepAction::Statement)
            && s.templateKey.isEmpty())
            return makeError(ErrorCode::InvalidValue,
                             tr("step %1 (+%2 days): an e-mail step needs a template")
                                     .arg(row + 1)
                                     .arg(s.daysAfterDue));
        p.steps.append(s);
    }
    if (p.name.isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("name: is required"));
    return p;
}

int PoliciesDialog::editedVersion() const
{
    return m_current >= 0 && m_current < m_versions.size() ? m_versions.at(m_current) : 0;
}

Result<WorkflowSettings> PoliciesDialog::editedSettings() const
{
    WorkflowSettings s;
    s.weights.amountOverdue = m_weights[0]->value();
    s.weights.daysOverdue = m_weights[1]->value();
    s.weights.brokenPromises = m_weights[2]->value();
    s.weights.daysSinceContact = m_weights[3]->value();
    s.weights.overCreditLimit = m_weights[4]->value();
    s.promiseGraceDays = m_grace->value();
    s.contactCapPerWeek = m_cap->value();
    if (auto v = s.weights.validate(); !v)
        return v.error();
    return s;
}

void PoliciesDialog::showMessage(const QString &text, bool error)
{
    Appearance::setTextTone(m_message, error ? Appearance::Tone::Error : Appearance::Tone::Success);
    m_message->setText(text);
}

QString PoliciesDialog::messageText() const
{
    return m_message->text();
}

} // namespace ardesk
