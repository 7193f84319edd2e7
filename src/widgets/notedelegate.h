// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QStyledItemDelegate>

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

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The card's content as HTML (tests read it).
    QString html(const QModelIndex &index) const;

private:
    static constexpr int kIcon = 20;
    static constexpr int kMargin = 6;
    QLocale m_locale;
};

} // namespace ardesk
