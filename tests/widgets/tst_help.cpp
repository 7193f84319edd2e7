// SPDX-License-Identifier: MIT
// Help inside the window (#16 item 3), on the real main window under the offscreen platform:
// the user guide (its pictures and links, find), the keyboard shortcuts read from the actions,
// the tooltips, What's this? on the credit, aging and Today columns, and the first-run page of
// an empty company made by `ardesk-cli init`.
#include "core/services/demogenerator.h"
#include "models/clientlistmodel.h"
#include "models/invoicetablemodel.h"
#include "models/todayqueuemodel.h"
#include "widgets/clientdetailstab.h"
#include "widgets/clientlistpane.h"
#include "widgets/clientworkspace.h"
#include "widgets/guidebrowser.h"
#include "widgets/importdialog.h"
#include "widgets/mainwindow.h"
#include "widgets/notecomposer.h"
#include "widgets/notespane.h"
#include "widgets/shortcutsdialog.h"
#include "widgets/todaypane.h"
#include "widgets/userguidedialog.h"
#include "widgets/usersdialog.h"

#include "support/testsupport.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>
#include <QWhatsThis>

using namespace ardesk;
using namespace ardesk::test;

namespace {

/// A link or picture of a page: where it points and where it is in the document.
struct Link
{
    QString target;
    int position = 0;
    bool image = false;
    qreal drawnWidth = 0; ///< a picture's, as the page draws it now
};

QList<Link> linksOf(const QTextDocument *doc)
{
    QList<Link> links;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            const QTextCharFormat format = f.charFormat();
            if (format.isImageFormat())
                links.append({format.toImageFormat().name(), f.position(), true,
                              format.toImageFormat().width()});
            else if (format.isAnchor() && !format.anchorHref().isEmpty())
                links.append({format.anchorHref(), f.position(), false});
        }
    }
    return links;
}

/// The action's text as a user reads it, worked out here rather than by ActionCatalog.
QString readable(const QAction *a)
{
    QString t = a->text();
    t.replace(QLatin1String("&&"), QString(QChar(0x1)));
    t.remove(u'&');
    t.replace(QChar(0x1), u'&');
    if (t.endsWith(u'…'))
        t.chop(1);
    return t.trimmed();
}

/// The What's this? text on screen: Qt shows it as a popup.
QWidget *whatsThisPopup()
{
    return QApplication::activePopupWidget();
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void guideShowsItsPictures();
    void everyLinkOfTheGuideResolves();
    void findSelectsTheWordAndStepsThroughMatches();
    void ctrlFInTheGuideGoesToTheFindField();
    void anInternalLinkScrollsToItsHeading();
    void everySectionOpensAtItsHeadingOnceThePicturesAreFitted();
    void f1OpensTheGuideWhereTheFocusIs();
    void shortcutsDialogListsEveryShortcutOfTheWindow();
    void shortcutsFollowTheActionsAndTheRole();
    void everyActionHasATooltipWithItsShortcut();
    void columnsExplainThemselves();
    void ctrlReturnInTheComposerIsListedAndSaves();
    void firstRunPageUntilAClientExists();
    void anImportEndsTheFirstSteps();
    void cleanupTestCase();

private:
    void screenshot(QWidget *w, const QString &name);
    void openAs(const QString &user);
    UserGuideDialog *guide();
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestHelp::screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ARDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(150); // let freshly shown widgets lay out before the grab
        w->grab().save(dir + u'/' + name);
    }
}

void TestHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ARDeskTest"));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.ardesk"));
    auto db = Database::open(m_path, Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorString()));
    DemoGenerator::Options o;
    o.clients = 40;
    o.seed = 7;
    o.asOf = db.value()->today();
    QVERIFY(DemoGenerator(db.value()).generate(o));
    db.value()->releaseThreadConnection();
    m_window = std::make_unique<MainWindow>();
    m_window->setAutomaticBackupsEnabled(false);
    m_window->resize(1500, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    openAs(QStringLiteral("dana.ortiz"));
}

