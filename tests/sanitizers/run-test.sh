#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs one test of the ASan + UBSan build (ARDESK_SANITIZE, `make test-asan`).
# Every process the test starts (ardesk-cli, the window, a second test process) inherits these
# options and writes any ASan/LSan report into a folder of its own for this test: a report from
# any of them fails the test, even when the test only expected "some non-zero exit" from a child.
# UBSan (GCC links it as a second runtime beside ASan's) ignores log_path there: its reports go to
# the process's stderr and end it with exit code 23, which fails every test that checks a child's
# exit code exactly.
# ASAN_OPTIONS/UBSAN_OPTIONS/LSAN_OPTIONS set by the caller are kept and win over the defaults
# here (log_path excepted). Usage: run-test.sh COMMAND [ARGS...]
here=$(cd "$(dirname "$0")" && pwd)
reports=$(mktemp -d "${TMPDIR:-/tmp}/ardesk-sanitizer.XXXXXX") || exit 1
report_options="log_path=$reports/report:log_exe_name=1"

# halt_on_error + exitcode: the first report ends the process with 23 (no test exits with 23).
# verify_asan_link_order=0: the `clock` tests preload libfaketime in front of the ASan runtime
# (see docs/reliability.md, "Sanitizers").
ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:exitcode=23:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1:verify_asan_link_order=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}:$report_options"
LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}:$report_options"
UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:exitcode=23:suppressions=$here/ubsan.supp${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}:$report_options"
export ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS

"$@"
status=$?

found=0
for f in "$reports"/report*; do
    [ -e "$f" ] || continue
    found=$((found + 1))
    echo "=== sanitizer report: $(basename "$f")" >&2
    cat "$f" >&2
done
rm -rf "$reports"
if [ "$found" -gt 0 ]; then
    echo "run-test.sh: $found sanitizer report(s) from this test or a process it started (exit $status)" >&2
    [ "$status" -ne 0 ] || status=23
fi
exit "$status"
