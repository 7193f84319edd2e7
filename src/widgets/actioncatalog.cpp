// SPDX-License-Identifier: MIT
#include "widgets/actioncatalog.h"

#include <algorithm>

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>

namespace ardesk {
namespace {

/// The tooltip applyToolTips() last gave an action: told apart from one set by its owner.
constexpr char kGeneratedToolTip[] = "ardeskGeneratedToolTip";

/// The text without its mnemonic: "&Log a call" → "Log a call", "R&&D" → "R&D".
QString withoutMnemonic(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (i + 1 < text.size() && text.at(i + 1) == u'&')
                out += u'&';
            ++i;
            if (i < text.size() && text.at(i) != u'&')
                out += text.at(i);
            continue;
        }
        out += text.at(i);
    }
    return out;
}

bool offered(const QAction *action)
{
    return !action->isSeparator() && action->isVisible() && !action->text().isEmpty();
}

/// Appends the shortcuts `menu` offers to `entries` (none: only marks them seen).
void collectMenu(const QMenu *menu, QList<ActionCatalog::Entry> *entries,
                 QSet<const QAction *> *seen)
{
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        seen->insert(action);
        if (const QMenu *sub = QMenu::menuInAction(action)) {
            collectMenu(sub, action->isVisible() ? entries : nullptr, seen);
            continue;
        }
        if (entries && offered(action) && !action->shortcuts().isEmpty())
            entries->append({ActionCatalog::plainText(action), action->shortcuts(), action});
    }
}

/// The name of what a shortcut outside the menus acts on: the nearest widget with an
/// accessible name, the window's own "anywhere".
QString groupOf(const QAction *action, const QMainWindow *window)
{
    for (const QObject *o = action->parent(); o && o != window; o = o->parent()) {
        if (const auto *w = qobject_cast<const QWidget *>(o); w && !w->accessibleName().isEmpty())
            return w->accessibleName();
    }
    return ActionCatalog::tr("Anywhere in the window");
}

} // namespace

QString ActionCatalog::plainText(const QAction *action)
{
    QString text = withoutMnemonic(action->text()).trimmed();
    if (text.endsWith(u'…'))
        text.chop(1);
    else if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.trimmed();
}

QString ActionCatalog::keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts << key.toString(QKeySequence::NativeText);
    return texts.join(QLatin1String(", "));
}

QList<ActionCatalog::Group> ActionCatalog::shortcuts(const QMainWindow *window)
{
    QList<Group> groups;
    QSet<const QAction *> seen;
    const QList<QAction *> menus = window->menuBar()->actions();
    for (const QAction *menuAction : menus) {
        const QMenu *menu = QMenu::menuInAction(menuAction);
        if (!menu)
            continue;
        Group group {plainText(menuAction), {}};
        collectMenu(menu, menuAction->isVisible() ? &group.entries : nullptr, &seen);
        if (!group.entries.isEmpty())
            groups.append(group);
    }
    // Shortcuts that live outside the menus: the window's own, a view's context actions.
    const QList<QAction *> all = window->findChildren<QAction *>();
    for (const QAction *action : all) {
        if (seen.contains(action) || !offered(action) || action->shortcuts().isEmpty())
            continue;
        if (QMenu::menuInAction(action))
            continue;
        const QString title = groupOf(action, window);
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&title](const Group &g) { return g.title == title; });
        if (it == groups.end())
            it = groups.insert(groups.end(), Group {title, {}});
        it->entries.append({plainText(action), action->shortcuts(), action});
    }
    return groups;
}

void ActionCatalog::applyToolTips(QMainWindow *window)
{
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->isSeparator() || action->text().isEmpty())
            continue;
        // The owner's own description stays in front; a tooltip made here last time, or Qt's
        // default (the text), is made again from the current text.
        const QString current = action->toolTip();
        const bool ownDescription = !current.isEmpty()
                && current != action->property(kGeneratedToolTip).toString()
                && current != withoutMnemonic(action->text()).trimmed();
        const QString base = ownDescription ? current : plainText(action);
        const QString tip = action->shortcuts().isEmpty()
                ? base
                : tr("%1 (%2)").arg(base, keysText(action->shortcuts()));
        action->setToolTip(tip);
        action->setProperty(kGeneratedToolTip, tip);
    }
    const QList<QMenu *> menus = window->findChildren<QMenu *>();
    for (QMenu *menu : menus)
        menu->setToolTipsVisible(true);
}

} // namespace ardesk
