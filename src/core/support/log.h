// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// Logging facade over spdlog. Only log.cpp includes spdlog (its headers are slow to compile).
/// Thread-safe: may be called from any thread once init() has run; before init() messages go to
/// stderr at warning level and above.
namespace ardesk::log {

enum class Level { Debug, Info, Warning, Error };

struct Options
{
    QString directory; ///< where ardesk.log rotates; empty = no file
    bool verbose = false; ///< debug level and also echo to stderr
    bool console = true; ///< warnings and errors to stderr
    bool bridgeQtMessages = true; ///< route qDebug/qWarning into the log
};

void init(const Options &options);
void shutdown();
QString logFilePath();

void write(Level level, const QString &message);
inline void debug(const QString &m)
{
    write(Level::Debug, m);
}
inline void info(const QString &m)
{
    write(Level::Info, m);
}
inline void warning(const QString &m)
{
    write(Level::Warning, m);
}
inline void error(const QString &m)
{
    write(Level::Error, m);
}

} // namespace ardesk::log
