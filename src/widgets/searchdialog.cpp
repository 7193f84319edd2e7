// SPDX-License-Identifier: MIT
#include "widgets/searchdialog.h"

#include "core/support/dateformat.h"
#include "models/databaseworker.h"
#include "models/searchresultmodel.h"
#include "widgets/windowstatestore.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace ardesk {

namespace {
/// Draws a snippet with its matched words in bold.
class SnippetDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QString html = index.data(SearchResultModel::MarkedSnippetRole).toString().toHtmlEscaped();
        html.replace(QChar(SearchResultModel::kMarkStart), QStringLiteral("<b>"));
        html.replace(QChar(SearchResultModel::kMarkEnd), QStringLiteral("</b>"));
        const QString attachment = index.data(SearchResultModel::MatchedAttachmentRole).toString();
        if (!attachment.isEmpty())
            html += QStringLiteral(" <i>[%1]</i>").arg(attachment.toHtmlEscaped());
        QTextDocument doc;
        doc.setDefaultFont(option.font);
        doc.setDocumentMargin(2);
        doc.setHtml(html);
        painter->save();
        // Vertically centred like the other cells of the row.
        doc.setTextWidth(option.rect.width());
        const int dy = std::max(0, (option.rect.height() - int(doc.size().height())) / 2);
        painter->translate(option.rect.topLeft() + QPoint(0, dy));
        painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()));
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.palette = option.palette;
        if (option.state & QStyle::State_Selected)
            ctx.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
        doc.documentLayout()->draw(painter, ctx);
        painter->restore();
    }
};
} // namespace

SearchDialog::SearchDialog(DatabaseWorker *worker, const QLocale &locale, QWidget *parent)
    : QDialog(parent)
    , m_model(new SearchResultModel(worker, this))
    , m_text(new QLineEdit(this))
    , m_channel(new QComboBox(this))
    , m_onlyClient(new QCheckBox(this))
    , m_dates(new QCheckBox(tr("Between"), this))
    , m_from(new QDateEdit(worker->database()->today().addYears(-1), this))
    , m_to(new QDateEdit(worker->database()->today(), this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("SearchDialog"));
    setWindowTitle(tr("Search notes"));
    m_model->setLocale(locale);
    for (QDateEdit *d : {m_from, m_to})
        d->setDisplayFormat(dateformat::datePattern(locale));
    setUpFilters();
    setUpView();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_channel);
    filters->addWidget(m_onlyClient);
    filters->addWidget(m_dates);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addStretch();
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connectUi();
    resize(900, 520);
}

void SearchDialog::setUpFilters()
{
    m_text->setObjectName(QStringLiteral("searchText"));
    m_text->setAccessibleName(tr("Search notes for"));
    m_text->setPlaceholderText(tr("Words from a note, a contact or an attachment name"));
    m_text->setClearButtonEnabled(true);
    m_text->addAction(QIcon(QStringLiteral(":/ardesk/icons/search.svg")),
                      QLineEdit::LeadingPosition);
    m_channel->setObjectName(QStringLiteral("searchChannel"));
    m_channel->addItem(tr("All channels"), QString());
    for (NoteChannel c : {NoteChannel::Call, NoteChannel::Email, NoteChannel::Text,
                          NoteChannel::Meeting, NoteChannel::Letter, NoteChannel::Internal})
        m_channel->addItem(displayName(c), toString(c));
    m_onlyClient->setObjectName(QStringLiteral("onlyClient"));
    m_onlyClient->setEnabled(false);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setEnabled(false);
    }
}

void SearchDialog::setUpView()
{
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setAccessibleName(tr("Notes found"));
    m_view->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(SearchResultModel::Snippet, new SnippetDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_status->setObjectName(QStringLiteral("searchStatus"));
}

/// Typing searches a moment after it stops; a filter change searches at once.
void SearchDialog::connectUi()
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &SearchDialog::search);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_channel, &QComboBox::currentIndexChanged, this, &SearchDialog::search);
    connect(m_onlyClient, &QCheckBox::toggled, this, &SearchDialog::search);
    connect(m_dates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        search();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &SearchDialog::search);
    connect(m_to, &QDateEdit::dateChanged, this, &SearchDialog::search);
    connect(m_view, &QTableView::activated, this, &SearchDialog::openCurrent);
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0) {
            m_view->setFocus();
            m_view->selectRow(0);
        }
    });
    auto showTotal = [this](int total) {
        m_status->setText(
                m_model->totalIsLowerBound()
                        ? tr("More than %1 notes match; showing the best first.").arg(total)
                        : tr("%n note(s) match.", nullptr, total));
    };
    connect(m_model, &SearchResultModel::searchFinished, this, [this, showTotal](int total) {
        showTotal(total);
        WindowStateStore::fitColumns(m_view);
    });
    // Past the ranked matches the first page comes before their count.
    connect(m_model, &SearchResultModel::totalCounted, this, showTotal);
    connect(m_model, &SearchResultModel::errorOccurred, this,
            [this](const QString &message) { m_status->setText(message); });
}

void SearchDialog::setCurrentClient(qint64 clientId, const QString &name)
{
    m_clientId = clientId;
    m_onlyClient->setEnabled(clientId != 0);
    m_onlyClient->setText(clientId ? tr("Only %1").arg(name) : tr("Only the shown client"));
    if (!clientId)
        m_onlyClient->setChecked(false);
}

void SearchDialog::setOnlyCurrentClient(bool only)
{
    m_onlyClient->setChecked(only && m_clientId != 0);
    m_text->setFocus();
}

void SearchDialog::setText(const QString &text)
{
    m_text->setText(text);
    search();
}

QString SearchDialog::statusText() const
{
    return m_status->text();
}

void SearchDialog::search()
{
    m_debounce->stop();
    SearchQuery q;
    q.text = m_text->text();
    if (const QString key = m_channel->currentData().toString(); !key.isEmpty())
        q.channel = noteChannelFromString(key);
    if (m_onlyClient->isChecked())
        q.clientId = m_clientId;
    if (m_dates->isChecked()) {
        q.from = m_from->date();
        q.to = m_to->date();
    }
    m_status->setText(tr("Searching…"));
    m_model->setQuery(q);
    if (m_model->rowCount() == 0 && !m_model->isSearching())
        m_status->setText(q.text.trimmed().isEmpty() ? tr("Type to search every note.")
                                                     : m_model->errorString());
}

void SearchDialog::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    Q_EMIT openNoteRequested(index.data(SearchResultModel::ClientIdRole).toLongLong(),
                             index.data(SearchResultModel::NoteIdRole).toLongLong());
}

} // namespace ardesk