void TestHelp::openAs(const QString &user)
{
    auto r = m_window->openFile(m_path, user);
    QVERIFY2(r, qPrintable(r.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->clientList()->model()->rowCount(), 40, 10000);
}

UserGuideDialog *TestHelp::guide()
{
    // Shown at its first section, once the page is laid out at the dialog's width.
    UserGuideDialog *dialog = m_window->showUserGuide(QStringLiteral("starting-ardesk"));
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    const bool there = QTest::qWaitFor(
            [dialog] {
                return dialog->browser()->headingAtTop().anchor == QLatin1String("starting-ardesk");
            },
            5000);
    return there ? dialog : nullptr;
}

void TestHelp::guideShowsItsPictures()
{
    QAction *help = m_window->findChild<QAction *>(QStringLiteral("userGuideAction"));
    QVERIFY(help);
    QCOMPARE(help->shortcut(), QKeySequence(Qt::Key_F1));
    help->trigger();
    auto *dialog = m_window->findChild<UserGuideDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    GuideBrowser *browser = dialog->browser();
    QCOMPARE(browser->page(), UserGuideDialog::guideUrl());
    QVERIFY(browser->toPlainText().contains(QLatin1String("Today: the start page")));
    // Rendered, not shown as Markdown source.
    QVERIFY(!browser->toPlainText().contains(QLatin1String("## Today")));
    QStringList headings;
    for (const GuideBrowser::Heading &h : browser->headings())
        headings << h.anchor;
    QVERIFY(headings.contains(QStringLiteral("users-and-roles")));
    QVERIFY(headings.contains(QStringLiteral("help-inside-ardesk")));
    // Every screenshot the guide shows is carried and drawn no wider than the page.
    int pictures = 0;
    QTest::qWait(300); // the pictures are fitted once the page has its width
    for (const Link &l : linksOf(browser->document())) {
        if (!l.image)
            continue;
        ++pictures;
        const QImage image = browser->document()
                                     ->resource(QTextDocument::ImageResource, QUrl(l.target))
                                     .value<QImage>();
        QVERIFY2(!image.isNull(), qPrintable(l.target));
        QVERIFY2(l.drawnWidth > 0 && l.drawnWidth <= browser->viewport()->width(),
                 qPrintable(QStringLiteral("%1 drawn %2 wide in %3")
                                    .arg(l.target)
                                    .arg(l.drawnWidth)
                                    .arg(browser->viewport()->width())));
    }
    QVERIFY2(pictures >= 10, qPrintable(QString::number(pictures)));
    // The contents list holds the sections.
    auto *contents = dialog->findChild<QTreeWidget *>(QStringLiteral("guideContents"));
    QVERIFY(contents);
    QVERIFY(!contents->findItems(QStringLiteral("Users and roles"), Qt::MatchExactly).isEmpty());
}

void TestHelp::everyLinkOfTheGuideResolves()
{
    // A page or picture the guide links to and ARDesk does not carry would be a dead end in the
    // installed window: every link of the guide leads somewhere.
    GuideBrowser browser;
    QVERIFY(browser.openPage(UserGuideDialog::guideUrl()));
    const auto anchorsOf = [](const QUrl &page) {
        GuideBrowser other;
        QStringList anchors;
        if (other.openPage(page)) {
            for (const GuideBrowser::Heading &h : other.headings())
                anchors << h.anchor;
        }
        return anchors;
    };
    QStringList own;
    for (const GuideBrowser::Heading &h : browser.headings())
        own << h.anchor;
    int internal = 0;
    int pages = 0;
    for (const Link &l : linksOf(browser.document())) {
        const QUrl url = browser.page().resolved(QUrl(l.target));
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")
            || url.scheme() == QLatin1String("mailto"))
            continue;
        QCOMPARE(url.scheme(), QStringLiteral("qrc"));
        QVERIFY2(QFile::exists(u':' + url.path()),
                 qPrintable(l.target + QStringLiteral(" is not carried")));
        if (l.image)
            continue;
        if (url.adjusted(QUrl::RemoveFragment) == browser.page()) {
            ++internal;
            QVERIFY2(own.contains(url.fragment()),
                     qPrintable(l.target + QStringLiteral(": no such heading")));
        } else {
            ++pages;
            if (!url.fragment().isEmpty())
                QVERIFY2(anchorsOf(url.adjusted(QUrl::RemoveFragment)).contains(url.fragment()),
                         qPrintable(l.target + QStringLiteral(": no such heading")));
        }
    }
    QVERIFY(internal >= 3);
    QVERIFY(pages >= 5);
}

