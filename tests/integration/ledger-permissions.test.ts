// Every ledger page action and API route, for every role: role × action × expected result.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "~/models/audit.server";
import { importReport } from "~/models/report-import.server";
import * as apiHistory from "~/routes/api.v1.commitments.$id_.history";
import * as apiUpdates from "~/routes/api.v1.commitments.$id_.updates";
import * as apiCommitment from "~/routes/api.v1.commitments.$id";
import * as apiReports from "~/routes/api.v1.reports";
import * as apiReview from "~/routes/api.v1.updates.$id.review";
import * as importPage from "~/routes/import";
import * as dashboard from "~/routes/ledger._index";
import * as bulk from "~/routes/ledger.bulk";
import * as item from "~/routes/ledger.c.$id/route";
import * as history from "~/routes/ledger.c.$id_.history";
import * as exportSheet from "~/routes/ledger.export";
import * as importSheet from "~/routes/ledger.import";
import * as verifyQueue from "~/routes/ledger.verify";
import * as review from "~/routes/review.$reportId/route";
import { db } from "~/utils/db.server";
import {
  api,
  makeItem,
  makeUpdate,
  page,
  ROLES,
  run,
  setUpLedger,
  verdict,
  type LedgerFixture,
  type Outcome,
  type TestRole,
  type Who,
} from "./support/ledger";

const report = (name: string) => readFileSync(`data/reports/${name}`, "utf8");

let fx: LedgerFixture;
let reportId: number;

beforeAll(async () => {
  fx = await setUpLedger();
  const outcome = await importReport({
    source: { text: report("zhangdian-2025.txt") },
    jurisdiction: "zhangdian",
    actor: SYSTEM_ACTOR,
  });
  reportId = outcome.reportId;
});

async function proposed() {
  return db.commitment.findFirstOrThrow({
    where: { reportId, reviewState: "proposed" },
    orderBy: { id: "asc" },
    select: { id: true, version: true },
  });
}

interface Case {
  name: string;
  call: (who: Who) => Promise<Outcome>;
  /** Roles answered "ok"; everyone else signed in gets `refused` (403 unless told). */
  allow: TestRole[];
  anonymous: "login" | 401;
  refused?: Partial<Record<TestRole, number>>;
}

const sheet = () => new Blob(["id,version\n"], { type: "text/csv" });

