// SPDX-License-Identifier: MIT
#include "widgets/guidebrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

namespace ardesk {
namespace {

/// At most this many matches are marked (all are counted): a common word stays quick.
constexpr int kMaxMarks = 2000;

bool isGuidePage(const QUrl &page)
{
    return page.scheme() == QLatin1String("qrc")
            && page.path().endsWith(QLatin1String(".md"), Qt::CaseInsensitive)
            && QFile::exists(u':' + page.path());
}

} // namespace

GuideBrowser::GuideBrowser(QWidget *parent)
    : QTextBrowser(parent)
    , m_refit(new QTimer(this))
{
    setObjectName(QStringLiteral("guideBrowser"));
    // Links are followed here: anchors scroll to headings, pages keep a way back.
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &GuideBrowser::followLink);
    connect(this, &QTextBrowser::sourceChanged, this, &GuideBrowser::pageLoaded);
    m_refit->setSingleShot(true);
    m_refit->setInterval(120);
    connect(m_refit, &QTimer::timeout, this, &GuideBrowser::fitImages);
}

bool GuideBrowser::openPage(const QUrl &url)
{
    const QUrl page = url.adjusted(QUrl::RemoveFragment);
    if (page != m_page) {
        if (!isGuidePage(page))
            return false;
        setSource(page, QTextDocument::MarkdownResource);
    }
    if (!url.fragment().isEmpty() && scrollToHeading(url.fragment()))
        return true;
    moveCursor(QTextCursor::Start);
    verticalScrollBar()->setValue(0);
    return true;
}

void GuideBrowser::pageLoaded(const QUrl &url)
{
    m_page = url.adjusted(QUrl::RemoveFragment);
    setExtraSelections({});
    readHeadings();
    m_fittedWidth = 0;
    fitImages();
}

QString GuideBrowser::anchorOf(const QString &heading)
{
    QString anchor;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber() || c.isMark() || c == u'-' || c == u'_')
            anchor += c;
        else if (c == u' ')
            anchor += u'-';
    }
    return anchor;
}

void GuideBrowser::readHeadings()
{
    m_headings.clear();
    QHash<QString, int> used; // GitHub numbers a repeated anchor: "notes", "notes-1", …
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        const int level = b.blockFormat().headingLevel();
        if (level <= 0)
            continue;
        Heading h {level, b.text().trimmed(), anchorOf(b.text().trimmed()), b.position()};
        if (const int n = used.value(h.anchor, 0); n > 0)
            h.anchor += QStringLiteral("-%1").arg(n);
        used[anchorOf(h.text)] += 1;
        m_headings.append(h);
    }
}

bool GuideBrowser::scrollToHeading(const QString &anchor)
{
    for (const Heading &h : std::as_const(m_headings)) {
        if (h.anchor != anchor)
            continue;
        settleLayout();
        const QTextBlock block = document()->findBlock(h.position);
        setTextCursor(QTextCursor(block));
        const QRectF where = document()->documentLayout()->blockBoundingRect(block);
        verticalScrollBar()->setValue(int(where.top()));
        return true;
    }
    return false;
}

void GuideBrowser::settleLayout()
{
    // A section opened in the moment after a resize lands where it will be drawn: the pending
    // refit of the pictures is done first, and the rest of the page laid out.
    if (m_refit->isActive()) {
        m_refit->stop();
        fitImages();
    }
    (void)document()->documentLayout()->documentSize();
}

GuideBrowser::Heading GuideBrowser::headingAtTop() const
{
    // The first line under the top edge: the section it belongs to.
    const int position = cursorForPosition(QPoint(8, 8)).position();
    Heading at;
    for (const Heading &h : m_headings) {
        if (h.position > position)
            break;
        at = h;
    }
    return at;
}

void GuideBrowser::followLink(const QUrl &url)
{
    const QUrl target = m_page.resolved(url);
    if (target.scheme() != QLatin1String("qrc")) {
        QDesktopServices::openUrl(target); // the web, mail: the desktop's own programs
        return;
    }
    const Place here {m_page, verticalScrollBar()->value()};
    if (!openPage(target)) {
        Q_EMIT missingPage(target);
        return;
    }
    m_back.append(here);
    Q_EMIT backAvailable(true);
}

bool GuideBrowser::back()
{
    if (m_back.isEmpty())
        return false;
    const Place place = m_back.takeLast();
    openPage(place.page);
    verticalScrollBar()->setValue(place.scroll);
    Q_EMIT backAvailable(!m_back.isEmpty());
    return true;
}

