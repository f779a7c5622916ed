// One scope per GET/HEAD request served by server.mjs: a value that several loaders of the same page
// ask for (the signed-in user: the root loader and the page's) is computed once. Not for other methods:
// after an action, loaders must see what it wrote. One AsyncLocalStorage per process (on globalThis:
// server.mjs and the app bundle share it); outside a request (tests, the CLI) nothing is kept.
import { AsyncLocalStorage } from "node:async_hooks";

const REGISTRY = Symbol.for("taizhang.requestScope");

/** @returns {AsyncLocalStorage<Map<string, Promise<unknown>>>} */
function storage() {
  return (globalThis[REGISTRY] ??= new AsyncLocalStorage());
}

/** Express middleware: a fresh scope for each GET and HEAD. */
export function requestScope(req, _res, next) {
  if (req.method === "GET" || req.method === "HEAD") storage().run(new Map(), next);
  else next();
}

/**
 * `compute()` once per request and key (the same promise for every caller), or each time outside a scope.
 * @template T
 * @param {string} key
 * @param {() => Promise<T>} compute
 * @returns {Promise<T>}
 */
export function oncePerRequest(key, compute) {
  const scope = storage().getStore();
  if (!scope) return compute();
  let value = scope.get(key);
  if (!value) {
    value = compute();
    scope.set(key, value);
  }
  return /** @type {Promise<T>} */ (value);
}
