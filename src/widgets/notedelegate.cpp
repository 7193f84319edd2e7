// SPDX-License-Identifier: MIT
#include "widgets/notedelegate.h"

#include "widgets/appearance.h"

#include "core/support/dateformat.h"
#include "core/support/timeutil.h"
#include "models/notetimelinemodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QIcon>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>

namespace ardesk {

namespace {
QString iconFor(const QString &channel)
{
    if (channel == QLatin1String("call"))
        return QStringLiteral(":/ardesk/icons/phone.svg");
    if (channel == QLatin1String("email"))
        return QStringLiteral(":/ardesk/icons/envelope.svg");
    if (channel == QLatin1String("text"))
        return QStringLiteral(":/ardesk/icons/text.svg");
    if (channel == QLatin1String("meeting"))
        return QStringLiteral(":/ardesk/icons/users.svg");
    if (channel == QLatin1String("letter"))
        return QStringLiteral(":/ardesk/icons/letter.svg");
    return QStringLiteral(":/ardesk/icons/note.svg");
}
/// An e-mail address in a note, with or without "mailto:" before it.
const QRegularExpression &mailPattern()
{
    static const QRegularExpression pattern(
            QStringLiteral("(?:mailto:)?([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})"));
    return pattern;
}

QString escaped(const QString &plain)
{
    return plain.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

/// A note's text as HTML: escaped, line breaks kept, each address a mailto: link.
QString withMailLinks(const QString &text)
{
    QString html;
    qsizetype done = 0;
    for (auto it = mailPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        html += escaped(text.mid(done, m.capturedStart() - done));
        html += QStringLiteral("<a href=\"mailto:%1\">%2</a>")
                        .arg(m.captured(1).toHtmlEscaped(), m.captured(0).toHtmlEscaped());
        done = m.capturedEnd();
    }
    return html + escaped(text.mid(done));
}
} // namespace

QStringList NoteDelegate::mailAddresses(const QString &text)
{
    QStringList addresses;
    for (auto it = mailPattern().globalMatch(text); it.hasNext();) {
        const QString address = it.next().captured(1);
        if (!addresses.contains(address, Qt::CaseInsensitive))
            addresses << address;
    }
    return addresses;
}

NoteDelegate::NoteDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QString NoteDelegate::html(const QModelIndex &index) const
{
    using M = NoteTimelineModel;
    const QDateTime at = index.data(M::OccurredAtRole).toDateTime();
    const QDateTime occurred = at.toLocalTime();
    QString when = dateformat::dateTime(m_locale, occurred);
    if (const QString marker = timeutil::zoneMarker(at, QTimeZone::systemTimeZone(), m_companyZone);
        !marker.isEmpty())
        when += u' ' + marker;
    // Colours from the scheme (readable on light and dark); each one repeats words shown.
    const QPalette palette = QApplication::palette();
    const QString muted = Appearance::text(Appearance::Tone::Muted, palette).name();
    QString h = QStringLiteral("<b>%1</b> &nbsp;<span style='color:%4'>%2 · %3</span>")
                        .arg(index.data(M::HeaderRole).toString().toHtmlEscaped(),
                             when.toHtmlEscaped(),
                             index.data(M::AuthorRole).toString().toHtmlEscaped(), muted);
    if (index.data(M::RevisedRole).toBool())
        h += QStringLiteral(" <span style='color:%2'>(%1)</span>")
                     .arg(tr("revised %1×").arg(index.data(M::RevisionRole).toInt() - 1),
                          Appearance::text(Appearance::Tone::Warning, palette).name());
    const QString text = index.data(M::TextRole).toString();
    if (!text.isEmpty())
        h += QStringLiteral("<br>") + withMailLinks(text);
    if (const QString fields = index.data(M::FieldsSummaryRole).toString(); !fields.isEmpty())
        h += QStringLiteral("<br><span style='color:%2'>%1</span>")
                     .arg(fields.toHtmlEscaped(),
                          Appearance::text(Appearance::Tone::Info, palette).name());
    QStringList foot;
    if (const QString inv = index.data(M::InvoicesRole).toString(); !inv.isEmpty())
        foot << tr("Invoices: %1").arg(inv).toHtmlEscaped();
    const QDate next = index.data(M::NextContactRole).toDate();
    if (next.isValid())
        foot << tr("Next contact %1").arg(dateformat::date(m_locale, next));
    else if (index.data(M::NoFollowUpRole).toBool())
        foot << tr("No follow-up needed");
    // Attachment chips: name, size and type; a type mismatch in red with a warning sign.
    const QStringList chips = index.data(M::AttachmentChipsRole).toStringList();
    const QVariantList mismatch = index.data(M::AttachmentMismatchRole).toList();
    const Appearance::Band bad = Appearance::band(Appearance::Tone::Error, palette);
    const Appearance::Band chip = Appearance::band(Appearance::Tone::Info, palette);
    for (int i = 0; i < chips.size(); ++i) {
        const bool wrong = mismatch.value(i).toBool();
        const Appearance::Band &b = wrong ? bad : chip;
        const QString shown = wrong ? QStringLiteral("&#9888; ")
                        + tr("Type mismatch: %1").arg(chips.at(i)).toHtmlEscaped()
                                    : chips.at(i).toHtmlEscaped();
        foot << QStringLiteral("<span style='background:%1;color:%2'>&nbsp;%3&nbsp;</span>")
                        .arg(b.background.name(), b.text.name(), shown);
    }
    if (!foot.isEmpty())
        h += QStringLiteral("<br><span style='color:%2'>%1</span>")
                     .arg(foot.join(QStringLiteral(" &nbsp; ")), muted);
    return h;
}

QPoint NoteDelegate::layOut(QTextDocument &doc, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const QRect r = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    doc.setHtml(html(index));
    doc.setTextWidth(r.width() - kIcon - kMargin);
    return QPoint(r.left() + kIcon + kMargin, r.top());
}

QString NoteDelegate::anchorAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                               const QPoint &pos) const
{
    QTextDocument doc;
    const QPoint origin = layOut(doc, option, index);
    return doc.documentLayout()->anchorAt(pos - origin);
}

bool NoteDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                               const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QString anchor = mouse->button() == Qt::LeftButton
                ? anchorAt(option, index, mouse->position().toPoint())
                : QString();
        if (anchor.startsWith(QLatin1String("mailto:"))) {
            Q_EMIT linkActivated(QUrl(anchor));
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

void NoteDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect r = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    QIcon(iconFor(index.data(NoteTimelineModel::ChannelRole).toString()))
            .paint(painter, QRect(r.left(), r.top() + 2, kIcon, kIcon));
    QTextDocument doc;
    painter->translate(layOut(doc, option, index));
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette = option.palette;
    if (option.state & QStyle::State_Selected) {
        ctx.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
        ctx.palette.setColor(QPalette::Link, option.palette.color(QPalette::HighlightedText));
    }
    doc.documentLayout()->draw(painter, ctx);
    painter->restore();
    painter->save();
    painter->setPen(option.palette.color(QPalette::Midlight));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    painter->restore();
}

QSize NoteDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument doc;
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    doc.setHtml(html(index));
    const int width = std::max(200, option.rect.width()) - 3 * kMargin - kIcon;
    doc.setTextWidth(width);
    return QSize(width, int(doc.size().height()) + 2 * kMargin + 1);
}

} // namespace ardesk
