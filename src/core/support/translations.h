// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>

/// ARDesk's translation catalogues, compiled from resources/translations/*.ts at build time and
/// embedded under :/ardesk/translations. English is a catalogue too: its source strings say
/// "%n day(s)", and only the English numerus forms turn that into "1 day" / "2 days".
namespace ardesk::translations {

/// The resource folder the catalogues are embedded in.
QString resourceDirectory();

/// Installs the translators on the running Q(Core)Application: the English catalogue always
/// (it is the fallback for every string), then the catalogue of `uiLocale`'s language when one
/// is built in (none yet besides English). The translators are owned by the application.
/// Call once, after the application object exists; false (nothing installed) when there is no
/// application or the English catalogue cannot be loaded — a broken build.
bool install(const QLocale &uiLocale = QLocale());

} // namespace ardesk::translations
