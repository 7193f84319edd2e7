// SPDX-License-Identifier: MIT
#include "print/pdfreport.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace ardesk {

namespace {

constexpr int kDpi = 300;
constexpr qreal kMarginMm = 18;
constexpr qreal kCellPaddingMm = 1.2;

qreal mm(qreal millimetres)
{
    return millimetres * kDpi / 25.4;
}

QFont fontFor(PdfReport::Style style)
{
    QFont f(style == PdfReport::Style::Mono ? QStringLiteral("DejaVu Sans Mono")
                                            : QStringLiteral("DejaVu Sans"));
    f.setStyleHint(style == PdfReport::Style::Mono ? QFont::Monospace : QFont::SansSerif);
    // No ligatures: "fi" stays two letters, so the text copied or searched in the PDF is the text.
    f.setStyleStrategy(QFont::PreferNoShaping);
    switch (style) {
    case PdfReport::Style::Title:
        f.setPointSizeF(16);
        f.setBold(true);
        break;
    case PdfReport::Style::Heading:
        f.setPointSizeF(11.5);
        f.setBold(true);
        break;
    case PdfReport::Style::Bold:
        f.setPointSizeF(9);
        f.setBold(true);
        break;
    case PdfReport::Style::Small:
    case PdfReport::Style::Mono:
        f.setPointSizeF(7.5);
        break;
    case PdfReport::Style::Body:
        f.setPointSizeF(9);
        break;
    }
    return f;
}

/// `text` broken into lines no wider than `width` (at spaces; a word wider than a line is cut).
QStringList wrap(const QString &text, const QFontMetricsF &fm, qreal width)
{
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n')) {
        QString line;
        for (const QString &word : paragraph.split(u' ')) {
            const QString tried = line.isEmpty() ? word : line + u' ' + word;
            if (fm.horizontalAdvance(tried) <= width) {
                line = tried;
                continue;
            }
            if (!line.isEmpty())
                lines.append(line);
            line = word;
            while (line.size() > 1 && fm.horizontalAdvance(line) > width) {
                qsizetype fit = line.size() - 1;
                while (fit > 1 && fm.horizontalAdvance(line.left(fit)) > width)
                    --fit;
                lines.append(line.left(fit));
                line = line.mid(fit);
            }
        }
        lines.append(line);
    }
    return lines;
}

/// Something drawn, in the coordinates of its block.
struct Piece
{
    QRectF rect;
    QString text;
    PdfReport::Style style = PdfReport::Style::Body;
    Qt::Alignment alignment = Qt::AlignLeft;
    bool rule = false; ///< a thin line along the bottom of rect instead of text
};

/// What cannot be split across pages: a line of a paragraph, a table row.
struct Block
{
    qreal height = 0;
    QList<Piece> pieces;
    int header = -1; ///< the block repeated above it on a new page (a table's header), or -1
};

/// Lays the operations out into blocks on a device of `width` text width.
class Layout
{
public:
    Layout(QPaintDevice *device, qreal width)
        : m_device(device)
        , m_width(width)
    { }

    QFontMetricsF metrics(PdfReport::Style style) const
    {
        return QFontMetricsF(fontFor(style), m_device);
    }

    void text(const QString &text, PdfReport::Style style, qreal spaceBefore)
    {
        const QFontMetricsF fm = metrics(style);
        bool first = true;
        for (const QString &line : wrap(text, fm, m_width)) {
            Block b;
            const qreal before = first ? spaceBefore : 0;
            b.height = before + fm.lineSpacing();
            b.pieces.append(Piece {QRectF(0, before, m_width, fm.lineSpacing()), line, style,
                                   Qt::AlignLeft, false});
            m_blocks.append(b);
            first = false;
        }
    }
    void space(qreal height) { m_blocks.append(Block {height, {}, -1}); }

    void table(const QList<PdfReport::Column> &columns, const QStringList &header)
    {
        m_columns = columns;
        qreal total = 0;
        for (const auto &c : columns)
            total += c.share;
        m_columnX.clear();
        m_columnW.clear();
        qreal x = 0;
        for (const auto &c : columns) {
            m_columnX.append(x);
            m_columnW.append(m_width * c.share / total);
            x += m_width * c.share / total;
        }
        m_header = -1;
        row(header, PdfReport::Style::Bold);
        m_blocks.last().pieces.append(
                Piece {QRectF(0, 0, m_width, m_blocks.last().height), {}, {}, {}, true});
        m_header = int(m_blocks.size()) - 1;
    }
    void row(const QStringList &cells, PdfReport::Style style)
    {
        const QFontMetricsF fm = metrics(style);
        const qreal pad = mm(kCellPaddingMm);
        Block b;
        b.header = m_header;
        qreal height = fm.lineSpacing();
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const qreal w = m_columnW[i] - 2 * pad;
            const QStringList lines = wrap(cells.value(i), fm, w);
            for (qsizetype l = 0; l < lines.size(); ++l)
                b.pieces.append(Piece {
                        QRectF(m_columnX[i] + pad, pad + l * fm.lineSpacing(), w, fm.lineSpacing()),
                        lines[l], style, m_columns[i].alignment, false});
            height = qMax(height, lines.size() * fm.lineSpacing());
        }
        b.height = height + 2 * pad;
        m_blocks.append(b);
    }
    void endTable() { m_header = -1; }

    const QList<Block> &blocks() const { return m_blocks; }

