// SPDX-License-Identifier: MIT
#include "core/domain/notetemplate.h"

#include "core/domain/money.h"
#include "core/domain/validation.h"
#include "core/support/dateformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ardesk {
namespace {

Result<QDate> parseDate(const QString &field, const QString &text, const QLocale &company)
{
    const QDate d = dateformat::parseDate(company, text);
    if (!d.isValid())
        return makeError(ErrorCode::InvalidValue,
                         NoteTemplate::tr("%1: \"%2\" is not a date (%3 or YYYY-MM-DD)")
                                 .arg(field, text, dateformat::datePattern(company)));
    if (auto r = validation::businessDate(field, d); !r)
        return r.error();
    return d;
}

Result<Money> parseMoney(const QString &field, const QString &text, const QString &currency)
{
    static const QRegularExpression leading(QStringLiteral("^\\s*([A-Za-z]{3})\\s+(.+)$"));
    static const QRegularExpression trailing(QStringLiteral("^(.+?)\\s+([A-Za-z]{3})\\s*$"));
    QString code = currency;
    QString amount = text.trimmed();
    if (const auto m = leading.match(text); m.hasMatch()) {
        code = m.captured(1).toUpper();
        amount = m.captured(2);
    } else if (const auto m2 = trailing.match(text); m2.hasMatch()) {
        code = m2.captured(2).toUpper();
        amount = m2.captured(1);
    }
    auto money = Money::parse(amount, code, Money::ParseOptions {});
    if (!money)
        return makeError(ErrorCode::InvalidValue,
                         NoteTemplate::tr("%1: \"%2\": %3").arg(field, text, money.errorString()));
    if (money.value().minor() <= 0)
        return makeError(ErrorCode::InvalidValue,
                         NoteTemplate::tr("%1: \"%2\" must be more than zero").arg(field, text));
    return money;
}

QJsonObject moneyJson(const Money &m)
{
    return QJsonObject {{QStringLiteral("amount_minor"), m.minor()},
                        {QStringLiteral("currency"), m.currencyCode()}};
}

struct TypeName
{
    TemplateField::Type type;
    const char *name;
};
constexpr TypeName kTypes[] = {{TemplateField::Type::Money, "money"},
                               {TemplateField::Type::Date, "date"},
                               {TemplateField::Type::Text, "text"},
                               {TemplateField::Type::Invoices, "invoices"},
                               {TemplateField::Type::Installments, "installments"},
                               {TemplateField::Type::Address, "address"}};

} // namespace

QString toString(TemplateField::Type type)
{
    for (const TypeName &t : kTypes) {
        if (t.type == type)
            return QString::fromLatin1(t.name);
    }
    return QString();
}

std::optional<TemplateField::Type> templateFieldTypeFromString(QStringView key)
{
    for (const TypeName &t : kTypes) {
        if (key == QLatin1String(t.name))
            return t.type;
    }
    return std::nullopt;
}

QString toString(NoteTemplate::Kind kind)
{
    switch (kind) {
    case NoteTemplate::Kind::Note:
        return QStringLiteral("note");
    case NoteTemplate::Kind::Email:
        return QStringLiteral("email");
    case NoteTemplate::Kind::CallScript:
        return QStringLiteral("call_script");
    }
    return QString();
}

std::optional<NoteTemplate::Kind> templateKindFromString(QStringView key)
{
    for (auto k :
         {NoteTemplate::Kind::Note, NoteTemplate::Kind::Email, NoteTemplate::Kind::CallScript}) {
        if (key == toString(k))
            return k;
    }
    return std::nullopt;
}

Result<void> NoteTemplate::validate() const
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    if (!keyPattern.match(key).hasMatch())
        return makeError(ErrorCode::InvalidValue,
                         tr("key: \"%1\" must be lower-case letters, digits and dashes").arg(key));
    if (auto r = validation::requireText(tr("name"), name, 200); !r)
        return r;
    if (auto r = validation::noControlChars(tr("name"), name); !r)
        return r;
    QStringList seen;
    for (const TemplateField &f : fields) {
        if (!keyPattern.match(f.key.contains(u'_') ? QString(f.key).replace(u'_', u'-') : f.key)
                     .hasMatch())
            return makeError(ErrorCode::InvalidValue,
                             tr("fields: \"%1\" is not a valid field key").arg(f.key));
        if (seen.contains(f.key))
            return makeError(ErrorCode::InvalidValue,
                             tr("fields: \"%1\" appears twice").arg(f.key));
        seen << f.key;
        if (f.label.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidValue,
                             tr("fields: \"%1\" needs a label").arg(f.key));
    }
    return {};
}