const CASES: Case[] = [
  {
    name: "GET /ledger (own jurisdiction or department)",
    call: (who) => run(dashboard.loader, page(who, "/ledger")),
    allow: ["admin", "supervisor", "otherSupervisor", "leadStaff", "coopStaff", "otherStaff", "foreignStaff"],
    anonymous: "login",
  },
  {
    name: "GET /ledger/c/:id",
    call: async (who) => {
      const c = await makeItem(fx);
      return run(item.loader, page(who, `/ledger/c/${c.id}`), { id: String(c.id) });
    },
    allow: ["admin", "supervisor", "leadStaff", "coopStaff"],
    anonymous: "login",
  },
  {
    name: "POST /ledger/c/:id assign",
    call: async (who) => {
      const c = await makeItem(fx);
      const form = {
        intent: "assign",
        version: String(c.version),
        leadDepartmentId: String(fx.departments.other),
        dueDate: "2025-10-31",
      };
      return run(item.action, page(who, `/ledger/c/${c.id}`, { form }), { id: String(c.id) });
    },
    allow: ["supervisor"],
    anonymous: "login",
  },
  {
    name: "POST /ledger/c/:id update",
    call: async (who) => {
      const c = await makeItem(fx);
      const form = { intent: "update", status: "in_progress", progress: "55", note: "推进中" };
      return run(item.action, page(who, `/ledger/c/${c.id}`, { form }), { id: String(c.id) });
    },
    allow: ["leadStaff"],
    anonymous: "login",
  },
  {
    name: "POST /ledger/c/:id review (publish)",
    call: async (who) => {
      const c = await makeItem(fx);
      const u = await makeUpdate(fx, c.id);
      const form = { intent: "review", updateId: String(u.id), decision: "publish" };
      return run(item.action, page(who, `/ledger/c/${c.id}`, { form }), { id: String(c.id) });
    },
    allow: ["supervisor"],
    anonymous: "login",
  },
  {
    name: "POST /ledger/c/:id verify (销号)",
    call: async (who) => {
      const c = await makeItem(fx, { status: "done", progress: 100 });
      const form = { intent: "verify", version: String(c.version) };
      return run(item.action, page(who, `/ledger/c/${c.id}`, { form }), { id: String(c.id) });
    },
    allow: ["supervisor"],
    anonymous: "login",
  },
  {
    name: "POST /ledger/c/:id subtask",
    call: async (who) => {
      const c = await makeItem(fx);
      const form = { intent: "subtask", metric: "完成第一批招聘", leadDepartmentId: "", dueDate: "" };
      return run(item.action, page(who, `/ledger/c/${c.id}`, { form }), { id: String(c.id) });
    },
    allow: ["supervisor"],
    anonymous: "login",
  },
  {
    name: "GET /ledger/c/:id/history",
    call: async (who) => {
      const c = await makeItem(fx);
      return run(history.loader, page(who, `/ledger/c/${c.id}/history`), { id: String(c.id) });
    },
    allow: ["admin", "supervisor", "leadStaff", "coopStaff", "otherStaff", "deputy"],
    anonymous: "login",
  },
  {
    name: "GET /ledger/verify (own jurisdiction's queue)",
    call: (who) => run(verifyQueue.loader, page(who, "/ledger/verify")),
    allow: ["supervisor", "otherSupervisor"],
    anonymous: "login",
  },
  {
    name: "POST /ledger/verify (return a 张店 update)",
    call: async (who) => {
      const c = await makeItem(fx);
      const u = await makeUpdate(fx, c.id);
      const form = { updateId: String(u.id), decision: "return", reason: "佐证材料不足" };
      return run(verifyQueue.action, page(who, "/ledger/verify", { form }));
    },
    allow: ["supervisor"],
    anonymous: "login",
  },
  {
    name: "GET /ledger/bulk",
    call: (who) => run(bulk.loader, page(who, "/ledger/bulk")),
    allow: ["leadStaff", "coopStaff", "otherStaff", "foreignStaff"],
    anonymous: "login",
  },
  {
    name: "POST /ledger/bulk",
    call: async (who) => {
      const c = await makeItem(fx);
      const form = {
        "rows.0.id": String(c.id),
        "rows.0.status": "in_progress",
        "rows.0.progress": "45",
        "rows.0.note": "",
      };
      return run(bulk.action, page(who, "/ledger/bulk", { form }));
    },
    allow: ["leadStaff"],
    anonymous: "login",
    // Staff of other departments pass the page guard; the row is not theirs.
    refused: { coopStaff: 403, otherStaff: 403, foreignStaff: 403 },
  },
  {
    name: "GET /ledger/export",
    call: (who) => run(exportSheet.loader, page(who, "/ledger/export?format=csv")),
    allow: ["supervisor", "otherSupervisor", "leadStaff", "coopStaff", "otherStaff", "foreignStaff"],
    anonymous: "login",
  },
  {
    name: "POST /ledger/import (spreadsheet)",
    call: (who) => run(importSheet.action, page(who, "/ledger/import", { form: { file: sheet() } })),
    allow: ["supervisor", "otherSupervisor", "leadStaff", "coopStaff", "otherStaff", "foreignStaff"],
    anonymous: "login",
  },
  {
    name: "GET /import",
    call: (who) => run(importPage.loader, page(who, "/import")),
    allow: ["admin", "supervisor", "otherSupervisor"],
    anonymous: "login",
  },
  {
    name: "POST /import (analyse)",
    call: (who) =>
      run(
        importPage.action,
        page(who, "/import", { form: { intent: "analyse", text: report("zhangdian-2022-news.txt") } }),
      ),
    allow: ["admin", "supervisor", "otherSupervisor"],
    anonymous: "login",
  },
  {
    name: "GET /review/:reportId",
    call: (who) => run(review.loader, page(who, `/review/${reportId}`), { reportId: String(reportId) }),
    allow: ["supervisor"],
    anonymous: "login",
  },
  {
    name: "POST /review/:reportId accept",
    call: async (who) => {
      const c = await proposed();
      const form = { intent: "accept", id: String(c.id), version: String(c.version) };
      return run(review.action, page(who, `/review/${reportId}`, { form }), { reportId: String(reportId) });
    },
    allow: ["supervisor"],
    anonymous: "login",
  },
  {
    name: "POST /api/v1/reports",
    call: (who) =>
      run(
        apiReports.action,
        api(who, "/api/v1/reports", "POST", { jurisdiction: "zhangdian", text: report("zhangdian-2022-news.txt") }),
      ),
    allow: ["admin", "supervisor"],
    anonymous: 401,
  },
  {
    name: "PATCH /api/v1/commitments/:id",
    call: async (who) => {
      const c = await makeItem(fx);
      return run(apiCommitment.action, api(who, `/api/v1/commitments/${c.id}`, "PATCH", { dueDate: "2025-09-30" }), {
        id: String(c.id),
      });
    },
    allow: ["supervisor"],
    anonymous: 401,
  },
  {
    name: "POST /api/v1/commitments/:id/updates",
    call: async (who) => {
      const c = await makeItem(fx);
      const body = {
        status: "in_progress",
        progress: 50,
        evidence: [{ url: "https://example.gov.cn/a", title: "通报" }],
      };
      return run(apiUpdates.action, api(who, `/api/v1/commitments/${c.id}/updates`, "POST", body), {
        id: String(c.id),
      });
    },
    allow: ["leadStaff"],
    anonymous: 401,
  },
  {
    name: "POST /api/v1/updates/:id/review",
    call: async (who) => {
      const c = await makeItem(fx);
      const u = await makeUpdate(fx, c.id);
      return run(apiReview.action, api(who, `/api/v1/updates/${u.id}/review`, "POST", { decision: "publish" }), {
        id: String(u.id),
      });
    },
    allow: ["supervisor"],
    anonymous: 401,
  },
  {
    name: "GET /api/v1/commitments/:id/history",
    call: async (who) => {
      const c = await makeItem(fx);
      return run(apiHistory.loader, api(who, `/api/v1/commitments/${c.id}/history`), { id: String(c.id) });
    },
    allow: ["admin", "supervisor", "leadStaff", "coopStaff", "otherStaff", "deputy"],
    anonymous: 401,
  },
];

describe("ledger permissions: role × action", () => {
  for (const c of CASES) {
    describe(c.name, () => {
      for (const role of ROLES) {
        const expected =
          role === "anonymous" ? c.anonymous : c.allow.includes(role) ? "ok" : (c.refused?.[role] ?? 403);
        it(`${role} → ${expected}`, async () => {
          const outcome = await c.call(fx.people[role]);
          const got = verdict(outcome);
          if (got !== expected) expect({ got, body: outcome.body }).toEqual({ got: expected, body: outcome.body });
          expect(got).toBe(expected);
          if (typeof expected === "number" && c.name.includes("/api/"))
            expect(outcome.body).toMatchObject({ error: expect.any(String) });
        });
      }
    });
  }
});
