// SPDX-License-Identifier: MIT
// `ardesk-cli statement`: statements of account as PDF (core/services/statementservice.h
// gathers, print/statementpdf.h prints — the same as the window's Client > Statement…).
#include "cli/cliapp.h"

#include "cli/commandspec.h"
#include "cli/progressline.h"
#include "core/services/casefileservice.h"
#include "core/services/statementservice.h"
#include "core/storage/clientlistquery.h"
#include "print/casefilepdf.h"
#include "print/statementpdf.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace ardesk::cli {

bool CliApp::printsDocuments(int argc, char *argv[])
{
    QStringList words;
    for (int i = 1; i < argc; ++i)
        words.append(QString::fromLocal8Bit(argv[i]));
    auto parsed = Arguments::parse(words, CommandSpec::allValueOptions(), CommandSpec::allFlags());
    if (!parsed)
        return false;
    const QString command = parsed.value().positional(0);
    // The reminder run and a `statement` e-mail attach a statement PDF.
    return command == QLatin1String("statement") || command == QLatin1String("case-file")
            || command == QLatin1String("casefile") || command == QLatin1String("remind")
            || (command == QLatin1String("email")
                && parsed.value().value(QStringLiteral("template")) == QLatin1String("statement"));
}

std::shared_ptr<const StatementRenderer> CliApp::statementRenderer()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    return std::make_shared<StatementPdf>();
}

int CliApp::cmdStatement(const Context &ctx)
{
    const QString out = m_args.value(QStringLiteral("out"));
    const QString dir = m_args.value(QStringLiteral("out-dir"));
    if (out.isEmpty() == dir.isEmpty())
        return usage(tr("statement needs --client CODE --out FILE.pdf, or --out-dir "
                        "DIR for every listed client"));
    if (!dir.isEmpty()) {
        if (ctx.client.id)
            return usage(tr("statement --out-dir takes --filter, not --client"));
        return statementsIntoFolder(ctx, dir);
    }
    if (!ctx.client.id)
        return usage(tr("statement --out needs --client CODE"));
    auto statement = StatementService(ctx.db, ctx.userId).statement(ctx.client.id, ctx.asOf);
    if (!statement)
        return fail(statement.errorString());
    if (auto w = StatementPdf::write(statement.value(), out); !w)
        return fail(w.errorString());
    if (m_args.flag(QStringLiteral("json"))) {
        printJson(QJsonObject {
                {QStringLiteral("client"), ctx.client.code},
                {QStringLiteral("file"), out},
                {QStringLiteral("open_items"), qint64(statement.value().items.size())}});
        return 0;
    }
    m_out << tr("Statement of %1 written to %2").arg(ctx.client.code, out) << "\n";
    m_out.flush();
    return 0;
}

int CliApp::statementsIntoFolder(const Context &ctx, const QString &dir)
{
    if (!QDir(dir).exists())
        return fail(tr("--out-dir: \"%1\" is not a folder").arg(dir));
    auto spec = clientListSpec();
    if (!spec)
        return usage(spec.errorString());
    auto rows = ClientListQuery(*ctx.db).page(spec.value(), 0, -1);
    if (!rows)
        return fail(rows.errorString());
    const StatementService service(ctx.db, ctx.userId);
    QJsonArray files;
    ProgressLine line(m_err, m_args.flag(QStringLiteral("json")));
    const Progress progress = line.progress(QStringLiteral("statement"));
    const qint64 total = rows.value().size();
    qint64 done = 0;
    for (const ClientListRow &row : rows.value()) {
        progress.report(done++, total, tr("Writing statements"));
        auto statement = service.statement(row.id, ctx.asOf);
        if (!statement)
            return fail(statement.errorString());
        if (statement.value().items.isEmpty())
            continue; // nothing open: no statement
        QString name = row.code;
        name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("_"));
        const QString path = QDir(dir).filePath(name + QStringLiteral(".pdf"));
        if (auto w = StatementPdf::write(statement.value(), path); !w)
            return fail(w.errorString());
        files.append(path);
    }
    line.clear();
    if (m_args.flag(QStringLiteral("json"))) {
        printJson(QJsonObject {{QStringLiteral("folder"), dir}, {QStringLiteral("files"), files}});
        return 0;
    }
    m_out << tr("%n statement(s) written to %1", nullptr, int(files.size())).arg(dir) << "\n";
    m_out.flush();
    return 0;
}

int CliApp::cmdCaseFile(const Context &ctx)
{
    const QString out = m_args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(tr("case-file needs --out FILE.pdf"));
    const QString bundle = m_args.value(QStringLiteral("bundle"));
    const CaseFileService service(ctx.db, ctx.userId);
    // A large client's notes, the chain check and the bundle take a while: on a terminal, the
    // stage and how far (as the window's case-file box shows them).
    ProgressLine line(m_err, m_args.flag(QStringLiteral("json")));
    const Progress progress = line.progress(QStringLiteral("casefile"));
    const auto failed = [&](const QString &message) {
        line.clear(); // the error stands on a line of its own
        return fail(message);
    };
    auto data = service.caseFile(ctx.client.id, progress);
    if (!data)
        return failed(data.errorString());
    progress.report(0, 0, tr("Writing the PDF"));
    auto pdf = CaseFilePdf::render(data.value());
    if (!pdf)
        return failed(pdf.errorString());
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return failed(tr("cannot write \"%1\": %2").arg(out, file.errorString()));
    file.write(pdf.value());
    if (!file.commit())
        return failed(tr("cannot write \"%1\": %2").arg(out, file.errorString()));
    if (!bundle.isEmpty()) {
        if (auto b = service.writeBundle(data.value(), QFileInfo(out).fileName(), pdf.value(),
                                         bundle, progress);
            !b)
            return failed(b.errorString());
    }
    line.clear();
    const CaseFileData &d = data.value();
    if (m_args.flag(QStringLiteral("json"))) {
        printJson(QJsonObject {
                {QStringLiteral("client"), ctx.client.code},
                {QStringLiteral("file"), out},
                {QStringLiteral("bundle"), bundle.isEmpty() ? QJsonValue() : QJsonValue(bundle)},
                {QStringLiteral("chain_head"), d.chainHead},
                {QStringLiteral("verified"), d.verified},
                {QStringLiteral("notes"), qint64(d.notes.size())},
                {QStringLiteral("attachments"), qint64(d.attachments().size())}});
        return 0;
    }
    m_out << tr("Case file of %1 written to %2").arg(ctx.client.code, out) << "\n";
    if (!bundle.isEmpty())
        m_out << tr("Bundle written to %1").arg(bundle) << "\n";
    m_out << CaseFilePdf::recordLines(d).join(QStringLiteral("\n")) << "\n";
    m_out.flush();
    return d.verified ? 0 : 1;
}

} // namespace ardesk::cli
