// SPDX-License-Identifier: MIT
#include "core/domain/phonenumber.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <QRegularExpression>

#include <string>

namespace ardesk {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

/// `text` as a valid number of `region` (or of the country it names with "+").
bool parseValid(const QString &text, const std::string &region, PhoneNumber *number)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    return util.Parse(text.toStdString(), region, number) == PhoneNumberUtil::NO_PARSING_ERROR
            && util.IsValidNumber(*number);
}

} // namespace

QString PhoneNumberParser::defaultRegion(const QString &country)
{
    const QString region = country.trimmed().toUpper();
    return region.isEmpty() ? QStringLiteral("US") : region;
}

Phone PhoneNumberParser::parse(const QString &raw, const QString &defaultRegion,
                               const QString &label)
{
    Phone phone;
    phone.label = label;
    phone.raw = raw.trimmed();
    if (phone.raw.isEmpty())
        return phone;
    const std::string region = PhoneNumberParser::defaultRegion(defaultRegion).toStdString();
    PhoneNumber number;
    QString extension;
    if (parseValid(phone.raw, region, &number)) {
        // libphonenumber reads "x204", "ext. 204", "extension 204", "#204", ";ext=204".
        extension = QString::fromStdString(number.extension());
    } else {
        // An extension written some other way ("poste 204", "Durchwahl 204"): the number
        // before it may still be valid.
        static const QRegularExpression trailingExtension(
                QStringLiteral("^(.*?\\d.*?)[\\s,;(]*(?:ext|extn|extension|x|poste|durchwahl|"
                               "dw|#)\\.?:?\\s*(\\d{1,10})\\)?$"),
                QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = trailingExtension.match(phone.raw);
        number.Clear();
        if (!m.hasMatch() || !parseValid(m.captured(1), region, &number))
            return phone; // kept as typed, never dialled
        extension = m.captured(2);
    }
    std::string e164;
    PhoneNumberUtil::GetInstance()->Format(number, PhoneNumberUtil::E164, &e164);
    phone.e164 = QString::fromStdString(e164);
    phone.extension = extension;
    return phone;
}

QString PhoneNumberParser::display(const Phone &phone, const QString &country)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (!phone.isValid()
        || util.Parse(phone.e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return phone.raw;
    const int home = util.GetCountryCodeForRegion(defaultRegion(country).toStdString());
    std::string text;
    util.Format(number,
                number.country_code() == home ? PhoneNumberUtil::NATIONAL
                                              : PhoneNumberUtil::INTERNATIONAL,
                &text);
    QString shown = QString::fromStdString(text);
    if (!phone.extension.isEmpty())
        shown += tr(" ext. %1").arg(phone.extension);
    return shown;
}

} // namespace ardesk
