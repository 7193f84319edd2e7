// SPDX-License-Identifier: MIT
#include "core/support/log.h"

#include <memory>
#include <mutex>
#include <vector>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <QDir>
#include <QMessageLogContext>

namespace ardesk::log {
namespace {

std::mutex g_mutex;
std::shared_ptr<spdlog::logger> g_logger;
QString g_path;

spdlog::level::level_enum toSpd(Level level)
{
    switch (level) {
    case Level::Debug:
        return spdlog::level::debug;
    case Level::Info:
        return spdlog::level::info;
    case Level::Warning:
        return spdlog::level::warn;
    case Level::Error:
        return spdlog::level::err;
    }
    return spdlog::level::info;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &msg)
{
    Level level = Level::Info;
    switch (type) {
    case QtDebugMsg:
        level = Level::Debug;
        break;
    case QtInfoMsg:
        level = Level::Info;
        break;
    case QtWarningMsg:
        level = Level::Warning;
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        level = Level::Error;
        break;
    }
    const QString category = context.category && qstrcmp(context.category, "default") != 0
            ? QString::fromLatin1(context.category) + QStringLiteral(": ")
            : QString();
    write(level, QStringLiteral("[qt] ") + category + msg);
    if (type == QtFatalMsg)
        abort();
}

} // namespace

void init(const Options &options)
{
    std::lock_guard lock(g_mutex);
    std::vector<spdlog::sink_ptr> sinks;
    g_path.clear();
    if (!options.directory.isEmpty()) {
        QDir().mkpath(options.directory);
        g_path = QDir(options.directory).filePath(QStringLiteral("ardesk.log"));
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    g_path.toStdString(), 5 * 1024 * 1024, 3));
        } catch (const spdlog::spdlog_ex &e) {
            fprintf(stderr, "ardesk: cannot open log file %s: %s\n", qPrintable(g_path), e.what());
            g_path.clear();
        }
    }
    if (options.console || options.verbose) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(options.verbose ? spdlog::level::debug : spdlog::level::warn);
        sinks.push_back(console);
    }
    g_logger = std::make_shared<spdlog::logger>("ardesk", sinks.begin(), sinks.end());
    g_logger->set_level(options.verbose ? spdlog::level::debug : spdlog::level::info);
    g_logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ [%t] %v");
    g_logger->flush_on(spdlog::level::warn);
    if (options.bridgeQtMessages)
        qInstallMessageHandler(qtMessageHandler);
}

void shutdown()
{
    std::lock_guard lock(g_mutex);
    if (g_logger)
        g_logger->flush();
    g_logger.reset();
    qInstallMessageHandler(nullptr);
}

QString logFilePath()
{
    std::lock_guard lock(g_mutex);
    return g_path;
}

void write(Level level, const QString &message)
{
    std::shared_ptr<spdlog::logger> logger;
    {
        std::lock_guard lock(g_mutex);
        logger = g_logger;
    }
    const QByteArray utf8 = message.toUtf8();
    if (!logger) {
        if (level >= Level::Warning)
            fprintf(stderr, "ardesk: %s\n", utf8.constData());
        return;
    }
    logger->log(toSpd(level), std::string_view(utf8.constData(), size_t(utf8.size())));
}

} // namespace ardesk::log
