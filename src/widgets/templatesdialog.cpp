// SPDX-License-Identifier: MIT
#include "widgets/templatesdialog.h"
#include "widgets/appearance.h"

#include "widgets/errorlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace ardesk {

namespace {
constexpr TemplateField::Type kTypes[]
        = {TemplateField::Type::Text,         TemplateField::Type::Money,
           TemplateField::Type::Date,         TemplateField::Type::Invoices,
           TemplateField::Type::Installments, TemplateField::Type::Address};

/// A field type as the Type column shows it; the item's data is the stored key ("money").
QString typeTitle(TemplateField::Type type)
{
    switch (type) {
    case TemplateField::Type::Text:
        return TemplatesDialog::tr("Text");
    case TemplateField::Type::Money:
        return TemplatesDialog::tr("Amount");
    case TemplateField::Type::Date:
        return TemplatesDialog::tr("Date");
    case TemplateField::Type::Invoices:
        return TemplatesDialog::tr("Invoices");
    case TemplateField::Type::Installments:
        return TemplatesDialog::tr("Installments");
    case TemplateField::Type::Address:
        return TemplatesDialog::tr("Address");
    }
    return toString(type);
}

QString kindTitle(NoteTemplate::Kind kind)
{
    switch (kind) {
    case NoteTemplate::Kind::Note:
        return TemplatesDialog::tr("Note template");
    case NoteTemplate::Kind::CallScript:
        return TemplatesDialog::tr("Call script");
    case NoteTemplate::Kind::Email:
        return TemplatesDialog::tr("E-mail template");
    }
    return QString();
}
} // namespace

TemplatesDialog::TemplatesDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_subjectLabel(new QLabel(tr("&Subject:"), this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_htmlLabel(new QLabel(tr("&HTML body:"), this))
    , m_html(new QPlainTextEdit(this))
    , m_fieldsLabel(new QLabel(tr("Fields (the questions to ask):"), this))
    , m_fields(new QTableWidget(0, Columns, this))
    , m_addField(new QPushButton(tr("Add field"), this))
    , m_removeField(new QPushButton(tr("Remove field"), this))
    , m_restore(new QPushButton(tr("Restore shipped text"), this))
    , m_new(new QPushButton(tr("&New"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_addDefaults(new QPushButton(tr("&Add default set"), this))
    , m_save(new QPushButton(tr("&Save template"), this))
    , m_error(new ErrorLabel(this))
    , m_previewLabel(new QLabel(tr("&Preview for client (code, empty: example values):"), this))
    , m_previewClient(new QLineEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("TemplatesDialog"));
    setWindowTitle(tr("Templates and call scripts"));
    nameChildren();
    QSplitter *split = buildEditor();
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(split, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(close);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_current = m_list->item(row) ? m_list->item(row)->data(Qt::UserRole).toInt() : -1;
        showCurrent();
    });
    connect(m_addField, &QPushButton::clicked, this, [this] { addFieldRow(TemplateField()); });
    connect(m_removeField, &QPushButton::clicked, this, [this] {
        if (m_fields->currentRow() >= 0)
            m_fields->removeRow(m_fields->currentRow());
    });
    connect(m_save, &QPushButton::clicked, this, &TemplatesDialog::save);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (m_current >= 0)
            Q_EMIT restoreDefaultRequested(m_templates.at(m_current).key);
    });
    resize(980, 640);
}

void TemplatesDialog::nameChildren()
{
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    m_list->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    m_name->setObjectName(QStringLiteral("templateName"));
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_body->setTabChangesFocus(true); // Tab moves on, never types a tab
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_html->setTabChangesFocus(true); // Tab moves on, never types a tab
    m_html->setObjectName(QStringLiteral("templateHtml"));
    m_fields->setObjectName(QStringLiteral("templateFields"));
    m_fields->setAccessibleName(tr("Template fields"));
    m_fields->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    m_save->setObjectName(QStringLiteral("saveTemplateButton"));
    m_restore->setObjectName(QStringLiteral("restoreTemplateButton"));
    m_new->setObjectName(QStringLiteral("newTemplateButton"));
    m_duplicate->setObjectName(QStringLiteral("duplicateTemplateButton"));
    m_delete->setObjectName(QStringLiteral("deleteTemplateButton"));
    m_addDefaults->setObjectName(QStringLiteral("addDefaultTemplatesButton"));
    m_error->setObjectName(QStringLiteral("templateError"));
    m_subjectLabel->setBuddy(m_subject);
    m_htmlLabel->setBuddy(m_html);
}

/// The template list beside the editor: name, subject, text, HTML, live preview, fields.
QSplitter *TemplatesDialog::buildEditor()
{
    auto *split = new QSplitter(this);
    split->addWidget(buildList());
    auto *editor = new QWidget(split);
    auto *layout = new QVBoxLayout(editor);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_subjectLabel, m_subject);
    layout->addLayout(form);
    auto *bodyLabel = new QLabel(tr("&Text ({{client.name}}-style placeholders):"), editor);
    bodyLabel->setBuddy(m_body);
    layout->addWidget(bodyLabel);
    layout->addWidget(m_body, 2);
    layout->addWidget(m_htmlLabel);
    layout->addWidget(m_html, 2);
    m_previewLabel->setBuddy(m_previewClient);
    m_previewClient->setObjectName(QStringLiteral("previewClient"));
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_previewClient);
    layout->addWidget(m_preview, 3);
    followEditsWithPreview();
    buildFields(layout);
    split->addWidget(editor);
    split->setStretchFactor(1, 3);
    return split;
}

