// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>

class QSettings;

/// ARDesk's translation catalogues, compiled from resources/translations/*.ts at build time and
/// embedded under :/ardesk/translations. English is a catalogue too: its source strings say
/// "%n day(s)", and only the English numerus forms turn that into "1 day" / "2 days". German
/// (ardesk_de) translates every message.
namespace ardesk::translations {

/// The language a desk (this computer's user) chose for the window and the CLI's messages.
enum class Language {
    System, ///< the system locale's language when ARDesk has a catalogue for it, else English
    English,
    German,
};

/// The resource folder the catalogues are embedded in.
QString resourceDirectory();

/// The language saved in `settings` (key "ui/language": "system", "en" or "de"); System when
/// the key is missing or holds anything else.
Language chosenLanguage(const QSettings &settings);
/// The language to start in: ARDESK_LANGUAGE from the environment when it says "en", "de" or
/// "system" (scripts, and the tests, which set "en" for the programs they start), else
/// chosenLanguage(settings).
Language startLanguage(const QSettings &settings);
/// Saves `language` in `settings`; it applies at the next start.
void setChosenLanguage(QSettings &settings, Language language);

/// The locale whose language the user interface speaks for `language`: `system` for System,
/// else English (United States) or German (Germany). Only its language matters to install().
QLocale uiLocale(Language language, const QLocale &system = QLocale::system());

/// The language the installed catalogues speak, as a code: "de" after install() of a German
/// locale, else "en" (also before any install()).
QString language();

/// `source` of `context` in the language of `locale`, whatever the window speaks: for text
/// written for a customer in the company's language (the "%n day(s)" of an e-mail). Reads the
/// embedded catalogues without installing them (each loaded once); English — its plural
/// forms — for a language without a catalogue or a message the catalogue lacks. `n` >= 0
/// chooses the plural form and replaces "%n". Thread-safe.
QString translate(const QLocale &locale, const char *context, const char *source, int n = -1);

/// Installs the translators on the running Q(Core)Application: the English catalogue always
/// (it is the fallback for every string), then, for another language, Qt's own catalogue of it
/// (the texts of standard buttons and dialogs, from the qt6-translations-l10n package, when
/// installed) and ARDesk's catalogue of it when one is built in (German). The translators are
/// owned by the application. Call once, after the application object exists; false (nothing
/// installed) when there is no application or the English catalogue cannot be loaded — a broken
/// build.
bool install(const QLocale &uiLocale);

} // namespace ardesk::translations
