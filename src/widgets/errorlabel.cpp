// SPDX-License-Identifier: MIT
#include "widgets/errorlabel.h"
#include "widgets/appearance.h"

namespace ardesk {

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    // A palette, not a style sheet (style sheets slow the whole window down); readable on the
    // light and the dark scheme.
    Appearance::setTextTone(this, Appearance::Tone::Error);
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