void TestHelp::findSelectsTheWordAndStepsThroughMatches()
{
    UserGuideDialog *dialog = guide();
    QVERIFY(dialog);
    GuideBrowser *browser = dialog->browser();
    QLineEdit *find = dialog->findField();
    find->setFocus();
    find->clear();
    browser->moveCursor(QTextCursor::Start);
    QTest::keyClicks(find, QStringLiteral("promise"));
    QCOMPARE(browser->textCursor().selectedText().toLower(), QStringLiteral("promise"));
    const QString status = dialog->findStatus();
    QVERIFY2(status.startsWith(QLatin1String("1 of ")), qPrintable(status));
    const int count = status.section(u' ', 2).toInt();
    QVERIFY2(count > 5, qPrintable(status));
    // Every match is marked; the selected one is where the view is.
    QCOMPARE(browser->extraSelections().size(), count);
    const QRect selected = browser->cursorRect(browser->textCursor());
    QVERIFY(browser->viewport()->rect().intersects(selected));
    const int first = browser->textCursor().selectionStart();
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(dialog->findStatus(), QStringLiteral("2 of %1").arg(count));
    QVERIFY(browser->textCursor().selectionStart() > first);
    QCOMPARE(browser->textCursor().selectedText().toLower(), QStringLiteral("promise"));
    QVERIFY(dialog->isVisible()); // Enter finds; it does not close the guide
    QTest::keyClick(find, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(dialog->findStatus(), QStringLiteral("1 of %1").arg(count));
    QCOMPARE(browser->textCursor().selectionStart(), first);
    // Before the first match is the last one.
    QTest::keyClick(find, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(dialog->findStatus(), QStringLiteral("%1 of %1").arg(count));
    find->clear();
    QTest::keyClicks(find, QStringLiteral("zqxjv"));
    QCOMPARE(dialog->findStatus(), QStringLiteral("Not found"));
    QVERIFY(browser->extraSelections().isEmpty());
    // Find starts where the reader is: from a section, its first match.
    find->clear();
    dialog->showSection(QStringLiteral("the-one-step-call"));
    QTRY_COMPARE(browser->headingAtTop().anchor, QStringLiteral("the-one-step-call"));
    const int section = browser->textCursor().position();
    QTest::keyClicks(find, QStringLiteral("promise"));
    QVERIFY(browser->textCursor().selectionStart() > section);
    QVERIFY2(!dialog->findStatus().startsWith(QLatin1String("1 of ")),
             qPrintable(dialog->findStatus()));
    screenshot(dialog, QStringLiteral("help-guide.png"));
    find->clear();
}

void TestHelp::ctrlFInTheGuideGoesToTheFindField()
{
    UserGuideDialog *dialog = guide();
    QVERIFY(dialog);
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    dialog->browser()->setFocus();
    QTRY_VERIFY(dialog->browser()->hasFocus());
    QTest::keyClick(dialog->browser(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(dialog->findField()->hasFocus());
    // F3 finds the next match from wherever the focus is.
    dialog->findField()->setText(QStringLiteral("credit hold"));
    dialog->browser()->setFocus();
    QTest::keyClick(dialog->browser(), Qt::Key_F3);
    QTRY_VERIFY(dialog->browser()->textCursor().hasSelection());
    QCOMPARE(dialog->browser()->textCursor().selectedText().toLower(),
             QStringLiteral("credit hold"));
    QVERIFY2(dialog->findStatus().contains(QLatin1String(" of ")),
             qPrintable(dialog->findStatus()));
    dialog->findField()->clear();
}

void TestHelp::anInternalLinkScrollsToItsHeading()
{
    UserGuideDialog *dialog = guide();
    QVERIFY2(dialog, "the guide opens at its first section");
    GuideBrowser *browser = dialog->browser();
    QCOMPARE(browser->headingAtTop().anchor, QStringLiteral("starting-ardesk"));
    int at = -1;
    for (const Link &l : linksOf(browser->document())) {
        if (l.target == QLatin1String("#users-and-roles")) {
            at = l.position;
            break;
        }
    }
    QVERIFY2(at >= 0, "the guide links to #users-and-roles");
    QTextCursor c(browser->document());
    c.setPosition(at + 1);
    browser->setTextCursor(c);
    browser->ensureCursorVisible();
    const int before = browser->verticalScrollBar()->value();
    const QRect r = browser->cursorRect(c);
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, r.center() + QPoint(2, 0));
    QTRY_COMPARE(browser->headingAtTop().anchor, QStringLiteral("users-and-roles"));
    QVERIFY(browser->verticalScrollBar()->value() > before);
    // Back returns to where the link was.
    auto *back = dialog->findChild<QPushButton *>(QStringLiteral("guideBack"));
    QVERIFY(back && back->isEnabled());
    back->click();
    QCOMPARE(browser->verticalScrollBar()->value(), before);
    // A section from the contents list.
    auto *contents = dialog->findChild<QTreeWidget *>(QStringLiteral("guideContents"));
    const auto items = contents->findItems(QStringLiteral("Credit holds"), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    contents->setCurrentItem(items.first());
    Q_EMIT contents->itemClicked(items.first(), 0);
    QCOMPARE(browser->headingAtTop().anchor, QStringLiteral("credit-holds"));
    // The list follows the reading.
    browser->scrollToHeading(QStringLiteral("aging"));
    QCOMPARE(contents->currentItem()->text(0), QStringLiteral("Aging"));
}

void TestHelp::everySectionOpensAtItsHeadingOnceThePicturesAreFitted()
{
    // Every heading of the guide, not only the few above: each opens at the top of the view
    // (the last ones on the last screen), once the pictures are fitted and after a visit to
    // another page. anInternalLinkScrollsToItsHeading catches a click in the moment before
    // the fit: "Aging" opened at "Exporting to a spreadsheet" when the pictures were fitted
    // while the page was being laid out.
    UserGuideDialog *dialog = guide();
    QVERIFY(dialog);
    GuideBrowser *browser = dialog->browser();
    const auto widestPicture = [browser] {
        qreal widest = 0;
        for (const Link &l : linksOf(browser->document()))
            widest = std::max(widest, l.drawnWidth);
        return widest;
    };
    QTRY_VERIFY2(widestPicture() > browser->viewport()->width() / 2,
                 qPrintable(QString::number(widestPicture())));
    // And once more after a visit to another page: the guide is loaded again at the dialog's
    // width, its pictures fitted while it is laid out.
    QVERIFY(browser->openPage(QUrl(QStringLiteral("qrc:/ardesk/docs/email.md"))));
    QVERIFY(browser->openPage(UserGuideDialog::guideUrl()));
    QScrollBar *bar = browser->verticalScrollBar();
    int checked = 0;
    for (const GuideBrowser::Heading &h : browser->headings()) {
        QVERIFY(browser->scrollToHeading(h.anchor));
        const QRect drawn
                = browser->cursorRect(QTextCursor(browser->document()->findBlock(h.position)));
        QVERIFY2(browser->viewport()->rect().contains(drawn.center()), qPrintable(h.anchor));
        if (bar->value() == bar->maximum())
            continue; // near the end: shown lower down in the last screen
        QCOMPARE(browser->headingAtTop().anchor, h.anchor);
        ++checked;
    }
    QVERIFY2(checked >= 20, qPrintable(QString::number(checked)));
    // The guide's last line can be reached.
    bar->setValue(bar->maximum());
    QTextCursor end(browser->document());
    end.movePosition(QTextCursor::End);
    QVERIFY(browser->viewport()->rect().contains(browser->cursorRect(end).center()));
}

void TestHelp::f1OpensTheGuideWhereTheFocusIs()
{
    if (auto *open = m_window->findChild<UserGuideDialog *>())
        open->close();
    m_window->showToday();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTableView *queue = m_window->workspace()->todayPane()->view();
    queue->setFocus();
    QTRY_VERIFY(queue->hasFocus());
    QTest::keyClick(queue, Qt::Key_F1);
    auto *dialog = m_window->findChild<UserGuideDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTRY_COMPARE(dialog->browser()->headingAtTop().anchor, QStringLiteral("today-the-start-page"));
    // And stays there once the page's pictures are fitted to the dialog's width.
    QTest::qWait(400);
    QCOMPARE(dialog->browser()->headingAtTop().anchor, QStringLiteral("today-the-start-page"));
    dialog->close();
    // From the client list: its section.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->clientList()->filterEdit()->setFocus();
    QTRY_VERIFY(m_window->clientList()->filterEdit()->hasFocus());
    QTest::keyClick(m_window->clientList()->filterEdit(), Qt::Key_F1);
    QTRY_VERIFY(dialog->isVisible());
    QTRY_COMPARE(dialog->browser()->headingAtTop().anchor, QStringLiteral("the-client-list"));
    // A narrower guide fits its pictures again, and the section stays at the top.
    dialog->resize(dialog->width() - 300, dialog->height());
    QTest::qWait(400);
    QCOMPARE(dialog->browser()->headingAtTop().anchor, QStringLiteral("the-client-list"));
    dialog->resize(dialog->width() + 300, dialog->height());
    dialog->close();
}

void TestHelp::shortcutsDialogListsEveryShortcutOfTheWindow()
{
    openAs(QStringLiteral("amelia.clark")); // a manager: every menu is offered
    QAction *open = m_window->findChild<QAction *>(QStringLiteral("keyboardShortcutsAction"));
    QVERIFY(open);
    open->trigger();
    ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog *>()) != nullptr);
    QTreeWidget *tree = dialog->tree();
    // Action text → keys, and the group each is under.
    QHash<QString, QString> keysOf;
    QHash<QString, QString> groupOf;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            const QTreeWidgetItem *item = group->child(i);
            keysOf.insert(item->text(ShortcutsDialog::Action), item->text(ShortcutsDialog::Keys));
            groupOf.insert(item->text(ShortcutsDialog::Action), group->text(0));
        }
    }
    QCOMPARE(keysOf.value(QStringLiteral("Log a call")), QStringLiteral("Ctrl+L"));
    QCOMPARE(groupOf.value(QStringLiteral("Log a call")), QStringLiteral("Work"));
    QCOMPARE(keysOf.value(QStringLiteral("Today")), QStringLiteral("Ctrl+T"));
    QCOMPARE(keysOf.value(QStringLiteral("User guide")), QStringLiteral("F1"));
    QCOMPARE(groupOf.value(QStringLiteral("User guide")), QStringLiteral("Help"));
    QCOMPARE(keysOf.value(QStringLiteral("What's this?")), QStringLiteral("Shift+F1"));
    // The Today queue's own key, outside the menus, under the queue's name.
    QCOMPARE(keysOf.value(QStringLiteral("No call took place")), QStringLiteral("Ctrl+Shift+Del"));
    QCOMPARE(groupOf.value(QStringLiteral("No call took place")), QStringLiteral("Today queue"));
    // Every action the window offers with a shortcut is there with all its keys.
    int withKeys = 0;
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (const QAction *a : actions) {
        if (a->isSeparator() || !a->isVisible() || a->text().isEmpty() || a->shortcuts().isEmpty())
            continue;
        ++withKeys;
        const QString text = readable(a);
        QVERIFY2(keysOf.contains(text), qPrintable(text + QStringLiteral(" is not listed")));
        for (const QKeySequence &key : a->shortcuts())
            QVERIFY2(keysOf.value(text).contains(key.toString(QKeySequence::NativeText)),
                     qPrintable(text + u' ' + keysOf.value(text)));
    }
    QVERIFY2(withKeys >= 15, qPrintable(QString::number(withKeys)));
    QCOMPARE(keysOf.size(), withKeys);
    // The filter narrows by action or key.
    dialog->filterField()->setText(QStringLiteral("Ctrl+L"));
    int shown = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
            shown += tree->topLevelItem(g)->child(i)->isHidden() ? 0 : 1;
    }
    QCOMPARE(shown, 1);
    dialog->filterField()->clear();
    screenshot(dialog, QStringLiteral("help-shortcuts.png"));
    dialog->close();
}

