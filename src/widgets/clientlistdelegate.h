// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace ardesk {

/// Draws the client list's cues: a hold icon beside clients on credit hold, overdue in red.
class ClientListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ClientListDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon m_holdIcon;
};

} // namespace ardesk
