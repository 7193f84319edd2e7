// SPDX-License-Identifier: MIT
#include "widgets/windowstatestore.h"

#include <algorithm>
#include <limits>
#include <utility>

#include <QAbstractItemView>
#include <QApplication>
#include <QColorDialog>
#include <QDialog>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

namespace ardesk {

namespace {

const char kLaidOut[] = "ardesk_laidOutByUser";
const char kPressed[] = "ardesk_headerPressed";
const char kFollowed[] = "ardesk_layoutFollowed";
constexpr int kColumnsFormat = 1; ///< the first element of a saved column list

QString nameOf(const QWidget *w)
{
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                     : w->objectName();
}

} // namespace

WindowStateStore::WindowStateStore(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_screenKey(currentScreenKey())
{
    qApp->installEventFilter(this);
}

QString WindowStateStore::currentScreenKey()
{
    QStringList screens;
    const QList<QScreen *> all = QGuiApplication::screens();
    for (const QScreen *s : all) {
        const QRect g = s->geometry();
        screens << QStringLiteral("%1x%2+%3+%4")
                           .arg(g.width())
                           .arg(g.height())
                           .arg(g.x())
                           .arg(g.y());
    }
    screens.sort();
    return screens.isEmpty() ? QStringLiteral("none") : screens.join(u'_');
}

QString WindowStateStore::keyFor(const QWidget *top, const QString &part) const
{
    return QStringLiteral("layout/%1/%2/%3").arg(m_screenKey, nameOf(top), part);
}

bool WindowStateStore::restore()
{
    if (!m_window)
        return false;
    QSettings settings;
    const bool known = settings.contains(keyFor(m_window, QStringLiteral("geometry")));
    restoreWindowGeometry(m_window, settings, false);
    restoreParts(m_window);
    return known;
}

void WindowStateStore::save()
{
    if (!m_window)
        return;
    saveWindow(m_window);
    const QList<QDialog *> dialogs = m_window->findChildren<QDialog *>();
    for (QDialog *d : dialogs) {
        if (d->isVisible() && isFollowedDialog(d))
            saveWindow(d);
    }
}

void WindowStateStore::saveWindow(QWidget *top)
{
    QSettings settings;
    saveWindowGeometry(top, settings, qobject_cast<QDialog *>(top) != nullptr);
    saveParts(top, settings);
}

void WindowStateStore::restoreWindowGeometry(QWidget *top, QSettings &settings, bool dialog)
{
    const QRect rect = settings.value(keyFor(top, QStringLiteral("geometry"))).toRect();
    if (!rect.isValid())
        return;
    if (dialog) {
        top->resize(rect.size()); // a dialog opens over its window, at its remembered size
        return;
    }
    top->setGeometry(rect);
    moveOntoScreen(top);
    if (auto *main = qobject_cast<QMainWindow *>(top))
        main->restoreState(settings.value(keyFor(top, QStringLiteral("state"))).toByteArray());
    if (settings.value(keyFor(top, QStringLiteral("maximized"))).toBool())
        top->setWindowState(top->windowState() | Qt::WindowMaximized);
}

void WindowStateStore::saveWindowGeometry(QWidget *top, QSettings &settings, bool dialog) const
{
    const bool shown = top->isVisible() && !dialog;
    settings.setValue(keyFor(top, QStringLiteral("geometry")),
                      shown ? top->normalGeometry() : top->geometry());
    if (!dialog)
        settings.setValue(keyFor(top, QStringLiteral("maximized")), top->isMaximized());
    if (auto *main = qobject_cast<QMainWindow *>(top))
        settings.setValue(keyFor(top, QStringLiteral("state")), main->saveState());
}

void WindowStateStore::moveOntoScreen(QWidget *window)
{
    const QRect frame = window->frameGeometry();
    // The title bar is what the user drags: at least a hand's width of it must be on a screen.
    const QRect titleBar(frame.left(), frame.top(), frame.width(), 32);
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (const QScreen *s : screens) {
        const QRect seen = s->availableGeometry().intersected(titleBar);
        if (seen.width() >= 80 && seen.height() >= 16)
            return;
    }
    const QScreen *nearest = QGuiApplication::primaryScreen();
    int best = std::numeric_limits<int>::max();
    for (QScreen *s : screens) {
        const int distance = (s->availableGeometry().center() - frame.center()).manhattanLength();
        if (distance < best) {
            best = distance;
            nearest = s;
        }
    }
    if (!nearest)
        return;
    const QRect room = nearest->availableGeometry();
    const QSize size = window->size().boundedTo(room.size());
    window->resize(size);
    window->move(room.left() + (room.width() - size.width()) / 2,
                 room.top() + (room.height() - size.height()) / 2);
}

QString WindowStateStore::headerKey(const QWidget *top, const QHeaderView *header) const
{
    const QWidget *view = header->parentWidget();
    QString name = view && !view->objectName().isEmpty() ? view->objectName() : QString();
    if (name.isEmpty()) {
        // An unnamed table: its place among the window's headers (stable for one build).
        const QList<QHeaderView *> all = top->findChildren<QHeaderView *>();
        name = QStringLiteral("table%1").arg(all.indexOf(const_cast<QHeaderView *>(header)));
    }
    return keyFor(top, QStringLiteral("columns/") + name);
}

QString WindowStateStore::splitterKey(const QWidget *top, const QSplitter *splitter) const
{
    QString name = splitter->objectName();
    if (name.isEmpty()) {
        const QList<QSplitter *> all = top->findChildren<QSplitter *>();
        name = QStringLiteral("splitter%1").arg(all.indexOf(const_cast<QSplitter *>(splitter)));
    }
    return keyFor(top, QStringLiteral("splitters/") + name);
}

void WindowStateStore::restoreParts(QWidget *top)
{
    QSettings settings;
    const QList<QSplitter *> splitters = top->findChildren<QSplitter *>();
    for (QSplitter *s : splitters) {
        if (s->window() != top)
            continue;
        const QByteArray state = settings.value(splitterKey(top, s)).toByteArray();
        if (!state.isEmpty())
            s->restoreState(state);
    }
    const QList<QHeaderView *> headers = top->findChildren<QHeaderView *>();
    for (QHeaderView *h : headers) {
        if (h->window() == top && h->orientation() == Qt::Horizontal)
            follow(h, headerKey(top, h));
    }
}

void WindowStateStore::saveParts(QWidget *top, QSettings &settings) const
{
    const QList<QSplitter *> splitters = top->findChildren<QSplitter *>();
    for (QSplitter *s : splitters) {
        if (s->window() == top)
            settings.setValue(splitterKey(top, s), s->saveState());
    }
    const QList<QHeaderView *> headers = top->findChildren<QHeaderView *>();
    for (QHeaderView *h : headers) {
        // Only what the user laid out: an untouched table keeps sizing itself to its contents.
        if (h->window() != top || h->orientation() != Qt::Horizontal || !isLaidOutByUser(h))
            continue;
        if (h->count() > 0)
            settings.setValue(headerKey(top, h), columnsOf(h));
        else if (m_live.contains(h))
            settings.setValue(headerKey(top, h), m_live.value(h));
    }
}

bool WindowStateStore::isLaidOutByUser(const QHeaderView *header)
{
    return header && header->property(kLaidOut).toBool();
}

void WindowStateStore::fitColumns(QTableView *view, const QList<int> &capped, int maxWidth)
{
    if (isLaidOutByUser(view->horizontalHeader()))
        return;
    view->resizeColumnsToContents();
    for (int column : capped)
        view->setColumnWidth(column, std::min(view->columnWidth(column), maxWidth));
}

void WindowStateStore::follow(QHeaderView *header, const QString &key)
{
    if (!header->property(kFollowed).toBool()) {
        header->setProperty(kFollowed, true);
        header->viewport()->installEventFilter(this);
        auto byUser = [this, header](bool dragging) {
            if (m_restoring.contains(header))
                return;
            if (dragging)
                header->setProperty(kLaidOut, true);
            // Kept as it changes: the model may go (another file opens) before the window closes.
            if (isLaidOutByUser(header) && header->count() > 0)
                m_live.insert(header, columnsOf(header));
        };
        connect(header, &QHeaderView::sectionResized, this,
                [header, byUser] { byUser(header->property(kPressed).toBool()); });
        connect(header, &QHeaderView::sectionMoved, this, [byUser] { byUser(true); });
        connect(header, &QHeaderView::sectionHandleDoubleClicked, this, [byUser] { byUser(true); });
        // A table whose model comes later (the client list, once a file opens) gets its columns
        // back after the view has set its defaults for the new model.
        connect(header, &QHeaderView::sectionCountChanged, this,
                [this, header, key](int before, int now) {
                    if (before == 0 && now > 0)
                        QTimer::singleShot(0, header,
                                           [this, header, key] { applyColumns(header, key); });
                });
        connect(header, &QObject::destroyed, this, [this, header] {
            m_restoring.remove(header);
            m_live.remove(header);
        });
    }
    if (header->count() > 0)
        applyColumns(header, key);
}

void WindowStateStore::applyColumns(QHeaderView *header, const QString &key)
{
    // What the user laid out in this session (a file switched) wins over what was saved.
    const QVariantList columns
            = m_live.contains(header) ? m_live.value(header) : QSettings().value(key).toList();
    m_restoring.insert(header);
    if (applyColumnsTo(header, columns)) {
        header->setProperty(kLaidOut, true);
        m_live.insert(header, columns);
    }
    m_restoring.remove(header);
}

QVariantList WindowStateStore::columnsOf(const QHeaderView *header)
{
    QVariantList columns {kColumnsFormat, header->count()};
    for (int logical = 0; logical < header->count(); ++logical)
        columns << header->sectionSize(logical) << header->visualIndex(logical)
                << header->isSectionHidden(logical);
    return columns;
}

bool WindowStateStore::applyColumnsTo(QHeaderView *header, const QVariantList &columns)
{
    const int count = header->count();
    // Another format, or a table whose columns changed since: the view's defaults stand.
    if (columns.size() != 2 + 3 * count || columns.value(0).toInt() != kColumnsFormat
        || columns.value(1).toInt() != count || count == 0)
        return false;
    // Order first (by visual position), then widths; a stretched column keeps stretching.
    QList<std::pair<int, int>> byVisual; // visual index, logical index
    for (int logical = 0; logical < count; ++logical)
        byVisual.append({columns.value(2 + 3 * logical + 1).toInt(), logical});
    std::sort(byVisual.begin(), byVisual.end());
    for (int visual = 0; visual < count; ++visual) {
        const int logical = byVisual.at(visual).second;
        header->moveSection(header->visualIndex(logical), visual);
    }
    for (int logical = 0; logical < count; ++logical) {
        header->setSectionHidden(logical, columns.value(2 + 3 * logical + 2).toBool());
        if (header->sectionResizeMode(logical) == QHeaderView::Interactive
            && !(header->stretchLastSection() && header->visualIndex(logical) == count - 1))
            header->resizeSection(logical, columns.value(2 + 3 * logical).toInt());
    }
    return true;
}

bool WindowStateStore::isFollowedDialog(QObject *object) const
{
    auto *dialog = qobject_cast<QDialog *>(object);
    if (!dialog || !m_window || !dialog->parentWidget()
        || dialog->parentWidget()->window() != m_window)
        return false;
    // Qt's own dialogs keep their own sizes; a dialog with no table or splitter has nothing the
    // user lays out.
    if (qobject_cast<QMessageBox *>(dialog) || qobject_cast<QFileDialog *>(dialog)
        || qobject_cast<QProgressDialog *>(dialog) || qobject_cast<QInputDialog *>(dialog)
        || qobject_cast<QColorDialog *>(dialog) || dialog->objectName().isEmpty())
        return false;
    return dialog->findChild<QHeaderView *>() || dialog->findChild<QSplitter *>();
}

bool WindowStateStore::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
        if (auto *header = qobject_cast<QHeaderView *>(watched->parent());
            header && header->viewport() == watched)
            header->setProperty(kPressed, event->type() == QEvent::MouseButtonPress);
        break;
    case QEvent::Show:
        if (isFollowedDialog(watched)) {
            auto *dialog = static_cast<QWidget *>(watched);
            QSettings settings;
            restoreWindowGeometry(dialog, settings, true);
            restoreParts(dialog);
        }
        break;
    case QEvent::Hide:
        if (isFollowedDialog(watched))
            saveWindow(static_cast<QWidget *>(watched));
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ardesk
