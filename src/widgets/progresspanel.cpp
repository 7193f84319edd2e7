// SPDX-License-Identifier: MIT
#include "widgets/progresspanel.h"

#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ardesk {

ProgressPanel::ProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_stage(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_count(new QLabel(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("progressPanel"));
    m_stage->setObjectName(QStringLiteral("progressStage"));
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_count->setObjectName(QStringLiteral("progressCount"));
    m_cancelButton->setObjectName(QStringLiteral("progressCancel"));
    m_stage->setWordWrap(true);
    m_bar->setTextVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stage);
    auto *row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancelButton);
    layout->addLayout(row);
    layout->addWidget(m_count);
    connect(m_cancelButton, &QPushButton::clicked, this, &ProgressPanel::cancel);
    retranslateUi();
    hide();
}

ProgressPanel::~ProgressPanel()
{
    if (m_cancel)
        m_cancel->store(true); // the work's reports go nowhere now: let it stop
}

Progress ProgressPanel::start(const QString &stage)
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelled = false;
    const qint64 generation = ++m_generation;
    m_done = m_total = 0;
    m_stage->setText(stage);
    m_bar->setRange(0, 0);
    m_count->clear();
    m_cancelButton->setEnabled(true);
    if (QWidget *w = window(); w && w != this)
        w->installEventFilter(this);
    show();
    QPointer<ProgressPanel> self(this);
    return Progress(
            [self, generation](qint64 done, qint64 total, const QString &text) {
                QMetaObject::invokeMethod(
                        self.data(),
                        [self, generation, done, total, text] {
                            if (self)
                                self->showReport(generation, done, total, text);
                        },
                        Qt::QueuedConnection);
            },
            m_cancel);
}

void ProgressPanel::finish()
{
    m_cancel.reset();
    ++m_generation;
    if (QWidget *w = window(); w && w != this)
        w->removeEventFilter(this);
    hide();
}

void ProgressPanel::cancel()
{
    if (!m_cancel || m_cancelled)
        return;
    m_cancel->store(true);
    m_cancelled = true;
    m_cancelButton->setEnabled(false);
    m_stage->setText(tr("Cancelling — stopping at the next safe point…"));
    Q_EMIT cancelRequested();
}

QString ProgressPanel::stageText() const
{
    return m_stage->text();
}

QString ProgressPanel::countText() const
{
    return m_count->text();
}

void ProgressPanel::showReport(qint64 generation, qint64 done, qint64 total, const QString &stage)
{
    if (generation != m_generation || !m_cancel)
        return;
    m_done = done;
    m_total = total;
    if (!m_cancelled)
        m_stage->setText(stage);
    const QLocale locale;
    if (total > 0) {
        // The bar counts in thousandths: totals beyond int's range still fit.
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(std::min<qint64>(done, total) * 1000 / total));
        m_count->setText(tr("%1 of %2").arg(locale.toString(done), locale.toString(total)));
    } else {
        m_bar->setRange(0, 0);
        m_count->setText(done > 0 ? locale.toString(done) : QString());
    }
    Q_EMIT advanced(done, total);
}

bool ProgressPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == window() && isRunning()) {
        if (event->type() == QEvent::KeyPress
            && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            cancel();
            return true;
        }
        if (event->type() == QEvent::Close) {
            cancel(); // the run's result still arrives; the window stays until then
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProgressPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProgressPanel::retranslateUi()
{
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the work at the next safe point (Esc)"));
    m_cancelButton->setAccessibleName(tr("Cancel the work"));
    m_bar->setAccessibleName(tr("Progress"));
}

} // namespace ardesk
