// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace ardesk {

/// The line under a form that says what is wrong (the core's message, naming the field): red,
/// wrapped, hidden while there is nothing to say. Every dialog that collects uses it.
class ErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ErrorLabel(QWidget *parent = nullptr);

    /// Shows `message`; an empty message hides the line.
    void showMessage(const QString &message);
    /// What is shown, or empty when nothing is.
    QString message() const;
};

} // namespace ardesk
