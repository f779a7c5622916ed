// What the ledger dashboard shows a user: their scope (jurisdiction, or department for staff), its rows and roll-up.
import { progressState } from "~/domain/progress/expected";
import { summariseLedger } from "~/domain/progress/rollup";
import type { SessionUser } from "~/utils/auth.server";
import { requirePermission } from "~/utils/auth.server";
import { forbidden } from "~/utils/http.server";
import { ledgerYears, listLedgerLines, type LedgerFilter } from "~/models/commitment.server";
import { jurisdictionPath, listDepartments } from "~/models/jurisdiction.server";

/** Staff see their department's items (lead or co-operating); the supervision office and admins the jurisdiction's. */
export async function ledgerScopeFor(user: SessionUser, params: URLSearchParams) {
  if (user.role === "staff") {
    if (user.departmentId === null) throw forbidden();
    requirePermission(user, "ledger.view", {
      jurisdictionId: user.jurisdictionId,
      leadDepartmentId: user.departmentId,
    });
  } else {
    requirePermission(user, "ledger.view", {
      jurisdictionId: user.jurisdictionId,
      jurisdictionPath: await jurisdictionPath(user.jurisdictionId),
    });
  }
  const years = await ledgerYears(user.jurisdictionId);
  // A department works on every open item whatever its year; the supervision office reads a year at a time.
  const asked = params.get("year");
  const wantedYear = Number(asked);
  const year =
    asked === "all" || (asked === null && user.role === "staff")
      ? null
      : years.includes(wantedYear)
        ? wantedYear
        : (years[0] ?? null);
  const departments = await listDepartments(user.jurisdictionId);
  const wantedDept = Number(params.get("dept"));
  const department =
    user.role === "staff"
      ? (departments.find((d) => d.id === user.departmentId) ?? null)
      : (departments.find((d) => d.id === wantedDept) ?? null);
  const filter: LedgerFilter = {
    jurisdictionId: user.jurisdictionId,
    year,
    departmentId: department?.id ?? null,
    leadOnly: user.role !== "staff",
  };
  return { filter, years, year, departments, department };
}

export async function ledgerOverview(filter: LedgerFilter, today: Date, staffDepartmentId: number | null) {
  const rows = await listLedgerLines(filter);
  const items = rows.map((r) => ({
    ...r,
    state: progressState(r, today),
    role:
      staffDepartmentId === null
        ? undefined
        : r.leadDepartmentId === staffDepartmentId
          ? ("lead" as const)
          : ("cooperating" as const),
  }));
  const summary = summariseLedger(items, today);
  // The overdue and behind lists hold the same objects as the full list: the page's data carries each
  // item once (a repeated object is sent as a reference).
  const byId = new Map(items.map((i) => [i.id, i]));
  const same = <T extends { id: number }>(list: T[]) => list.map((i) => byId.get(i.id)!);
  return { summary: { ...summary, overdue: same(summary.overdue), behind: same(summary.behind) }, items };
}
