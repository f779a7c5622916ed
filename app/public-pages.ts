// Every route, classified once: the public ones that the micro-cache (public-cache.mjs) may answer for
// anonymous visitors, by URL pattern, and the others with the reason they are never cached. The server
// hands the patterns to the cache (`cacheablePaths`); a test checks that every file in app/routes is here.

/** A public route: its URL pattern (`:name` is one path segment, `*` the rest of the path). */
interface Cached {
  cache: true;
  path: string;
}

/** Not cached: why (it signs in, is per user, writes, or changes with the clock rather than the data). */
interface NotCached {
  cache: false;
  why: string;
}

const PER_USER = "per user: signed in only";
const API_WRITE = "a write endpoint (bearer token or session)";

export const ROUTES = {
  "_index.tsx": { cache: true, path: "/" },
  "j.$slug._index.tsx": { cache: true, path: "/j/:slug" },
  "j.$slug.$year._index.tsx": { cache: true, path: "/j/:slug/:year" },
  "j.$slug.$year.commitments.tsx": { cache: true, path: "/j/:slug/:year/commitments" },
  "j.$slug.$year.commitments[.]csv.ts": { cache: true, path: "/j/:slug/:year/commitments.csv" },
  "j.$slug.$year.commitments[.]json.ts": { cache: true, path: "/j/:slug/:year/commitments.json" },
  "c.$id.tsx": { cache: true, path: "/c/:id" },
  "r.$id.tsx": { cache: true, path: "/r/:id" },
  "metrics.$slug.tsx": { cache: true, path: "/metrics/:slug" },
  "compare.$reportId.tsx": { cache: true, path: "/compare/:reportId" },
  "compare.$reportId_.table[.xlsx].ts": { cache: true, path: "/compare/:reportId/table.xlsx" },
  "inspections.$id.tsx": { cache: true, path: "/inspections/:id" },
  "questions.$id.tsx": { cache: true, path: "/questions/:id" },
  "feeds.$file.ts": { cache: true, path: "/feeds/:file" },
  "feeds.c.$file.ts": { cache: true, path: "/feeds/c/:file" },
  "embed.j.$slug.ts": { cache: true, path: "/embed/j/:slug" },
  "badge.$file.ts": { cache: true, path: "/badge/:file" },
  "search.tsx": { cache: true, path: "/search" },
  "api.docs.tsx": { cache: true, path: "/api/docs" },
  "api.v1.openapi[.]json.ts": { cache: true, path: "/api/v1/openapi.json" },
  "api.v1.jurisdictions.ts": { cache: true, path: "/api/v1/jurisdictions" },
  "api.v1.reports.ts": { cache: true, path: "/api/v1/reports" },
  "api.v1.commitments.ts": { cache: true, path: "/api/v1/commitments" },
  "api.v1.commitments.$id.ts": { cache: true, path: "/api/v1/commitments/:id" },
  "api.v1.commitments.$id_.history.ts": { cache: false, why: PER_USER },
  "api.v1.commitments.$id_.inspections.ts": { cache: false, why: API_WRITE },
  "api.v1.commitments.$id_.questions.ts": { cache: false, why: API_WRITE },
  "api.v1.commitments.$id_.updates.ts": { cache: false, why: API_WRITE },
  "api.v1.questions.$id_.answer.ts": { cache: false, why: API_WRITE },
  "api.v1.updates.$id.review.ts": { cache: false, why: API_WRITE },
  "votes._index.tsx": { cache: false, why: "voting windows open and close with the clock, not with the data" },
  "votes.$id.tsx": { cache: false, why: "voting windows open and close with the clock, not with the data" },
  "files.$sha256.ts": { cache: false, why: "evidence files: checked per file, large, cached by the browser" },
  "healthz.ts": { cache: false, why: "a live check" },
  "lang.ts": { cache: false, why: "sets the language cookie" },
  "login.tsx": { cache: false, why: "signs in" },
  "logout.tsx": { cache: false, why: "signs out" },
  "$.tsx": { cache: false, why: "the 404 page for any other path" },
  "account.tsx": { cache: false, why: PER_USER },
  "admin.departments.tsx": { cache: false, why: PER_USER },
  "admin.jurisdictions.tsx": { cache: false, why: PER_USER },
  "admin.users.$id.tsx": { cache: false, why: PER_USER },
  "admin.users._index.tsx": { cache: false, why: PER_USER },
  "deputy._index.tsx": { cache: false, why: PER_USER },
  "deputy.c.$id.tsx": { cache: false, why: PER_USER },
  "follow.ts": { cache: false, why: PER_USER },
  "followup.$reportId.tsx": { cache: false, why: PER_USER },
  "followup._index.tsx": { cache: false, why: PER_USER },
  "import.progress.ts": { cache: false, why: PER_USER },
  "import.tsx": { cache: false, why: PER_USER },
  "inbox.tsx": { cache: false, why: PER_USER },
  "inspections.new.tsx": { cache: false, why: PER_USER },
  "ledger._index.tsx": { cache: false, why: PER_USER },
  "ledger.assign.tsx": { cache: false, why: PER_USER },
  "ledger.bulk.tsx": { cache: false, why: PER_USER },
  "ledger.c.$id": { cache: false, why: PER_USER },
  "ledger.c.$id_.history.tsx": { cache: false, why: PER_USER },
  "ledger.export.ts": { cache: false, why: PER_USER },
  "ledger.import.tsx": { cache: false, why: PER_USER },
  "ledger.verify.tsx": { cache: false, why: PER_USER },
  "questions._index.tsx": { cache: false, why: PER_USER },
  "review.$reportId": { cache: false, why: PER_USER },
  "review.$reportId_.publish.tsx": { cache: false, why: PER_USER },
} as const satisfies Record<string, Cached | NotCached>;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The paths the micro-cache may answer: one expression from every cached route's pattern. */
export function cacheablePaths(): RegExp {
  const patterns = Object.values(ROUTES)
    .filter((route): route is Extract<(typeof ROUTES)[keyof typeof ROUTES], Cached> => route.cache)
    .map((route) =>
      route.path
        .split("/")
        .map((segment) => (segment.startsWith(":") ? "[^/]+" : escape(segment)))
        .join("/"),
    );
  return new RegExp(`^(?:${patterns.join("|")})$`);
}
