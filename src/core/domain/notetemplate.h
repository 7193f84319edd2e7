// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>

namespace ardesk {

/// One structured field of a note template, enough for a GUI to build its form.
struct TemplateField
{
    enum class Type { Money, Date, Text, Invoices, Installments, Address };
    QString key; ///< the key in the note's fields JSON, e.g. "amount"
    QString label; ///< "Amount promised"
    Type type = Type::Text;
    bool required = false;
    QString help; ///< the question to ask, shown under the field
};

QString toString(TemplateField::Type type);
std::optional<TemplateField::Type> templateFieldTypeFromString(QStringView key);

/// A template kept as data in the company file: a note template with structured fields, an
/// e-mail template, or a call script (plain text with {{client.name}}-style placeholders).
struct NoteTemplate
{
    enum class Kind { Note, Email, CallScript };
    qint64 id = 0;
    QString key; ///< stable id, e.g. "promise-to-pay"
    Kind kind = Kind::Note;
    QString name;
    QString subject;
    QString bodyText;
    QString bodyHtml;
    QList<TemplateField> fields;
    bool isDefault = false;
    QDateTime updatedAt;
    int version = 1;

    Result<void> validate() const;

    /// Turns what the user typed (field key → text) into the structured fields JSON, checking
    /// each value; errors name the field. Money: "150.00" in `currency`, or "EUR 150.00";
    /// stored as {"amount_minor": n, "currency": "EUR"}. Dates: in the `company` locale's date
    /// format (dateformat::datePattern) or YYYY-MM-DD, stored as YYYY-MM-DD. Invoices: numbers
    /// separated by commas, stored as an array of invoice numbers. Installments:
    /// "AMOUNT:DATE;AMOUNT:DATE", stored as [{"amount_minor", "currency", "date"}, ...].
    /// Unknown keys are refused.
    Result<QJsonObject> parseFields(const QMap<QString, QString> &input, const QString &currency,
                                    const QLocale &company) const;

    /// The field definitions as stored in templates.fields_json.
    QByteArray fieldsToJson() const;
    static Result<QList<TemplateField>> fieldsFromJson(const QByteArray &json);

    Q_DECLARE_TR_FUNCTIONS(NoteTemplate)
};

QString toString(NoteTemplate::Kind kind);
std::optional<NoteTemplate::Kind> templateKindFromString(QStringView key);

} // namespace ardesk