Result<QJsonObject> NoteTemplate::parseFields(const QMap<QString, QString> &input,
                                              const QString &currency, const QLocale &company) const
{
    for (auto it = input.cbegin(); it != input.cend(); ++it) {
        const bool known = std::any_of(fields.cbegin(), fields.cend(),
                                       [&](const TemplateField &f) { return f.key == it.key(); });
        if (!known) {
            QStringList keys;
            for (const TemplateField &f : fields)
                keys << f.key;
            return makeError(ErrorCode::InvalidValue,
                             tr("%1: the template \"%2\" has no such field (it has: %3)")
                                     .arg(it.key(), key, keys.join(QStringLiteral(", "))));
        }
    }
    QJsonObject out;
    for (const TemplateField &f : fields) {
        const QString value = input.value(f.key).trimmed();
        const QString label = f.key;
        if (value.isEmpty()) {
            if (f.required)
                return makeError(ErrorCode::InvalidValue,
                                 tr("%1: is required (%2)").arg(label, f.label));
            continue;
        }
        switch (f.type) {
        case TemplateField::Type::Money: {
            auto m = parseMoney(label, value, currency);
            if (!m)
                return m.error();
            out.insert(f.key, moneyJson(m.value()));
            break;
        }
        case TemplateField::Type::Date: {
            auto d = parseDate(label, value, company);
            if (!d)
                return d.error();
            out.insert(f.key, d.value().toString(Qt::ISODate));
            break;
        }
        case TemplateField::Type::Text:
        case TemplateField::Type::Address: {
            if (value.size() > 2000)
                return makeError(ErrorCode::InvalidValue,
                                 tr("%1: longer than 2,000 characters").arg(label));
            if (auto r = validation::noControlChars(label, value, true); !r)
                return r.error();
            out.insert(f.key, value);
            break;
        }
        case TemplateField::Type::Invoices: {
            QJsonArray numbers;
            for (const QString &n : value.split(u',', Qt::SkipEmptyParts)) {
                const QString number = n.trimmed();
                if (number.isEmpty())
                    continue;
                if (auto r = validation::noControlChars(label, number); !r)
                    return r.error();
                if (!numbers.contains(number))
                    numbers.append(number);
            }
            if (numbers.isEmpty() && f.required)
                return makeError(ErrorCode::InvalidValue,
                                 tr("%1: name at least one invoice").arg(label));
            out.insert(f.key, numbers);
            break;
        }
        case TemplateField::Type::Installments: {
            QJsonArray list;
            QDate previous;
            QString code;
            const QStringList parts = value.split(u';', Qt::SkipEmptyParts);
            for (int i = 0; i < parts.size(); ++i) {
                const QString part = parts[i].trimmed();
                const qsizetype colon = part.lastIndexOf(u':');
                const QString where = QStringLiteral("%1[%2]").arg(label).arg(i + 1);
                if (colon <= 0)
                    return makeError(ErrorCode::InvalidValue,
                                     tr("%1: \"%2\" is not AMOUNT:YYYY-MM-DD").arg(where, part));
                auto m = parseMoney(where, part.left(colon), currency);
                if (!m)
                    return m.error();
                auto d = parseDate(where, part.mid(colon + 1), company);
                if (!d)
                    return d.error();
                if (!code.isEmpty() && m.value().currencyCode() != code)
                    return makeError(ErrorCode::InvalidValue,
                                     tr("%1: every installment must be in %2").arg(where, code));
                code = m.value().currencyCode();
                if (previous.isValid() && d.value() <= previous)
                    return makeError(
                            ErrorCode::InvalidValue,
                            tr("%1: dates must be in order, each after the one before").arg(where));
                previous = d.value();
                QJsonObject o = moneyJson(m.value());
                o.insert(QStringLiteral("date"), d.value().toString(Qt::ISODate));
                list.append(o);
            }
            if (list.isEmpty())
                return makeError(
                        ErrorCode::InvalidValue,
                        tr("%1: give at least one installment as AMOUNT:YYYY-MM-DD").arg(label));
            out.insert(f.key, list);
            break;
        }
        }
    }
    return out;
}

QByteArray NoteTemplate::fieldsToJson() const
{
    QJsonArray list;
    for (const TemplateField &f : fields)
        list.append(QJsonObject {{QStringLiteral("key"), f.key},
                                 {QStringLiteral("label"), f.label},
                                 {QStringLiteral("type"), toString(f.type)},
                                 {QStringLiteral("required"), f.required},
                                 {QStringLiteral("help"), f.help}});
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

Result<QList<TemplateField>> NoteTemplate::fieldsFromJson(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray())
        return makeError(
                ErrorCode::InvalidValue,
                tr("fields: not a JSON list of field definitions (%1)").arg(err.errorString()));
    QList<TemplateField> out;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        TemplateField f;
        f.key = o.value(QStringLiteral("key")).toString();
        f.label = o.value(QStringLiteral("label")).toString();
        const auto type = templateFieldTypeFromString(o.value(QStringLiteral("type")).toString());
        if (!type)
            return makeError(ErrorCode::InvalidValue,
                             tr("fields: \"%1\" has an unknown type \"%2\"")
                                     .arg(f.key, o.value(QStringLiteral("type")).toString()));
        f.type = *type;
        f.required = o.value(QStringLiteral("required")).toBool();
        f.help = o.value(QStringLiteral("help")).toString();
        out.append(f);
    }
    return out;
}

} // namespace ardesk