void TestHelp::shortcutsFollowTheActionsAndTheRole()
{
    // Nothing is listed by hand: a changed shortcut is what the dialog shows next time…
    QAction *logCall = m_window->findChild<QAction *>(QStringLiteral("logCallAction"));
    QVERIFY(logCall);
    const QKeySequence was = logCall->shortcut();
    logCall->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));
    ShortcutsDialog *dialog = m_window->showShortcuts();
    const auto rowOf = [&dialog](const QString &text) -> QTreeWidgetItem * {
        const auto items = dialog->tree()->findItems(text, Qt::MatchExactly | Qt::MatchRecursive,
                                                     ShortcutsDialog::Action);
        return items.isEmpty() ? nullptr : items.first();
    };
    QVERIFY(rowOf(QStringLiteral("Log a call")));
    QCOMPARE(rowOf(QStringLiteral("Log a call"))->text(ShortcutsDialog::Keys),
             QStringLiteral("Ctrl+Alt+K"));
    dialog->close();
    logCall->setShortcut(was);
    // …and a role that may not create clients is not told Ctrl+Shift+N does.
    openAs(QStringLiteral("amelia.clark"));
    dialog = m_window->showShortcuts();
    QVERIFY(rowOf(QStringLiteral("New client")));
    dialog->close();
    openAs(QStringLiteral("lena.fox")); // sales
    dialog = m_window->showShortcuts();
    QVERIFY(!rowOf(QStringLiteral("New client")));
    QVERIFY(rowOf(QStringLiteral("Log a call")));
    dialog->close();
}

