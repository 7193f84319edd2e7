// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QMainWindow;

namespace ardesk {

/// The window's actions read back from the window itself: its keyboard shortcuts grouped by
/// menu (Help > Keyboard shortcuts) and the "Log a call (Ctrl+L)" tooltips. Nothing is listed by
/// hand, so neither can drift from what the actions really do.
class ActionCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ActionCatalog)
public:
    struct Entry
    {
        QString text; ///< as plainText()
        QList<QKeySequence> keys;
        const QAction *action = nullptr;
    };
    struct Group
    {
        QString title; ///< the menu's title without its mnemonic
        QList<Entry> entries;
    };

    /// Every action of `window` that has a shortcut and that the window offers (visible, in a
    /// visible menu; disabled ones count: they only wait for a file or a client): the menus'
    /// actions in menu order, a submenu's with its parent menu; then the shortcuts that belong
    /// to no menu, grouped by the widget they act on (its accessible name), the window's own under
    /// "Anywhere in the window". Groups without a shortcut are left out.
    static QList<Group> shortcuts(const QMainWindow *window);
    /// The action's text as a user reads it: no '&' mnemonic, no trailing ellipsis.
    static QString plainText(const QAction *action);
    /// "Ctrl+L", or "F3, Ctrl+G" for several: the shortcuts as this platform writes them.
    static QString keysText(const QList<QKeySequence> &keys);
    /// Gives every action of `window` (menus, toolbars, widgets) a tooltip: its own description
    /// or its text, followed by its shortcuts — "Log a call (Ctrl+L)" — and lets the menus show
    /// tooltips. Run it again after the texts change (retranslateUi): it never appends twice.
    static void applyToolTips(QMainWindow *window);
};

} // namespace ardesk
