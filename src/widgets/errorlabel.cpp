// SPDX-License-Identifier: MIT
#include "widgets/errorlabel.h"

namespace ardesk {

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    // A palette, not a style sheet (style sheets slow the whole window down).
    QPalette p = palette();
    p.setColor(QPalette::WindowText, QColor(0xB7, 0x1C, 0x1C));
    setPalette(p);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void ErrorLabel::showMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

QString ErrorLabel::message() const
{
    return isHidden() ? QString() : text();
}

} // namespace ardesk