void TestHelp::everyActionHasATooltipWithItsShortcut()
{
    const auto check = [this] {
        int withKeys = 0;
        const QList<QAction *> actions = m_window->findChildren<QAction *>();
        for (const QAction *a : actions) {
            if (a->isSeparator() || a->text().isEmpty())
                continue;
            const QString tip = a->toolTip();
            QVERIFY2(!tip.isEmpty(), qPrintable(readable(a)));
            if (a->shortcuts().isEmpty())
                continue;
            ++withKeys;
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            const QString suffix = QStringLiteral(" (%1)").arg(keys.join(QLatin1String(", ")));
            QVERIFY2(tip.endsWith(suffix), qPrintable(tip));
            QVERIFY2(tip.indexOf(suffix) == tip.size() - suffix.size(), qPrintable(tip));
        }
        QVERIFY(withKeys >= 15);
    };
    check();
    auto *logCall = m_window->findChild<QAction *>(QStringLiteral("logCallAction"));
    QCOMPARE(logCall->toolTip(), QStringLiteral("Log a call (Ctrl+L)"));
    auto *import = m_window->findChild<QAction *>(QStringLiteral("importAction"));
    QCOMPARE(import->toolTip(), QStringLiteral("Import from CSV (Ctrl+I)"));
    // An action's own description stays, with the shortcut after it.
    auto *exportAction = m_window->findChild<QAction *>(QStringLiteral("exportAction"));
    QCOMPARE(exportAction->toolTip(),
             QStringLiteral("Export a table to a spreadsheet (CSV or Excel) (Ctrl+Shift+X)"));
    auto *team = m_window->findChild<QAction *>(QStringLiteral("openTeamDatabaseAction"));
    QVERIFY(team->toolTip().contains(QLatin1String("PostgreSQL")));
    // Menus show them.
    for (const QAction *menu : m_window->menuBar()->actions())
        QVERIFY(QMenu::menuInAction(menu)->toolTipsVisible());
    // The texts set again (a language change) do not stack the shortcut twice.
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(m_window.get(), &change);
    QCOMPARE(logCall->toolTip(), QStringLiteral("Log a call (Ctrl+L)"));
    QCOMPARE(exportAction->toolTip(),
             QStringLiteral("Export a table to a spreadsheet (CSV or Excel) (Ctrl+Shift+X)"));
    check();
}

