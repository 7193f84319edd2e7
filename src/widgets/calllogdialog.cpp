// SPDX-License-Identifier: MIT
#include "widgets/calllogdialog.h"

#include "core/domain/calldefaults.h"
#include "core/domain/phonenumber.h"
#include "core/support/dateformat.h"
#include "widgets/errorlabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QShortcutEvent>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace ardesk {

namespace {
/// The outcomes a call log offers, in the order of their keys (Alt+1 …).
constexpr NoteOutcome kOutcomes[]
        = {NoteOutcome::Reached,     NoteOutcome::LeftVoicemail, NoteOutcome::NoAnswer,
           NoteOutcome::WrongNumber, NoteOutcome::Refused,       NoteOutcome::Promised,
           NoteOutcome::Disputed,    NoteOutcome::Other};

QString clock(qint64 seconds)
{
    return QStringLiteral("%1:%2")
            .arg(seconds / 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

/// "Alt+1", "Ctrl+Return" as this platform writes them.
QString keyText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

/// An outcome's button: its key (the mnemonic) clicks it at once, not 100 ms later as a push
/// button's mnemonic does, so what the clerk types next lands in the field the outcome leads to.
class OutcomeButton : public QPushButton
{
public:
    using QPushButton::QPushButton;

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::Shortcut && isEnabled()
            && !static_cast<QShortcutEvent *>(event)->isAmbiguous()) {
            click();
            return true;
        }
        return QPushButton::event(event);
    }
};
} // namespace

CallLogDialog::CallLogDialog(Mode mode, qint64 clientId, const QString &clientName,
                             const QString &clientCountry, const Contact &contact,
                             const Phone &phone, const QString &script, const QLocale &locale,
                             const Clock &clock, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_clientId(clientId)
    , m_contact(contact)
    , m_phone(phone)
    , m_number(PhoneNumberParser::display(phone, clientCountry))
    , m_locale(locale)
    , m_started(clock.nowIn(QTimeZone::systemTimeZone()))
    , m_timer(new QTimer(this))
    , m_clock(new QLabel(this))
    , m_end(new QPushButton(this))
    , m_direction(new QComboBox(this))
    , m_outcomes(new QButtonGroup(this))
    , m_text(new QPlainTextEdit(this))
    , m_promiseAmount(new QLineEdit(this))
    , m_promiseDate(new QLineEdit(dateformat::date(locale, CallDefaults::promiseDate(today)), this))
    , m_followUp(new QCheckBox(tr("&Next contact on"), this))
    , m_nextContact(new QLineEdit(dateformat::date(locale, today.addDays(3)), this))
    , m_noFollowUp(new QCheckBox(tr("No &follow-up needed"), this))
    , m_script(new QTextBrowser(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("CallLogDialog"));
    if (mode == Mode::Call)
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
    orderTabs();
    resize(call ? 940 : 600, 600);
    m_text->setTabChangesFocus(true); // Tab moves on, never types a tab
    m_text->setFocus();
}

void CallLogDialog::nameChildren()
{
    m_clock->setObjectName(QStringLiteral("clock"));
    m_end->setObjectName(QStringLiteral("endCall"));
    m_end->setAutoDefault(false);
    m_direction->setObjectName(QStringLiteral("direction"));
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setTabChangesFocus(true);
    m_promiseAmount->setObjectName(QStringLiteral("promiseAmount"));
    m_promiseDate->setObjectName(QStringLiteral("promiseDate"));
    m_followUp->setObjectName(QStringLiteral("followUp"));
    m_nextContact->setObjectName(QStringLiteral("nextContact"));
    m_noFollowUp->setObjectName(QStringLiteral("noFollowUp"));
    m_script->setObjectName(QStringLiteral("script"));
    m_error->setObjectName(QStringLiteral("error"));
    for (QLineEdit *d : {m_promiseDate, m_nextContact}) {
        d->setPlaceholderText(dateformat::datePattern(m_locale).toUpper());
        d->setMaxLength(10);
        d->setMaximumWidth(d->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
    }
}

/// Who is called and since when; the running clock, End call / Resume and the script's
/// show/hide (calls), or the direction (texts).
void CallLogDialog::buildHeader(QVBoxLayout *left, const QString &clientName)
{
    const bool call = m_mode == Mode::Call;
    const Contact &contact = m_contact;
    auto *who = new QLabel(this);
    who->setObjectName(QStringLiteral("who"));
    who->setTextFormat(Qt::RichText);
    who->setText(tr("<b>%1</b> · %2<br>%3<br>Started %4")
                         .arg(clientName.toHtmlEscaped(), contact.name.toHtmlEscaped(),
                              m_number.toHtmlEscaped(), dateformat::dateTime(m_locale, m_started)));
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
    connect(m_end, &QPushButton::clicked, this, &CallLogDialog::toggleTimer);
    if (call) {
        connect(m_timer, &QTimer::timeout, this, &CallLogDialog::tick);
        m_timer->start(1000);
        m_direction->hide();
        m_scriptToggle = new QPushButton(this);
        m_scriptToggle->setObjectName(QStringLiteral("scriptToggle"));
        m_scriptToggle->setAutoDefault(false);
        m_scriptToggle->setCheckable(true);
        m_scriptToggle->setChecked(true);
        clockRow->addWidget(m_scriptToggle);
    } else {
        m_clock->hide();
        m_end->hide();
        m_direction->addItem(tr("We sent a text"), toString(NoteDirection::Outbound));
        m_direction->addItem(tr("They sent a text"), toString(NoteDirection::Inbound));
    }
    retranslateTimerButton();
    tick();
}

/// One button per outcome, each with its key (Alt+1 …) underlined on it.
QWidget *CallLogDialog::buildOutcomes()
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("outcomes"));
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    m_outcomes->setExclusive(true);
    int i = 0;
    for (NoteOutcome o : kOutcomes) {
        ++i;
        auto *b = new OutcomeButton(tr("&%1 %2").arg(i).arg(displayName(o)), box);
        b->setObjectName(QStringLiteral("outcome_") + toString(o));
        b->setCheckable(true);
        b->setAutoDefault(false);
        b->setToolTip(tr("The outcome: %1 (%2)")
                              .arg(displayName(o),
                                   keyText(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + i)))));
        m_outcomes->addButton(b, int(o));
        grid->addWidget(b, (i - 1) / 4, (i - 1) % 4);
        connect(b, &QPushButton::clicked, this, [this, o] { outcomeChosen(o); });
    }
    return box;
}

