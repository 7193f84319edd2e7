// SPDX-License-Identifier: MIT
#include "widgets/clientlistdelegate.h"

#include "widgets/appearance.h"

#include "models/clientlistmodel.h"

namespace ardesk {

ClientListDelegate::ClientListDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_holdIcon(QStringLiteral(":/ardesk/icons/hold.svg"))
{ }

void ClientListDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == ClientListModel::Name
        && index.data(ClientListModel::CreditHoldRole).toBool()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = m_holdIcon;
    }
    // Overdue figures carry a sign as well as the colour (the colour alone says nothing to a
    // colour-blind eye); a screen reader gets the words from the model's accessible text.
    if ((index.column() == ClientListModel::Overdue
         || index.column() == ClientListModel::DaysPastDue)
        && !option->text.isEmpty()) {
        option->text = QStringLiteral("▲ ") + option->text;
        if (!(option->state & QStyle::State_Selected))
            option->palette.setColor(QPalette::Text,
                                     Appearance::text(Appearance::Tone::Error, option->palette));
    }
}

} // namespace ardesk
