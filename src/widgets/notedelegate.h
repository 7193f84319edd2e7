// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QStyledItemDelegate>
#include <QTimeZone>
#include <QUrl>

class QTextDocument;

namespace ardesk {

/// Paints a note of the timeline as a card: channel icon, what happened (channel, contact,
/// outcome), when and by whom, the text, structured fields, linked invoices, next contact,
/// attachment chips and a "revised" marker.
class NoteDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit NoteDelegate(QObject *parent = nullptr);
    void setLocale(const QLocale &locale) { m_locale = locale; }
    /// Times are shown in the user's zone, with its abbreviation when it is not this one.
    void setCompanyTimeZone(const QTimeZone &zone) { m_companyZone = zone; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The card's content as HTML (tests read it). E-mail addresses in the text are mailto:
    /// links: a click on one emits linkActivated.
    QString html(const QModelIndex &index) const;
    /// The link under `pos` (view coordinates) in the card drawn at `option.rect`, e.g.
    /// "mailto:ap@acme.example"; empty when there is none.
    QString anchorAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                     const QPoint &pos) const;
    /// The e-mail addresses a note's text shows as links, each once, in order.
    static QStringList mailAddresses(const QString &text);

Q_SIGNALS:
    /// A link in a card was clicked (mailto: only).
    void linkActivated(const QUrl &url);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    /// Lays the card's text out in `doc` for `option.rect`; returns where the text starts.
    QPoint layOut(QTextDocument &doc, const QStyleOptionViewItem &option,
                  const QModelIndex &index) const;

    static constexpr int kIcon = 20;
    static constexpr int kMargin = 6;
    QLocale m_locale;
    QTimeZone m_companyZone = QTimeZone::systemTimeZone();
};

} // namespace ardesk