GuideBrowser::FindResult GuideBrowser::find(const QString &text, FindStep step)
{
    if (text.isEmpty()) {
        setExtraSelections({});
        return {};
    }
    QList<QTextCursor> matches;
    for (QTextCursor c = document()->find(text, 0); !c.isNull(); c = document()->find(text, c))
        matches.append(c);
    if (matches.isEmpty()) {
        setExtraSelections({});
        return {0, 0};
    }
    const QTextCursor at = textCursor();
    const int from = at.selectionStart();
    int current = -1;
    if (step == FindStep::Previous) {
        for (int i = int(matches.size()) - 1; i >= 0 && current < 0; --i) {
            if (matches.at(i).selectionStart() < from)
                current = i;
        }
        if (current < 0)
            current = int(matches.size()) - 1; // wrapped to the end
    } else {
        // Next moves past the selected match; as the user types, the match may stay put.
        const bool past = step == FindStep::Next && at.hasSelection();
        for (int i = 0; i < matches.size() && current < 0; ++i) {
            const int start = matches.at(i).selectionStart();
            if (past ? start > from : start >= from)
                current = i;
        }
        if (current < 0)
            current = 0; // wrapped to the start
    }
    setTextCursor(matches.at(current));
    ensureCursorVisible();
    markMatches(matches, current);
    return {current + 1, int(matches.size())};
}

void GuideBrowser::markMatches(const QList<QTextCursor> &matches, int current)
{
    QList<ExtraSelection> marks;
    QTextCharFormat other;
    other.setBackground(QColor(0xff, 0xf1, 0x76));
    other.setForeground(QColor(Qt::black));
    QTextCharFormat selected = other;
    selected.setBackground(QColor(0xff, 0x98, 0x00));
    for (int i = 0; i < matches.size() && marks.size() < kMaxMarks; ++i)
        marks.append({matches.at(i), i == current ? selected : other});
    if (current >= kMaxMarks)
        marks.append({matches.at(current), selected});
    setExtraSelections(marks);
}

void GuideBrowser::resizeEvent(QResizeEvent *event)
{
    // The text reflows to the new width: what was read at the top stays there.
    const ReadingPoint reading = readingPoint();
    QTextBrowser::resizeEvent(event);
    keep(reading);
    m_refit->start();
}

GuideBrowser::ReadingPoint GuideBrowser::readingPoint() const
{
    if (verticalScrollBar()->value() == 0)
        return {}; // the top of the page stays the top
    const int position = cursorForPosition(QPoint(0, 0)).position();
    return {position, cursorRect(cursorAt(position)).top()};
}

void GuideBrowser::keep(const ReadingPoint &reading)
{
    if (reading.position < 0)
        return;
    const int now = cursorRect(cursorAt(reading.position)).top();
    verticalScrollBar()->setValue(verticalScrollBar()->value() + now - reading.offset);
}

void GuideBrowser::fitImages()
{
    // Screenshots are as wide as the window they show: each is drawn at most as wide as the
    // page, its proportions kept.
    const int width = viewport()->width() - int(2 * document()->documentMargin()) - 8;
    if (width <= 0 || width == m_fittedWidth)
        return;
    m_fittedWidth = width;
    struct Image
    {
        int position;
        QTextImageFormat format;
    };
    QList<Image> images;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.isValid() && f.charFormat().isImageFormat())
                images.append({f.position(), f.charFormat().toImageFormat()});
        }
    }
    // What is read at the top stays there while the pictures above it change height.
    const ReadingPoint reading = readingPoint();
    // One change for all the pictures, laid out once. Changed one by one while the page was still
    // being laid out a piece at a time (after a resize), Qt left the text below a table where it
    // was: a heading was found a section lower than it is drawn, and the end of the page could
    // not be scrolled to.
    QTextCursor edit(document());
    edit.beginEditBlock();
    for (Image &image : images) {
        const QUrl name(image.format.name());
        QImage picture = document()->resource(QTextDocument::ImageResource, name).value<QImage>();
        if (picture.isNull()) {
            picture = QImage::fromData(
                    loadResource(QTextDocument::ImageResource, name).toByteArray());
            if (picture.isNull())
                continue;
            document()->addResource(QTextDocument::ImageResource, name, picture);
        }
        const int drawn = std::min(picture.width(), width);
        image.format.setWidth(drawn);
        image.format.setHeight(qreal(picture.height()) * drawn / picture.width());
        edit.setPosition(image.position);
        edit.setPosition(image.position + 1, QTextCursor::KeepAnchor);
        edit.setCharFormat(image.format);
    }
    edit.endEditBlock();
    keep(reading);
}

QTextCursor GuideBrowser::cursorAt(int position) const
{
    QTextCursor c(document());
    c.setPosition(position);
    return c;
}

} // namespace ardesk
