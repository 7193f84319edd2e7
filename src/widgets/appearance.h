// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QPalette>

class QWidget;

namespace ardesk {

/// The window's colour scheme (File > Preferences > Appearance: System, Light or Dark, kept per
/// desk in QSettings) and the few colours the widgets draw with besides the palette. Each tone
/// has a light and a dark variant, chosen by the lightness of the application palette, so text
/// stays readable (WCAG contrast >= 4.5:1) on both. GUI thread only.
class Appearance
{
    Q_DECLARE_TR_FUNCTIONS(Appearance)
public:
    enum class Scheme { System, Light, Dark };
    /// What a colour says; every tone is also said in words where it is shown.
    enum class Tone { Error, Success, Muted, Info, Warning, Neutral };
    /// A band of text on its own background (banners, badges).
    struct Band
    {
        QColor background;
        QColor text;
    };

    /// The scheme chosen on this desk (System when never chosen).
    static Scheme storedScheme();
    static void storeScheme(Scheme scheme);
    /// Applies `scheme` to the application (Fusion style for Light and Dark) and repaints the
    /// widgets that set a tone with setTextTone/setBandTone.
    static void apply(Scheme scheme);
    /// The dark palette used for Scheme::Dark (Fusion's roles, readable text everywhere).
    static QPalette darkPalette();
    /// The light palette used for Scheme::Light (Fusion's, with a link readable on white).
    static QPalette lightPalette();
    /// True when `palette`'s window is dark.
    static bool isDark(const QPalette &palette);

    /// Text in `tone` on `palette`'s window or base.
    static QColor text(Tone tone, const QPalette &palette);
    /// A band in `tone` for `palette`.
    static Band band(Tone tone, const QPalette &palette);
    /// Shows `widget`'s text in `tone`, now and after each scheme change.
    static void setTextTone(QWidget *widget, Tone tone);
    /// Fills `widget` with the `tone` band, now and after each scheme change.
    static void setBandTone(QWidget *widget, Tone tone);

    /// WCAG 2 contrast ratio of two opaque colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);

    static QString displayName(Scheme scheme);

private:
    static void paintTone(QWidget *widget);
};

} // namespace ardesk
