// SPDX-License-Identifier: MIT
#include "widgets/calllogdialog.h"

#include "widgets/errorlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace ardesk {

namespace {
constexpr NoteOutcome kOutcomes[]
        = {NoteOutcome::None,     NoteOutcome::Reached,     NoteOutcome::LeftVoicemail,
           NoteOutcome::NoAnswer, NoteOutcome::WrongNumber, NoteOutcome::Refused,
           NoteOutcome::Promised, NoteOutcome::Disputed,    NoteOutcome::Other};

QString clock(qint64 seconds)
{
    return QStringLiteral("%1:%2")
            .arg(seconds / 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

CallLogDialog::CallLogDialog(Mode mode, qint64 clientId, const QString &clientName,
                             const Contact &contact, const Phone &phone, const QString &script,
                             const QLocale &locale, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_clientId(clientId)
    , m_contact(contact)
    , m_phone(phone)
    , m_locale(locale)
    , m_started(clock.nowIn(QTimeZone::systemTimeZone()))
    , m_timer(new QTimer(this))
    , m_clock(new QLabel(this))
    , m_end(new QPushButton(this))
    , m_direction(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_promiseAmount(new QLineEdit(this))
    , m_promiseDate(new QDateEdit(clock.todayIn(QTimeZone::systemTimeZone()).addDays(7), this))
    , m_followUp(new QCheckBox(tr("&Next contact on"), this))
    , m_nextContact(new QDateEdit(clock.todayIn(QTimeZone::systemTimeZone()).addDays(3), this))
    , m_noFollowUp(new QCheckBox(tr("No &follow-up needed"), this))
    , m_script(new QTextBrowser(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("CallLogDialog"));
    m_elapsed.start();
    nameChildren();

    const bool call = mode == Mode::Call;
    setWindowTitle(call ? tr("Call %1 — %2").arg(contact.name, clientName)
                        : tr("Text with %1 — %2").arg(contact.name, clientName));
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    buildHeader(left, clientName);
    buildForm(left);
    buildButtons(left);
    layout->addLayout(left, 3);
    layout->addWidget(buildScript(script), 2);
    resize(call ? 900 : 560, 560);
    m_text->setFocus();
}

void CallLogDialog::nameChildren()
{
    m_clock->setObjectName(QStringLiteral("clock"));
    m_end->setObjectName(QStringLiteral("endCall"));
    m_direction->setObjectName(QStringLiteral("direction"));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setTabChangesFocus(true);
    m_promiseAmount->setObjectName(QStringLiteral("promiseAmount"));
    m_promiseDate->setObjectName(QStringLiteral("promiseDate"));
    m_script->setObjectName(QStringLiteral("script"));
    m_error->setObjectName(QStringLiteral("error"));
    for (QDateEdit *d : {m_promiseDate, m_nextContact}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    for (NoteOutcome o : kOutcomes)
        m_outcome->addItem(o == NoteOutcome::None ? tr("— choose —") : displayName(o), toString(o));
}

/// Who is called and since when; the running clock and End call (calls), or the direction
/// (texts).
void CallLogDialog::buildHeader(QVBoxLayout *left, const QString &clientName)
{
    const bool call = m_mode == Mode::Call;
    const Contact &contact = m_contact;
    const Phone &phone = m_phone;
    auto *who = new QLabel(this);
    who->setObjectName(QStringLiteral("who"));
    who->setTextFormat(Qt::RichText);
    who->setText(
            tr("<b>%1</b> · %2<br>%3 %4<br>Started %5")
                    .arg(clientName.toHtmlEscaped(), contact.name.toHtmlEscaped(),
                         phone.e164.isEmpty() ? phone.raw.toHtmlEscaped() : phone.e164,
                         phone.extension.isEmpty() ? QString() : tr("ext. %1").arg(phone.extension),
                         m_locale.toString(m_started, QLocale::ShortFormat)));
    left->addWidget(who);
    auto *clockRow = new QHBoxLayout;
    QFont big = m_clock->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_clock->setFont(big);
    clockRow->addWidget(m_clock);
    clockRow->addWidget(m_end);
    clockRow->addStretch();
    left->addLayout(clockRow);
    m_end->setText(tr("&End call"));
    connect(m_end, &QPushButton::clicked, this, &CallLogDialog::endCall);
    if (call) {
        connect(m_timer, &QTimer::timeout, this, &CallLogDialog::tick);
        m_timer->start(1000);
        m_direction->hide();
    } else {
        m_clock->hide();
        m_end->hide();
        m_direction->addItem(tr("We sent a text"), toString(NoteDirection::Outbound));
        m_direction->addItem(tr("They sent a text"), toString(NoteDirection::Inbound));
    }
    tick();
}

void CallLogDialog::buildForm(QVBoxLayout *left)
{
    const bool call = m_mode == Mode::Call;
    auto *form = new QFormLayout;
    if (!call)
        form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("&Outcome:"), m_outcome);
    left->addLayout(form);
    m_text->setPlaceholderText(call ? tr("What was said") : tr("The text, as sent or received"));
    left->addWidget(m_text, 1);
    auto *promise = new QGroupBox(tr("Promise to pay (if one was made)"), this);
    auto *pf = new QFormLayout(promise);
    m_promiseAmount->setPlaceholderText(tr("Amount, e.g. 1500.00"));
    pf->addRow(tr("&Amount:"), m_promiseAmount);
    pf->addRow(tr("&By:"), m_promiseDate);
    left->addWidget(promise);
    auto *follow = new QHBoxLayout;
    follow->addWidget(m_followUp);
    follow->addWidget(m_nextContact);
    follow->addWidget(m_noFollowUp);
    follow->addStretch();
    left->addLayout(follow);
    connect(m_followUp, &QCheckBox::toggled, this, [this](bool on) {
        m_nextContact->setEnabled(on);
        if (on)
            m_noFollowUp->setChecked(false);
    });
    connect(m_noFollowUp, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_followUp->setChecked(false);
    });
    m_nextContact->setEnabled(false);
    left->addWidget(m_error);
}

void CallLogDialog::buildButtons(QVBoxLayout *left)
{
    const bool call = m_mode == Mode::Call;
    const Contact &contact = m_contact;
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    if (call && !contact.email.isEmpty() && !contact.doNotContact) {
        auto *recap = buttons->addButton(tr("Save && send &recap…"), QDialogButtonBox::ActionRole);
        recap->setObjectName(QStringLiteral("recapButton"));
        recap->setIcon(QIcon(QStringLiteral(":/ardesk/icons/envelope.svg")));
        recap->setToolTip(tr("Log this call, then e-mail %1 what was agreed (call-recap "
                             "template, the invoices' documents attached)")
                                  .arg(contact.name));
        connect(recap, &QPushButton::clicked, this, &CallLogDialog::saveAndRecap);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &CallLogDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    left->addWidget(buttons);
}

QWidget *CallLogDialog::buildScript(const QString &script)
{
    const bool call = m_mode == Mode::Call;
    auto *scriptBox = new QGroupBox(tr("Call script"), this);
    auto *sl = new QVBoxLayout(scriptBox);
    m_script->setPlainText(script);
    sl->addWidget(m_script);
    scriptBox->setVisible(call && !script.isEmpty());
    return scriptBox;
}

void CallLogDialog::tick()
{
    m_clock->setText(timerText());
}

void CallLogDialog::endCall()
{
    if (m_endedAfterMs >= 0)
        return;
    m_endedAfterMs = m_elapsed.elapsed();
    m_timer->stop();
    m_end->setEnabled(false);
    tick();
}

bool CallLogDialog::isRunning() const
{
    return m_mode == Mode::Call && m_endedAfterMs < 0;
}

qint64 CallLogDialog::durationSeconds() const
{
    return (m_endedAfterMs >= 0 ? m_endedAfterMs : m_elapsed.elapsed()) / 1000;
}

QString CallLogDialog::timerText() const
{
    return clock(durationSeconds());
}

QString CallLogDialog::scriptText() const
{
    return m_script->toPlainText();
}

void CallLogDialog::setOutcome(NoteOutcome outcome)
{
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(toString(outcome))));
}

void CallLogDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

void CallLogDialog::setNextContact(const QDate &date)
{
    m_followUp->setChecked(date.isValid());
    if (date.isValid())
        m_nextContact->setDate(date);
}

void CallLogDialog::setNoFollowUp(bool on)
{
    m_noFollowUp->setChecked(on);
}

void CallLogDialog::setPromise(const QString &amount, const QDate &date)
{
    m_promiseAmount->setText(amount);
    m_promiseDate->setDate(date);
}

Result<NoteService::Draft> CallLogDialog::draft() const
{
    NoteService::Draft d;
    Note &n = d.note;
    n.clientId = m_clientId;
    n.channel = m_mode == Mode::Call ? NoteChannel::Call : NoteChannel::Text;
    n.direction = m_mode == Mode::Call
            ? NoteDirection::Outbound
            : noteDirectionFromString(m_direction->currentData().toString())
                      .value_or(NoteDirection::Outbound);
    n.contactId = m_contact.id;
    n.contactName = m_contact.name;
    n.occurredAt = m_started.toUTC();
    n.outcome = noteOutcomeFromString(m_outcome->currentData().toString())
                        .value_or(NoteOutcome::None);
    QString text = NoteService::plainText(m_text->toPlainText());
    const QString number = m_phone.e164.isEmpty() ? m_phone.raw : m_phone.e164;
    if (m_mode == Mode::Call)
        text += (text.isEmpty() ? QString() : QStringLiteral("\n"))
                + tr("(Call to %1, %2)").arg(number, clock(durationSeconds()));
    else
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + tr("(Text, %1)").arg(number);
    n.text = text;
    if (m_followUp->isChecked())
        n.nextContactDate = m_nextContact->date();
    n.noFollowUpNeeded = m_noFollowUp->isChecked();
    if (!m_promiseAmount->text().trimmed().isEmpty()) {
        n.templateKey = QStringLiteral("promise-to-pay");
        d.fields.insert(QStringLiteral("amount"), m_promiseAmount->text().trimmed());
        d.fields.insert(QStringLiteral("date"), m_promiseDate->date().toString(Qt::ISODate));
        if (n.outcome == NoteOutcome::None)
            n.outcome = NoteOutcome::Promised;
    }
    if (auto v = n.validate(); !v)
        return v.error();
    return d;
}

std::optional<NoteService::Draft> CallLogDialog::finishCall()
{
    auto d = draft();
    if (!d) {
        showError(d.errorString());
        return std::nullopt;
    }
    endCall();
    m_error->hide();
    return d.value();
}

void CallLogDialog::save()
{
    if (auto d = finishCall())
        Q_EMIT saveRequested(*d);
}

void CallLogDialog::saveAndRecap()
{
    if (auto d = finishCall())
        Q_EMIT saveAndRecapRequested(*d);
}

bool CallLogDialog::hasUnloggedWork() const
{
    const bool typed = !m_text->toPlainText().trimmed().isEmpty()
            || m_outcome->currentData().toString() != toString(NoteOutcome::None)
            || !m_promiseAmount->text().trimmed().isEmpty() || m_followUp->isChecked()
            || m_noFollowUp->isChecked();
    const bool callRan
            = m_mode == Mode::Call && (m_endedAfterMs >= 0 || durationSeconds() >= kCallRanSeconds);
    return typed || callRan;
}

void CallLogDialog::reject()
{
    if (hasUnloggedWork() && !confirmDiscard())
        return;
    QDialog::reject();
}

bool CallLogDialog::confirmDiscard()
{
    const bool call = m_mode == Mode::Call;
    QMessageBox box(QMessageBox::Question, call ? tr("Discard call log") : tr("Discard text log"),
                    call ? tr("Discard this call log? The call will not be recorded.")
                         : tr("Discard this text log? The text will not be recorded."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("discardCallLogQuestion"));
    box.setInformativeText(
            call ? tr("The call to %1 lasted %2.").arg(m_contact.name, clock(durationSeconds()))
                 : QString());
    QPushButton *keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

void CallLogDialog::showError(const QString &message)
{
    m_error->showMessage(message);
}

QString CallLogDialog::errorText() const
{
    return m_error->message();
}

} // namespace ardesk
