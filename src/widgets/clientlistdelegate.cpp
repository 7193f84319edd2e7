// SPDX-License-Identifier: MIT
#include "widgets/clientlistdelegate.h"

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
    if ((index.column() == ClientListModel::Overdue
         || index.column() == ClientListModel::DaysPastDue)
        && !(option->state & QStyle::State_Selected)) {
        option->palette.setColor(QPalette::Text, QColor(0xC6, 0x28, 0x28));
    }
}

} // namespace ardesk
