// SPDX-License-Identifier: MIT
#include "widgets/templatesscreen.h"

#include "core/services/templatepreview.h"
#include "core/services/templateservice.h"
#include "core/storage/templaterepository.h"
#include "models/databaseworker.h"
#include "widgets/templatesdialog.h"

namespace ardesk {
namespace {

struct Loaded
{
    QList<NoteTemplate> templates;
    QString error;
    QStringList added; ///< addDefaults: the names of the templates added
};

struct Saved
{
    NoteTemplate tmpl;
    QString error;
};

struct Preview
{
    TemplateRenderer::Rendered rendered;
    QString problem;
};

} // namespace

void TemplatesScreen::open(DatabaseWorker *worker, qint64 userId, QWidget *window,
                           std::function<void(QString)> saved)
{
    auto *dialog = new TemplatesDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *screen = new TemplatesScreen(worker, userId, std::move(saved), dialog);
    screen->load();
    dialog->open();
}

TemplatesScreen::TemplatesScreen(DatabaseWorker *worker, qint64 userId,
                                 std::function<void(QString)> saved, TemplatesDialog *dialog)
    : QObject(dialog)
    , m_worker(worker)
    , m_userId(userId)
    , m_saved(std::move(saved))
    , m_dialog(dialog)
{
    connect(dialog, &TemplatesDialog::saveRequested, this, &TemplatesScreen::save);
    connect(dialog, &TemplatesDialog::previewRequested, this, &TemplatesScreen::preview);
    connect(dialog, &TemplatesDialog::restoreDefaultRequested, this,
            &TemplatesScreen::restoreDefault);
    connect(dialog, &TemplatesDialog::createRequested, this,
            [this](NoteTemplate::Kind kind, const QString &name) {
                change([kind, name](TemplateService &s) { return s.create(kind, name); },
                       tr("Template %1 created"));
            });
    connect(dialog, &TemplatesDialog::addDefaultsRequested, this, &TemplatesScreen::addDefaults);
    connect(dialog, &TemplatesDialog::duplicateRequested, this, [this](const QString &key) {
        change([key](TemplateService &s) { return s.duplicate(key); }, tr("Template %1 created"));
    });
    connect(dialog, &TemplatesDialog::deleteRequested, this, [this](const NoteTemplate &tmpl) {
        change(
                [tmpl](TemplateService &s) -> Result<NoteTemplate> {
                    if (auto r = s.remove(tmpl); !r)
                        return r.error();
                    return tmpl;
                },
                tr("Template %1 deleted"));
    });
}

void TemplatesScreen::change(std::function<Result<NoteTemplate>(TemplateService &)> work,
                             const QString &done)
{
    if (!m_worker)
        return;
    m_dialog->setEnabled(false);
    m_worker->run(
            this,
            [userId = m_userId, work](const std::shared_ptr<Database> &db) {
                Saved s;
                TemplateService service(db, userId);
                auto r = work(service);
                if (r)
                    s.tmpl = r.value();
                else
                    s.error = r.errorString();
                return s;
            },
            [this, done](Saved s) {
                m_dialog->setEnabled(true);
                if (!s.error.isEmpty()) {
                    m_dialog->showError(s.error);
                    return;
                }
                load(s.tmpl.key);
                if (m_saved)
                    m_saved(done.arg(s.tmpl.name));
            });
}

void TemplatesScreen::addDefaults(const QString &language)
{
    if (!m_worker)
        return;
    m_dialog->setEnabled(false);
    m_worker->run(
            this,
            [userId = m_userId, language](const std::shared_ptr<Database> &db) {
                auto r = TemplateService(db, userId).addDefaultsOf(language);
                return r ? Loaded {{}, QString(), r.value()} : Loaded {{}, r.errorString(), {}};
            },
            [this](Loaded r) {
                m_dialog->setEnabled(true);
                if (!r.error.isEmpty()) {
                    m_dialog->showError(r.error);
                    return;
                }
                load();
                if (m_saved)
                    m_saved(r.added.isEmpty()
                                    ? tr("The default set is there already: nothing was added")
                                    : tr("%n template(s) added: %1", nullptr, int(r.added.size()))
                                              .arg(r.added.join(QStringLiteral(", "))));
            });
}

void TemplatesScreen::load(const QString &select)
{
    if (!m_worker)
        return;
    m_worker->run(
            this,
            [](const std::shared_ptr<Database> &db) {
                Loaded r;
                TemplateRepository repo(*db);
                for (auto kind : {NoteTemplate::Kind::Note, NoteTemplate::Kind::CallScript,
                                  NoteTemplate::Kind::Email}) {
                    auto list = repo.list(kind);
                    if (!list) {
                        r.error = list.errorString();
                        return r;
                    }
                    r.templates += list.value();
                }
                return r;
            },
            [this, select](Loaded r) {
                m_dialog->setTemplates(r.templates);
                if (!select.isEmpty())
                    m_dialog->select(select);
                m_dialog->showError(r.error);
            });
}

void TemplatesScreen::save(const NoteTemplate &tmpl)
{
    if (!m_worker)
        return;
    m_dialog->setEnabled(false);
    m_worker->run(
            this,
            [userId = m_userId, t = tmpl](const std::shared_ptr<Database> &db) mutable {
                Saved s;
                if (auto r = TemplateService(db, userId).save(t); !r)
                    s.error = r.errorString();
                s.tmpl = t;
                return s;
            },
            [this](Saved s) {
                m_dialog->setEnabled(true);
                if (!s.error.isEmpty()) {
                    m_dialog->showError(s.error);
                    return;
                }
                m_dialog->saved(s.tmpl);
                if (m_saved)
                    m_saved(tr("Template %1 saved").arg(s.tmpl.name));
            });
}

void TemplatesScreen::preview(const NoteTemplate &tmpl, const QString &clientCode)
{
    if (!m_worker)
        return;
    m_worker->run(
            this,
            [tmpl, clientCode, userId = m_userId](const std::shared_ptr<Database> &db) {
                Preview p;
                auto r = TemplatePreview(db, userId).render(tmpl, clientCode);
                if (r)
                    p.rendered = r.value();
                else
                    p.problem = r.errorString();
                return p;
            },
            [this](Preview p) {
                m_dialog->showPreview(p.rendered.subject, p.rendered.text, p.rendered.html,
                                      p.problem);
            });
}

void TemplatesScreen::restoreDefault(const QString &key)
{
    auto shipped = TemplateService::shippedDefault(key);
    if (shipped)
        m_dialog->loadShipped(shipped.value());
    else
        m_dialog->showError(shipped.errorString());
}

} // namespace ardesk
