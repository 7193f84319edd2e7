// SPDX-License-Identifier: MIT
// The catalogues against the sources, scanned by the real lupdate as
// scripts/update-translations.py does, so they cannot drift: every plural ("%n") message has
// finished English forms, so no "(s)" reaches a user ("1 day" / "2 days"); the German catalogue
// translates every message, keeping its placeholders, accelerator and markup. A new string
// without a German translation fails here — intended: run the script and translate it.
#include "core/support/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

/// One message of a .ts file: where it is and what its translation says.
struct Message
{
    bool numerus = false;
    QString type; ///< the translation's type attribute: "" when finished
    QStringList forms;
    QString text; ///< the translation of a message without numerus forms
};

QString keyOf(const QString &context, const QString &source, const QString &comment)
{
    return context + QChar(0x1f) + source + QChar(0x1f) + comment;
}

/// The messages of a .ts file by context, source and comment.
QHash<QString, Message> readTs(const QString &path, QString *error)
{
    QHash<QString, Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context, source, comment;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                m = Message();
                m.numerus
                        = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                source.clear();
                comment.clear();
            } else if (name == QLatin1String("source"))
                source = xml.readElementText();
            else if (name == QLatin1String("comment"))
                comment = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus)
                    m.text = xml.readElementText();
            } else if (name == QLatin1String("numerusform"))
                m.forms << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.insert(keyOf(context, source, comment), m);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

/// A fresh lupdate scan of src/ and ui/ into `out` (all messages, or the plural ones only).
bool scan(const QString &out, const QString &targetLanguage, bool pluralOnly, QString *error)
{
    QStringList args;
    if (pluralOnly)
        args << QStringLiteral("-pluralonly");
    args << QStringLiteral("-locations") << QStringLiteral("none")
         << QStringLiteral("-source-language") << QStringLiteral("en_US")
         << QStringLiteral("-target-language") << targetLanguage << QStringLiteral("src")
         << QStringLiteral("ui") << QStringLiteral("-ts") << out;
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(ARDESK_SOURCE_DIR));
    lupdate.start(QStringLiteral(ARDESK_LUPDATE_PATH), args);
    if (!lupdate.waitForFinished(120000)) {
        *error = QStringLiteral("lupdate did not finish");
        return false;
    }
    if (lupdate.exitCode() != 0) {
        *error = QString::fromLocal8Bit(lupdate.readAllStandardError());
        return false;
    }
    return true;
}

/// The placeholders of a text, sorted: %1, %L2, %n.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?\\d+|n)"));
    QStringList out;
    for (const auto &m : re.globalMatch(text))
        out << m.captured();
    out.sort();
    return out;
}

/// How many accelerators (&x, not &&) a text marks.
qsizetype accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression re(QStringLiteral("&[^ ]"));
    return text.count(re);
}

/// The rich-text tags of a text (<b>, </a>…), sorted.
QStringList tags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>"));
    QStringList out;
    for (const auto &m : re.globalMatch(text))
        out << m.captured(1).toLower()
                        + (m.captured().startsWith(QLatin1String("</")) ? QStringLiteral("/")
                                                                        : QString());
    out.sort();
    return out;
}

/// What is wrong with a German translation of `source`: empty when nothing.
QStringList germanProblems(const QString &source, const Message &m)
{
    QStringList out;
    if (!m.type.isEmpty())
        return {QStringLiteral("not finished (%1)").arg(m.type)};
    const QStringList texts = m.numerus ? m.forms : QStringList {m.text};
    if (m.numerus && texts.size() != 2)
        out << QStringLiteral("%1 numerus forms, German has 2").arg(texts.size());
    for (const QString &text : texts) {
        if (text.isEmpty()) {
            out << QStringLiteral("empty");
            continue;
        }
        QStringList want = placeholders(source), got = placeholders(text);
        if (m.numerus && texts.size() == 2 && &text == &texts.first()) {
            // The singular may say "ein" instead of "%n"; every other placeholder stays.
            want.removeAll(QStringLiteral("%n"));
            got.removeAll(QStringLiteral("%n"));
        }
        if (want != got)
            out << QStringLiteral("placeholders %1 became %2 in \"%3\"")
                            .arg(want.join(u' '), got.join(u' '), text);
        if (accelerators(source) != accelerators(text))
            out << QStringLiteral("accelerator lost or doubled in \"%1\"").arg(text);
        if (source.contains(u'<') && tags(source) != tags(text))
            out << QStringLiteral("markup changed in \"%1\"").arg(text);
    }
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPluralMessageHasFinishedEnglishForms();
    void germanCatalogueTranslatesEveryMessageKeepingPlaceholders();
    void theChecksFindABrokenTranslation();
    void englishFormsSayOneDayAndTwoDays();
    void aDeskChoosesItsLanguageOrFollowsTheSystem();
    void aLanguageWithoutACatalogueFallsBackToEnglish();
    void textForACustomerFollowsTheCompanyLanguageNotTheWindows();
    // Last: it leaves the German catalogue installed in this process.
    void germanCatalogueAnswersInGermanWithItsPluralForms();
};

