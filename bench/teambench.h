// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ardesk::bench {

/// `ardesk-bench --only team` (issue 13 item 11): a tier file loaded into a throwaway PostgreSQL
/// 15 cluster by `ardesk-cli team import` and measured there, each figure beside the same
/// measure on the company file and a raw baseline of the same run. Runs only when asked for.
class TeamBench
{
public:
    struct Options
    {
        QString tierFile; ///< the cached tier file (at this build's schema; never written)
        QString dataDir; ///< where the scratch copy and the COPY baseline's rows go
        QString cli; ///< the ardesk-cli that imports
        QString tier; ///< "L" or "S", for the labels
        int runs = 9;
        int clerks = 20;
        int seconds = 60;
        /// Each clerk saves a note this often (≈ 30 × a busy clerk's pace at 2 s).
        int paceMs = 2000;
    };

    explicit TeamBench(Options options);

    /// Runs every measure and returns the rows of the bench's table (markdown), with a row
    /// saying what failed when a step could not be run. Takes tens of minutes on tier L.
    QString run();

private:
    Options m_options;
};

} // namespace ardesk::bench
