// SPDX-License-Identifier: MIT
#include "core/support/translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace ardesk::translations {

QString resourceDirectory()
{
    return QStringLiteral(":/ardesk/translations");
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
    // Installed last, so it is asked first; strings it lacks fall back to English.
    if (uiLocale.language() != QLocale::English && uiLocale.language() != QLocale::C) {
        auto *own = new QTranslator(app);
        if (own->load(uiLocale, QStringLiteral("ardesk"), QStringLiteral("_"), resourceDirectory()))
            QCoreApplication::installTranslator(own);
        else
            delete own;
    }
    return true;
}

} // namespace ardesk::translations