void TestTranslations::everyPluralMessageHasFinishedEnglishForms()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("scan_en.ts"));
    QString scanError;
    QVERIFY2(scan(fresh, QStringLiteral("en_US"), true, &scanError), qPrintable(scanError));

    QString error;
    const auto scanned = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto catalogue = readTs(
            QStringLiteral(ARDESK_SOURCE_DIR "/resources/translations/ardesk_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(scanned.size() > 20, "lupdate found (almost) no plural messages in src/");

    QStringList problems;
    for (auto it = scanned.cbegin(); it != scanned.cend(); ++it) {
        if (!it.value().numerus)
            continue;
        const QString shown = QString(it.key()).replace(QChar(0x1f), QStringLiteral(" | "));
        const auto entry = catalogue.constFind(it.key());
        if (entry == catalogue.cend()) {
            problems << QStringLiteral("missing: ") + shown;
            continue;
        }
        const Message &m = entry.value();
        bool formsOk = m.forms.size() == 2;
        for (const QString &form : m.forms)
            formsOk = formsOk && !form.isEmpty() && !form.contains(QLatin1String("(s)"));
        if (!m.type.isEmpty() || !formsOk)
            problems << QStringLiteral("not finished (%1): ").arg(m.type) + shown;
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("run scripts/update-translations.py and finish these in "
                                       "resources/translations/ardesk_en.ts:\n")
                        + problems.join(u'\n')));
}

void TestTranslations::germanCatalogueTranslatesEveryMessageKeepingPlaceholders()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("scan_de.ts"));
    QString error;
    QVERIFY2(scan(fresh, QStringLiteral("de_DE"), false, &error), qPrintable(error));
    const auto scanned = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(scanned.size() > 1000, "lupdate found too few messages in src/ and ui/");
    const auto catalogue = readTs(
            QStringLiteral(ARDESK_SOURCE_DIR "/resources/translations/ardesk_de.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList problems;
    for (auto it = scanned.cbegin(); it != scanned.cend(); ++it) {
        const QStringList parts = it.key().split(QChar(0x1f));
        const QString shown = parts.value(0) + QStringLiteral(" | ") + parts.value(1);
        const auto entry = catalogue.constFind(it.key());
        if (entry == catalogue.cend()) {
            problems << QStringLiteral("missing: ") + shown;
            continue;
        }
        for (const QString &p : germanProblems(parts.value(1), entry.value()))
            problems << p + QStringLiteral(": ") + shown;
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 German messages need work (run "
                                       "scripts/update-translations.py --language de, then "
                                       "translate them in resources/translations/ardesk_de.ts):\n")
                                .arg(problems.size())
                        + problems.mid(0, 40).join(u'\n')));
}

void TestTranslations::theChecksFindABrokenTranslation()
{
    // The checks above would pass an empty catalogue's worth of mistakes if they saw nothing.
    Message ok;
    ok.text = QStringLiteral("&Kunde %1 öffnen: <b>%L2</b>");
    QVERIFY(germanProblems(QStringLiteral("&Open client %1: <b>%L2</b>"), ok).isEmpty());
    Message lost = ok;
    lost.text = QStringLiteral("Kunde öffnen: <b>%L2</b>");
    QCOMPARE(germanProblems(QStringLiteral("&Open client %1: <b>%L2</b>"), lost).size(), 2);
    Message markup = ok;
    markup.text = QStringLiteral("&Kunde %1 öffnen: %L2");
    QCOMPARE(germanProblems(QStringLiteral("&Open client %1: <b>%L2</b>"), markup).size(), 1);
    Message plural;
    plural.numerus = true;
    plural.forms = {QStringLiteral("ein Tag"), QStringLiteral("Tage")};
    QCOMPARE(germanProblems(QStringLiteral("%n day(s)"), plural).size(), 1); // plural lost %n
    Message unfinished = ok;
    unfinished.type = QStringLiteral("unfinished");
    QCOMPARE(germanProblems(QStringLiteral("&Open client %1: <b>%L2</b>"), unfinished).size(), 1);
}

