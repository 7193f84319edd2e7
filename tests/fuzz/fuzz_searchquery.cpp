// SPDX-License-Identifier: MIT
// The search query parser on any text: NoteSearch::checkSize, then the FTS5 expression and the
// PostgreSQL tsquery made from an accepted text. An accepted text is within the documented
// bounds, and its FTS5 expression is one SQLite accepts (run against an empty FTS5 table:
// never a syntax error, whatever the user typed).
#include "fuzzsupport.h"

#include "core/storage/notesearch.h"

#include <sqlite3.h>

namespace {

sqlite3_stmt *matchStatement()
{
    static sqlite3 *db = [] {
        sqlite3 *d = nullptr;
        sqlite3_open(":memory:", &d);
        sqlite3_exec(d, "CREATE VIRTUAL TABLE t USING fts5(body)", nullptr, nullptr, nullptr);
        return d;
    }();
    static sqlite3_stmt *stmt = [] {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(db, "SELECT count(*) FROM t WHERE t MATCH ?", -1, &s, nullptr);
        return s;
    }();
    return stmt;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using ardesk::NoteSearch;
    const QString text
            = ardesk::fuzz::text(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!NoteSearch::checkSize(text))
        return 0;
    FUZZ_CHECK(text.trimmed().size() <= NoteSearch::kMaxTextLength, "an accepted text is short");
    const QString expression = NoteSearch::textExpression(text);
    NoteSearch::textQuery(text);
    if (expression.isEmpty())
        return 0;
    sqlite3_stmt *stmt = matchStatement();
    FUZZ_CHECK(stmt != nullptr, "FTS5 is available");
    const QByteArray utf8 = expression.toUtf8();
    sqlite3_reset(stmt);
    sqlite3_bind_text(stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(stmt);
    if (rc != SQLITE_ROW)
        std::fprintf(stderr, "expression: %s\n%s\n", utf8.constData(),
                     sqlite3_errmsg(sqlite3_db_handle(stmt)));
    FUZZ_CHECK(rc == SQLITE_ROW, "the FTS5 expression is valid");
    return 0;
}