void TestHelp::columnsExplainThemselves()
{
    openAs(QStringLiteral("dana.ortiz"));
    m_window->showToday();
    TodayPane *today = m_window->workspace()->todayPane();
    QTRY_VERIFY(today->view()->isVisible());
    const auto explained = [](const QAbstractItemModel *model, int column) {
        return model->headerData(column, Qt::Horizontal, Qt::WhatsThisRole).toString();
    };
    // Today: the reasons and the priority.
    QVERIFY(explained(today->model(), TodayQueueModel::Why).contains(QLatin1String("promise")));
    QVERIFY(explained(today->model(), TodayQueueModel::Score).contains(QLatin1String("100")));
    QVERIFY(!explained(today->model(), TodayQueueModel::DaysLate).isEmpty());
    QVERIFY(explained(today->model(), TodayQueueModel::Client).isEmpty());
    // The client list: aging and credit.
    const ClientListModel *list = m_window->clientList()->model();
    QVERIFY(explained(list, ClientListModel::DaysPastDue).contains(QStringLiteral("61–90")));
    QVERIFY(explained(list, ClientListModel::Overdue).contains(QLatin1String("currenc")));
    QVERIFY(explained(list, ClientListModel::Status).contains(QLatin1String("credit hold")));
    QVERIFY(explained(list, ClientListModel::Balance).contains(QLatin1String("owes")));
    InvoiceTableModel invoices;
    QVERIFY(!explained(&invoices, InvoiceTableModel::DaysPastDue).isEmpty());
    // What's this? on the Why header really shows the text where the user clicked.
    QHeaderView *header = today->view()->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(TodayQueueModel::Why) + 5,
                    header->height() / 2);
    QHelpEvent ask(QEvent::WhatsThis, at, header->viewport()->mapToGlobal(at));
    QApplication::sendEvent(header->viewport(), &ask);
    QTRY_VERIFY(whatsThisPopup() != nullptr);
    QWhatsThis::hideText();
    // The credit box and the aging table of a client.
    auto *details = m_window->workspace()->detailsTab();
    for (const char *name : {"creditLimit", "creditUsed", "availableCredit", "balance", "overdue",
                             "aging", "creditHoldButton"}) {
        auto *w = details->findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(w, name);
        QVERIFY2(!w->whatsThis().isEmpty(), name);
    }
    QVERIFY(details->findChild<QWidget *>(QStringLiteral("aging"))
                    ->whatsThis()
                    .contains(QLatin1String("90+")));
    // The Help menu's What's this? (Shift+F1) enters the mode.
    auto *whatsThis = m_window->findChild<QAction *>(QStringLiteral("whatsThisAction"));
    QVERIFY(whatsThis);
    QCOMPARE(whatsThis->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F1));
}

