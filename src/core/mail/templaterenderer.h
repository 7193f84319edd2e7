// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ardesk {

/// Renders an e-mail template (mustache: subject, text body, HTML body) against variables.
///
/// Before anything is rendered the template's tags are walked: a name that is not a known
/// variable (not in the schema) is *unknown*, a known name with no value for this client (null or
/// empty) is *missing*; either blocks the render and every such name is listed in the error.
/// Partials, delimiter changes and unescaped tags ({{{x}}}, {{&x}}) in the HTML part are refused.
/// Values are HTML-escaped in the HTML part and inserted as they are in the subject and the text
/// part; a value is substituted once and never expanded again (a client called "{{today}}" stays
/// literal). Sections ({{#invoices}}…{{/invoices}}) iterate lists and test values; inverted
/// sections ({{^promise}}) render when a value is absent. Stateless and thread-safe.
class TemplateRenderer
{
public:
    struct Source
    {
        QString subject;
        QString text;
        QString html;
    };
    struct Rendered
    {
        QString subject;
        QString text;
        QString html;
    };

    /// `schema` holds every known variable with an example value (each list one element);
    /// `data` the values for this message.
    static Result<Rendered> render(const Source &source, const QJsonObject &schema,
                                   const QJsonObject &data);
    /// The problems of one template part, without rendering: unknown and missing names.
    struct Problems
    {
        QStringList unknown;
        QStringList missing;
        QString syntax; ///< a malformed template (unclosed section, bad tag, ...)
        bool isEmpty() const { return unknown.isEmpty() && missing.isEmpty() && syntax.isEmpty(); }
    };
    enum class Part { Subject, Text, Html };
    static Problems check(const QString &templateText, Part part, const QJsonObject &schema,
                          const QJsonObject &data);

    Q_DECLARE_TR_FUNCTIONS(TemplateRenderer)
};

} // namespace ardesk
