// SPDX-License-Identifier: MIT
#include "widgets/tableave.h"

#include <QDateTimeEdit>
#include <QKeyEvent>

namespace ardesk {

namespace {

bool takesTab(const QWidget *w, const QDateTimeEdit *from)
{
    return w->window() == from->window() && w->isVisible() && w->isEnabled()
            && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !from->isAncestorOf(w);
}

class TabLeaveFilter : public QObject
{
public:
    explicit TabLeaveFilter(QDateTimeEdit *edit)
        : QObject(edit)
        , m_edit(edit)
    { }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_edit || event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool backward = key->key() == Qt::Key_Backtab
                || (key->key() == Qt::Key_Tab && (key->modifiers() & Qt::ShiftModifier));
        if ((key->key() != Qt::Key_Tab && !backward)
            || key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)
            || m_edit->specialValueText().isEmpty()
            || m_edit->dateTime() != m_edit->minimumDateTime())
            return false;
        QWidget *w = m_edit;
        do {
            w = backward ? w->previousInFocusChain() : w->nextInFocusChain();
        } while (w != m_edit && !takesTab(w, m_edit));
        if (w == m_edit)
            return false;
        w->setFocus(backward ? Qt::BacktabFocusReason : Qt::TabFocusReason);
        return true;
    }

private:
    QDateTimeEdit *m_edit;
};

} // namespace

void letTabLeave(QDateTimeEdit *edit)
{
    edit->installEventFilter(new TabLeaveFilter(edit));
}

} // namespace ardesk
