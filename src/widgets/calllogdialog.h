// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/contact.h"
#include "core/services/noteservice.h"
#include "core/support/clock.h"

#include <optional>

#include <QDateTime>
#include <QDialog>
#include <QElapsedTimer>
#include <QLocale>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;
class QVBoxLayout;

namespace ardesk {

class ErrorLabel;

/// The call log opened by a contact's phone icon (or "Log a text"): client, contact, number and
/// start time filled in, a running timer while the call lasts, the call script for the account's
/// situation beside it. The user notes the outcome, what was said, a promise to pay if one was
/// made, and the next step; Save logs the note (duration included). Cancelling (Cancel, Esc,
/// closing it) when something was typed or a dialled call ran asks first: nothing is thrown
/// away without a word.
class CallLogDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Call, Text };
    CallLogDialog(Mode mode, qint64 clientId, const QString &clientName, const Contact &contact,
                  const Phone &phone, const QString &script, const QLocale &locale,
                  const Clock &clock, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QDateTime startedAt() const { return m_started; }
    /// Ends the call: the timer stops and the duration is kept.
    void endCall();
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
    void buildForm(QVBoxLayout *left);
    void buildButtons(QVBoxLayout *left);
    QWidget *buildScript(const QString &script);
    void tick();
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
    QLocale m_locale;
    QDateTime m_started;
    QElapsedTimer m_elapsed;
    qint64 m_endedAfterMs = -1;
    QTimer *m_timer;
    QLabel *m_clock;
    QPushButton *m_end;
    QComboBox *m_direction;
    QComboBox *m_outcome;
    QPlainTextEdit *m_text;
    QLineEdit *m_promiseAmount;
    QDateEdit *m_promiseDate;
    QCheckBox *m_followUp;
    QDateEdit *m_nextContact;
    QCheckBox *m_noFollowUp;
    QTextBrowser *m_script;
    ErrorLabel *m_error;
};

} // namespace ardesk
