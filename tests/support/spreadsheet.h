// SPDX-License-Identifier: MIT
#pragma once
// Reading exported files back as a spreadsheet program would, with readers that are not ours:
// Python's csv module for CSV, the XLSX zip's own XML for workbooks.

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace ardesk::test {

/// Runs Debian's python3 (not a pyenv one) with a script and arguments; stdout, or empty on
/// failure (the error goes to `error`).
inline QByteArray runPython(const QString &script, const QStringList &args,
                            QString *error = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), QStringList {QStringLiteral("-c"), script} + args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return p.readAllStandardOutput();
}

/// The rows of a CSV file as Python's csv module reads it (RFC 4180; a UTF-8 BOM is dropped).
inline QList<QStringList> readCsv(const QString &path, QChar delimiter = u',')
{
    const QString script = QStringLiteral(
            "import csv, json, sys\n"
            "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
            "    print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2], strict=True))))\n");
    const QJsonArray rows
            = QJsonDocument::fromJson(runPython(script, {path, QString(delimiter)})).array();
    QList<QStringList> out;
    for (const auto &r : rows) {
        QStringList cells;
        for (const auto &c : r.toArray())
            cells << c.toString();
        out << cells;
    }
    return out;
}

/// One member of a zip file (an XLSX part), or empty when it is not there.
inline QByteArray zipMember(const QString &path, const QString &member)
{
    return runPython(QStringLiteral("import sys, zipfile\n"
                                    "z = zipfile.ZipFile(sys.argv[1])\n"
                                    "sys.stdout.buffer.write(z.read(sys.argv[2]) if sys.argv[2] in "
                                    "z.namelist() else b'')\n"),
                     {path, member});
}

/// A cell of a worksheet's XML: its type attribute ("inlineStr", "s", "str", "" for a number),
/// its style index, its value text (a number, or the string itself), and whether it holds a
/// formula (`<f>`).
struct SheetCell
{
    QString type;
    int style = 0;
    QString value;
    bool formula = false;
};

/// Excel's escape for control characters in cell text (`_x000D_` is a carriage return), undone
/// as Excel reads it.
inline QString unescapeExcel(const QString &text)
{
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype from = 0;
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(from, m.capturedStart() - from);
        out += QChar(m.captured(1).toUShort(nullptr, 16));
        from = m.capturedEnd();
    }
    return out + text.mid(from);
}

/// Cells of xl/worksheets/sheet1.xml by reference ("A1", "B2", …). Shared strings are resolved.
inline QHash<QString, SheetCell> readSheet(const QString &xlsxPath)
{
    QStringList shared;
    {
        QXmlStreamReader x(zipMember(xlsxPath, QStringLiteral("xl/sharedStrings.xml")));
        QString current;
        bool inSi = false;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("si")) {
                inSi = true;
                current.clear();
            } else if (x.isStartElement() && x.name() == QLatin1String("t") && inSi) {
                current += unescapeExcel(x.readElementText());
            } else if (x.isEndElement() && x.name() == QLatin1String("si")) {
                shared << current;
                inSi = false;
            }
        }
    }
    QHash<QString, SheetCell> cells;
    QXmlStreamReader x(zipMember(xlsxPath, QStringLiteral("xl/worksheets/sheet1.xml")));
    QString ref;
    SheetCell cell;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("c")) {
            ref = x.attributes().value(QLatin1String("r")).toString();
            cell = SheetCell {};
            cell.type = x.attributes().value(QLatin1String("t")).toString();
            cell.style = x.attributes().value(QLatin1String("s")).toInt();
        } else if (x.isStartElement() && x.name() == QLatin1String("f")) {
            cell.formula = true;
        } else if (x.isStartElement() && x.name() == QLatin1String("v")) {
            cell.value = x.readElementText();
            if (cell.type == QLatin1String("s"))
                cell.value = shared.value(cell.value.toInt());
        } else if (x.isStartElement() && x.name() == QLatin1String("t")) {
            cell.value += unescapeExcel(x.readElementText()); // an inline string
        } else if (x.isEndElement() && x.name() == QLatin1String("c")) {
            cells.insert(ref, cell);
        }
    }
    return cells;
}

} // namespace ardesk::test
