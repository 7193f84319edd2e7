// SPDX-License-Identifier: MIT
#include "cli/progressline.h"

#include <QLocale>
#include <QStringList>

#include <unistd.h>

namespace ardesk::cli {

namespace {
constexpr qint64 kIntervalMs = 200;
} // namespace

ProgressLine::ProgressLine(QTextStream &err, bool json)
    : m_err(err)
    , m_enabled(wanted(json))
{ }

ProgressLine::~ProgressLine()
{
    clear();
}

bool ProgressLine::wanted(bool json)
{
    if (json || !isatty(STDERR_FILENO))
        return false;
    return qgetenv("TERM") != "dumb";
}

void ProgressLine::show(const QString &text)
{
    if (!m_enabled)
        return;
    if (m_since.isValid() && m_since.elapsed() < kIntervalMs)
        return;
    m_since.start();
    QString line = text;
    // Pad over what a longer earlier line left.
    if (line.size() < m_shown)
        line += QString(m_shown - line.size(), u' ');
    m_err << '\r' << line;
    m_err.flush();
    m_shown = text.size();
}

void ProgressLine::count(const QString &label, qint64 done, qint64 total, const QString &unit)
{
    if (!m_enabled)
        return;
    const QLocale c = QLocale::c();
    QString text = label + QStringLiteral(": ");
    const QString suffix = unit.isEmpty() ? QString() : QStringLiteral(" ") + unit;
    if (total > 0)
        text += QStringLiteral("%1% (%2 / %3%4)")
                        .arg(std::min<qint64>(100, done * 100 / total))
                        .arg(c.toString(done), c.toString(total), suffix);
    else
        text += c.toString(done) + suffix;
    show(text);
}

ardesk::Progress ProgressLine::progress(const QString &label)
{
    if (!m_enabled)
        return {};
    return ardesk::Progress([this, label](qint64 done, qint64 total, const QString &stage) {
        const QLocale c = QLocale::c();
        QStringList parts;
        if (total > 0)
            parts << QStringLiteral("%1% (%2 / %3)")
                             .arg(std::min<qint64>(100, done * 100 / total))
                             .arg(c.toString(done), c.toString(total));
        else if (done > 0)
            parts << c.toString(done);
        if (!stage.isEmpty())
            parts << stage;
        show(label + QStringLiteral(": ") + parts.join(QStringLiteral(" — ")));
    });
}

void ProgressLine::clear()
{
    if (!m_enabled || m_shown == 0)
        return;
    m_err << '\r' << QString(m_shown, u' ') << '\r';
    m_err.flush();
    m_shown = 0;
}

} // namespace ardesk::cli
