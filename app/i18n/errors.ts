// Errors that travel as a message key and values (HTTP error bodies), turned into text in a language.
import { isMessageKey, type MessageKey, type Translate, type Vars } from "~/i18n/index";

/** Values of an error message; `{ key }` is a message of its own (a field's problem, say). */
export type ErrorVars = Record<string, string | number | { key: MessageKey; vars?: Vars }>;

export interface ErrorMessage {
  code: MessageKey;
  vars?: ErrorVars;
}

export function errorMessage(t: Translate, { code, vars }: ErrorMessage): string {
  const filled: Vars = {};
  for (const [name, value] of Object.entries(vars ?? {}))
    filled[name] = typeof value === "object" ? t(value.key, value.vars) : value;
  return t(code, filled);
}

/** Reads an error body (`{ error, code, vars }`) back; null for anything else. */
export function readErrorBody(data: unknown): ErrorMessage | null {
  if (!data || typeof data !== "object" || !("code" in data) || !isMessageKey(data.code)) return null;
  const vars = "vars" in data && data.vars && typeof data.vars === "object" ? (data.vars as ErrorVars) : undefined;
  return { code: data.code, vars };
}
