// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/notetemplate.h"

#include <functional>

#include <QObject>
#include <QPointer>

class QWidget;

namespace ardesk {

class DatabaseWorker;
class TemplateService;
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
    /// Reads every template; selects `select` when it is among them.
    void load(const QString &select = QString());
    void save(const NoteTemplate &tmpl);
    void preview(const NoteTemplate &tmpl, const QString &clientCode);
    void restoreDefault(const QString &key);
    /// Adds the default set of `language` on the worker, reloads and reports what was added.
    void addDefaults(const QString &language);
    /// Runs a New / Duplicate / Delete on the worker, then reloads the list (selecting the new
    /// template) and reports `done` (with the template's name); an error shows in the dialog.
    void change(std::function<Result<NoteTemplate>(TemplateService &)> work, const QString &done);

    QPointer<DatabaseWorker> m_worker;
    qint64 m_userId = 0;
    std::function<void(QString)> m_saved;
    TemplatesDialog *m_dialog; // owns this
};

} // namespace ardesk
