// SPDX-License-Identifier: MIT
#pragma once

#include "torturereport.h"

#include <QString>
#include <QStringList>

namespace ardesk::torture {

/// The injection corpus (tests/data/injection/*.txt) pushed through every input field that
/// reaches an e-mail — recipient and cc addresses, contact and client names, the sender's name,
/// address and Reply-To, the speaking user's name and signature, the template's subject, an
/// edited subject and body, invoice and PO numbers, attachment names and a recapped call's note —
/// then sent through the core's outbox to the recording aiosmtpd server. Each value is either
/// refused (the error names the field) or arrives inert: what the server received is read by
/// Python's e-mail package (tests/torture/smtpinspect.py) and compared with the same field
/// carrying a benign value: no extra SMTP command, header, MIME part or envelope recipient.
class InjectionCorpus
{
public:
    struct Paths
    {
        QString sourceDir; ///< the repository (corpus, smtpserver.py, smtpinspect.py)
        QString workDir; ///< scratch folder
    };
    explicit InjectionCorpus(Paths paths);

    /// The decoded values of every *.txt in `dir` (escapes and repeat: lines, see README.md).
    static QStringList load(const QString &dir, QString *error = nullptr);
    /// One line of the corpus file decoded.
    static QString decode(const QString &line);

    TortureRow run();

private:
    Paths m_paths;
};

} // namespace ardesk::torture
