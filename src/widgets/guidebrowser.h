// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QTextBrowser>
#include <QUrl>

class QTimer;

namespace ardesk {

/// The user guide's pages (Markdown compiled into the resources under qrc:/ardesk/docs/) in a
/// browser: every heading reachable by its GitHub anchor ("#users-and-roles"), links between
/// pages followed with a way back, links out of the guide opened by the desktop, screenshots
/// fitted to the width, and find with every match marked.
class GuideBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    struct Heading
    {
        int level = 0; ///< 1 for "#", 2 for "##", …
        QString text;
        QString anchor; ///< GitHub's: "Users and roles" → "users-and-roles"
        int position = 0; ///< where the heading starts in the document
    };
    /// Where find() looks from: the current match itself (as the user types), or past it.
    enum class FindStep { FromCurrent, Next, Previous };
    struct FindResult
    {
        int index = 0; ///< the selected match, from 1; 0 when nothing matches
        int count = 0;
    };

    explicit GuideBrowser(QWidget *parent = nullptr);

    /// Opens a page of the guide (`qrc:/ardesk/docs/….md`, optionally with a #anchor). False,
    /// with nothing changed, when the page is not part of the guide ARDesk carries.
    bool openPage(const QUrl &url);
    /// The page shown, without an anchor.
    QUrl page() const { return m_page; }
    const QList<Heading> &headings() const { return m_headings; }
    /// Puts the heading with `anchor` at the top; false when the page has none.
    bool scrollToHeading(const QString &anchor);
    /// The heading whose section is at the top of the view (empty anchor: before the first).
    Heading headingAtTop() const;
    /// GitHub's anchor for a heading: lower case, punctuation dropped, spaces to '-'.
    static QString anchorOf(const QString &heading);

    /// Finds `text` in the page, case-insensitive, wrapping at the ends; selects the match,
    /// scrolls to it and marks every other match. Empty text clears the marks.
    FindResult find(const QString &text, FindStep step);
    /// Goes back to where the last link was followed from; false when there is nowhere.
    bool back();
    bool canGoBack() const { return !m_back.isEmpty(); }

Q_SIGNALS:
    void backAvailable(bool available);
    /// A link pointed at a page the guide does not carry.
    void missingPage(const QUrl &url);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Place
    {
        QUrl page;
        int scroll = 0;
    };
    void followLink(const QUrl &url);
    /// After a page loads: its headings and anchors, its images fitted, the old marks gone.
    void pageLoaded(const QUrl &url);
    void readHeadings();
    void fitImages();
    /// Before a scroll to a heading: a pending refit of the pictures done, the page laid out.
    void settleLayout();
    QTextCursor cursorAt(int position) const;
    /// The text at the top of the view and how far above the edge its line starts.
    struct ReadingPoint
    {
        int position = -1; ///< -1: the view is at the top of the page
        int offset = 0;
    };
    ReadingPoint readingPoint() const;
    /// Scrolls so that the text read at the top is there again after a relayout.
    void keep(const ReadingPoint &reading);
    void markMatches(const QList<QTextCursor> &matches, int current);

    QUrl m_page;
    QList<Heading> m_headings;
    QList<Place> m_back;
    QTimer *m_refit;
    int m_fittedWidth = 0;
};

} // namespace ardesk
