// SPDX-License-Identifier: MIT
#include "widgets/notespane.h"

#include "core/support/dateformat.h"
#include "models/notetimelinemodel.h"
#include "widgets/notecomposer.h"
#include "widgets/notedelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace ardesk {

NotesPane::NotesPane(std::shared_ptr<const Clock> clock, QWidget *parent)
    : QWidget(parent)
    , m_channelFilter(new QComboBox(this))
    , m_authorFilter(new QComboBox(this))
    , m_dateFilter(new QCheckBox(this))
    , m_from(new QDateEdit(clock->todayIn(QTimeZone::systemTimeZone()).addMonths(-3), this))
    , m_to(new QDateEdit(clock->todayIn(QTimeZone::systemTimeZone()), this))
    , m_count(new QLabel(this))
    , m_model(new NoteTimelineModel(this))
    , m_delegate(new NoteDelegate(this))
    , m_view(new QListView(this))
    , m_composer(new NoteComposer(clock, this))
    , m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("notesPane"));
    m_channelFilter->setObjectName(QStringLiteral("channelFilter"));
    m_authorFilter->setObjectName(QStringLiteral("authorFilter"));
    m_dateFilter->setObjectName(QStringLiteral("dateFilter"));
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(dateformat::datePattern(m_locale));
        d->setEnabled(false);
    }
    m_view->setObjectName(QStringLiteral("noteTimeline"));
    m_view->setAccessibleName(tr("Notes timeline"));
    m_count->setObjectName(QStringLiteral("noteCount"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(buildFilters());
    layout->addWidget(buildTimeline(), 1);
    connect(m_channelFilter, &QComboBox::currentIndexChanged, this, &NotesPane::applyFilter);
    connect(m_authorFilter, &QComboBox::currentIndexChanged, this, &NotesPane::applyFilter);
    connect(m_dateFilter, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &NotesPane::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &NotesPane::applyFilter);
    retranslateUi();
}

/// Channel, author and dates; deleted notes; how many notes show.
QHBoxLayout *NotesPane::buildFilters()
{
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_channelFilter);
    filters->addWidget(m_authorFilter);
    filters->addWidget(m_dateFilter);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addStretch();
    auto *deleted = new QPushButton(tr("Deleted notes…"), this);
    deleted->setObjectName(QStringLiteral("deletedNotesButton"));
    deleted->setToolTip(tr("Notes deleted from this client's timeline, with every revision and "
                           "the reason — nothing is ever erased"));
    deleted->setAutoDefault(false);
    connect(deleted, &QPushButton::clicked, this, &NotesPane::deletedRequested);
    filters->addWidget(deleted);
    filters->addWidget(m_count);
    return filters;
}

/// The timeline above the composer.
QSplitter *NotesPane::buildTimeline()
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setUniformItemSizes(false);
    m_view->setWordWrap(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QListView::customContextMenuRequested, this, &NotesPane::showContextMenu);
    // mailto: links in a note write to that address from ARDesk (not the desktop's mail program).
    connect(m_delegate, &NoteDelegate::linkActivated, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("mailto"))
            Q_EMIT mailtoRequested(url.path());
    });
    m_view->setMouseTracking(true); // a hand over a link
    m_view->viewport()->installEventFilter(this);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_composer);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({600, 300}); // the record first; the composer grows when dragged
    split->setChildrenCollapsible(false);
    return split;
}

void NotesPane::setLocale(const QLocale &locale)
{
    m_locale = locale;
    for (QDateEdit *d : {m_from, m_to})
        d->setDisplayFormat(dateformat::datePattern(locale));
    m_model->setLocale(locale);
    m_delegate->setLocale(locale);
    m_composer->setLocale(locale);
}

void NotesPane::setClient(const ClientDetails &details)
{
    m_composer->setClient(details);
    QHash<qint64, QString> numbers;
    for (const Invoice &inv : details.invoices)
        numbers.insert(inv.id, inv.number);
    m_invoiceNumbers = numbers;
}

void NotesPane::setNotes(QList<NoteService::Entry> notes, const QList<NoteTemplate> &templates)
{
    QHash<QString, QString> names;
    for (const NoteTemplate &t : templates)
        names.insert(t.key, t.name);
    m_composer->setTemplates(templates);
    // The same client's notes read again (a save here or on another desk): the note selected and
    // the note at the top of the view stay where they were; new ones come in above.
    const Place place = currentPlace();
    m_model->setEntries(std::move(notes), m_invoiceNumbers, names);
    // The author choice lists who wrote on this client.
    const qint64 author = m_authorFilter->currentData().toLongLong();
    {
        const QSignalBlocker block(m_authorFilter);
        m_authorFilter->clear();
        m_authorFilter->addItem(tr("Anyone"), qint64(0));
        for (const auto &[id, name] : m_model->authors())
            m_authorFilter->addItem(name, id);
        m_authorFilter->setCurrentIndex(std::max(0, m_authorFilter->findData(author)));
    }
    applyFilter();
    restorePlace(place);
}

