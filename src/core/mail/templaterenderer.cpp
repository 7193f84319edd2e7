// SPDX-License-Identifier: MIT
#include "core/mail/templaterenderer.h"

#include <memory>
#include <string>
#include <vector>

#include <kainjow/mustache.hpp>

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace ardesk {
namespace {

namespace mstch = kainjow::mustache;

struct Node
{
    enum class Kind { Value, Section, Inverted };
    Kind kind = Kind::Value;
    QString name;
    std::vector<Node> children;
};

/// Parses the tags of a template into a tree (text is irrelevant for checking).
bool parseTags(const QString &t, TemplateRenderer::Part part, std::vector<Node> &out,
               QString &error)
{
    std::vector<Node *> stack;
    std::vector<Node> root;
    auto current = [&]() -> std::vector<Node> & {
        return stack.empty() ? root : stack.back()->children;
    };
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = t.indexOf(QLatin1String("{{"), pos);
        if (open < 0)
            break;
        bool triple = t.mid(open, 3) == QLatin1String("{{{");
        const QString close = triple ? QStringLiteral("}}}") : QStringLiteral("}}");
        const qsizetype start = open + (triple ? 3 : 2);
        const qsizetype end = t.indexOf(close, start);
        if (end < 0) {
            error = TemplateRenderer::tr("a tag opened with {{ is never closed");
            return false;
        }
        QString content = t.mid(start, end - start).trimmed();
        pos = end + close.size();
        QChar sigil = content.isEmpty() ? QChar() : content.front();
        if (triple)
            sigil = u'&';
        else if (QStringView(u"#^/!&>=").contains(sigil))
            content = content.mid(1).trimmed();
        else
            sigil = QChar();
        if (sigil == u'!')
            continue;
        if (sigil == u'>' || sigil == u'=') {
            error = TemplateRenderer::tr(
                            "{{%1%2}}: partials and delimiter changes are not supported")
                            .arg(sigil)
                            .arg(content);
            return false;
        }
        if (sigil == u'&' && part == TemplateRenderer::Part::Html) {
            error = TemplateRenderer::tr(
                            "{{{%1}}}: unescaped values are not allowed in the HTML part")
                            .arg(content);
            return false;
        }
        static const QRegularExpression nameRe(
                QStringLiteral("^(\\.|[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*)$"));
        if (!nameRe.match(content).hasMatch()) {
            error = TemplateRenderer::tr("{{%1}} is not a valid variable name").arg(content);
            return false;
        }
        if (sigil == u'/') {
            if (stack.empty() || stack.back()->name != content) {
                error = TemplateRenderer::tr("{{/%1}} closes a section that is not open")
                                .arg(content);
                return false;
            }
            stack.pop_back();
            continue;
        }
        Node n;
        n.name = content;
        n.kind = sigil == u'#'  ? Node::Kind::Section
                : sigil == u'^' ? Node::Kind::Inverted
                                : Node::Kind::Value;
        current().push_back(n);
        if (n.kind != Node::Kind::Value)
            stack.push_back(&current().back());
    }
    if (!stack.empty()) {
        error = TemplateRenderer::tr("the section {{#%1}} is never closed").arg(stack.back()->name);
        return false;
    }
    out = std::move(root);
    return true;
}

/// Looks a (dotted) name up the context stack the way mustache does.
std::optional<QJsonValue> lookup(const std::vector<QJsonValue> &stack, const QString &name)
{
    if (name == QLatin1String("."))
        return stack.empty() ? std::nullopt : std::optional<QJsonValue>(stack.back());
    const QStringList parts = name.split(u'.');
    for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
        if (!it->isObject() || !it->toObject().contains(parts.first()))
            continue;
        QJsonValue v = it->toObject().value(parts.first());
        for (qsizetype i = 1; i < parts.size(); ++i) {
            if (!v.isObject() || !v.toObject().contains(parts[i]))
                return std::nullopt;
            v = v.toObject().value(parts[i]);
        }
        return v;
    }
    return std::nullopt;
}

bool isFalsy(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isBool() && !v.toBool())
            || (v.isString() && v.toString().isEmpty()) || (v.isArray() && v.toArray().isEmpty());
}

void addOnce(QStringList &list, const QString &name)
{
    if (!list.contains(name))
        list.append(name);
}