/// The list with New (a menu: which kind), Duplicate and Delete under it.
QWidget *TemplatesDialog::buildList()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);
    auto *kinds = new QMenu(m_new);
    for (auto kind :
         {NoteTemplate::Kind::Note, NoteTemplate::Kind::Email, NoteTemplate::Kind::CallScript}) {
        QAction *a = kinds->addAction(kindTitle(kind), this, [this, kind] { askForName(kind); });
        a->setObjectName(QStringLiteral("new-") + toString(kind));
    }
    m_new->setMenu(kinds);
    m_duplicate->setToolTip(tr("A copy of the selected template to make your own version"));
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        if (m_current >= 0)
            Q_EMIT duplicateRequested(m_templates.at(m_current).key);
    });
    connect(m_delete, &QPushButton::clicked, this, &TemplatesDialog::confirmDelete);
    // The shipped sets by language, each named in its own language; adding one changes none of
    // the templates there.
    layout->addWidget(m_addDefaults);
    m_addDefaults->setToolTip(tr("Adds the templates ARDesk ships in another language beside "
                                 "yours; none of your templates is changed"));
    auto *languages = new QMenu(m_addDefaults);
    const std::pair<const char *, QString> sets[]
            = {{"en", QStringLiteral("English")}, {"de", QStringLiteral("Deutsch")}};
    for (const auto &[code, name] : sets) {
        const QString language = QString::fromLatin1(code);
        QAction *a = languages->addAction(
                name, this, [this, language] { Q_EMIT addDefaultsRequested(language); });
        a->setObjectName(QStringLiteral("add-defaults-") + language);
    }
    m_addDefaults->setMenu(languages);
    return box;
}

void TemplatesDialog::askForName(NoteTemplate::Kind kind)
{
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("newTemplateName"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("New template"));
    ask->setLabelText(tr("Name of the new %1:").arg(kindTitle(kind).toLower()));
    connect(ask, &QInputDialog::textValueSelected, this,
            [this, kind](const QString &name) { Q_EMIT createRequested(kind, name); });
    ask->open();
}

