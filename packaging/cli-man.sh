#!/bin/sh
# SPDX-License-Identifier: MIT
# Writes ardesk-cli's man page from its own --help, so the page cannot drift from the program:
#
#   cli-man.sh ARDESK_CLI TEMPLATE OUT
#
# TEMPLATE (packaging/ardesk-cli.1.in) is roff with three marker lines, replaced by what --help
# and --version print:  .\" @VERSION@ (in .TH), .\" @SYNOPSIS@ (the "Usage:" lines) and
# .\" @COMMANDS@ (every entry of "Commands:" as a tagged paragraph: its syntax lines in bold,
# then its description; then the closing paragraphs of --help).
set -eu
cli=$1
template=$2
out=$3

version=$("$cli" --version | sed 's/^ardesk-cli //')
help=$(mktemp)
trap 'rm -f "$help"' EXIT
# The C locale and English whatever the desk chose (ARDESK_LANGUAGE, File > Preferences) or
# LANGUAGE says: the page is English.
LC_ALL=C.UTF-8 LANGUAGE= ARDESK_LANGUAGE=en "$cli" --help >"$help"

awk -v helpfile="$help" -v version="$version" '
# roff: a backslash is \e, a minus \-; a line must not start with a dot or a quote.
function esc(s) {
  gsub(/\\/, "\\e", s)
  gsub(/-/, "\\-", s)
  if (s ~ /^[.'\'']/) s = "\\&" s
  return s
}
# An entry: its first syntax line is the tag; further syntax lines follow in bold, each with the
# description written beside it in --help, then the description of the whole entry.
function flush(   i, started) {
  if (n == 0) return
  commands = commands ".TP\n\\fB" esc(syntax[1]) "\\fR\n"
  started = 0
  if (desc[1] != "") { commands = commands esc(desc[1]) "\n"; started = 1 }
  for (i = 2; i <= n; i++) {
    commands = commands (started ? ".br\n" : "") "\\fB" esc(syntax[i]) "\\fR"
    commands = commands (desc[i] != "" ? " \\(em " esc(desc[i]) : "") "\n"
    started = 1
  }
  if (general != "") commands = commands (started ? ".br\n" : "") esc(general) "\n"
  n = 0
  general = ""
}
function append(s, t) { return s (s == "" ? "" : " ") t }
# An entry of "Commands:" starts at column 3 and its syntax goes on at columns 4-30; a
# description stands after two spaces on a syntax line, or alone from column 31 on, where it
# continues the description of the syntax line above it, if that had one.
function command_line(l,   indent, at) {
  match(l, /^ */)
  indent = RLENGTH
  l = substr(l, indent + 1)
  if (indent == 2) flush()
  if (indent > 30) {
    if (n > 0 && desc[n] != "" && general == "") desc[n] = append(desc[n], l)
    else general = append(general, l)
    return
  }
  at = match(l, /  +/)
  n++
  syntax[n] = at ? substr(l, 1, at - 1) : l
  desc[n] = at ? substr(l, at + RLENGTH) : ""
}
BEGIN {
  state = "usage"
  while ((getline l < helpfile) > 0) {
    if (state == "usage") {
      if (l == "") { state = "between"; continue }
      sub(/^(Usage:)? +/, "", l)
      synopsis = synopsis (synopsis == "" ? "" : ".br\n") "\\fB" esc(l) "\\fR\n"
    } else if (state == "between") {
      if (l == "Commands:") state = "commands"
    } else if (state == "commands") {
      if (l == "") { flush(); state = "closing"; continue }
      command_line(l)
    } else {
      closing = closing (l == "" ? ".PP\n" : esc(l) "\n")
    }
  }
  flush()
}
/^\.\\" @SYNOPSIS@$/ { printf "%s", synopsis; next }
/^\.\\" @COMMANDS@$/ { printf "%s", commands; if (closing != "") printf ".PP\n%s", closing; next }
{ gsub(/@VERSION@/, version); print }
' "$template" >"$out.tmp"
mv "$out.tmp" "$out"
