// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/notetemplate.h"

#include <functional>

#include <QObject>
#include <QPointer>

class QWidget;

namespace ardesk {

class DatabaseWorker;
class TemplatesDialog;

/// File > Templates and call scripts: the TemplatesDialog with every template read on the
/// worker, saves through TemplateService and previews through TemplatePreview. Lives as long
/// as its dialog.
class TemplatesScreen : public QObject
{
    Q_OBJECT
public:
    /// Opens the dialog on `window`; `saved` gets a status line after each saved template.
    static void open(DatabaseWorker *worker, qint64 userId, QWidget *window,
                     std::function<void(QString)> saved);

private:
    TemplatesScreen(DatabaseWorker *worker, qint64 userId, std::function<void(QString)> saved,
                    TemplatesDialog *dialog);
    void load();
    void save(const NoteTemplate &tmpl);
    void preview(const NoteTemplate &tmpl, const QString &clientCode);
    void restoreDefault(const QString &key);

    QPointer<DatabaseWorker> m_worker;
    qint64 m_userId = 0;
    std::function<void(QString)> m_saved;
    TemplatesDialog *m_dialog; // owns this
};

} // namespace ardesk
