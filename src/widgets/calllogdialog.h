// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/contact.h"
#include "core/domain/money.h"
#include "core/services/noteservice.h"
#include "core/support/clock.h"

#include <optional>

#include <QDateTime>
#include <QDialog>
#include <QElapsedTimer>
#include <QLocale>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;
class QVBoxLayout;

namespace ardesk {

class ErrorLabel;

/// The call log opened by a contact's phone icon, Work > Call the billing contact (or "Log a
/// text"): client, contact, number and start time filled in, a running timer while the call
/// lasts, the call script for the account's situation beside it. The user notes the outcome (one
/// button each, Alt+1 to Alt+8), what was said, a promise to pay if one was made (Promised fills
/// in the overdue total and a date a week ahead; typing replaces them), and the next step (the
/// weekday after the promised date unless the user sets one); Save logs the note (duration
/// included). Every control has a mnemonic or shortcut, named in its tooltip. Cancelling (Cancel,
/// Esc, closing it) when something was typed or a dialled call ran asks first: nothing is thrown
/// away without a word.
class CallLogDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Call, Text };
    /// `clientCountry` decides how the number is shown (PhoneNumberParser::display); `today`
    /// is the company's date (Session::today()), from which the promise and next-contact dates
    /// are proposed.
    CallLogDialog(Mode mode, qint64 clientId, const QString &clientName,
                  const QString &clientCountry, const Contact &contact, const Phone &phone,
                  const QString &script, const QLocale &locale, const Clock &clock,
                  const QDate &today, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QDateTime startedAt() const { return m_started; }
    /// Ends the call: the timer stops and the duration is kept.
    void endCall();
    /// Starts the timer again after endCall() (the call went on); the duration adds up.
    void resumeCall();
    /// The log of a call dialled at `startedAt` that was not logged then (from Today): the
    /// start time is that one, the call has ended and its length is not known.
    void resumeFrom(const QDateTime &startedAt);
    bool isResumed() const { return m_resumed; }
    bool isRunning() const;
    /// Seconds the call lasted (so far, while running).
    qint64 durationSeconds() const;
    QString timerText() const;
    QString scriptText() const;

    void setOutcome(NoteOutcome outcome);
    void setText(const QString &text);
    void setNextContact(const QDate &date);
    void setNoFollowUp(bool on);
    void setPromise(const QString &amount, const QDate &date);
    /// What "Promised" proposes: `amount` (the overdue total; invalid: none) by `date`.
    void setPromiseDefault(const Money &amount, const QDate &date);
    NoteOutcome outcome() const;

    /// The note as logged, or what is missing.
    Result<NoteService::Draft> draft() const;
    /// Whether cancelling would lose something: anything typed or chosen, or a call that ran
    /// (at least kCallRanSeconds, or ended with End call).
    bool hasUnloggedWork() const;
    static constexpr qint64 kCallRanSeconds = 3;
    void showError(const QString &message);
    QString errorText() const;

    /// Asks before throwing away unlogged work (Keep editing is the default answer).
    void reject() override;

Q_SIGNALS:
    void saveRequested(const ardesk::NoteService::Draft &draft);
    /// "Save & send recap": log the call (as Save does), then compose its recap to this
    /// contact (the person spoken with) with what was agreed.
    void saveAndRecapRequested(const ardesk::NoteService::Draft &draft);

private:
    void nameChildren();
    void buildHeader(QVBoxLayout *left, const QString &clientName);
    QWidget *buildOutcomes();
    void buildForm(QVBoxLayout *left);
    void buildButtons(QVBoxLayout *left);
    QWidget *buildScript(const QString &script);
    void orderTabs();
    void tick();
    void toggleTimer();
    void retranslateTimerButton();
    /// An outcome button was pressed: Promised fills in the promise and goes to its amount,
    /// the others go to what was said.
    void outcomeChosen(NoteOutcome outcome);
    /// The next contact follows the promise (the weekday after its date) until the user sets
    /// one; an empty promise takes it back.
    void followPromise();
    QDate promiseDate() const;
    /// The draft of a complete call log, with the call ended; none (the error shown) when
    /// something is missing.
    std::optional<NoteService::Draft> finishCall();
    void save();
    void saveAndRecap();
    /// "Discard this call log?": true when the user chose to discard it.
    bool confirmDiscard();

    Mode m_mode;
    qint64 m_clientId;
    Contact m_contact;
    Phone m_phone;
    QString m_number; ///< m_phone as the clerk reads it
    QLocale m_locale;
    QDateTime m_started;
    QElapsedTimer m_elapsed; ///< the running part of the call (invalid while stopped)
    qint64 m_stoppedMs = 0; ///< what the call lasted before the timer last stopped
    bool m_ended = false; ///< End call was pressed (or the call was logged)
    Money m_defaultAmount;
    bool m_nextContactSet = false; ///< the user chose the next contact (or no follow-up)
    bool m_resumed = false;
    QTimer *m_timer;
    QLabel *m_clock;
    QPushButton *m_end;
    QComboBox *m_direction;
    QButtonGroup *m_outcomes;
    QPlainTextEdit *m_text;
    QLineEdit *m_promiseAmount;
    QLineEdit *m_promiseDate;
    QCheckBox *m_followUp;
    QLineEdit *m_nextContact;
    QCheckBox *m_noFollowUp;
    QGroupBox *m_scriptBox = nullptr;
    QPushButton *m_scriptToggle = nullptr;
    QTextBrowser *m_script;
    QPushButton *m_save = nullptr;
    QPushButton *m_recap = nullptr;
    QPushButton *m_cancel = nullptr;
    ErrorLabel *m_error;
};

} // namespace ardesk