NotesPane::Place NotesPane::currentPlace() const
{
    Place place;
    place.current = m_view->currentIndex().data(NoteTimelineModel::NoteIdRole).toLongLong();
    place.atTop = m_view->verticalScrollBar()->value() == 0;
    const QModelIndex top = m_view->indexAt(QPoint(1, 1));
    place.top = top.data(NoteTimelineModel::NoteIdRole).toLongLong();
    place.topOffset = top.isValid() ? m_view->visualRect(top).top() : 0;
    return place;
}

void NotesPane::restorePlace(const Place &place)
{
    if (const int row = m_model->rowOfNote(place.current); place.current && row >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect);
    const int top = m_model->rowOfNote(place.top);
    if (place.atTop || !place.top || top < 0) {
        if (place.atTop)
            m_view->verticalScrollBar()->setValue(0);
        return;
    }
    m_view->doItemsLayout();
    QScrollBar *bar = m_view->verticalScrollBar();
    bar->setValue(bar->value() + m_view->visualRect(m_model->index(top, 0)).top()
                  - place.topOffset);
}

void NotesPane::showError(const QString &message)
{
    m_composer->showError(message);
}

bool NotesPane::revealNote(qint64 noteId)
{
    int row = m_model->rowOfNote(noteId);
    if (row < 0 && !m_model->filter().isEmpty()) {
        m_channelFilter->setCurrentIndex(0);
        m_authorFilter->setCurrentIndex(0);
        m_dateFilter->setChecked(false);
        row = m_model->rowOfNote(noteId);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void NotesPane::applyFilter()
{
    NoteFilter f;
    if (const QString key = m_channelFilter->currentData().toString(); !key.isEmpty())
        f.channel = noteChannelFromString(key);
    f.authorId = m_authorFilter->currentData().toLongLong();
    if (m_dateFilter->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    m_model->setFilter(f);
    updateCount();
}

void NotesPane::updateCount()
{
    const int shown = m_model->rowCount();
    const int all = int(m_model->entries().size());
    m_count->setText(shown == all ? tr("%n note(s)", nullptr, all)
                                  : tr("%1 of %n note(s)", nullptr, all).arg(shown));
}

void NotesPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    const NoteService::Entry *e = m_model->entryAt(index.row());
    if (!index.isValid() || !e)
        return;
    const NoteService::Entry entry = *e;
    QMenu menu(this);
    menu.addAction(tr("&Edit (new revision)…"), this,
                   [this, entry] { m_composer->startAmend(entry); });
    menu.addAction(tr("&History…"), this,
                   [this, id = entry.note.id] { Q_EMIT historyRequested(id); });
    menu.addAction(tr("&Delete…"), this,
                   [this, id = entry.note.id] { Q_EMIT deleteRequested(id); });
    // The links of the note, from the keyboard too (the context menu key).
    const QStringList addresses = NoteDelegate::mailAddresses(entry.note.text);
    if (!addresses.isEmpty())
        menu.addSeparator();
    for (const QString &address : addresses)
        menu.addAction(QIcon(QStringLiteral(":/ardesk/icons/envelope.svg")),
                       tr("E-mail %1…").arg(address), this,
                       [this, address] { Q_EMIT mailtoRequested(address); });
    if (!entry.attachments.isEmpty()) {
        menu.addSeparator();
        for (const AttachmentInfo &a : entry.attachments) {
            QMenu *sub = menu.addMenu(QIcon(QStringLiteral(":/ardesk/icons/attach.svg")),
                                      a.mimeMismatch ? tr("%1 (type mismatch!)").arg(a.displayName)
                                                     : a.displayName);
            sub->addAction(tr("Open a read-only copy"), this,
                           [this, id = a.id] { Q_EMIT openAttachmentRequested(id); });
            sub->addAction(tr("Save as…"), this, [this, id = a.id, name = a.displayName] {
                Q_EMIT saveAttachmentRequested(id, name);
            });
        }
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

bool NotesPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::MouseMove) {
        const QPoint pos = static_cast<QMouseEvent *>(event)->position().toPoint();
        const QModelIndex index = m_view->indexAt(pos);
        QStyleOptionViewItem option;
        option.initFrom(m_view);
        option.rect = m_view->visualRect(index);
        const bool onLink = index.isValid() && !m_delegate->anchorAt(option, index, pos).isEmpty();
        m_view->viewport()->setCursor(onLink ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }
    return QWidget::eventFilter(watched, event);
}

void NotesPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NotesPane::retranslateUi()
{
    const QString channel = m_channelFilter->currentData().toString();
    {
        const QSignalBlocker block(m_channelFilter);
        m_channelFilter->clear();
        m_channelFilter->addItem(tr("All channels"), QString());
        for (NoteChannel c : {NoteChannel::Call, NoteChannel::Email, NoteChannel::Text,
                              NoteChannel::Meeting, NoteChannel::Letter, NoteChannel::Internal})
            m_channelFilter->addItem(displayName(c), toString(c));
        m_channelFilter->setCurrentIndex(std::max(0, m_channelFilter->findData(channel)));
    }
    m_dateFilter->setText(tr("Between"));
    updateCount();
}

} // namespace ardesk
