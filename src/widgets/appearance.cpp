// SPDX-License-Identifier: MIT
#include "widgets/appearance.h"

#include <cmath>
#include <memory>

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace ardesk {

namespace {
constexpr char kSchemeKey[] = "appearance/scheme";
constexpr char kTextToneProperty[] = "ardeskTextTone";
constexpr char kBandToneProperty[] = "ardeskBandTone";

/// The palette and style the platform gave, kept before the first change so System restores it.
struct SystemLook
{
    QPalette palette;
    QString style;
};

SystemLook &systemLook()
{
    static SystemLook look {QApplication::palette(),
                            QApplication::style() ? QApplication::style()->name() : QString()};
    return look;
}

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

/// GTK desktops without a platform theme still name a dark theme in GTK_THEME ("Adwaita:dark").
bool systemAsksForDark()
{
    return qEnvironmentVariable("GTK_THEME").endsWith(QLatin1String(":dark"), Qt::CaseInsensitive);
}
} // namespace

Appearance::Scheme Appearance::storedScheme()
{
    const QString v = QSettings().value(QLatin1String(kSchemeKey)).toString();
    if (v == QLatin1String("light"))
        return Scheme::Light;
    if (v == QLatin1String("dark"))
        return Scheme::Dark;
    return Scheme::System;
}

void Appearance::storeScheme(Scheme scheme)
{
    const char *v = scheme == Scheme::Light ? "light" : scheme == Scheme::Dark ? "dark" : "system";
    QSettings().setValue(QLatin1String(kSchemeKey), QLatin1String(v));
}

QPalette Appearance::darkPalette()
{
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x2A, 0x2A, 0x2A);
    const QColor text(0xF0, 0xF0, 0xF0);
    const QColor disabled(0x8C, 0x8C, 0x8C);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x32, 0x32, 0x32));
    p.setColor(QPalette::ToolTipBase, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xA0, 0xA0, 0xA0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x8A, 0x80));
    p.setColor(QPalette::Light, QColor(0x4A, 0x4A, 0x4A));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x2A, 0x2A, 0x2A));
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Shadow, QColor(0x14, 0x14, 0x14));
    p.setColor(QPalette::Link, QColor(0x8A, 0xB4, 0xF8));
    p.setColor(QPalette::LinkVisited, QColor(0xC5, 0x8A, 0xF9));
    p.setColor(QPalette::Highlight, QColor(0x1D, 0x5F, 0xA8));
    p.setColor(QPalette::HighlightedText, QColor(0xFF, 0xFF, 0xFF));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

QPalette Appearance::lightPalette()
{
    // Only its palette is wanted: the style itself is not kept (it leaked on every call).
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion->standardPalette();
    p.setColor(QPalette::Link, QColor(0x0B, 0x57, 0xD0));
    p.setColor(QPalette::LinkVisited, QColor(0x6A, 0x1B, 0x9A));
    p.setColor(QPalette::Highlight, QColor(0x1D, 0x5F, 0xA8)); // white on it: 6.4:1
    p.setColor(QPalette::HighlightedText, QColor(0xFF, 0xFF, 0xFF));
    return p;
}

void Appearance::apply(Scheme scheme)
{
    const SystemLook &system = systemLook();
    if (scheme == Scheme::System && systemAsksForDark())
        scheme = Scheme::Dark;
    // The platform's look until a scheme is chosen: nothing to change at start-up.
    static bool changed = false;
    if (scheme == Scheme::System && !changed)
        return;
    changed = true;
    switch (scheme) {
    case Scheme::System:
        if (!system.style.isEmpty())
            QApplication::setStyle(QStyleFactory::create(system.style));
        QApplication::setPalette(system.palette);
        break;
    case Scheme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(lightPalette());
        break;
    case Scheme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
    for (QWidget *w : QApplication::allWidgets()) {
        if (w->property(kTextToneProperty).isValid() || w->property(kBandToneProperty).isValid())
            paintTone(w);
    }
}

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor Appearance::text(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Error:
        return dark ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB7, 0x1C, 0x1C);
    case Tone::Success:
        return dark ? QColor(0x81, 0xC7, 0x84) : QColor(0x1B, 0x5E, 0x20);
    case Tone::Muted:
        return dark ? QColor(0xBD, 0xBD, 0xBD) : QColor(0x61, 0x61, 0x61);
    case Tone::Info:
        return dark ? QColor(0x90, 0xCA, 0xF9) : QColor(0x0D, 0x47, 0xA1);
    case Tone::Warning:
        return dark ? QColor(0xFF, 0xCC, 0x80) : QColor(0x8A, 0x4B, 0x00);
    case Tone::Neutral:
        return palette.color(QPalette::WindowText);
    }
    return palette.color(QPalette::WindowText);
}

Appearance::Band Appearance::band(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Error:
        return dark ? Band {QColor(0x5C, 0x1D, 0x1D), QColor(0xFF, 0xCD, 0xD2)}
                    : Band {QColor(0xFD, 0xEC, 0xEA), QColor(0xB7, 0x1C, 0x1C)};
    case Tone::Success:
        return dark ? Band {QColor(0x1B, 0x4D, 0x20), QColor(0xE8, 0xF5, 0xE9)}
                    : Band {QColor(0xE8, 0xF5, 0xE9), QColor(0x1B, 0x5E, 0x20)};
    case Tone::Info:
        return dark ? Band {QColor(0x0D, 0x3A, 0x66), QColor(0xE3, 0xF2, 0xFD)}
                    : Band {QColor(0xE3, 0xF2, 0xFD), QColor(0x0D, 0x47, 0xA1)};
    case Tone::Warning:
        return dark ? Band {QColor(0x4E, 0x3B, 0x12), QColor(0xFF, 0xE0, 0xB2)}
                    : Band {QColor(0xFF, 0xF3, 0xE0), QColor(0x8A, 0x4B, 0x00)};
    case Tone::Muted:
    case Tone::Neutral:
        return dark ? Band {QColor(0x37, 0x47, 0x4F), QColor(0xEC, 0xEF, 0xF1)}
                    : Band {QColor(0xEC, 0xEF, 0xF1), QColor(0x37, 0x47, 0x4F)};
    }
    return {palette.color(QPalette::Window), palette.color(QPalette::WindowText)};
}

void Appearance::setTextTone(QWidget *widget, Tone tone)
{
    widget->setProperty(kTextToneProperty, int(tone));
    paintTone(widget);
}

void Appearance::setBandTone(QWidget *widget, Tone tone)
{
    widget->setProperty(kBandToneProperty, int(tone));
    widget->setAutoFillBackground(true);
    paintTone(widget);
}

void Appearance::paintTone(QWidget *widget)
{
    const QPalette app = QApplication::palette();
    QPalette p = widget->palette();
    if (const QVariant t = widget->property(kTextToneProperty); t.isValid()) {
        const QColor c = text(Tone(t.toInt()), app);
        p.setColor(QPalette::WindowText, c);
        p.setColor(QPalette::Text, c);
    }
    if (const QVariant b = widget->property(kBandToneProperty); b.isValid()) {
        const Band colours = band(Tone(b.toInt()), app);
        p.setColor(QPalette::Window, colours.background);
        p.setColor(QPalette::WindowText, colours.text);
        p.setColor(QPalette::Base, colours.background);
        p.setColor(QPalette::Text, colours.text);
    }
    widget->setPalette(p);
}

double Appearance::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString Appearance::displayName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::System:
        return tr("System");
    case Scheme::Light:
        return tr("Light");
    case Scheme::Dark:
        return tr("Dark");
    }
    return {};
}

} // namespace ardesk
