// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/progress.h"

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

namespace ardesk::cli {

/// How far a long command got, as one line on stderr rewritten in place — only when stderr is a
/// terminal and the output is not --json, so a pipe, a log file or a script sees nothing of it.
/// At most a few updates a second; the line is erased when the work ends (or the object goes).
class ProgressLine
{
public:
    ProgressLine(QTextStream &err, bool json);
    ~ProgressLine();
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    bool enabled() const { return m_enabled; }
    /// Shows `text` (throttled: the first call and then at most every 200 ms).
    void show(const QString &text);
    /// "label: 42% (done / total unit)" or, with total 0, "label: done unit".
    void count(const QString &label, qint64 done, qint64 total, const QString &unit);
    /// Erases the line.
    void clear();
    /// A core Progress drawn here as "label: 42% (done / total) — stage" (never cancelled);
    /// this line must outlive the work it is given to.
    ardesk::Progress progress(const QString &label);

    /// Whether a progress line goes to this process's stderr: a terminal that is not "dumb",
    /// and no --json.
    static bool wanted(bool json);

private:
    QTextStream &m_err;
    const bool m_enabled;
    QElapsedTimer m_since;
    qsizetype m_shown = 0; ///< characters on the line now
};

} // namespace ardesk::cli
