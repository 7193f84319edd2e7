// SPDX-License-Identifier: MIT
#include "widgets/recordintegritydialog.h"

#include "core/storage/recordchain.h"
#include "core/storage/recordverifier.h"
#include "models/databaseworker.h"
#include "widgets/progresspanel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ardesk {

namespace {
struct VerifyResult
{
    std::optional<RecordVerifier::Report> report;
    QString error;
    bool cancelled = false;
};
} // namespace

RecordIntegrityDialog::RecordIntegrityDialog(DatabaseWorker *worker, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_head(new QLabel(this))
    , m_progress(new ProgressPanel(this))
    , m_verify(new QPushButton(QIcon(QStringLiteral(":/ardesk/icons/shield.svg")),
                               tr("&Verify now"), this))
    , m_result(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("RecordIntegrityDialog"));
    setWindowTitle(tr("Record integrity"));
    m_head->setObjectName(QStringLiteral("chainHead"));
    m_head->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_head->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setAccessibleName(tr("Verification result"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
            tr("Every note revision, deletion and attachment is a link in a SHA-256 hash chain. "
               "The newest link (the chain head) changes with every entry; if anything in the "
               "record is altered outside ARDesk, verification names the first entry that no "
               "longer matches."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_head);
    layout->addWidget(m_progress);
    layout->addWidget(m_verify, 0, Qt::AlignLeft);
    layout->addWidget(m_result, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_verify, &QPushButton::clicked, this, &RecordIntegrityDialog::verifyNow);
    resize(620, 420);

    m_head->setText(tr("Chain head: reading…"));
    m_worker->run(
            this,
            [](const std::shared_ptr<Database> &db) {
                auto h = RecordChain(*db).head();
                return h ? h.value() : QString();
            },
            [this](QString head) {
                m_head->setText(head.isEmpty()
                                        ? tr("Chain head: could not be read")
                                        : tr("Chain head: <tt>%1</tt>").arg(head.toHtmlEscaped()));
            });
}

QString RecordIntegrityDialog::headText() const
{
    return m_head->text();
}

QString RecordIntegrityDialog::resultText() const
{
    return m_result->toPlainText();
}

void RecordIntegrityDialog::verifyNow()
{
    if (m_progress->isRunning())
        return;
    m_verify->setEnabled(false);
    m_result->setPlainText(tr("Verifying…"));
    m_worker->run(
            this,
            [progress
             = m_progress->start(tr("Verifying the record"))](const std::shared_ptr<Database> &db) {
                VerifyResult r;
                auto report = RecordVerifier(*db).verify(progress);
                if (report)
                    r.report = report.value();
                else if (progress.isCancelled())
                    r.cancelled = true;
                else
                    r.error = report.errorString();
                return r;
            },
            [this](VerifyResult r) {
                m_verify->setEnabled(true);
                m_progress->finish();
                if (r.cancelled) {
                    m_result->setPlainText(
                            tr("Verification cancelled — nothing concluded. The record was "
                               "neither found intact nor altered; verify again to know."));
                    Q_EMIT verified(false);
                    return;
                }
                if (!r.report) {
                    m_result->setPlainText(tr("The file could not be read: %1").arg(r.error));
                    Q_EMIT verified(false);
                    return;
                }
                const RecordVerifier::Report &rep = *r.report;
                QString text = tr("%1 chain entries: %2 note revisions, %3 deletions, %4 "
                                  "attachment references, %5 stored files.\n")
                                       .arg(rep.chainEntries)
                                       .arg(rep.revisions)
                                       .arg(rep.tombstones)
                                       .arg(rep.attachments)
                                       .arg(rep.blobs);
                if (rep.ok()) {
                    text += tr("\nOK — the record is intact. Chain head %1").arg(rep.head);
                } else {
                    text += tr("\nALTERED — the first problem:\n  %1\n")
                                    .arg(rep.problems.first().message);
                    if (rep.problems.size() > 1)
                        text += tr("\n%n more problem(s) found.", nullptr,
                                   int(rep.problems.size() - 1));
                }
                m_result->setPlainText(text);
                m_head->setText(tr("Chain head: <tt>%1</tt>").arg(rep.head.toHtmlEscaped()));
                Q_EMIT verified(rep.ok());
            });
}

void RecordIntegrityDialog::reject()
{
    if (m_progress->isRunning()) {
        m_progress->cancel(); // the dialog stays to say what the stopped work concluded
        return;
    }
    QDialog::reject();
}

} // namespace ardesk
