// SPDX-License-Identifier: MIT
#include "core/storage/attachmentstore.h"

#include "core/storage/companysettings.h"
#include "core/storage/recordchain.h"
#include "core/storage/sql.h"
#include "core/support/sha256.h"

#include <mutex>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QTemporaryDir>

namespace ardesk {
namespace {

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat)
            + QStringLiteral(" (%1 bytes)").arg(bytes);
}

bool isHiddenFormatChar(char32_t c)
{
    // Bidirectional embeddings/overrides/isolates, marks, zero-width and BOM characters, and the
    // Unicode line and paragraph separators.
    return (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E
            || c == 0x200F || c == 0x061C || (c >= 0x200B && c <= 0x200D) || c == 0xFEFF;
}

/// This process's private folder for openable copies (0700, removed when the process ends).
Result<QString> sessionTempDir()
{
    static std::mutex mutex;
    static std::unique_ptr<QTemporaryDir> dir;
    std::lock_guard lock(mutex);
    if (!dir) {
        dir = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                              + QStringLiteral("/ardesk-attachments-XXXXXX"));
        if (!dir->isValid()) {
            const QString error = dir->errorString();
            dir.reset();
            return makeError(
                    ErrorCode::Io,
                    AttachmentStore::tr("cannot create a temporary folder for attachments: %1")
                            .arg(error));
        }
    }
    return dir->path();
}

QString sha256Hex(QByteArrayView bytes)
{
    return Sha256::hex(bytes);
}

bool isSha256(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

QString AttachmentStore::displayNameFor(const QString &name)
{
    QString base = name;
    const qsizetype cut = std::max(base.lastIndexOf(u'/'), base.lastIndexOf(u'\\'));
    if (cut >= 0)
        base = base.mid(cut + 1);
    QString out;
    out.reserve(base.size());
    for (char32_t c : base.toUcs4()) {
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || isHiddenFormatChar(c))
            continue;
        out += QString::fromUcs4(&c, 1);
    }
    out = out.trimmed();
    if (out.size() > 200)
        out = out.left(200);
    if (out.isEmpty() || out == QLatin1String(".") || out == QLatin1String(".."))
        return QStringLiteral("attachment");
    return out;
}

QString AttachmentStore::safeFileName(const QString &displayName)
{
    QString out;
    for (QChar c : displayNameFor(displayName)) {
        if (c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_' || c == u'.')
            out += c;
        else
            out += u'_';
    }
    while (out.startsWith(u'.') || out.startsWith(u' '))
        out.remove(0, 1);
    while (out.endsWith(u'.') || out.endsWith(u' '))
        out.chop(1);
    const qsizetype dot = out.lastIndexOf(u'.');
    QString ext = dot > 0 ? out.mid(dot) : QString();
    if (ext.size() > 16)
        ext.clear();
    QString stem = dot > 0 ? out.left(dot) : out;
    if (stem.size() > 100)
        stem = stem.left(100);
    if (stem.isEmpty())
        stem = QStringLiteral("attachment");
    return stem + ext;
}

bool AttachmentStore::isMismatch(const QString &detectedMime, const QString &claimedMime)
{
    static const QString unknown = QStringLiteral("application/octet-stream");
    if (claimedMime.isEmpty() || claimedMime == unknown
        || detectedMime == QLatin1String("application/x-zerosize"))
        return false;
    if (detectedMime == claimedMime)
        return false;
    const QMimeDatabase mimes;
    const QMimeType detected = mimes.mimeTypeForName(detectedMime);
    const QMimeType claimed = mimes.mimeTypeForName(claimedMime);
    if (!detected.isValid() || !claimed.isValid())
        return true;
    return !(detected.inherits(claimed.name()) || claimed.inherits(detected.name()));
}

Result<qint64> AttachmentStore::maxBytes() const
{
    auto v = readSetting(m_db, QString::fromLatin1(kMaxBytesKey), QString());
    if (!v)
        return v.error();
    if (v.value().isEmpty())
        return kDefaultMaxBytes;
    bool ok = false;
    const qint64 n = v.value().toLongLong(&ok);
    if (!ok || n <= 0)
        return makeError(ErrorCode::InvalidValue,
                         tr("setting %1: \"%2\" is not a positive number of bytes")
                                 .arg(QString::fromLatin1(kMaxBytesKey), v.value()));
    return n;
}

Result<AttachmentStore::Content> AttachmentStore::load(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, tr("attachment %1 does not exist").arg(path));
    if (!info.isFile())
        return makeError(ErrorCode::InvalidValue, tr("attachment %1 is not a file").arg(path));
    auto cap = maxBytes();
    if (!cap)
        return cap.error();
    if (info.size() > cap.value())
        return makeError(
                ErrorCode::InvalidValue,
                tr("attachment %1 is %2; the limit is %3")
                        .arg(info.fileName(), sizeText(info.size()), sizeText(cap.value())));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("cannot read %1: %2").arg(path, f.errorString()));
    QByteArray bytes = f.read(cap.value() + 1);
    if (f.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, tr("cannot read %1: %2").arg(path, f.errorString()));
    return prepare(bytes, info.fileName());
}

