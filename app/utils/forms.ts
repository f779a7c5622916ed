// The one way actions read a form: the body (malformed → 400), field names checked against a small
// grammar with limits, nested values ("links.0.url", react-hook-form's names) rebuilt into
// null-prototype objects and bounded arrays, then zod with the same schema as the browser.
import type { z } from "zod";
import { AppError } from "~/utils/app-error";
import { badRequest } from "~/utils/http.server";

export type FieldErrors = Record<string, string>;

export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, unknown> };

/**
 * No form of ours comes near these: the bulk update has 4 fields × 500 rows; arrays hold at most a
 * thousand rows (so "rows.99999999.id" cannot make an array of 10⁸ slots); names are short and shallow.
 */
export const FORM_LIMITS = { fields: 5000, nameLength: 120, depth: 4, maxIndex: 999 } as const;

const KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
const INDEX = /^(?:0|[1-9]\d*)$/;
// Never valid as a key, even on a null-prototype object: they are what prototype pollution writes through.
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

/** A form whose shape no page of ours sends: answered 400 on the form as a whole. */
const formShapeError = () => new AppError("v.formShape", { status: 400 });

type Segment = string | number;

function segments(name: string): Segment[] {
  if (name.length === 0 || name.length > FORM_LIMITS.nameLength) throw formShapeError();
  const parts = name.split(".");
  if (parts.length > FORM_LIMITS.depth) throw formShapeError();
  return parts.map((part, i) => {
    if (i > 0 && INDEX.test(part)) {
      const index = Number(part);
      if (index > FORM_LIMITS.maxIndex) throw formShapeError();
      return index;
    }
    if (!KEY.test(part) || FORBIDDEN.has(part)) throw formShapeError();
    return part;
  });
}

/**
 * The request's form, or a 400 response thrown: a body that is not a form (malformed multipart or
 * urlencoded), too many fields, a field name outside the grammar (key(.key|.index)*), or names that
 * clash ("a" and "a.b").
 */
export async function readForm(request: Request): Promise<FormData> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw badRequest("v.formMalformed");
  }
  try {
    formObject(form);
  } catch (error) {
    if (error instanceof AppError) throw badRequest(error.code);
    throw error;
  }
  return form;
}

type Container = Record<string, unknown> | unknown[];

const emptyRecord = (): Record<string, unknown> => Object.create(null) as Record<string, unknown>;

function child(parent: Container, key: Segment, next: Segment): Container {
  const existing = (parent as Record<Segment, unknown>)[key];
  const wantArray = typeof next === "number";
  if (existing === undefined) {
    const made: Container = wantArray ? [] : emptyRecord();
    (parent as Record<Segment, unknown>)[key] = made;
    return made;
  }
  // "a=1&a.b=2" or "a.0=1&a.b=2": one name cannot be both a value and a group, or a list and a record.
  if (
    wantArray ? !Array.isArray(existing) : typeof existing !== "object" || existing === null || Array.isArray(existing)
  )
    throw formShapeError();
  return existing as Container;
}

/**
 * `{"links.0.url": "x"}` → `{ links: [{ url: "x" }] }` (objects without a prototype). The first value
 * of a repeated field counts, except for fields listed in `lists` (checkbox groups), which keep all.
 * Files are left out (read them with `form.getAll`). Throws an AppError (400) for a shape outside the grammar.
 */
export function formObject(form: FormData, lists: readonly string[] = []): Record<string, unknown> {
  const root = emptyRecord();
  let count = 0;
  for (const [name, value] of form.entries()) {
    if (++count > FORM_LIMITS.fields) throw formShapeError();
    const path = segments(name);
    if (typeof value !== "string") continue;
    if (lists.includes(name)) {
      if (!Array.isArray(root[name])) root[name] = [];
      (root[name] as string[]).push(value);
      continue;
    }
    let node: Container = root;
    for (let i = 0; i < path.length - 1; i++) node = child(node, path[i]!, path[i + 1]!);
    const last = path[path.length - 1]!;
    const slot = node as Record<Segment, unknown>;
    if (slot[last] === undefined) slot[last] = value;
    else if (typeof slot[last] !== "string") throw formShapeError();
  }
  return root;
}

/** What was typed, to give back with the errors (flat names: what the forms' fields read). */
export function formValues(form: FormData): Record<string, string> {
  const values = emptyRecord() as Record<string, string>;
  for (const [key, value] of form.entries())
    if (typeof value === "string" && values[key] === undefined) values[key] = value;
  return values;
}

/** Validates a form (or values already read from one) with a zod schema; a malformed form is a form error. */
export function parseForm<S extends z.ZodType>(
  schema: S,
  form: FormData | Record<string, unknown>,
  lists: readonly string[] = [],
): FormResult<z.output<S>> {
  let values: Record<string, unknown>;
  try {
    values = form instanceof FormData ? formObject(form, lists) : form;
  } catch (error) {
    if (error instanceof AppError) return { ok: false, errors: { [error.field]: error.code }, values: emptyRecord() };
    throw error;
  }
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, errors: issuesToErrors(parsed.error.issues), values };
}

export function issuesToErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "form";
    errors[key] ??= issue.message;
  }
  return errors;
}
