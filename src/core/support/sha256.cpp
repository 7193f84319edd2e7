// SPDX-License-Identifier: MIT
#include "core/support/sha256.h"

#include <openssl/evp.h>

namespace ardesk {
namespace {

/// Fetched once (a fetch takes a lock); an EVP_MD may be shared by threads.
const EVP_MD *sha256Method()
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

} // namespace

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{ }

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

bool Sha256::isValid() const
{
    return m_ctx && sha256Method();
}

bool Sha256::begin()
{
    if (!m_started) {
        m_failed = !isValid() || EVP_DigestInit_ex(m_ctx, sha256Method(), nullptr) != 1;
        m_started = true;
    }
    return !m_failed;
}

Sha256 &Sha256::addData(QByteArrayView data)
{
    if (begin() && EVP_DigestUpdate(m_ctx, data.data(), size_t(data.size())) != 1)
        m_failed = true;
    return *this;
}

QByteArrayView Sha256::hexResult()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    const bool ok = begin() && EVP_DigestFinal_ex(m_ctx, digest, &size) == 1 && size == 32;
    m_started = false;
    if (!ok)
        return QByteArrayView();
    static const char hexDigits[] = "0123456789abcdef";
    char *o = m_hex;
    for (unsigned int i = 0; i < size; ++i) {
        *o++ = hexDigits[digest[i] >> 4];
        *o++ = hexDigits[digest[i] & 0xF];
    }
    return QByteArrayView(m_hex, 64);
}

QString Sha256::hex(QByteArrayView data)
{
    Sha256 sha;
    return QString::fromLatin1(sha.addData(data).hexResult());
}

} // namespace ardesk
