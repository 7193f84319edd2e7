// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QStyledItemDelegate>
#include <QTimeZone>

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

    /// The card's content as HTML (tests read it).
    QString html(const QModelIndex &index) const;

private:
    static constexpr int kIcon = 20;
    static constexpr int kMargin = 6;
    QLocale m_locale;
    QTimeZone m_companyZone = QTimeZone::systemTimeZone();
};

} // namespace ardesk