Result<AttachmentStore::Content> AttachmentStore::prepare(const QByteArray &bytes,
                                                          const QString &displayName) const
{
    const QString name = displayNameFor(displayName);
    auto cap = maxBytes();
    if (!cap)
        return cap.error();
    if (bytes.size() > cap.value())
        return makeError(ErrorCode::InvalidValue,
                         tr("attachment %1 is %2; the limit is %3")
                                 .arg(name, sizeText(bytes.size()), sizeText(cap.value())));
    const QMimeDatabase mimes;
    Content c;
    c.bytes = bytes;
    c.sha256 = sha256Hex(bytes);
    c.displayName = name;
    c.detectedMime = mimes.mimeTypeForData(bytes).name();
    const QList<QMimeType> byName = mimes.mimeTypesForFileName(name);
    c.claimedMime
            = byName.isEmpty() ? QStringLiteral("application/octet-stream") : byName.first().name();
    return c;
}

Result<void> AttachmentStore::storeBlob(const Content &content)
{
    if (content.sha256 != sha256Hex(content.bytes))
        return makeError(
                ErrorCode::InvalidValue,
                tr("attachment %1: content does not match its hash").arg(content.displayName));
    auto blob = sql::exec(
            m_db,
            QStringLiteral("INSERT INTO attachment_blobs (sha256, size, "
                           "mime_type, content) VALUES (?,?,?,?) ON CONFLICT DO NOTHING"),
            {content.sha256, qint64(content.bytes.size()), content.detectedMime, content.bytes});
    if (!blob)
        return blob.error();
    return {};
}

Result<qint64> AttachmentStore::attach(qint64 revisionId, const Content &content)
{
    if (auto l = RecordChain(m_db).lock(); !l)
        return l.error();
    if (auto blob = storeBlob(content); !blob)
        return blob.error();
    // The id is fixed before the chain link so the link can name it (we hold the write lock:
    // BEGIN IMMEDIATE, or the chain's lock on a team database).
    auto next = sql::scalar(m_db,
                            QStringLiteral("SELECT COALESCE(max(id), 0) + 1 FROM "
                                           "note_attachments"));
    if (!next)
        return next.error();
    const qint64 id = next.value().toLongLong();
    // The chained MIME type is the blob's as stored: content stored before keeps the type
    // detected then.
    auto detected = sql::scalar(m_db,
                                QStringLiteral("SELECT mime_type FROM attachment_blobs WHERE "
                                               "sha256 = ?"),
                                {content.sha256});
    if (!detected)
        return detected.error();
    RecordChain::StoredAttachment chained;
    chained.revisionId = revisionId;
    chained.sha256 = content.sha256;
    chained.displayName = content.displayName;
    chained.claimedMime = content.claimedMime;
    chained.mimeType = detected.value().toString();
    auto seq = RecordChain(m_db).append(QStringLiteral("attachment"), id,
                                        RecordChain::canonicalAttachment(chained));
    if (!seq)
        return seq.error();
    auto row = sql::exec(m_db,
                         QStringLiteral("INSERT INTO note_attachments (id, revision_id, sha256, "
                                        "display_name, claimed_mime, chain_seq) VALUES "
                                        "(?,?,?,?,?,?)"),
                         {id, revisionId, content.sha256, content.displayName, content.claimedMime,
                          seq.value()});
    if (!row)
        return row.error();
    return id;
}

