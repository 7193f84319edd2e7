// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/notefilter.h"
#include "core/services/noteservice.h"

#include <QAbstractListModel>
#include <QJsonValue>
#include <QLocale>

namespace ardesk {

/// A client's notes, newest first, as the timeline shows them: each row is a note's newest
/// revision with its author, attachments and a "revised" marker. The filter (channel, author,
/// dates) is the core's NoteFilter. A bounded list loaded by the caller off the GUI thread.
class NoteTimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        NoteIdRole = Qt::UserRole + 1,
        RevisionRole,
        ChannelRole, ///< key: call, email, ...
        ChannelNameRole,
        DirectionRole, ///< "in" / "out"
        ContactRole,
        OutcomeRole, ///< display name; empty for none
        AuthorRole,
        OccurredAtRole, ///< QDateTime (UTC)
        RecordedAtRole,
        TextRole,
        NextContactRole, ///< QDate, invalid when none
        NoFollowUpRole,
        RevisedRole, ///< bool: the note has more than one revision
        AttachmentNamesRole, ///< QStringList
        AttachmentIdsRole, ///< QVariantList of qint64
        /// QStringList, one a chip: "name (size, type)", and for a file whose content is not
        /// what its name claims, what the content is and what the name claims
        AttachmentChipsRole,
        AttachmentMismatchRole, ///< QVariantList of bool, one per chip
        FieldsSummaryRole, ///< structured template fields as one line, e.g. "Promise to pay: …"
        InvoicesRole, ///< linked invoice numbers, comma separated
        HeaderRole ///< "Call out · Pat Doe · Reached" — the card's first line
    };

    explicit NoteTimelineModel(QObject *parent = nullptr);

    /// `invoiceNumbers` names linked invoices; `templateNames` names templates by key.
    void setEntries(QList<NoteService::Entry> entries, QHash<qint64, QString> invoiceNumbers = {},
                    QHash<QString, QString> templateNames = {});
    const QList<NoteService::Entry> &entries() const { return m_all; }
    void setFilter(const NoteFilter &filter);
    NoteFilter filter() const { return m_filter; }
    void setLocale(const QLocale &locale);
    /// The entry shown in `row` (filtered).
    const NoteService::Entry *entryAt(int row) const;
    /// The row of a note, or -1 when it is not shown.
    int rowOfNote(qint64 noteId) const;
    /// The authors of all entries (id → name), for the filter's choice.
    QList<QPair<qint64, QString>> authors() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QString fieldsSummary(const Note &note) const;
    /// A template field's value as shown: ISO dates in the company's date format.
    QString shownValue(const QJsonValue &value) const;

    QList<NoteService::Entry> m_all;
    QList<int> m_shown; ///< indexes into m_all that pass the filter
    QHash<qint64, QString> m_invoiceNumbers;
    QHash<QString, QString> m_templateNames;
    NoteFilter m_filter;
    QLocale m_locale;
};

} // namespace ardesk
