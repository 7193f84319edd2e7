#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# packaging.files: the files the package installs besides the executables, checked the way a
# desktop and Debian read them, in a few seconds (so it runs in `make test`):
#  - the menu entry passes desktop-file-validate, the metainfo `appstreamcli validate --no-net`,
#    both with nothing to report;
#  - ardesk-cli --version, the newest Debian changelog entry and the newest AppStream release
#    all say the project's version;
#  - the ardesk-cli man page (made from --help at build time) names every command and
#    subcommand of the CLI's command table (src/cli/commandspec.cpp).
#
#   check-files.sh SOURCE_DIR CLI MAN_PAGE VERSION
set -euo pipefail

SRC=${1:?}
CLI=${2:?}
MAN=${3:?}
VERSION=${4:?}
PKG=$SRC/packaging
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

out=$(desktop-file-validate "$PKG/org.ardesk.ARDesk.desktop" 2>&1) \
  && [ -z "$out" ] || fail "desktop-file-validate: $out"

out=$(appstreamcli validate --no-net --no-color "$PKG/org.ardesk.ARDesk.metainfo.xml" 2>&1) \
  || fail "appstreamcli validate: $out"
# Clean means no error, warning or info; the one pedantic note (an id with capitals, as
# org.kde.* ids have) is not counted.
if echo "$out" | grep -E '^[EWI]: ' >/dev/null; then
  fail "appstreamcli validate reports: $out"
fi

got=$("$CLI" --version)
[ "$got" = "ardesk-cli $VERSION" ] || fail "ardesk-cli --version printed '$got', not 'ardesk-cli $VERSION'"
changelog=$(sed -n '1s/^ardesk (\([^)]*\)).*/\1/p' "$PKG/changelog")
[ "$changelog" = "$VERSION" ] \
  || fail "packaging/changelog's newest entry is '$changelog', the project is $VERSION: add an entry"
release=$(grep -m1 -o '<release version="[^"]*"' "$PKG/org.ardesk.ARDesk.metainfo.xml" \
  | sed 's/.*"\(.*\)"/\1/')
[ "$release" = "$VERSION" ] \
  || fail "the metainfo's newest release is '$release', the project is $VERSION: add a <release>"

# The man page's syntax lines: its bold runs, with roff's minus made plain. A command counts as
# named when a run starts with it or names it after a "|" ("hold ... | release ...").
syntax=$(sed -e 's/\\-/-/g' "$MAN" | grep -o '\\fB[^\\]*\\fR' | sed -e 's/^\\fB//' -e 's/\\fR$//')
commands=$(grep -o 'spec("[a-z-]*", "[a-z-]*"' "$SRC/src/cli/commandspec.cpp" \
  | sed 's/spec("\([a-z-]*\)", "\([a-z-]*\)"/\1 \2/' | sed 's/ $//' | sort -u)
[ "$(wc -l <<<"$commands")" -ge 30 ] || fail "found only $(wc -l <<<"$commands") commands in commandspec.cpp"
while IFS= read -r c; do
  # A subcommand may share its command with another: "dispute resolve|reject ID".
  pattern="(^|\\| )${c% *}"
  [ "$c" = "${c% *}" ] || pattern="$pattern ([a-z-]+\\|)*${c#* }"
  grep -E -q -- "$pattern([^a-z-]|$)" <<<"$syntax" || fail "the man page does not name '$c'"
done <<<"$commands"

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "packaging files: desktop entry, metainfo, versions and $(wc -l <<<"$commands") commands in the man page: all good"
