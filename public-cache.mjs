// A micro-cache for anonymous GETs of public pages and open data, in front of Remix (used by server.mjs).
// An answer is reused while the data version (data-version.mjs: SQLite's `PRAGMA data_version`, or
// PostgreSQL's LISTEN/NOTIFY) is unchanged; while the version is unknown nothing is cached.
// Entries also expire after a few seconds and at midnight UTC (traffic lights and overdue days move
// with the date), and visitors who are signed in or send a token always get a fresh answer.
const SESSION_COOKIE = /(?:^|;\s*)__taizhang_session=/;
const LANG_COOKIE = /(?:^|;\s*)lang=([^;]*)/;

/**
 * `paths`: the public paths it may answer (from app/public-pages.ts, through the server build's entry).
 * `hosts`: the Host headers this server answers as itself; a request naming another host is never
 * answered from the cache nor stored in it (nothing a request says may reach other visitors).
 * @param {{ dataVersion: () => Promise<string | null>, paths: RegExp, hosts?: Set<string>, ttlMs?: number, maxEntries?: number, maxBytes?: number }} options
 * @returns {import("express").RequestHandler & { clear(): void }}
 */
export function publicCache({ dataVersion, paths, hosts, ttlMs = 10_000, maxEntries = 1000, maxBytes = 1 << 20 }) {
  /** @type {Map<string, { version: string, at: number, status: number, headers: Record<string, any>, body: Buffer }>} */
  const cache = new Map();
  /** @type {Map<string, Promise<boolean>>} Misses being answered: others with the same key wait for them. */
  const inflight = new Map();
  async function version() {
    const current = await dataVersion();
    return current === null ? null : `${current}:${new Date().toISOString().slice(0, 10)}`;
  }

  async function handler(req, res, next) {
    const cookie = req.headers.cookie ?? "";
    if (
      (req.method !== "GET" && req.method !== "HEAD") ||
      !paths.test(req.path) ||
      SESSION_COOKIE.test(cookie) ||
      req.headers.authorization ||
      (hosts && !hosts.has(req.headers.host ?? ""))
    )
      return next();
    const current = await version();
    if (current === null) return next();
    const key = `${req.originalUrl}\u0000${LANG_COOKIE.exec(cookie)?.[1] ?? ""}`;
    const hit = cache.get(key);
    if (hit && hit.version === current && Date.now() - hit.at < ttlMs) {
      for (const [name, value] of Object.entries(hit.headers)) res.setHeader(name, value);
      res.setHeader("X-Cache", "hit");
      const etag = hit.headers.etag;
      const tags = (req.headers["if-none-match"] ?? "").split(",").map((tag) => tag.trim());
      if (etag && tags.includes(etag)) {
        res.statusCode = 304;
        return res.end();
      }
      res.statusCode = hit.status;
      return req.method === "HEAD" ? res.end() : res.end(hit.body);
    }
    if (req.method === "HEAD") return next();
    const pending = inflight.get(key);
    if (pending) {
      // The same answer is being made right now: wait for it instead of making it again.
      // (If that answer could not be kept, go ahead without waiting again.)
      pending.then((kept) => (kept ? handler(req, res, next) : next()));
      return;
    }
    /** @type {(kept: boolean) => void} */
    let done = () => {};
    const promise = new Promise((resolve) => {
      done = resolve;
    });
    inflight.set(key, promise);
    let kept = false;
    const settle = () => {
      if (inflight.get(key) === promise) inflight.delete(key);
      done(kept);
    };
    res.on("finish", settle);
    res.on("close", settle);

    res.setHeader("X-Cache", "miss");
    const chunks = [];
    let size = 0;
    let keep = true;
    const collect = (chunk, encoding) => {
      if (!keep || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8")
          : Buffer.from(chunk);
      size += buffer.length;
      if (size > maxBytes) keep = false;
      else chunks.push(buffer);
    };
    const write = res.write;
    const end = res.end;
    res.write = function (chunk, encoding, ...rest) {
      collect(chunk, encoding);
      return write.call(this, chunk, encoding, ...rest);
    };
    res.end = function (chunk, encoding, ...rest) {
      collect(chunk, encoding);
      if (keep && res.statusCode === 200 && !res.hasHeader("set-cookie")) {
        const headers = { ...res.getHeaders() };
        delete headers["x-cache"];
        delete headers["x-request-id"]; // each answer from memory keeps its own request's id
        delete headers["content-length"];
        delete headers["content-encoding"];
        delete headers["transfer-encoding"];
        cache.delete(key);
        cache.set(key, { version: current, at: Date.now(), status: 200, headers, body: Buffer.concat(chunks) });
        kept = true;
        while (cache.size > maxEntries) cache.delete(cache.keys().next().value);
      }
      return end.call(this, chunk, encoding, ...rest);
    };
    next();
  }

  return Object.assign(handler, { clear: () => cache.clear() });
}
