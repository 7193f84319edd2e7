#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Brings resources/translations/ardesk_<language>.ts up to date with the sources.

English (the default): runs lupdate over src/ and ui/ keeping only plural ("%n") messages: the
English catalogue exists to give "%n day(s)" its forms "1 day" / "2 days"; every other string is
already English. New messages whose source has exactly one "(s)" are filled in ("%n file(s)" ->
"%n file" / "%n files") and listed for review; the rest (a verb that agrees, "is/are", two
counts) stay unfinished for a person to translate in Linguist or by hand.

Another language (--language de): lupdate keeps ALL messages; a message whose source vanished
is kept as obsolete (type="vanished"), so a translation is not lost when a string comes back.
--import FILE... reads translations from JSON (a list of {"context", "source", "comment",
"translation"}; translation is a string, or a list of the numerus forms for "%n" messages) and
writes them into the catalogue as finished (a later file wins over an earlier one). Every finished translation is then checked: the same
placeholders (%1, %L1, %n), one accelerator (&) if the source has one, the same rich-text tags.

tests/core/tst_translations fails while any message is unfinished or fails these checks.

Usage: scripts/update-translations.py [--language de] [--import FILE...] [--lupdate PATH]
Exit status: 0 when every message is finished and passes the checks, 1 otherwise.
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LOCALES = {"en": "en_US", "de": "de_DE"}


def ts_path(language):
    return os.path.join(ROOT, "resources", "translations", f"ardesk_{language}.ts")


def tool(name, given):
    if given:
        return given
    for candidate in (shutil.which(name + "6"), shutil.which(name),
                      os.path.join("/usr/lib/qt6/bin", name)):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    sys.exit(f"update-translations: {name} not found (package qt6-l10n-tools)")


def fill_english(path):
    tree = ET.parse(path)
    filled, left = [], []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source")
            if source.count("(s)") != 1:
                left.append((name, source))
                continue
            forms = translation.findall("numerusform")
            forms[0].text = source.replace("(s)", "")
            forms[1].text = source.replace("(s)", "s")
            del translation.attrib["type"]
            filled.append((name, source))
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled, left


PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>")


def accelerators(text):
    """The accelerator letters of text: "&&" is a literal ampersand, "&x" marks x."""
    return [m.group(1) for m in re.finditer(r"&(.)", text.replace("&&", "")) if m.group(1) != " "]


def problems_of(source, texts, numerus):
    """What is wrong with the translation texts (one, or the numerus forms) of source."""
    found = []
    if numerus and len(texts) != 2:
        found.append(f"{len(texts)} numerus forms, German has 2")
    for text in texts:
        if not text:
            found.append("empty translation")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            # A singular form may spell "%n" out, but never loses another placeholder.
            src = sorted(p for p in PLACEHOLDER.findall(source) if p != "%n")
            got = sorted(p for p in PLACEHOLDER.findall(text) if p != "%n")
            if src != got or not numerus:
                found.append(f"placeholders {PLACEHOLDER.findall(source)} -> "
                             f"{PLACEHOLDER.findall(text)}: {text!r}")
        if len(accelerators(source)) != len(accelerators(text)):
            found.append(f"accelerators {accelerators(source)} -> {accelerators(text)}: {text!r}")
        if "<" in source and sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
            found.append(f"markup {sorted(TAG.findall(source))} -> "
                         f"{sorted(TAG.findall(text))}: {text!r}")
        if source.endswith("…") != text.endswith("…"):
            found.append(f"trailing ellipsis: {text!r}")
    return found


def key_of(context, source, comment):
    return (context, source, comment or "")


def read_json(paths):
    entries = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for entry in json.load(f):
                entries[key_of(entry["context"], entry["source"], entry.get("comment"))] = \
                    entry["translation"]
    return entries


def import_and_check(path, imported):
    """Writes the imported translations into the catalogue at path; returns its problems."""
    tree = ET.parse(path)
    used, unfinished, bad = set(), [], []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            source = message.findtext("source")
            key = key_of(name, source, message.findtext("comment"))
            numerus = message.get("numerus") == "yes"
            if key in imported:
                used.add(key)
                value = imported[key]
                forms = value if isinstance(value, list) else [value]
                if numerus:
                    for form in translation.findall("numerusform"):
                        translation.remove(form)
                    for text in forms:
                        ET.SubElement(translation, "numerusform").text = text
                else:
                    translation.text = forms[0]
                translation.attrib.pop("type", None)
            if translation.get("type") == "unfinished":
                unfinished.append((name, source))
                continue
            texts = ([f.text or "" for f in translation.findall("numerusform")] if numerus
                     else [translation.text or ""])
            for problem in problems_of(source, texts, numerus):
                bad.append((name, source, problem))
    tree.write(path, encoding="utf-8", xml_declaration=True)
    unused = [k for k in imported if k not in used]
    return unfinished, bad, unused


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="en", choices=sorted(LOCALES))
    parser.add_argument("--import", dest="imports", nargs="*", default=[],
                        help="JSON files (globs allowed) with translations to merge in")
    parser.add_argument("--lupdate")
    parser.add_argument("--lconvert")
    args = parser.parse_args()
    ts = ts_path(args.language)
    os.makedirs(os.path.dirname(ts), exist_ok=True)
    locale = LOCALES[args.language]
    options = ["-locations", "none", "-source-language", "en_US", "-target-language", locale]
    if args.language == "en":
        options = ["-pluralonly", "-no-obsolete"] + options
    subprocess.run([tool("lupdate", args.lupdate), "-silent"] + options + ["src", "ui", "-ts", ts],
                   cwd=ROOT, check=True)
    if args.language == "en":
        filled, left = fill_english(ts)
        bad, unused = [], []
    else:
        # In the order given (a glob's files sorted): a later file's translation wins.
        paths = [p for pattern in args.imports for p in sorted(glob.glob(pattern))]
        filled = []
        left, bad, unused = import_and_check(ts, read_json(paths))
        for path in paths:
            print(f"imported  {path}")
    # lconvert writes the file back in lupdate's own layout, so the next run changes nothing.
    subprocess.run([tool("lconvert", args.lconvert), "-i", ts, "-o", ts], check=True)
    for context, source in filled:
        print(f"filled    {context}: {source}")
    for context, source in left:
        print(f"UNFINISHED {context}: {source}")
    for context, source, problem in bad:
        print(f"CHECK     {context}: {source!r}: {problem}")
    for context, source, comment in unused:
        print(f"unused    {context}: {source!r} (no such message in the sources)")
    print(f"{os.path.relpath(ts, ROOT)}: {len(left)} unfinished, {len(bad)} failing the checks",
          file=sys.stderr)
    return 1 if left or bad else 0


if __name__ == "__main__":
    sys.exit(main())
