#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Brings resources/translations/ardesk_en.ts up to date with the sources.

Runs lupdate over src/ and ui/ keeping only plural ("%n") messages: the English catalogue exists
to give "%n day(s)" its forms "1 day" / "2 days"; every other string is already English. New
messages whose source has exactly one "(s)" are filled in ("%n file(s)" -> "%n file" /
"%n files") and listed for review; the rest (a verb that agrees, "is/are", two counts) stay
unfinished for a person to translate in Linguist or by hand. tests/core/tst_translations fails
while any plural message is unfinished.

Usage: scripts/update-translations.py [--lupdate PATH]
"""
import argparse
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS = os.path.join(ROOT, "resources", "translations", "ardesk_en.ts")


def tool(name, given):
    if given:
        return given
    for candidate in (shutil.which(name + "6"), shutil.which(name),
                      os.path.join("/usr/lib/qt6/bin", name)):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    sys.exit(f"update-translations: {name} not found (package qt6-l10n-tools)")


def fill(path):
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lupdate")
    parser.add_argument("--lconvert")
    args = parser.parse_args()
    os.makedirs(os.path.dirname(TS), exist_ok=True)
    subprocess.run([tool("lupdate", args.lupdate), "-pluralonly", "-locations", "none",
                    "-no-obsolete", "-source-language", "en_US", "-target-language", "en_US",
                    "src", "ui", "-ts", TS], cwd=ROOT, check=True)
    filled, left = fill(TS)
    # lconvert writes the file back in lupdate's own layout, so the next run changes nothing.
    subprocess.run([tool("lconvert", args.lconvert), "-i", TS, "-o", TS], check=True)
    for context, source in filled:
        print(f"filled    {context}: {source}")
    for context, source in left:
        print(f"UNFINISHED {context}: {source}")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
