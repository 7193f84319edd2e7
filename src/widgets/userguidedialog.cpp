// SPDX-License-Identifier: MIT
#include "widgets/userguidedialog.h"

#include "widgets/guidebrowser.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace ardesk {
namespace {

constexpr int kAnchorRole = Qt::UserRole + 1;

} // namespace

QUrl UserGuideDialog::guideUrl()
{
    return QUrl(QStringLiteral("qrc:/ardesk/docs/user-guide.md"));
}

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new GuideBrowser(this))
    , m_contents(new QTreeWidget(this))
    , m_find(new QLineEdit(this))
    , m_previous(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_back(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_findLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("UserGuideDialog"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setUpContents();
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 800});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFindBar());
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    addFindShortcuts();
    // Enter in the find field finds; it must not close the dialog through a default button.
    const QList<QPushButton *> pushButtons = findChildren<QPushButton *>();
    for (QPushButton *b : pushButtons) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    retranslateUi();
    resize(1100, 760);
    m_browser->openPage(guideUrl());
}

/// The sections list: it opens a section and follows the reading.
void UserGuideDialog::setUpContents()
{
    m_contents->setObjectName(QStringLiteral("guideContents"));
    m_contents->setHeaderHidden(true);
    m_contents->setColumnCount(1);
    m_contents->header()->setStretchLastSection(true);
    connect(m_contents, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        m_browser->scrollToHeading(item->data(0, kAnchorRole).toString());
    });
    connect(m_contents, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        m_browser->scrollToHeading(item->data(0, kAnchorRole).toString());
    });
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideDialog::fillContents);
    // The sections list follows the reading: the section at the top is the current one.
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &UserGuideDialog::followReading);
    connect(m_browser, &GuideBrowser::backAvailable, m_back, &QWidget::setEnabled);
    connect(m_browser, &GuideBrowser::missingPage, this, [this](const QUrl &url) {
        m_status->setText(tr("%1 is not part of the guide ARDesk carries").arg(url.fileName()));
    });
}

void UserGuideDialog::addFindShortcuts()
{
    // Ctrl+F anywhere in the guide goes to the find field; F3 / Shift+F3 step through matches.
    auto *focusFind = new QAction(this);
    focusFind->setShortcuts(QKeySequence::Find);
    focusFind->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusFind, &QAction::triggered, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    auto *next = new QAction(this);
    next->setShortcuts(QKeySequence::FindNext);
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, this, &UserGuideDialog::findNext);
    auto *previous = new QAction(this);
    previous->setShortcuts(QKeySequence::FindPrevious);
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QAction::triggered, this, &UserGuideDialog::findPrevious);
    addActions({focusFind, next, previous});
}

QWidget *UserGuideDialog::buildFindBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_back->setObjectName(QStringLiteral("guideBack"));
    m_back->setEnabled(false);
    connect(m_back, &QPushButton::clicked, m_browser, &GuideBrowser::back);
    m_find->setObjectName(QStringLiteral("guideFind"));
    m_find->setClearButtonEnabled(true);
    m_find->installEventFilter(this);
    m_findLabel->setBuddy(m_find);
    m_previous->setObjectName(QStringLiteral("guideFindPrevious"));
    m_next->setObjectName(QStringLiteral("guideFindNext"));
    m_status->setObjectName(QStringLiteral("guideFindStatus"));
    m_status->setMinimumWidth(
            m_status->fontMetrics().horizontalAdvance(QStringLiteral("000 of 000")));
    connect(m_find, &QLineEdit::textEdited, this,
            [this] { runFind(int(GuideBrowser::FindStep::FromCurrent)); });
    connect(m_find, &QLineEdit::returnPressed, this, &UserGuideDialog::findNext);
    connect(m_next, &QPushButton::clicked, this, &UserGuideDialog::findNext);
    connect(m_previous, &QPushButton::clicked, this, &UserGuideDialog::findPrevious);
    row->addWidget(m_back);
    row->addSpacing(12);
    row->addWidget(m_findLabel);
    row->addWidget(m_find, 1);
    row->addWidget(m_previous);
    row->addWidget(m_next);
    row->addWidget(m_status);
    return bar;
}

void UserGuideDialog::fillContents()
{
    m_contents->clear();
    QTreeWidgetItem *section = nullptr;
    for (const GuideBrowser::Heading &h : m_browser->headings()) {
        if (h.level == 1)
            continue; // the page's title
        QTreeWidgetItem *item = (h.level > 2 && section) ? new QTreeWidgetItem(section)
                                                         : new QTreeWidgetItem(m_contents);
        item->setText(0, h.text);
        item->setToolTip(0, h.text);
        item->setData(0, kAnchorRole, h.anchor);
        if (h.level <= 2)
            section = item;
    }
}

void UserGuideDialog::followReading()
{
    const QString anchor = m_browser->headingAtTop().anchor;
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it) {
        if ((*it)->data(0, kAnchorRole).toString() == anchor) {
            m_contents->setCurrentItem(*it);
            m_contents->scrollToItem(*it);
            return;
        }
    }
}

void UserGuideDialog::showSection(const QString &anchor)
{
    show();
    raise();
    activateWindow();
    if (anchor.isEmpty())
        return;
    // After the dialog has its size: the layout of the page depends on its width.
    QTimer::singleShot(0, this, [this, anchor] { m_browser->scrollToHeading(anchor); });
}

void UserGuideDialog::findNext()
{
    runFind(int(GuideBrowser::FindStep::Next));
}

void UserGuideDialog::findPrevious()
{
    runFind(int(GuideBrowser::FindStep::Previous));
}

void UserGuideDialog::runFind(int step)
{
    const QString text = m_find->text();
    const GuideBrowser::FindResult r = m_browser->find(text, GuideBrowser::FindStep(step));
    if (text.isEmpty())
        m_status->clear();
    else if (r.count == 0)
        m_status->setText(tr("Not found"));
    else
        m_status->setText(tr("%1 of %2").arg(r.index).arg(r.count));
}

QString UserGuideDialog::findStatus() const
{
    return m_status->text();
}

bool UserGuideDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_find && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::ShiftModifier) {
            findPrevious();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void UserGuideDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void UserGuideDialog::retranslateUi()
{
    setWindowTitle(tr("ARDesk user guide"));
    m_back->setText(tr("← &Back"));
    m_back->setToolTip(tr("Back to where you followed the last link"));
    m_findLabel->setText(tr("&Find:"));
    m_find->setPlaceholderText(tr("A word in the guide (Ctrl+F)"));
    m_previous->setText(tr("&Previous"));
    m_previous->setToolTip(tr("The previous match (Shift+Enter, %1)")
                                   .arg(QKeySequence(QKeySequence::FindPrevious)
                                                .toString(QKeySequence::NativeText)));
    m_next->setText(tr("&Next"));
    m_next->setToolTip(
            tr("The next match (Enter, %1)")
                    .arg(QKeySequence(QKeySequence::FindNext).toString(QKeySequence::NativeText)));
    m_contents->setAccessibleName(tr("Sections of the guide"));
    m_browser->setAccessibleName(tr("User guide"));
}

} // namespace ardesk