void CallLogDialog::buildForm(QVBoxLayout *left)
{
    const bool call = m_mode == Mode::Call;
    auto *form = new QFormLayout;
    if (!call)
        form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("Outcome:"), buildOutcomes());
    left->addLayout(form);
    auto *saidLabel = new QLabel(call ? tr("&What was said:") : tr("&What was written:"), this);
    saidLabel->setBuddy(m_text);
    left->addWidget(saidLabel);
    m_text->setPlaceholderText(call ? tr("What was said") : tr("The text, as sent or received"));
    left->addWidget(m_text, 1);
    auto *promise = new QGroupBox(tr("Promise to pay (if one was made)"), this);
    auto *pf = new QFormLayout(promise);
    m_promiseAmount->setPlaceholderText(tr("Amount, e.g. 1500.00"));
    m_promiseAmount->setToolTip(tr("The amount promised (Alt+A); \"%1\" fills in the overdue "
                                   "total, typing replaces it")
                                        .arg(displayName(NoteOutcome::Promised)));
    m_promiseDate->setToolTip(
            tr("The date promised, as %1 or YYYY-MM-DD (Alt+B); typing replaces it")
                    .arg(dateformat::datePattern(m_locale).toUpper()));
    pf->addRow(tr("&Amount:"), m_promiseAmount);
    pf->addRow(tr("&By:"), m_promiseDate);
    left->addWidget(promise);
    auto *follow = new QHBoxLayout;
    follow->addWidget(m_followUp);
    follow->addWidget(m_nextContact);
    follow->addWidget(m_noFollowUp);
    follow->addStretch();
    left->addLayout(follow);
    m_followUp->setToolTip(tr("A follow-up on this date (Alt+N); a promise sets it to the weekday "
                              "after the promised date unless you choose one"));
    m_nextContact->setToolTip(tr("The next contact, as %1 or YYYY-MM-DD")
                                      .arg(dateformat::datePattern(m_locale).toUpper()));
    m_noFollowUp->setToolTip(tr("Nothing more to do for this account (Alt+F)"));
    connect(m_followUp, &QCheckBox::toggled, this, [this](bool on) {
        m_nextContact->setEnabled(on);
        if (on)
            m_noFollowUp->setChecked(false);
    });
    connect(m_noFollowUp, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_followUp->setChecked(false);
    });
    // What the user chooses here stays; until then the next contact follows the promise.
    for (QCheckBox *box : {m_followUp, m_noFollowUp})
        connect(box, &QCheckBox::clicked, this, [this] { m_nextContactSet = true; });
    connect(m_nextContact, &QLineEdit::textEdited, this, [this] { m_nextContactSet = true; });
    connect(m_promiseAmount, &QLineEdit::textChanged, this, &CallLogDialog::followPromise);
    connect(m_promiseDate, &QLineEdit::textChanged, this, &CallLogDialog::followPromise);
    m_nextContact->setEnabled(false);
    left->addWidget(m_error);
}

