// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

struct evp_md_ctx_st;

namespace ardesk {

/// The one SHA-256 of ARDesk (record chain, attachments, outbox, verifier), through OpenSSL's
/// libcrypto: it uses the CPU's SHA instructions, and hashes several times faster than Qt 6.4's
/// QCryptographicHash, which the verifier feels (it hashes every entry of the record).
///
/// Streaming: addData() any number of times, then hexResult(); the next addData() starts a new
/// digest, so one object serves many (the verifier keeps one for the whole walk). Not
/// thread-safe: one object per thread. The digests are standard SHA-256 (the same as
/// QCryptographicHash's, which the tests use as an independent check).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    /// False when libcrypto offers no SHA-256 (a broken installation): every result is empty.
    bool isValid() const;
    /// Adds bytes to the digest being computed (starting one after a result).
    Sha256 &addData(QByteArrayView data);
    /// Lower-case hex (64 characters) of the bytes added since the last result; empty on
    /// failure. The view stays valid until the next call on this object.
    QByteArrayView hexResult();

    /// Lower-case hex of SHA-256(data); empty on failure.
    static QString hex(QByteArrayView data);

private:
    bool begin();

    evp_md_ctx_st *m_ctx;
    bool m_started = false;
    bool m_failed = false;
    char m_hex[64] = {};
};

} // namespace ardesk