void TemplatesDialog::confirmDelete()
{
    if (m_current < 0)
        return;
    const NoteTemplate t = m_templates.at(m_current);
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Delete template"),
                                tr("Delete the template \"%1\"? Notes written with it keep their "
                                   "text.")
                                        .arg(t.name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    ask->setObjectName(QStringLiteral("confirmDeleteTemplate"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::buttonClicked, this, [this, ask, t](QAbstractButton *button) {
        if (ask->standardButton(button) == QMessageBox::Yes)
            Q_EMIT deleteRequested(t);
    });
    ask->open();
}

/// Live: the preview follows the edits, a moment after typing stops.
void TemplatesDialog::followEditsWithPreview()
{
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &TemplatesDialog::requestPreview);
    for (QPlainTextEdit *e : {m_body, m_html})
        connect(e, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_subject, &QLineEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_previewClient, &QLineEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
}

void TemplatesDialog::buildFields(QVBoxLayout *layout)
{
    layout->addWidget(m_fieldsLabel);
    m_fields->setHorizontalHeaderLabels(
            {tr("Key"), tr("Label"), tr("Type"), tr("Required"), tr("Question / help")});
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->verticalHeader()->hide();
    layout->addWidget(m_fields, 2);
    auto *fieldButtons = new QHBoxLayout;
    fieldButtons->addWidget(m_addField);
    fieldButtons->addWidget(m_removeField);
    fieldButtons->addStretch();
    layout->addLayout(fieldButtons);
    layout->addWidget(m_error);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_restore);
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    layout->addLayout(saveRow);
}

void TemplatesDialog::setTemplates(const QList<NoteTemplate> &templates)
{
    const QString selected = m_current >= 0 ? m_templates.at(m_current).key : QString();
    m_templates = templates;
    std::stable_sort(m_templates.begin(), m_templates.end(),
                     [](const NoteTemplate &a, const NoteTemplate &b) {
                         return std::tie(a.kind, a.name) < std::tie(b.kind, b.name);
                     });
    m_list->clear();
    for (int i = 0; i < m_templates.size(); ++i) {
        const NoteTemplate &t = m_templates.at(i);
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(kindTitle(t.kind), t.name),
                                         m_list);
        item->setData(Qt::UserRole, i);
        item->setToolTip(item->text() + u'\n' + t.key); // a long name is cut in the list
    }
    if (!select(selected) && !m_templates.isEmpty())
        m_list->setCurrentRow(0);
}

bool TemplatesDialog::select(const QString &key)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_templates.at(m_list->item(row)->data(Qt::UserRole).toInt()).key == key) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void TemplatesDialog::loadShipped(const NoteTemplate &shipped)
{
    if (m_current < 0)
        return;
    NoteTemplate &t = m_templates[m_current];
    t.name = shipped.name;
    t.subject = shipped.subject;
    t.bodyText = shipped.bodyText;
    t.bodyHtml = shipped.bodyHtml;
    t.fields = shipped.fields;
    showCurrent();
}

void TemplatesDialog::addFieldRow(const TemplateField &f, bool fixedKey)
{
    const int row = m_fields->rowCount();
    m_fields->insertRow(row);
    auto *key = new QTableWidgetItem(f.key);
    if (fixedKey) {
        key->setFlags(key->flags() & ~Qt::ItemIsEditable);
        key->setToolTip(tr("ARDesk reads this field by its key; the key cannot change"));
    }
    m_fields->setItem(row, KeyColumn, key);
    m_fields->setItem(row, LabelColumn, new QTableWidgetItem(f.label));
    auto *type = new QComboBox(m_fields);
    for (TemplateField::Type t : kTypes)
        type->addItem(typeTitle(t), toString(t));
    type->setCurrentIndex(std::max(0, type->findData(toString(f.type))));
    // Cell editors are named by their field: a screen reader has no header to read.
    type->setAccessibleName(tr("Type of %1").arg(f.label.isEmpty() ? f.key : f.label));
    m_fields->setCellWidget(row, TypeColumn, type);
    auto *required = new QCheckBox(m_fields);
    required->setChecked(f.required);
    required->setAccessibleName(tr("%1 is required").arg(f.label.isEmpty() ? f.key : f.label));
    m_fields->setCellWidget(row, RequiredColumn, required);
    // Cell widgets made now would come last in the focus chain: put them after the table's
    // previous row, before "Add field", as shown.
    QWidget *previous = m_fields;
    for (int r = 0; r <= row; ++r) {
        for (int column : {int(TypeColumn), int(RequiredColumn)}) {
            if (QWidget *cell = m_fields->cellWidget(r, column)) {
                setTabOrder(previous, cell);
                previous = cell;
            }
        }
    }
    setTabOrder(previous, m_addField);
    m_fields->setItem(row, HelpColumn, new QTableWidgetItem(f.help));
}