void TestHelp::ctrlReturnInTheComposerIsListedAndSaves()
{
    // The composer's key is an action of the window like the menus': listed, and it saves.
    auto *pane = m_window->clientList();
    pane->view()->setFocus();
    QSignalSpy shown(m_window.get(), &MainWindow::clientShown);
    pane->view()->selectRow(1);
    QVERIFY(shown.wait(5000));
    m_window->workspace()->showNotesTab();
    NoteComposer *composer = m_window->workspace()->notesPane()->composer();
    ShortcutsDialog *dialog = m_window->showShortcuts();
    const auto items = dialog->tree()->findItems(QStringLiteral("Save the note"),
                                                 Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first()->text(ShortcutsDialog::Keys), QStringLiteral("Ctrl+Return"));
    QCOMPARE(items.first()->parent()->text(0), QStringLiteral("Note composer"));
    dialog->close();
    // A call with no outcome is refused by the save that Ctrl+Return runs.
    composer->startNew();
    composer->prefill(NoteChannel::Call, QStringLiteral("Pat Doe"));
    composer->setText(QStringLiteral("Called about the open invoices."));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *text = composer->findChild<QPlainTextEdit *>(QStringLiteral("text"));
    QVERIFY(text);
    text->setFocus();
    QTRY_VERIFY(text->hasFocus());
    QVERIFY(composer->errorText().isEmpty());
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY2(composer->errorText().contains(QLatin1String("outcome")),
                 qPrintable(composer->errorText()));
    composer->startNew();
}

