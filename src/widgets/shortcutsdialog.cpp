// SPDX-License-Identifier: MIT
#include "widgets/shortcutsdialog.h"

#include "widgets/actioncatalog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ardesk {

ShortcutsDialog::ShortcutsDialog(const QMainWindow *window, QWidget *parent)
    : QDialog(parent)
    , m_window(window)
    , m_intro(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("ShortcutsDialog"));
    m_intro->setWordWrap(true);
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(Action, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(Keys, QHeaderView::ResizeToContents);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    retranslateUi();
    refresh();
    resize(520, 640);
}

void ShortcutsDialog::refresh()
{
    m_tree->clear();
    const QList<ActionCatalog::Group> groups = ActionCatalog::shortcuts(m_window);
    for (const ActionCatalog::Group &group : groups) {
        auto *title = new QTreeWidgetItem(m_tree, {group.title});
        QFont bold = title->font(Action);
        bold.setBold(true);
        title->setFont(Action, bold);
        title->setFirstColumnSpanned(true);
        title->setFlags(Qt::ItemIsEnabled);
        for (const ActionCatalog::Entry &entry : group.entries) {
            auto *item
                    = new QTreeWidgetItem(title, {entry.text, ActionCatalog::keysText(entry.keys)});
            item->setToolTip(Action, entry.action->toolTip());
        }
    }
    m_tree->expandAll();
    applyFilter(m_filter->text());
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty()
                    || item->text(Action).contains(text, Qt::CaseInsensitive)
                    || item->text(Keys).contains(text, Qt::CaseInsensitive)
                    || group->text(Action).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QDialog::changeEvent(event);
}

void ShortcutsDialog::retranslateUi()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_intro->setText(tr("Every shortcut of the window, by menu, as they are set right now. Menu "
                        "entries you can open with Alt and the underlined letter."));
    m_filter->setPlaceholderText(tr("Filter by action or key"));
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
}

} // namespace ardesk