void TemplatesDialog::showCurrent()
{
    m_error->hide();
    const bool any = m_current >= 0;
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_body),
                       static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_restore),
                       static_cast<QWidget *>(m_duplicate), static_cast<QWidget *>(m_delete)})
        w->setEnabled(any);
    m_fields->setRowCount(0);
    if (!any)
        return;
    const NoteTemplate &t = m_templates.at(m_current);
    m_name->setText(t.name);
    m_subject->setText(t.subject);
    m_body->setPlainText(t.bodyText);
    m_html->setPlainText(t.bodyHtml);
    const bool email = t.kind == NoteTemplate::Kind::Email;
    const bool note = t.kind == NoteTemplate::Kind::Note;
    m_subjectLabel->setVisible(email);
    m_subject->setVisible(email);
    m_htmlLabel->setVisible(email);
    m_html->setVisible(email);
    m_previewLabel->setVisible(email);
    m_previewClient->setVisible(email);
    m_preview->setVisible(email);
    if (email)
        m_previewTimer->start();
    for (QWidget *w : {static_cast<QWidget *>(m_fieldsLabel), static_cast<QWidget *>(m_fields),
                       static_cast<QWidget *>(m_addField), static_cast<QWidget *>(m_removeField)})
        w->setVisible(note);
    for (const TemplateField &f : t.fields)
        addFieldRow(f, true);
    m_fields->resizeColumnsToContents();
}

Result<NoteTemplate> TemplatesDialog::edited() const
{
    if (m_current < 0)
        return makeError(ErrorCode::InvalidValue, tr("no template is selected"));
    NoteTemplate t = m_templates.at(m_current);
    t.name = m_name->text().trimmed();
    t.subject = m_subject->text().trimmed();
    t.bodyText = m_body->toPlainText();
    t.bodyHtml = m_html->toPlainText();
    if (t.kind == NoteTemplate::Kind::Note) {
        t.fields.clear();
        for (int row = 0; row < m_fields->rowCount(); ++row) {
            TemplateField f;
            f.key = m_fields->item(row, KeyColumn)
                    ? m_fields->item(row, KeyColumn)->text().trimmed()
                    : QString();
            f.label = m_fields->item(row, LabelColumn)
                    ? m_fields->item(row, LabelColumn)->text().trimmed()
                    : QString();
            f.help = m_fields->item(row, HelpColumn)
                    ? m_fields->item(row, HelpColumn)->text().trimmed()
                    : QString();
            auto *type = qobject_cast<QComboBox *>(m_fields->cellWidget(row, TypeColumn));
            f.type = templateFieldTypeFromString(type ? type->currentData().toString() : QString())
                             .value_or(TemplateField::Type::Text);
            auto *required = qobject_cast<QCheckBox *>(m_fields->cellWidget(row, RequiredColumn));
            f.required = required && required->isChecked();
            t.fields.append(f);
        }
    }
    if (auto v = t.validate(); !v)
        return v.error();
    return t;
}

void TemplatesDialog::save()
{
    auto t = edited();
    if (!t) {
        showError(t.errorString());
        return;
    }
    m_error->hide();
    Q_EMIT saveRequested(t.value());
}

void TemplatesDialog::saved(const NoteTemplate &tmpl)
{
    for (NoteTemplate &t : m_templates) {
        if (t.key == tmpl.key || (tmpl.id && t.id == tmpl.id))
            t = tmpl;
    }
    setTemplates(m_templates);
    select(tmpl.key);
}

void TemplatesDialog::requestPreview()
{
    if (m_current < 0 || m_templates.at(m_current).kind != NoteTemplate::Kind::Email)
        return;
    NoteTemplate t = m_templates.at(m_current);
    t.subject = m_subject->text();
    t.bodyText = m_body->toPlainText();
    t.bodyHtml = m_html->toPlainText();
    Q_EMIT previewRequested(t, m_previewClient->text().trimmed());
}

void TemplatesDialog::showPreview(const QString &subject, const QString &text, const QString &html,
                                  const QString &problem)
{
    if (!problem.isEmpty()) {
        m_preview->setHtml(
                QStringLiteral("<p><font color='%2'>%1</font></p>")
                        .arg(problem.toHtmlEscaped(),
                             Appearance::text(Appearance::Tone::Error, palette()).name()));
        return;
    }
    Q_UNUSED(text)
    m_preview->setHtml(QStringLiteral("<p><b>%1</b></p><hr>").arg(subject.toHtmlEscaped()) + html);
}

QString TemplatesDialog::previewText() const
{
    return m_preview->toPlainText();
}

void TemplatesDialog::showError(const QString &message)
{
    m_error->showMessage(message);
}

QString TemplatesDialog::errorText() const
{
    return m_error->message();
}

} // namespace ardesk