namespace {
AttachmentInfo infoFrom(const QSqlQuery &q)
{
    AttachmentInfo a;
    a.id = q.value(0).toLongLong();
    a.revisionId = q.value(1).toLongLong();
    a.sha256 = q.value(2).toString();
    a.displayName = q.value(3).toString();
    a.claimedMime = q.value(4).toString();
    a.size = q.value(5).toLongLong();
    a.detectedMime = q.value(6).toString();
    a.noteId = q.value(7).toLongLong();
    a.mimeMismatch = AttachmentStore::isMismatch(a.detectedMime, a.claimedMime);
    return a;
}
const char kInfoColumns[]
        = "SELECT a.id, a.revision_id, a.sha256, a.display_name, "
          "a.claimed_mime, b.size, b.mime_type, r.note_id FROM note_attachments a "
          "JOIN attachment_blobs b ON b.sha256 = a.sha256 JOIN note_revisions r "
          "ON r.id = a.revision_id ";
} // namespace

Result<QList<AttachmentInfo>> AttachmentStore::forNotes(const QList<qint64> &noteIds) const
{
    QList<AttachmentInfo> out;
    if (noteIds.isEmpty())
        return out;
    QStringList marks;
    QVariantList binds;
    for (qint64 id : noteIds) {
        marks << QStringLiteral("?");
        binds << id;
    }
    auto q = sql::exec(
            m_db,
            QString::fromLatin1(kInfoColumns)
                    + QStringLiteral("WHERE r.note_id IN (%1) ORDER BY a.id").arg(marks.join(u',')),
            binds);
    if (!q)
        return q.error();
    while (q.value().next())
        out.append(infoFrom(q.value()));
    return out;
}

Result<AttachmentInfo> AttachmentStore::find(qint64 attachmentId) const
{
    auto q = sql::exec(m_db, QString::fromLatin1(kInfoColumns) + QStringLiteral("WHERE a.id = ?"),
                       {attachmentId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, tr("no attachment %1").arg(attachmentId));
    return infoFrom(q.value());
}

Result<QByteArray> AttachmentStore::read(const QString &sha256) const
{
    if (!isSha256(sha256))
        return makeError(ErrorCode::InvalidValue,
                         tr("\"%1\" is not a SHA-256 (64 lower-case hex digits)").arg(sha256));
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT content FROM attachment_blobs WHERE sha256 = ?"),
                       {sha256});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, tr("no attachment content %1").arg(sha256));
    const QByteArray bytes = q.value().value(0).toByteArray();
    if (sha256Hex(bytes) != sha256)
        return makeError(ErrorCode::Corrupt,
                         tr("attachment content %1 was changed outside ARDesk (its bytes no "
                            "longer match); run verify")
                                 .arg(sha256));
    return bytes;
}

Result<void> AttachmentStore::saveAs(const QString &sha256, const QString &path) const
{
    auto bytes = read(sha256);
    if (!bytes)
        return bytes.error();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(path, f.errorString()));
    if (f.write(bytes.value()) != bytes.value().size() || !f.commit())
        return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

Result<QString> AttachmentStore::openableCopy(qint64 attachmentId) const
{
    auto info = find(attachmentId);
    if (!info)
        return info.error();
    // One folder per attachment id: two attachments with the same name never collide.
    return openableCopy(info.value().sha256, info.value().displayName,
                        QString::number(attachmentId));
}

Result<QString> AttachmentStore::openableCopy(const QString &sha256, const QString &displayName,
                                              const QString &folderName) const
{
    auto bytes = read(sha256);
    if (!bytes)
        return bytes.error();
    auto base = sessionTempDir();
    if (!base)
        return base.error();
    const QString folder = base.value() + u'/' + safeFileName(folderName);
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io, tr("cannot create %1").arg(folder));
    const QString path = folder + u'/' + safeFileName(displayName);
    if (QFileInfo::exists(path)) {
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::remove(path);
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(path, f.errorString()));
    if (f.write(bytes.value()) != bytes.value().size())
        return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(path, f.errorString()));
    f.close();
    if (!QFile::setPermissions(path, QFileDevice::ReadOwner))
        return makeError(ErrorCode::Io, tr("cannot make %1 read-only").arg(path));
    return path;
}

} // namespace ardesk
