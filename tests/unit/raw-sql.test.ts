// Raw SQL in app/ must read the same on SQLite and PostgreSQL: every column alias quoted (PostgreSQL folds
// an unquoted `AS reportId` to `reportid`, and the row then silently lacks `reportId`), and the constructs
// the two write differently only in app/models/public/sql.server.ts, one helper each.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const DIALECT_MODULE = "app/models/public/sql.server.ts";
/** Functions and syntax that exist in one of the two databases only (or mean different things). */
const DIALECT_ONLY =
  /\b(?:substr|total_changes|data_version|PRAGMA|MATCH|GREATEST|LEAST|EXTRACT|ILIKE|strftime|julianday|datetime|NULLS\s+LAST)\b|::/i;

interface SqlText {
  file: string;
  line: number;
  text: string;
}

/** The literal SQL text of every Prisma.sql`…`, $queryRaw`…`, $executeRaw`…` and $…RawUnsafe("…") in a file. */
export function sqlTexts(file: string, source: string): SqlText[] {
  const found: SqlText[] = [];
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const push = (node: ts.Node, text: string) =>
    found.push({ file, line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node) && /(?:Prisma\.sql|\$queryRaw|\$executeRaw)$/.test(node.tag.getText())) {
      const template = node.template;
      // Interpolations become a placeholder, so that `AS ${x}` is not mistaken for an alias.
      const text = ts.isNoSubstitutionTemplateLiteral(template)
        ? template.text
        : [template.head.text, ...template.templateSpans.map((s) => `?${s.literal.text}`)].join("");
      push(node, text);
    }
    if (
      ts.isCallExpression(node) &&
      /\$(?:queryRaw|executeRaw)Unsafe$/.test(node.expression.getText()) &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    )
      push(node, node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** Aliases written without double quotes (CAST(… AS INTEGER) names a type, in capitals, and is fine). */
export function unquotedAliases(sql: string): string[] {
  return [...sql.matchAll(/\bAS\s+([A-Za-z_][A-Za-z0-9_]*)/g)]
    .map((m) => m[1]!)
    .filter((word) => word !== word.toUpperCase());
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const texts = sourceFiles("app").flatMap((file) => sqlTexts(file, readFileSync(file, "utf8")));

describe("raw SQL in app/", () => {
  it("is found where it is (the scan sees the public queries)", () => {
    const files = new Set(texts.map((t) => t.file));
    expect(files).toContain("app/models/public/list.server.ts");
    expect(files).toContain("app/models/public/scorecard.server.ts");
    expect(files).toContain(DIALECT_MODULE);
  });

  it("quotes every column alias", () => {
    const offenders = texts.flatMap((t) => unquotedAliases(t.text).map((alias) => `${t.file}:${t.line} AS ${alias}`));
    expect(offenders).toEqual([]);
  });

  it("writes dialect-specific SQL only in the dialect module", () => {
    const offenders = texts
      .filter((t) => t.file !== DIALECT_MODULE && DIALECT_ONLY.test(t.text))
      .map((t) => `${t.file}:${t.line} ${DIALECT_ONLY.exec(t.text)![0]}`);
    expect(offenders).toEqual([]);
  });

  it("catches an unquoted camelCase alias, and only that", () => {
    const source =
      'const a = Prisma.sql`SELECT c."reportId" AS reportId, c."id" AS "id", CAST(x AS INTEGER) AS n FROM t`;\n' +
      'const b = db.$queryRawUnsafe("SELECT 1 AS one");\n' +
      'const c = db.$queryRaw`SELECT ${x} AS "ok"`;';
    const found = sqlTexts("sample.ts", source);
    expect(found.map((t) => unquotedAliases(t.text))).toEqual([["reportId", "n"], ["one"], []]);
  });
});
