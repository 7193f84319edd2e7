// SPDX-License-Identifier: MIT
#include "widgets/singleinstance.h"

#include "core/storage/databaseurl.h"
#include "core/support/paths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace ardesk {

namespace {
const QByteArray kRaise = QByteArrayLiteral("raise\n");
const QByteArray kRaised = QByteArrayLiteral("raised\n");

/// The same file however it was named (relative, through a link).
QString canonical(const QString &file)
{
    if (DatabaseUrl::isUrl(file))
        return file;
    const QFileInfo info(file);
    const QString path = info.canonicalFilePath();
    return path.isEmpty() ? info.absoluteFilePath() : path;
}
} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &file)
{
    const QByteArray id = QCryptographicHash::hash(
            (paths::osLoginName() + u'\n' + canonical(file)).toUtf8(), QCryptographicHash::Sha256);
    const QString name = QStringLiteral("ardesk-") + QString::fromLatin1(id.toHex().left(24));
    // The user's own runtime directory (private to the session); Qt's temporary folder else.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        return name;
    const QString path = QDir(runtime).filePath(name);
    return path.toUtf8().size() < 100 ? path : name; // a socket path holds ~107 bytes
}

bool SingleInstance::raiseRunning(const QString &file, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(file));
    if (!socket.waitForConnected(timeoutMs))
        return false; // nobody, or a socket left by a crash (connection refused)
    socket.write(kRaise);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray reply;
    while (!reply.endsWith('\n') && socket.waitForReadyRead(timeoutMs))
        reply += socket.readAll();
    return reply == kRaised;
}

bool SingleInstance::listen(const QString &file)
{
    m_error.clear();
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    m_file = file;
    if (file.isEmpty())
        return true;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::answer);
    const QString name = serverName(file);
    // Asked before listening: Qt's listen() with socket options replaces the socket file, even
    // one a live ARDesk answers on.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(1000)) {
        // Another ARDesk of this user has the file open too (opened from its File menu).
        m_error = tr("Another ARDesk window has %1 open").arg(file);
        delete m_server;
        m_server = nullptr;
        return false;
    }
    // Nobody answers: a socket file left by an ARDesk that crashed is taken over.
    QLocalServer::removeServer(name);
    if (!m_server->listen(name)) {
        m_error = m_server->errorString();
        return false;
    }
    return true;
}

void SingleInstance::answer()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine() == kRaise) {
                Q_EMIT raiseRequested();
                socket->write(kRaised);
                socket->flush();
            }
            socket->disconnectFromServer();
        });
    }
}

} // namespace ardesk
