// Only same-site paths may be redirect targets (no open redirects).
const BASE = "http://taizhang.invalid";

/**
 * `to` when it is a path on this site, else `fallback`. Browsers drop tabs and line breaks from a
 * URL and read "\" as "/", so "/\t/evil.example" would go to //evil.example: any control character,
 * white space or backslash refuses the target, and what is left must resolve to this origin.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.length > 2000) return fallback;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f-\u009f\s\\]/u.test(to)) return fallback;
  try {
    if (new URL(to, BASE).origin !== BASE) return fallback;
  } catch {
    return fallback;
  }
  return to;
}
