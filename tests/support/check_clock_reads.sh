#!/bin/sh
# SPDX-License-Identifier: MIT
# Fails when anything in src/ reads the machine's time other than the Clock
# (src/core/support/clock.cpp): services, storage, models, widgets and the CLI take "now" and
# "today" from an injected Clock, so tests can set it and pass at any hour.
# Usage: check_clock_reads.sh SOURCE_DIR
src="${1:?source dir}/src"
pattern='QDate::currentDate|QDateTime::currentDateTime|QDateTime::currentMSecsSinceEpoch|QDateTime::currentSecsSinceEpoch|QTime::currentTime|std::chrono::system_clock|[^a-z_]time\(nullptr\)|[^a-z_]time\(NULL\)|gettimeofday|clock_gettime\(CLOCK_REALTIME'
found=$(grep -rnE "$pattern" "$src" --include='*.cpp' --include='*.h' | grep -v '^'"$src"'/core/support/clock\.cpp:')
if [ -n "$found" ]; then
    echo "time read outside the Clock (use ardesk::Clock, src/core/support/clock.h):"
    echo "$found"
    exit 1
fi
echo "clock reads: only src/core/support/clock.cpp"
