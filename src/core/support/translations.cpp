// SPDX-License-Identifier: MIT
#include "core/support/translations.h"

#include <map>
#include <memory>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QMutex>
#include <QSettings>
#include <QTranslator>

namespace ardesk::translations {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
QString g_language = QStringLiteral("en"); // written by install() on the main thread only

/// Loads `name` for `locale` from `directory` and installs it; false when there is none.
bool installCatalogue(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

/// ARDesk's catalogue of a language ("en", "de"), loaded once; null when none is built in.
const QTranslator *catalogue(const QString &code)
{
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<QTranslator>> loaded;
    const QMutexLocker lock(&mutex);
    auto it = loaded.find(code);
    if (it == loaded.end()) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(QStringLiteral("ardesk_") + code, resourceDirectory()))
            translator.reset();
        it = loaded.emplace(code, std::move(translator)).first;
    }
    return it->second.get();
}

} // namespace

QString translate(const QLocale &locale, const char *context, const char *source, int n)
{
    QString text;
    const QString code = QLocale::languageToCode(locale.language());
    for (const QString &language : {code, QStringLiteral("en")}) {
        if (const QTranslator *t = catalogue(language); t && text.isEmpty())
            text = t->translate(context, source, nullptr, n);
    }
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

QString resourceDirectory()
{
    return QStringLiteral(":/ardesk/translations");
}

Language chosenLanguage(const QSettings &settings)
{
    const QString value = settings.value(kLanguageKey).toString();
    if (value == QLatin1String("en"))
        return Language::English;
    if (value == QLatin1String("de"))
        return Language::German;
    return Language::System;
}

Language startLanguage(const QSettings &settings)
{
    const QByteArray forced = qgetenv("ARDESK_LANGUAGE");
    if (forced == "en")
        return Language::English;
    if (forced == "de")
        return Language::German;
    if (forced == "system")
        return Language::System;
    return chosenLanguage(settings);
}

void setChosenLanguage(QSettings &settings, Language language)
{
    switch (language) {
    case Language::System:
        settings.setValue(kLanguageKey, QStringLiteral("system"));
        break;
    case Language::English:
        settings.setValue(kLanguageKey, QStringLiteral("en"));
        break;
    case Language::German:
        settings.setValue(kLanguageKey, QStringLiteral("de"));
        break;
    }
}

QString language()
{
    return g_language;
}

QLocale uiLocale(Language language, const QLocale &system)
{
    switch (language) {
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Language::German:
        return QLocale(QLocale::German, QLocale::Germany);
    case Language::System:
        break;
    }
    return system;
}

bool install(const QLocale &uiLocale)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return false;
    auto *english = new QTranslator(app);
    if (!english->load(QStringLiteral("ardesk_en"), resourceDirectory())) {
        delete english;
        return false;
    }
    QCoreApplication::installTranslator(english);
    // Installed last, so they are asked first; strings they lack fall back to English.
    if (uiLocale.language() != QLocale::English && uiLocale.language() != QLocale::C) {
        installCatalogue(uiLocale, QStringLiteral("qtbase"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (installCatalogue(uiLocale, QStringLiteral("ardesk"), resourceDirectory()))
            g_language = QLocale::languageToCode(uiLocale.language());
    } else {
        g_language = QStringLiteral("en");
    }
    return true;
}

} // namespace ardesk::translations
