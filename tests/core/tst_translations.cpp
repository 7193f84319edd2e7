// SPDX-License-Identifier: MIT
// The English catalogue: every plural ("%n") message in the sources has finished English forms,
// so no "(s)" reaches a user, and the forms read "1 day" / "2 days". The sources are scanned by
// the real lupdate, as scripts/update-translations.py does, so the catalogue cannot drift.
#include "core/support/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QProcess>
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
            else if (name == QLatin1String("translation"))
                m.type = xml.attributes().value(QLatin1String("type")).toString();
            else if (name == QLatin1String("numerusform"))
                m.forms << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.insert(keyOf(context, source, comment), m);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPluralMessageHasFinishedEnglishForms();
    void englishFormsSayOneDayAndTwoDays();
    void aLanguageWithoutACatalogueFallsBackToEnglish();
};

void TestTranslations::everyPluralMessageHasFinishedEnglishForms()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("scan_en.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(ARDESK_SOURCE_DIR));
    lupdate.start(QStringLiteral(ARDESK_LUPDATE_PATH),
                  {QStringLiteral("-pluralonly"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-source-language"),
                   QStringLiteral("en_US"), QStringLiteral("-target-language"),
                   QStringLiteral("en_US"), QStringLiteral("src"), QStringLiteral("ui"),
                   QStringLiteral("-ts"), fresh});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

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

void TestTranslations::aLanguageWithoutACatalogueFallsBackToEnglish()
{
    // A second install, as a German user would get it, changes nothing while there is no
    // German catalogue: English still answers.
    QVERIFY(ardesk::translations::install(QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(QCoreApplication::translate("ardesk::ClientListPane", "%n client(s)", nullptr, 1),
             QStringLiteral("1 client"));
    QCOMPARE(QCoreApplication::translate("ardesk::ClientListPane", "%n client(s)", nullptr, 250),
             QStringLiteral("250 clients"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
