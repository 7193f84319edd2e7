// SPDX-License-Identifier: MIT
#pragma once

#include "cli/arguments.h"
#include "core/support/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ardesk::cli {

/// What one `ardesk-cli` command (or subcommand) takes and needs: its `--name VALUE` options, its
/// `--name` switches, and what the shared preamble opens before it runs. The table in
/// commandspec.cpp is the parser's only source: an option no entry lists is unknown, an option
/// the command's entry does not list is refused by check().
struct CommandSpec
{
    /// What the preamble prepares (CliApp::prepare): the company file, the acting user (--user,
    /// else the OS login) and the --client. The client is looked up whenever --client is given.
    enum Need {
        NeedNothing = 0, ///< the command opens (or creates) the file itself, if at all
        NeedFile = 1,
        NeedUser = 2 | NeedFile,
        NeedClient = 4 | NeedFile, ///< --client is required
        NeedUserIfGiven = 8 | NeedFile, ///< the acting user only when --user is given
    };

    QString command;
    QString sub; ///< the subcommand word; empty for a command without subcommands
    QString whenFlag; ///< a variant chosen by a switch (`email --all`); empty otherwise
    int needs = NeedNothing;
    QStringList values; ///< `--name VALUE` options, besides the global ones
    QStringList flags; ///< `--name` switches, besides the global ones

    /// The entry for `command`: the one for its subcommand `sub` (the second positional word),
    /// else the command's own; nullptr for an unknown command or a subcommand it does not have.
    static const CommandSpec *find(const QString &command, const QString &sub,
                                   const Arguments &args);
    /// Is `command` an ardesk-cli command (with or without subcommands)?
    static bool exists(const QString &command);
    /// Does this entry's `needs` include `need`?
    bool has(Need need) const { return (needs & need) == need; }
    /// Every value option and every switch of every command, the global ones included: what the
    /// first pass of the parser recognises.
    static const QSet<QString> &allValueOptions();
    static const QSet<QString> &allFlags();

    /// "'clients' does not take --role" for the first option given that this command does not
    /// take (the global ones, --db --user --json --verbose --help --version, are taken by every
    /// command).
    Result<void> check(const Arguments &args) const;
    /// "invoice add", "clients", "email --all": how errors name the command.
    QString title() const;

    Q_DECLARE_TR_FUNCTIONS(CommandSpec)
};

} // namespace ardesk::cli
