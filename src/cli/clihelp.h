// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ardesk::cli {

/// What `ardesk-cli --help` and `ardesk-cli COMMAND --help` print: the usage lines, one entry per
/// command form (its syntax, then what it does) and the closing notes. The syntax is what a user
/// types and stays as written; the headings and descriptions are translated (the desk's
/// language) and wrapped to 80 columns. packaging/cli-man.sh reads the English text (under the
/// C locale) into the man page, so its layout is a contract: an entry starts at column 3, its
/// further syntax lines are indented less than 31 columns, its description stands two spaces
/// after the last syntax line or alone from column 37 on.
class CliHelp
{
    Q_DECLARE_TR_FUNCTIONS(CliHelp)

public:
    /// The whole help.
    static QString text();
    /// The help of the command `command` (its entries only, with the usage lines and closing
    /// notes); the whole help when no entry is about that command.
    static QString text(const QString &command);
};

} // namespace ardesk::cli
