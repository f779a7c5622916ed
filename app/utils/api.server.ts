// The JSON API's plumbing: token or session auth, zod-checked bodies, `{ "error": "…" }` on failure.
import type { z } from "zod";
import { requireUser, type SessionUser } from "~/utils/auth.server";
import { isMessageKey, type MessageKey } from "~/i18n";
import { httpError } from "~/utils/http.server";

export const MAX_JSON_BYTES = 2 * 1024 * 1024;

/** What an API handler receives (the route's loader or action arguments). */
export interface ApiArgs {
  request: Request;
  params: Partial<Record<string, string>>;
}

/** Signed-in caller of an API route; 401 JSON (never a redirect) otherwise. */
export async function requireApiUser(request: Request): Promise<SessionUser> {
  return requireUser(request);
}

/** Parses and validates a JSON body: 415 for other content types, 413 when too big, 400 with the first problem. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const type = request.headers.get("Content-Type") ?? "";
  if (!/^application\/json\b/i.test(type)) throw httpError(415, "http.jsonType");
  const declared = Number(request.headers.get("Content-Length") ?? 0);
  if (declared > MAX_JSON_BYTES) throw httpError(413, "http.bodyTooLarge");
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > MAX_JSON_BYTES) throw httpError(413, "http.bodyTooLarge");
  const text = decodeBody(bytes, type);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw httpError(400, "http.badJson");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [code, vars] = issueMessage(issue);
    if (!issue?.path.length) throw httpError(400, code, vars);
    throw httpError(400, "http.invalidField", { field: issue.path.join("."), problem: { key: code, vars } });
  }
  return parsed.data;
}

/** A zod issue as a message key: the schema's own key, or one for zod's kind of problem. */
function issueMessage(issue: z.core.$ZodIssue | undefined): [MessageKey, Record<string, string>?] {
  if (isMessageKey(issue?.message)) return [issue.message];
  if (issue?.code === "invalid_type") return ["http.expected", { expected: issue.expected }];
  if (issue?.code === "unrecognized_keys") return ["http.unknownFields", { keys: issue.keys.join(", ") }];
  return ["http.invalidInput"];
}

/**
 * The body's text: UTF-8 as JSON must be, or GBK/GB18030 — declared, or sent by a Chinese Windows tool
 * under a UTF-8 label, which is read correctly rather than turned into replacement characters.
 */
function decodeBody(bytes: Uint8Array, type: string): string {
  const charset = /;\s*charset=["']?([\w-]+)/i.exec(type)?.[1]?.toLowerCase();
  const encodings = charset && /^(gbk|gb2312|gb18030)$/.test(charset) ? ["gb18030"] : ["utf-8", "gb18030"];
  for (const encoding of encodings) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // try the next encoding
    }
  }
  throw httpError(400, "http.badEncoding");
}

/** Route params like :id — a positive integer or 404. */
export function idParam(value: string | undefined): number {
  const id = Number(value);
  if (!value || !/^\d{1,10}$/.test(value) || !Number.isSafeInteger(id) || id <= 0)
    throw httpError(404, "http.notFound");
  return id;
}
