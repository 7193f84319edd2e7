// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QVariantList>

class QHeaderView;
class QSettings;
class QSplitter;
class QTableView;
class QWidget;

namespace ardesk {

/// Remembers, per screen layout, how the user left a window: its size and place (moved onto a
/// screen when it would open off every one), its splitters, and the column widths and order of
/// every table in it — the client list, Today, invoices, payments, and the tables of the dialogs
/// it opens (outbox, activity, search, audit trail). Kept in QSettings (this computer, not the
/// company file) under `layout/<screen key>/<window>/…`, so a laptop on and off its dock keeps
/// one layout for each. Columns are remembered only once the user has laid them out (dragged a
/// width or moved a column): until then each table keeps sizing itself to its contents.
/// GUI thread only.
class WindowStateStore : public QObject
{
    Q_OBJECT
public:
    /// `window` is the main window whose layout is kept; dialogs it owns are followed too.
    explicit WindowStateStore(QWidget *window);

    /// Puts the remembered layout of the main window back (call before it is first shown).
    /// False when none is remembered for this screen layout: the caller sets its defaults.
    bool restore();
    /// Writes the main window's layout, and that of its open dialogs (on close).
    void save();

    /// The screen layout: the number of screens and each one's geometry, e.g.
    /// `1920x1080+0+0_2560x1440+1920+0`.
    static QString currentScreenKey();
    /// Replaces the screen key (tests pretend to be docked or undocked).
    void setScreenKey(const QString &key) { m_screenKey = key; }
    QString screenKey() const { return m_screenKey; }

    /// Whether the user laid out this table's columns (or such a layout was restored): views
    /// that size their columns to their contents leave them alone then.
    static bool isLaidOutByUser(const QHeaderView *header);
    /// Sizes `view`'s columns to their contents, the `capped` ones to at most `maxWidth` — unless
    /// the user laid them out (isLaidOutByUser): then their layout stays.
    static void fitColumns(QTableView *view, const QList<int> &capped = {}, int maxWidth = 0);
    /// Moves `window` onto the nearest screen when its title bar would be on none; a window
    /// larger than that screen is made to fit it.
    static void moveOntoScreen(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString keyFor(const QWidget *top, const QString &part) const;
    void restoreWindowGeometry(QWidget *top, QSettings &settings, bool dialog);
    void saveWindowGeometry(QWidget *top, QSettings &settings, bool dialog) const;
    /// Splitters and headers of `top` (its dialogs are tops of their own).
    void restoreParts(QWidget *top);
    void saveParts(QWidget *top, QSettings &settings) const;
    void saveWindow(QWidget *top);
    /// Follows `header`: marks it laid out by the user when a column is dragged or moved, and
    /// restores its columns once the model gives it its sections.
    void follow(QHeaderView *header, const QString &key);
    void applyColumns(QHeaderView *header, const QString &key);
    static QVariantList columnsOf(const QHeaderView *header);
    static bool applyColumnsTo(QHeaderView *header, const QVariantList &columns);
    QString headerKey(const QWidget *top, const QHeaderView *header) const;
    QString splitterKey(const QWidget *top, const QSplitter *splitter) const;
    bool isFollowedDialog(QObject *object) const;

    QPointer<QWidget> m_window;
    QString m_screenKey;
    /// Headers being restored right now: their resizes are ours, not the user's.
    QSet<const QHeaderView *> m_restoring;
    /// The columns the user laid out, per table, as they are now.
    QHash<const QHeaderView *, QVariantList> m_live;
};

} // namespace ardesk