/// Checks nodes; `data` is empty when this part is not rendered for the data (names only).
void checkNodes(const std::vector<Node> &nodes, std::vector<QJsonValue> &schema,
                std::vector<QJsonValue> *data, const QString &prefix, TemplateRenderer::Problems &p)
{
    for (const Node &n : nodes) {
        const QString full = n.name == QLatin1String(".")
                ? prefix
                : (prefix.isEmpty() ? n.name : prefix + u'.' + n.name);
        const auto s = lookup(schema, n.name);
        if (!s) {
            addOnce(p.unknown, full);
            continue;
        }
        const std::optional<QJsonValue> d = data ? lookup(*data, n.name) : std::nullopt;
        if (n.kind == Node::Kind::Value) {
            if (data
                && (!d || d->isNull() || d->isUndefined()
                    || (d->isString() && d->toString().trimmed().isEmpty())))
                addOnce(p.missing, full);
            continue;
        }
        const QJsonValue schemaCtx = s->isArray() ? s->toArray().first() : *s;
        schema.push_back(schemaCtx);
        const QString childPrefix = s->isArray() || s->isObject() ? full : prefix;
        const bool falsy = !d || isFalsy(*d);
        if (n.kind == Node::Kind::Inverted) {
            if (data && falsy)
                checkNodes(n.children, schema, data, prefix, p);
            else
                checkNodes(n.children, schema, nullptr, childPrefix, p);
        } else if (!data || falsy) {
            checkNodes(n.children, schema, nullptr, childPrefix, p);
        } else if (d->isArray()) {
            for (const QJsonValue &item : d->toArray()) {
                data->push_back(item);
                checkNodes(n.children, schema, data, childPrefix, p);
                data->pop_back();
            }
        } else {
            data->push_back(*d);
            checkNodes(n.children, schema, data, childPrefix, p);
            data->pop_back();
        }
        schema.pop_back();
    }
}

mstch::data toMustache(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        mstch::data o(mstch::data::type::object);
        const QJsonObject obj = v.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            o.set(it.key().toStdString(), toMustache(it.value()));
        return o;
    }
    case QJsonValue::Array: {
        mstch::data l(mstch::data::type::list);
        for (const QJsonValue &item : v.toArray())
            l.push_back(toMustache(item));
        return l;
    }
    case QJsonValue::Bool:
        return mstch::data(v.toBool());
    case QJsonValue::Double:
        return mstch::data(QString::number(v.toDouble(), 'g', 15).toStdString());
    case QJsonValue::String:
        return mstch::data(v.toString().toStdString());
    default:
        return mstch::data(false);
    }
}

Result<QString> renderPart(const QString &source, const mstch::data &data, bool html)
{
    mstch::mustache tmpl(source.toStdString());
    if (!tmpl.is_valid())
        return makeError(ErrorCode::InvalidValue,
                         TemplateRenderer::tr("template: %1")
                                 .arg(QString::fromStdString(tmpl.error_message())));
    if (!html)
        tmpl.set_custom_escape([](const std::string &s) { return s; });
    const std::string out = tmpl.render(data);
    if (!tmpl.is_valid())
        return makeError(ErrorCode::InvalidValue,
                         TemplateRenderer::tr("template: %1")
                                 .arg(QString::fromStdString(tmpl.error_message())));
    return QString::fromStdString(out);
}

} // namespace

TemplateRenderer::Problems TemplateRenderer::check(const QString &templateText, Part part,
                                                   const QJsonObject &schema,
                                                   const QJsonObject &data)
{
    Problems p;
    std::vector<Node> nodes;
    if (!parseTags(templateText, part, nodes, p.syntax))
        return p;
    std::vector<QJsonValue> s {schema};
    std::vector<QJsonValue> d {data};
    checkNodes(nodes, s, &d, QString(), p);
    return p;
}

Result<TemplateRenderer::Rendered> TemplateRenderer::render(const Source &source,
                                                            const QJsonObject &schema,
                                                            const QJsonObject &data)
{
    QStringList unknown;
    QStringList missing;
    const std::pair<const QString *, Part> parts[] = {{&source.subject, Part::Subject},
                                                      {&source.text, Part::Text},
                                                      {&source.html, Part::Html}};
    static const char *const partNames[] = {"subject", "text", "HTML"};
    for (const auto &[text, part] : parts) {
        const Problems p = check(*text, part, schema, data);
        if (!p.syntax.isEmpty())
            return makeError(ErrorCode::InvalidValue,
                             tr("template (%1): %2")
                                     .arg(QString::fromLatin1(partNames[int(part)]), p.syntax));
        for (const QString &u : p.unknown)
            addOnce(unknown, u);
        for (const QString &m : p.missing)
            addOnce(missing, m);
    }
    if (!unknown.isEmpty() || !missing.isEmpty()) {
        QStringList what;
        if (!unknown.isEmpty())
            what << tr("unknown variable(s): %1", nullptr, int(unknown.size()))
                            .arg(unknown.join(QStringLiteral(", ")));
        if (!missing.isEmpty())
            what << tr("no value for: %1").arg(missing.join(QStringLiteral(", ")));
        return makeError(ErrorCode::InvalidValue,
                         tr("template: %1").arg(what.join(QStringLiteral("; "))));
    }
    const mstch::data d = toMustache(data);
    Rendered r;
    auto subject = renderPart(source.subject, d, false);
    if (!subject)
        return subject.error();
    r.subject = subject.value().trimmed();
    auto text = renderPart(source.text, d, false);
    if (!text)
        return text.error();
    r.text = text.value();
    if (!source.html.trimmed().isEmpty()) {
        auto html = renderPart(source.html, d, true);
        if (!html)
            return html.error();
        r.html = html.value();
    }
    return r;
}

} // namespace ardesk
