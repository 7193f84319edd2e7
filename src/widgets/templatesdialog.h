// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/notetemplate.h"

#include <QDialog>

class QLabel;
class QVBoxLayout;
class QSplitter;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class QTimer;

namespace ardesk {

class ErrorLabel;

/// Settings > Templates: the note templates (structured fields with the question to ask), the
/// call scripts and the e-mail templates of the company file, as data a manager edits. Shows
/// and collects; saving goes through TemplateService (optimistic locking, audit).
class TemplatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TemplatesDialog(QWidget *parent = nullptr);

    void setTemplates(const QList<NoteTemplate> &templates);
    /// Selects a template by key.
    bool select(const QString &key);
    /// The selected template as edited, or the first error (naming the field).
    Result<NoteTemplate> edited() const;
    void showError(const QString &message);
    QString errorText() const;
    /// After a successful save: the stored version replaces the one in the list.
    void saved(const NoteTemplate &tmpl);
    /// A new field row; `fixedKey` rows keep their key (ARDesk reads those fields by key).
    void addFieldRow(const TemplateField &field, bool fixedKey = false);
    /// Shows the shipped text of the selected template (not saved until Save).
    void loadShipped(const NoteTemplate &shipped);

Q_SIGNALS:
    void saveRequested(const ardesk::NoteTemplate &tmpl);
    void restoreDefaultRequested(const QString &key);
    /// New… (named by the user), Duplicate and Delete… (confirmed) on the list.
    void createRequested(ardesk::NoteTemplate::Kind kind, const QString &name);
    void duplicateRequested(const QString &key);
    /// Add the default set shipped in `language` ("en", "de") beside the templates there.
    void addDefaultsRequested(const QString &language);
    void deleteRequested(const ardesk::NoteTemplate &tmpl);
    /// The e-mail preview: render the edited template for the client with this code (empty:
    /// the example values).
    void previewRequested(const ardesk::NoteTemplate &tmpl, const QString &clientCode);

public:
    /// Shows a rendered preview (subject, text, HTML) or why it cannot render.
    void showPreview(const QString &subject, const QString &text, const QString &html,
                     const QString &problem);
    QString previewText() const;

private:
    void nameChildren();
    QSplitter *buildEditor();
    void followEditsWithPreview();
    void buildFields(QVBoxLayout *layout);
    enum FieldColumn { KeyColumn, LabelColumn, TypeColumn, RequiredColumn, HelpColumn, Columns };
    QWidget *buildList();
    void askForName(NoteTemplate::Kind kind);
    void confirmDelete();
    void showCurrent();
    void save();

    QList<NoteTemplate> m_templates;
    int m_current = -1;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLabel *m_subjectLabel;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QLabel *m_htmlLabel;
    QPlainTextEdit *m_html;
    QLabel *m_fieldsLabel;
    QTableWidget *m_fields;
    QPushButton *m_addField;
    QPushButton *m_removeField;
    QPushButton *m_restore;
    QPushButton *m_new;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_addDefaults;
    QPushButton *m_save;
    ErrorLabel *m_error;
    QLabel *m_previewLabel;
    QLineEdit *m_previewClient;
    QTextBrowser *m_preview;
    QTimer *m_previewTimer;
    void requestPreview();
};

} // namespace ardesk