private:
    QPaintDevice *m_device;
    qreal m_width;
    QList<Block> m_blocks;
    QList<PdfReport::Column> m_columns;
    QList<qreal> m_columnX, m_columnW;
    int m_header = -1;
};

/// Where each block goes: pages of (y, block index).
using Pages = QList<QList<std::pair<qreal, int>>>;

Pages paginate(const QList<Block> &blocks, qreal top, qreal bottom)
{
    Pages pages(1);
    qreal y = top;
    for (int i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks[i];
        if (y + b.height > bottom && y > top) {
            pages.append(QList<std::pair<qreal, int>>());
            y = top;
            if (b.header >= 0) {
                pages.last().append({y, b.header});
                y += blocks[b.header].height;
            }
        }
        pages.last().append({y, i});
        y += b.height;
    }
    return pages;
}

void paint(QPainter &painter, const Block &block, qreal left, qreal y)
{
    for (const Piece &p : block.pieces) {
        const QRectF r = p.rect.translated(left, y);
        if (p.rule) {
            painter.drawLine(QLineF(r.bottomLeft(), r.bottomRight()));
            continue;
        }
        painter.setFont(fontFor(p.style));
        painter.drawText(r, int(p.alignment | Qt::AlignVCenter) | Qt::TextSingleLine, p.text);
    }
}

} // namespace

PdfReport::PdfReport(QString title)
    : m_title(std::move(title))
{ }

void PdfReport::addTitle(const QString &text)
{
    m_ops.append(Op {Op::Title, text, {}, Style::Title, 0, {}});
}

void PdfReport::addHeading(const QString &text)
{
    m_ops.append(Op {Op::Heading, text, {}, Style::Heading, 0, {}});
}

void PdfReport::addParagraph(const QString &text, Style style)
{
    m_ops.append(Op {Op::Paragraph, text, {}, style, 0, {}});
}

void PdfReport::addSpace(qreal millimetres)
{
    m_ops.append(Op {Op::Space, {}, {}, Style::Body, millimetres, {}});
}

void PdfReport::beginTable(const QList<Column> &columns, const QStringList &header)
{
    m_ops.append(Op {Op::Table, {}, header, Style::Bold, 0, columns});
}

void PdfReport::addRow(const QStringList &cells, Style style)
{
    m_ops.append(Op {Op::Row, {}, cells, style, 0, {}});
}

void PdfReport::endTable()
{
    m_ops.append(Op {Op::EndTable, {}, {}, Style::Body, 0, {}});
}

Result<QByteArray> PdfReport::toPdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("could not prepare the PDF in memory"));
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("ARDesk"));

    const qreal left = mm(kMarginMm);
    const qreal width = writer.width() - 2 * left;
    Layout layout(&writer, width);
    for (const Op &op : m_ops) {
        switch (op.kind) {
        case Op::Title:
            layout.text(op.text, Style::Title, 0);
            break;
        case Op::Heading:
            layout.text(op.text, Style::Heading, mm(4));
            break;
        case Op::Paragraph:
            layout.text(op.text, op.style, 0);
            break;
        case Op::Space:
            layout.space(mm(op.millimetres));
            break;
        case Op::Table:
            layout.table(op.columns, op.cells);
            break;
        case Op::Row:
            layout.row(op.cells, op.style);
            break;
        case Op::EndTable:
            layout.endTable();
            break;
        }
    }

    const QFontMetricsF small = layout.metrics(Style::Small);
    const auto footerLines = [&](int page, int pages) {
        QStringList lines;
        if (m_footer)
            for (const QString &line : m_footer(page, pages))
                lines += wrap(line, small, width * 0.82);
        return lines;
    };
    const qreal footerHeight = qMax<qsizetype>(1, footerLines(1, 1).size()) * small.lineSpacing();
    const qreal bottom = writer.height() - mm(kMarginMm) - footerHeight - mm(4);
    const Pages pages = paginate(layout.blocks(), mm(kMarginMm), bottom);

    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(ErrorCode::Io, tr("could not start writing the PDF"));
    QPen pen = painter.pen();
    pen.setWidthF(mm(0.2));
    painter.setPen(pen);
    const int count = int(pages.size());
    for (int p = 0; p < count; ++p) {
        if (p > 0)
            writer.newPage();
        for (const auto &[y, index] : pages[p])
            paint(painter, layout.blocks()[index], left, y);
        painter.setFont(fontFor(Style::Small));
        qreal y = writer.height() - mm(kMarginMm) - footerHeight;
        painter.drawLine(QLineF(left, y - mm(1.5), left + width, y - mm(1.5)));
        const QString pageText = tr("Page %1 of %2").arg(p + 1).arg(count);
        painter.drawText(QRectF(left, y, width, small.lineSpacing()),
                         Qt::AlignRight | Qt::AlignVCenter, pageText);
        for (const QString &line : footerLines(p + 1, count)) {
            painter.drawText(QRectF(left, y, width * 0.82, small.lineSpacing()),
                             Qt::AlignLeft | Qt::AlignVCenter, line);
            y += small.lineSpacing();
        }
    }
    if (!painter.end())
        return makeError(ErrorCode::Io, tr("could not finish the PDF"));
    m_lastPages = count;
    return bytes;
}

} // namespace ardesk
