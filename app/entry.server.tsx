// Server rendering: the whole document is rendered before it is sent, so that the response can carry
// a content security policy with the hashes of its inline scripts and an ETag of its bytes.
import type { Writable } from "node:stream";
import type { ActionFunctionArgs, EntryContext, LoaderFunctionArgs } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { startEmailPump } from "~/models/mail.server";
import { getEnv } from "~/utils/env.server";
import { documentSecurityPolicy, etagFor } from "~/utils/headers.server";
import { logger } from "~/utils/logger.mjs";

// For server.mjs (build.entry.module): the paths its micro-cache may answer.
export { cacheablePaths } from "~/public-pages";

const ABORT_DELAY = 5_000;

// Validate the configuration when the server starts, not at the first request that needs it.
getEnv();
startEmailPump();

/** A loader or action that failed (thrown Responses are answers, not failures): its stack, with the request id. */
export function handleError(error: unknown, { request }: LoaderFunctionArgs | ActionFunctionArgs) {
  if (request.signal.aborted) return;
  logger.error({ err: error, reqId: request.headers.get("x-request-id") }, `${request.method} ${request.url} failed`);
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  return new Promise<Response>((resolve, reject) => {
    let failed = false;
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer); // a finished render must not be kept (and aborted) seconds later
      finish();
    };
    const { pipe, abort } = renderToPipeableStream(
      <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} />,
      {
        onAllReady() {
          // React writes the <!DOCTYPE html> itself when the root element is <html>. The bytes are
          // kept as they are: decoding them to a string and encoding it again cost more than the rest.
          const sink = documentSink(
            (html) =>
              settle(() =>
                resolve(documentResponse(request, html, failed ? 500 : responseStatusCode, responseHeaders)),
              ),
            (error) => settle(() => reject(error)),
          );
          pipe(sink);
        },
        onShellError(error: unknown) {
          settle(() => reject(error));
        },
        onError(error: unknown) {
          failed = true;
          logger.error({ err: error, reqId: request.headers.get("x-request-id") }, "render failed");
        },
      },
    );
    if (!settled) timer = setTimeout(abort, ABORT_DELAY + 1000);
  });
}

/**
 * Where React writes a whole document (it is piped only once everything is ready): its chunks are
 * gathered and handed over at the end. A plain collector rather than a stream: React writes every
 * 2 KB, and a stream's bookkeeping for each write, and its close event after the end, cost more than
 * gathering them.
 */
function documentSink(done: (html: Buffer) => void, fail: (error: unknown) => void): Writable {
  const chunks: Uint8Array[] = [];
  const sink = {
    write(chunk: Uint8Array) {
      chunks.push(chunk);
      return true;
    },
    end() {
      done(Buffer.concat(chunks));
    },
    destroy(error: unknown) {
      fail(error);
    },
    on() {
      return sink;
    },
  };
  return sink as unknown as Writable;
}

function documentResponse(request: Request, html: Buffer, status: number, headers: Headers): Response {
  headers.set("Content-Type", "text/html; charset=utf-8");
  headers.set("Content-Security-Policy", documentSecurityPolicy(html, headers.get("X-Frame-Policy") === "embed"));
  headers.delete("X-Frame-Policy");
  if (!headers.has("Cache-Control")) {
    const signedIn = /__taizhang_session=/.test(request.headers.get("Cookie") ?? "");
    headers.set("Cache-Control", signedIn ? "private, no-cache" : "public, no-cache");
  }
  if (status === 200 && request.method === "GET") {
    const etag = etagFor(html);
    headers.set("ETag", etag);
    headers.append("Vary", "Cookie");
    if (request.headers.get("If-None-Match") === etag) return new Response(null, { status: 304, headers });
  }
  return new Response(new Uint8Array(html.buffer as ArrayBuffer, html.byteOffset, html.byteLength), {
    status,
    headers,
  });
}