void CallLogDialog::buildButtons(QVBoxLayout *left)
{
    const bool call = m_mode == Mode::Call;
    const Contact &contact = m_contact;
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    const QKeySequence saveKeys(Qt::CTRL | Qt::Key_Return);
    const QKeySequence recapKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_Return);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(call ? tr("Log this call (Alt+S or %1)").arg(keyText(saveKeys))
                            : tr("Log this text (Alt+S or %1)").arg(keyText(saveKeys)));
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Close without logging (Esc); asks first when something would be "
                            "lost"));
    if (call && !contact.email.isEmpty() && !contact.doNotContact) {
        m_recap = buttons->addButton(tr("Save && send &recap…"), QDialogButtonBox::ActionRole);
        m_recap->setObjectName(QStringLiteral("recapButton"));
        m_recap->setIcon(QIcon(QStringLiteral(":/ardesk/icons/envelope.svg")));
        m_recap->setToolTip(tr("Log this call, then e-mail %1 (only) what was agreed: call-recap "
                               "template, the invoices' documents attached (Alt+R or %2)")
                                    .arg(contact.name, keyText(recapKeys)));
        connect(m_recap, &QPushButton::clicked, this, &CallLogDialog::saveAndRecap);
        auto *recapShortcut = new QShortcut(recapKeys, this);
        connect(recapShortcut, &QShortcut::activated, this, &CallLogDialog::saveAndRecap);
    }
    auto *saveShortcut = new QShortcut(saveKeys, this);
    connect(saveShortcut, &QShortcut::activated, this, &CallLogDialog::save);
    connect(buttons, &QDialogButtonBox::accepted, this, &CallLogDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    left->addWidget(buttons);
}

QWidget *CallLogDialog::buildScript(const QString &script)
{
    const bool call = m_mode == Mode::Call;
    m_scriptBox = new QGroupBox(tr("Call script"), this);
    m_scriptBox->setObjectName(QStringLiteral("scriptBox"));
    auto *sl = new QVBoxLayout(m_scriptBox);
    m_script->setPlainText(script);
    sl->addWidget(m_script);
    const bool shown = call && !script.isEmpty();
    m_scriptBox->setVisible(shown);
    if (m_scriptToggle) {
        m_scriptToggle->setVisible(shown);
        connect(m_scriptToggle, &QPushButton::toggled, this, [this](bool on) {
            m_scriptBox->setVisible(on);
            retranslateTimerButton();
        });
    }
    return m_scriptBox;
}

