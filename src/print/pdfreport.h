// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ardesk {

/// A simple flowing A4 document written to PDF with Qt's own writer (QPdfWriter + QPainter):
/// titles, headings, wrapped paragraphs and tables whose header repeats on every page, paginated
/// in a first pass so that every page's footer can say "Page x of y". What StatementPdf and
/// CaseFilePdf are built from. Needs a QGuiApplication (fonts); not thread-safe across threads
/// sharing one instance, but separate instances may render on a worker thread.
class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)

public:
    enum class Style { Title, Heading, Body, Bold, Small, Mono };
    struct Column
    {
        qreal share = 1; ///< its part of the text width (shares are added up)
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    /// The footer of page `page` (1-based) of `pages`: lines printed at the foot, the first one
    /// with "Page x of y" at its right.
    using Footer = std::function<QStringList(int page, int pages)>;

    explicit PdfReport(QString title);

    void addTitle(const QString &text);
    void addHeading(const QString &text);
    /// Wrapped at word boundaries (line breaks in `text` kept).
    void addParagraph(const QString &text, Style style = Style::Body);
    void addSpace(qreal millimetres);
    /// A table with `header` cells; the header is printed again at the top of every page the
    /// table continues on. Rows follow with addRow() until endTable().
    void beginTable(const QList<Column> &columns, const QStringList &header);
    /// One row of the current table: cells too wide are wrapped within their column.
    void addRow(const QStringList &cells, Style style = Style::Body);
    void endTable();
    void setFooter(Footer footer) { m_footer = std::move(footer); }

    /// The document as PDF bytes (A4, the company's text in the system's sans-serif font).
    Result<QByteArray> toPdf() const;
    /// The number of pages the last toPdf() produced.
    int lastPageCount() const { return m_lastPages; }

private:
    struct Op
    {
        enum Kind { Title, Heading, Paragraph, Space, Table, Row, EndTable } kind;
        QString text;
        QStringList cells;
        Style style = Style::Body;
        qreal millimetres = 0;
        QList<Column> columns;
    };
    QString m_title;
    QList<Op> m_ops;
    Footer m_footer;
    mutable int m_lastPages = 0;
};

} // namespace ardesk
