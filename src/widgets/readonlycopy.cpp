// SPDX-License-Identifier: MIT
#include "widgets/readonlycopy.h"

#include "models/databaseworker.h"
#include "widgets/session.h"

#include <QMessageBox>
#include <QStatusBar>

namespace ardesk {

namespace {

struct Copied
{
    QString path;
    QString error;
};

} // namespace

void openReadOnlyCopy(Session *session, const ReadOnlyCopyView &view, const QString &title,
                      const QString &noViewer,
                      std::function<Result<QString>(const std::shared_ptr<Database> &)> copy)
{
    session->worker()->run(
            view.context,
            [copy = std::move(copy)](const std::shared_ptr<Database> &db) {
                Copied r;
                auto path = copy(db);
                if (path)
                    r.path = path.value();
                else
                    r.error = path.errorString();
                return r;
            },
            [view, title, noViewer](Copied r) {
                if (!r.error.isEmpty()) {
                    QMessageBox::warning(view.window, title, r.error);
                    return;
                }
                if (!view.openUrl(QUrl::fromLocalFile(r.path)))
                    view.status->showMessage(noViewer.arg(r.path), 8000);
            });
}

} // namespace ardesk
