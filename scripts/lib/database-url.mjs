// DATABASE_URL decides the database: `file:` is SQLite, `postgres://` or `postgresql://` is PostgreSQL.
// Shared by the app, the server and the scripts, so they can never disagree.

/** @typedef {"sqlite" | "postgresql"} Dialect */

/**
 * @param {string} url
 * @returns {Dialect}
 */
export function dialectOf(url) {
  if (/^file:/.test(url)) return "sqlite";
  if (/^postgres(?:ql)?:\/\//.test(url)) return "postgresql";
  throw new Error("DATABASE_URL must be file:PATH (SQLite) or postgresql://USER:PASSWORD@HOST:PORT/DATABASE");
}

const PASSWORD_IN_URL = /(postgres(?:ql)?:\/\/[^:/@\s]*:)[^@\s]*@/gi;

/**
 * Text with every password of a database URL replaced by "***" (error messages, logs), and with the
 * given secrets removed wherever they appear.
 * @param {string} text
 * @param {(string | undefined)[]} [secrets]
 */
export function redactSecrets(text, secrets = []) {
  let out = text.replace(PASSWORD_IN_URL, "$1***@");
  for (const secret of secrets) if (secret && secret.length >= 4) out = out.split(secret).join("***");
  return out;
}

/**
 * The password of a PostgreSQL URL (for redaction), if any.
 * @param {string} url
 */
export function passwordOf(url) {
  try {
    const password = new URL(url).password;
    return password ? decodeURIComponent(password) : undefined;
  } catch {
    return undefined;
  }
}
