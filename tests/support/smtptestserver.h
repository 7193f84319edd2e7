// SPDX-License-Identifier: MIT
// A real SMTP server for tests: tests/support/smtpserver.py (aiosmtpd) run with /usr/bin/python3
// on a free loopback port, with a certificate made at test time by openssl.
#pragma once

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <QTest>

#include <memory>

namespace ardesk::test {

/// Makes a self-signed certificate (also its own CA) in `dir` as NAME-cert.pem / NAME-key.pem
/// for the subject alternative names `san` (e.g. "IP:127.0.0.1,DNS:localhost").
inline bool makeCertificate(const QString &dir, const QString &name, const QString &san)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
             name + QStringLiteral("-key.pem"), QStringLiteral("-out"),
             name + QStringLiteral("-cert.pem"), QStringLiteral("-days"), QStringLiteral("2"),
             QStringLiteral("-subj"), QStringLiteral("/CN=ARDesk test ") + name,
             QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + san});
    p.closeWriteChannel();
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/// The aiosmtpd server process. start() waits until it listens; the destructor stops it.
class SmtpTestServer
{
public:
    enum class Tls { StartTls, Implicit, None };

    ~SmtpTestServer() { stop(); }

    /// Starts the server writing into `dir` (messages msg-N.eml and log.jsonl), with the
    /// certificate `certPrefix`-cert.pem / `certPrefix`-key.pem (absolute paths).
    bool start(const QString &dir, Tls tls, const QString &certPrefix,
               const QStringList &extra = {})
    {
        stop();
        m_dir = dir;
        QDir().mkpath(dir);
        QStringList args {QStringLiteral(ARDESK_SOURCE_DIR "/tests/support/smtpserver.py"),
                          QStringLiteral("--dir"), dir, QStringLiteral("--tls"),
                          tls == Tls::StartTls           ? QStringLiteral("starttls")
                                  : tls == Tls::Implicit ? QStringLiteral("implicit")
                                                         : QStringLiteral("none")};
        if (tls != Tls::None)
            args << QStringLiteral("--cert") << certPrefix + QStringLiteral("-cert.pem")
                 << QStringLiteral("--key") << certPrefix + QStringLiteral("-key.pem");
        args << extra;
        m_process = std::make_unique<QProcess>();
        m_process->setWorkingDirectory(dir);
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        // TOOLCHAIN trap 6: the Debian python has aiosmtpd, a pyenv python on PATH may not.
        m_process->start(QStringLiteral("/usr/bin/python3"), args);
        if (!m_process->waitForStarted(10000))
            return false;
        QByteArray line;
        for (int i = 0; i < 200 && !line.contains('\n'); ++i) {
            m_process->waitForReadyRead(100);
            line += m_process->readAllStandardOutput();
            if (m_process->state() != QProcess::Running)
                break;
        }
        if (!line.startsWith("READY ")) {
            qWarning("smtpserver.py did not start: %s %s", line.constData(),
                     m_process->readAllStandardError().constData());
            return false;
        }
        m_port = line.mid(6).trimmed().toInt();
        return m_port > 0;
    }
    void stop()
    {
        if (!m_process)
            return;
        m_process->closeWriteChannel(); // the server ends when its stdin closes
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
        m_process.reset();
    }
    int port() const { return m_port; }
    /// One JSON object per message the server accepted.
    QList<QJsonObject> log() const
    {
        QList<QJsonObject> out;
        QFile f(m_dir + QStringLiteral("/log.jsonl"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                out << QJsonDocument::fromJson(line).object();
        }
        return out;
    }
    /// The exact bytes of the n-th message received (1-based).
    QByteArray message(int n) const
    {
        QFile f(m_dir + QStringLiteral("/msg-%1.eml").arg(n));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QString stderrText() const
    {
        return m_process ? QString::fromUtf8(m_process->readAllStandardError()) : QString();
    }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_dir;
    int m_port = 0;
};

} // namespace ardesk::test