void TestHelp::firstRunPageUntilAClientExists()
{
    // A company made by `ardesk-cli init`, a clerk and a sales user added to it.
    const QString path = m_dir.filePath(QStringLiteral("fresh.ardesk"));
    const auto cli = [&](const QStringList &args) {
        return runCli(m_dir.path(), QStringList {QStringLiteral("--db"), path} + args);
    };
    CliRun r = cli({QStringLiteral("--user"), QStringLiteral("owner"), QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = cli({QStringLiteral("--user"), QStringLiteral("owner"), QStringLiteral("user"),
             QStringLiteral("add"), QStringLiteral("cleo"), QStringLiteral("--role"),
             QStringLiteral("clerk")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = cli({QStringLiteral("--user"), QStringLiteral("owner"), QStringLiteral("user"),
             QStringLiteral("add"), QStringLiteral("sid"), QStringLiteral("--role"),
             QStringLiteral("sales")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    TodayPane *today = m_window->workspace()->todayPane();
    const auto shown = [today](TodayPane::FirstStep step) {
        return today->firstStepButton(step)->isVisibleTo(today);
    };
    const auto open = [&](const QString &user) {
        auto opened = m_window->openFile(path, user);
        QVERIFY2(opened, qPrintable(opened.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(today->showsFirstSteps(), 5000);
    };

    // The owner (admin and manager) lands on the first steps, not on a dashboard of zeros.
    open(QStringLiteral("owner"));
    QTRY_VERIFY(!m_window->isShowingDashboard());
    QTRY_VERIFY(today->isVisible());
    QVERIFY(today->titleText().contains(QLatin1String("no clients yet")));
    for (auto step : {TodayPane::FirstStep::Import, TodayPane::FirstStep::CompanySettings,
                      TodayPane::FirstStep::EmailSettings, TodayPane::FirstStep::Users})
        QVERIFY(shown(step));
    QVERIFY(!today->findChild<QLabel *>(QStringLiteral("firstStepsNone"))->isVisibleTo(today));
    // A button does what the menu entry does: Users… opens File > Users….
    QAction *users = m_window->findChild<QAction *>(QStringLiteral("usersAction"));
    QSignalSpy triggered(users, &QAction::triggered);
    bool dialogSeen = false;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&] {
        if (auto *d = qobject_cast<UsersDialog *>(QApplication::activeModalWidget())) {
            dialogSeen = true;
            d->reject();
        }
    });
    closer.start(20);
    today->firstStepButton(TodayPane::FirstStep::Users)->click();
    closer.stop();
    QCOMPARE(triggered.count(), 1);
    QVERIFY(dialogSeen);
    QVERIFY(today->firstStepButton(TodayPane::FirstStep::Import)
                    ->toolTip()
                    .contains(QLatin1String("Ctrl+I")));
    screenshot(m_window.get(), QStringLiteral("first-steps.png"));

    // A clerk may import but not change the company's settings or users.
    open(QStringLiteral("cleo"));
    QVERIFY(shown(TodayPane::FirstStep::Import));
    QVERIFY(!shown(TodayPane::FirstStep::CompanySettings));
    QVERIFY(!shown(TodayPane::FirstStep::EmailSettings));
    QVERIFY(!shown(TodayPane::FirstStep::Users));
    // Sales may take none of the steps: told whom to ask instead of buttons that refuse.
    open(QStringLiteral("sid"));
    for (auto step : {TodayPane::FirstStep::Import, TodayPane::FirstStep::CompanySettings,
                      TodayPane::FirstStep::EmailSettings, TodayPane::FirstStep::Users})
        QVERIFY(!shown(step));
    QVERIFY(today->findChild<QLabel *>(QStringLiteral("firstStepsNone"))->isVisibleTo(today));

    // The first client ends the first steps, without reopening the file.
    open(QStringLiteral("cleo"));
    QString error = QStringLiteral("not called");
    m_window->saveClient(makeClient(QStringLiteral("C-1"), QStringLiteral("First Client Ltd")),
                         [&error](const QString &e, qint64) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(error != QLatin1String("not called"), 5000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!today->showsFirstSteps(), 5000);
    // Back on Today (Ctrl+T): the queue, no more first steps.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY(today->view()->isVisible());
    QVERIFY(!today->findChild<QWidget *>(QStringLiteral("firstSteps"))->isVisible());
    QVERIFY2(!today->titleText().contains(QLatin1String("no clients yet")),
             qPrintable(today->titleText()));
}

void TestHelp::anImportEndsTheFirstSteps()
{
    // The first step taken: Import clients and invoices… brings the first clients in, and the
    // page gives way to the queue in the same window.
    const QString path = m_dir.filePath(QStringLiteral("importing.ardesk"));
    const CliRun r = runCli(m_dir.path(),
                            {QStringLiteral("--db"), path, QStringLiteral("--user"),
                             QStringLiteral("owner"), QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    auto opened = m_window->openFile(path, QStringLiteral("owner"));
    QVERIFY2(opened, qPrintable(opened.errorString()));
    TodayPane *today = m_window->workspace()->todayPane();
    QTRY_VERIFY_WITH_TIMEOUT(today->showsFirstSteps(), 5000);
    today->firstStepButton(TodayPane::FirstStep::Import)->click();
    ImportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ImportDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    const QString csv = m_dir.filePath(QStringLiteral("first.csv"));
    QVERIFY(writeFile(csv,
                      "client_code,number,issue_date,due_date,amount,currency\n"
                      "K1,INV-1,2026-01-05,2026-02-04,100.00,USD\n"));
    dialog->setFilePath(csv);
    dialog->findChild<QCheckBox *>(QStringLiteral("createClients"))->setChecked(true);
    QSignalSpy finished(dialog, &ImportDialog::runFinished);
    QSignalSpy imported(dialog, &ImportDialog::imported);
    dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QVERIFY2(imported.count() == 1,
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!today->showsFirstSteps(), 5000);
    dialog->close();
}

void TestHelp::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