/// Tab goes through what the clerk fills in, top to bottom, before the buttons that log it:
/// the promise's amount and date come before Save.
void CallLogDialog::orderTabs()
{
    QList<QWidget *> chain;
    if (m_mode == Mode::Text)
        chain << m_direction;
    for (QAbstractButton *b : m_outcomes->buttons())
        chain << b;
    chain << m_text << m_promiseAmount << m_promiseDate << m_followUp << m_nextContact
          << m_noFollowUp << m_save;
    if (m_recap)
        chain << m_recap;
    chain << m_cancel;
    if (m_mode == Mode::Call)
        chain << m_end;
    if (m_scriptToggle)
        chain << m_scriptToggle << m_script;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void CallLogDialog::retranslateTimerButton()
{
    const QKeySequence timerKeys(Qt::ALT | Qt::Key_E);
    if (isRunning() || m_mode == Mode::Text) {
        m_end->setText(tr("&End call"));
        m_end->setToolTip(tr("Stop the call timer (%1)").arg(keyText(timerKeys)));
    } else {
        m_end->setText(tr("R&esume call"));
        m_end->setToolTip(
                tr("Start the call timer again; the time adds up (%1)").arg(keyText(timerKeys)));
    }
    if (m_scriptToggle) {
        const bool shown = m_scriptToggle->isChecked();
        m_scriptToggle->setText(shown ? tr("Hide scri&pt") : tr("Show scri&pt"));
        m_scriptToggle->setToolTip(shown ? tr("Hide the call script (Alt+P)")
                                         : tr("Show the call script (Alt+P)"));
    }
}

void CallLogDialog::tick()
{
    m_clock->setText(timerText());
}

void CallLogDialog::toggleTimer()
{
    if (isRunning())
        endCall();
    else
        resumeCall();
}

void CallLogDialog::endCall()
{
    if (!isRunning())
        return;
    m_stoppedMs += m_elapsed.elapsed();
    m_elapsed.invalidate();
    m_ended = true;
    m_timer->stop();
    retranslateTimerButton();
    tick();
}

void CallLogDialog::resumeCall()
{
    if (m_mode != Mode::Call || isRunning())
        return;
    m_elapsed.start();
    m_timer->start(1000);
    retranslateTimerButton();
    tick();
}

void CallLogDialog::resumeFrom(const QDateTime &startedAt)
{
    const QDateTime started = startedAt.toTimeZone(QTimeZone::systemTimeZone());
    if (auto *who = findChild<QLabel *>(QStringLiteral("who")))
        who->setText(who->text().replace(dateformat::dateTime(m_locale, m_started),
                                         dateformat::dateTime(m_locale, started)));
    m_started = started;
    m_resumed = true;
    endCall();
    m_clock->setText(tr("Ended"));
}

bool CallLogDialog::isRunning() const
{
    return m_mode == Mode::Call && m_elapsed.isValid();
}

qint64 CallLogDialog::durationSeconds() const
{
    return (m_stoppedMs + (m_elapsed.isValid() ? m_elapsed.elapsed() : 0)) / 1000;
}

QString CallLogDialog::timerText() const
{
    return clock(durationSeconds());
}

QString CallLogDialog::scriptText() const
{
    return m_script->toPlainText();
}

NoteOutcome CallLogDialog::outcome() const
{
    const int id = m_outcomes->checkedId();
    return id < 0 ? NoteOutcome::None : NoteOutcome(id);
}

void CallLogDialog::setOutcome(NoteOutcome outcome)
{
    if (QAbstractButton *b = m_outcomes->button(int(outcome))) {
        b->setChecked(true);
        return;
    }
    // None: no button checked (an exclusive group keeps one unless told not to).
    m_outcomes->setExclusive(false);
    for (QAbstractButton *b : m_outcomes->buttons())
        b->setChecked(false);
    m_outcomes->setExclusive(true);
}

void CallLogDialog::outcomeChosen(NoteOutcome outcome)
{
    const bool wasDefault = m_defaultAmount.isValid()
            && m_promiseAmount->text() == m_defaultAmount.toPlainString();
    setOutcome(outcome);
    if (outcome == NoteOutcome::Promised) {
        if (m_promiseAmount->text().trimmed().isEmpty() && m_defaultAmount.isValid())
            m_promiseAmount->setText(m_defaultAmount.toPlainString());
        m_promiseAmount->setFocus(Qt::ShortcutFocusReason);
        m_promiseAmount->selectAll();
        return;
    }
    // Another outcome after Promised: the amount it filled in was not promised.
    if (wasDefault)
        m_promiseAmount->clear();
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->moveCursor(QTextCursor::End);
}

void CallLogDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

void CallLogDialog::setNextContact(const QDate &date)
{
    m_nextContactSet = true;
    m_followUp->setChecked(date.isValid());
    if (date.isValid())
        m_nextContact->setText(dateformat::date(m_locale, date));
}

void CallLogDialog::setNoFollowUp(bool on)
{
    m_nextContactSet = true;
    m_noFollowUp->setChecked(on);
}

void CallLogDialog::setPromise(const QString &amount, const QDate &date)
{
    m_promiseDate->setText(dateformat::date(m_locale, date));
    m_promiseAmount->setText(amount);
}

void CallLogDialog::setPromiseDefault(const Money &amount, const QDate &date)
{
    m_defaultAmount = amount;
    if (amount.isValid())
        m_promiseAmount->setPlaceholderText(
                tr("%1 overdue — \"%2\" fills it in")
                        .arg(amount.format(m_locale), displayName(NoteOutcome::Promised)));
    if (date.isValid())
        m_promiseDate->setText(dateformat::date(m_locale, date));
}

QDate CallLogDialog::promiseDate() const
{
    return dateformat::parseDate(m_locale, m_promiseDate->text());
}

void CallLogDialog::followPromise()
{
    if (m_nextContactSet || m_noFollowUp->isChecked())
        return;
    const bool promised = !m_promiseAmount->text().trimmed().isEmpty();
    const QDate date = promiseDate();
    if (promised && date.isValid())
        m_nextContact->setText(dateformat::date(m_locale, CallDefaults::nextContactAfter(date)));
    m_followUp->setChecked(promised);
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
    n.outcome = outcome();
    QString text = NoteService::plainText(m_text->toPlainText());
    const QString &number = m_number;
    if (m_mode == Mode::Call && m_resumed)
        text += (text.isEmpty() ? QString() : QStringLiteral("\n"))
                + tr("(Call to %1, logged afterwards)").arg(number);
    else if (m_mode == Mode::Call)
        text += (text.isEmpty() ? QString() : QStringLiteral("\n"))
                + tr("(Call to %1, %2)").arg(number, clock(durationSeconds()));
    else
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + tr("(Text, %1)").arg(number);
    n.text = text;
    if (m_followUp->isChecked()) {
        n.nextContactDate = dateformat::parseDate(m_locale, m_nextContact->text());
        if (!n.nextContactDate.isValid())
            return makeError(ErrorCode::InvalidValue,
                             tr("Next contact: \"%1\" is not a date; write it as %2")
                                     .arg(m_nextContact->text().trimmed(),
                                          dateformat::datePattern(m_locale).toUpper()));
    }
    n.noFollowUpNeeded = m_noFollowUp->isChecked();
    if (!m_promiseAmount->text().trimmed().isEmpty()) {
        if (!promiseDate().isValid())
            return makeError(ErrorCode::InvalidValue,
                             tr("Promise date: \"%1\" is not a date; write it as %2")
                                     .arg(m_promiseDate->text().trimmed(),
                                          dateformat::datePattern(m_locale).toUpper()));
        n.templateKey = QStringLiteral("promise-to-pay");
        d.fields.insert(QStringLiteral("amount"), m_promiseAmount->text().trimmed());
        d.fields.insert(QStringLiteral("date"), isoDate(promiseDate()));
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
    const bool typed = !m_text->toPlainText().trimmed().isEmpty() || outcome() != NoteOutcome::None
            || !m_promiseAmount->text().trimmed().isEmpty() || m_followUp->isChecked()
            || m_noFollowUp->isChecked();
    const bool callRan = m_mode == Mode::Call && (m_ended || durationSeconds() >= kCallRanSeconds);
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
                    // A dialled call was recorded when it was dialled (CallAttemptService): it
                    // stays in Today until logged or dismissed. A text is only in its log.
                    call ? tr("Discard this call log? The call stays in Today as not logged "
                              "until you log it or say no call took place.")
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