void TestTranslations::englishFormsSayOneDayAndTwoDays()
{
    // The test executables install the application's translators at start-up (testinit.cpp).
    const char *context = "ardesk::TodayQueueModel";
    QCOMPARE(QCoreApplication::translate(context, "%n day(s) ago", nullptr, 1),
             QStringLiteral("1 day ago"));
    QCOMPARE(QCoreApplication::translate(context, "%n day(s) ago", nullptr, 2),
             QStringLiteral("2 days ago"));
    QCOMPARE(QCoreApplication::translate(context, "%n day(s) ago", nullptr, 0),
             QStringLiteral("0 days ago"));
}

void TestTranslations::aDeskChoosesItsLanguageOrFollowsTheSystem()
{
    using ardesk::translations::Language;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
    QCOMPARE(ardesk::translations::chosenLanguage(settings), Language::System);
    const QLocale french(QLocale::French, QLocale::France);
    QCOMPARE(ardesk::translations::uiLocale(Language::System, french), french);
    ardesk::translations::setChosenLanguage(settings, Language::German);
    QCOMPARE(ardesk::translations::chosenLanguage(settings), Language::German);
    QCOMPARE(ardesk::translations::uiLocale(Language::German, french).language(), QLocale::German);
    ardesk::translations::setChosenLanguage(settings, Language::English);
    QCOMPARE(ardesk::translations::uiLocale(ardesk::translations::chosenLanguage(settings),
                                            QLocale(QLocale::German, QLocale::Germany))
                     .language(),
             QLocale::English);
    ardesk::translations::setChosenLanguage(settings, Language::System);
    QCOMPARE(ardesk::translations::chosenLanguage(settings), Language::System);
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
    QCOMPARE(ardesk::translations::chosenLanguage(settings), Language::System);

    // ARDESK_LANGUAGE wins over the saved choice at start (the test process sets "en").
    ardesk::translations::setChosenLanguage(settings, Language::German);
    QCOMPARE(qgetenv("ARDESK_LANGUAGE"), QByteArray("en"));
    QCOMPARE(ardesk::translations::startLanguage(settings), Language::English);
    qputenv("ARDESK_LANGUAGE", "de");
    ardesk::translations::setChosenLanguage(settings, Language::English);
    QCOMPARE(ardesk::translations::startLanguage(settings), Language::German);
    qputenv("ARDESK_LANGUAGE", "");
    QCOMPARE(ardesk::translations::startLanguage(settings), Language::English);
    qputenv("ARDESK_LANGUAGE", "en");
}

void TestTranslations::aLanguageWithoutACatalogueFallsBackToEnglish()
{
    // A French user gets English: there is no French catalogue.
    QVERIFY(ardesk::translations::install(QLocale(QLocale::French, QLocale::France)));
    QCOMPARE(ardesk::translations::language(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("CreditService", "%n day(s)", nullptr, 250),
             QStringLiteral("250 days"));
}

void TestTranslations::textForACustomerFollowsTheCompanyLanguageNotTheWindows()
{
    // The window speaks English here; a German company's e-mail says "29 Tage" all the same.
    using ardesk::translations::translate;
    QCOMPARE(translate(QLocale(QLocale::German, QLocale::Germany), "MailContext", "%n day(s)", 29),
             QStringLiteral("29 Tage"));
    QCOMPARE(translate(QLocale(QLocale::German, QLocale::Austria), "MailContext", "%n day(s)", 1),
             QStringLiteral("1 Tag"));
    QCOMPARE(translate(QLocale(QLocale::English, QLocale::UnitedStates), "MailContext", "%n day(s)",
                       29),
             QStringLiteral("29 days"));
    QCOMPARE(translate(QLocale(QLocale::French, QLocale::France), "MailContext", "%n day(s)", 1),
             QStringLiteral("1 day"));
    QCOMPARE(QCoreApplication::translate("MailContext", "%n day(s)", nullptr, 29),
             QStringLiteral("29 days"));
}

void TestTranslations::germanCatalogueAnswersInGermanWithItsPluralForms()
{
    QVERIFY(ardesk::translations::install(QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(ardesk::translations::language(), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("CreditService", "%n day(s)", nullptr, 1),
             QStringLiteral("1 Tag"));
    QCOMPARE(QCoreApplication::translate("CreditService", "%n day(s)", nullptr, 2),
             QStringLiteral("2 Tage"));
    QCOMPARE(QCoreApplication::translate("Invoice", "Written off"), QStringLiteral("Ausgebucht"));
    // A string the catalogue lacks falls back to English (through the English catalogue).
    QCOMPARE(QCoreApplication::translate("CreditService", "no such message"),
             QStringLiteral("no such message"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
