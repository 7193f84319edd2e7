// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QMainWindow;
class QTreeWidget;

namespace ardesk {

/// Help > Keyboard shortcuts: every shortcut the window offers, read from its actions when the
/// dialog opens (ActionCatalog), grouped by menu — so it shows what the keys really do for the
/// signed-in user and cannot drift from them. A filter narrows the list by action or key.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { Action, Keys, ColumnCount };

    explicit ShortcutsDialog(const QMainWindow *window, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterField() const { return m_filter; }
    /// Reads the window's actions again.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter(const QString &text);
    void retranslateUi();

    const QMainWindow *m_window;
    QLabel *m_intro;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace ardesk
