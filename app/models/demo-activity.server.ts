// Demo data only (示例数据): lead departments and a few published updates, so the public pages of a
// fresh install show something. Deterministic; every update says it is invented.
import type { Status } from "~/domain/vocab";
import { db } from "~/utils/db.server";
import { recordAudit, recordAudits, type AuditActor } from "~/models/audit.server";
import { confirmHighConfidence } from "~/models/followup-review.server";

export const DEMO_AUTHOR_EMAIL = "demo-data@taizhang.invalid";
export const DEMO_NOTE = "示例数据：这条进展是演示用的虚构内容，不是政府发布的信息。";

/** Sector (from the report's headings) → the department that would lead it; the rest go to 发改局. */
const SECTOR_DEPARTMENTS: readonly [RegExp, string][] = [
  [/社会保障|就业/, "区人力资源和社会保障局"],
  [/教育|文化体育/, "区教育和体育局"],
  [/卫生|健康/, "区卫生健康局"],
  [/生态|环境/, "区生态环境分局"],
  [/科技|创新/, "区科学技术局"],
  [/产业|工业/, "区工业和信息化局"],
  [/城市|城乡|乡村|住房/, "区住房和城乡建设局"],
  [/开放|商/, "区商务局"],
  [/民生|安全/, "区民政局"],
];

export function demoDepartment(sector: string | null): string {
  return SECTOR_DEPARTMENTS.find(([pattern]) => sector && pattern.test(sector))?.[1] ?? "区发展和改革局";
}

/** Which demo update, if any, a commitment gets: about a third of the plan year's items, by position. */
export function demoUpdate(ordinal: number): { status: Status; progress: number } | null {
  switch (ordinal % 6) {
    case 0:
      return { status: "verified", progress: 100 };
    case 2:
      return { status: "in_progress", progress: 40 + ((ordinal * 7) % 50) };
    case 4:
      return ordinal % 12 === 4 ? { status: "done", progress: 100 } : { status: "partial", progress: 80 };
    default:
      return null;
  }
}

/**
 * On the latest year's published reports only (older ones stay as imported): about a third of the
 * commitments get a lead department and a published demo update; the rest stay unassigned and not
 * started, as if the breakdown (分解) were still under way. Runs once: nothing happens when the demo
 * author already exists.
 */
export async function addDemoActivity(): Promise<{ assigned: number; updates: number }> {
  if (await db.user.findUnique({ where: { email: DEMO_AUTHOR_EMAIL }, select: { id: true } }))
    return { assigned: 0, updates: 0 };
  const reports = await db.report.findMany({
    where: { state: "published" },
    orderBy: { id: "asc" },
    select: { id: true, jurisdictionId: true, year: true, planYear: true },
  });
  if (reports.length === 0) return { assigned: 0, updates: 0 };
  const latest = Math.max(...reports.map((r) => r.planYear ?? r.year));
  const current = reports.filter((r) => (r.planYear ?? r.year) === latest);
  let assigned = 0;
  let updates = 0;
  await db.$transaction(async (tx) => {
    const author = await tx.user.create({
      data: {
        email: DEMO_AUTHOR_EMAIL,
        name: "示例数据",
        role: "staff",
        jurisdictionId: reports[0].jurisdictionId,
        // Not a password hash: nobody can sign in as the demo author.
        passwordHash: "!demo",
        disabledAt: new Date(),
      },
      select: { id: true, name: true },
    });
    const actor: AuditActor = { id: author.id, name: author.name };
    for (const report of current) {
      const departments = new Map(
        (
          await tx.department.findMany({
            where: { jurisdictionId: report.jurisdictionId },
            select: { id: true, name: true },
          })
        ).map((d) => [d.name, d.id]),
      );
      const commitments = await tx.commitment.findMany({
        where: { reportId: report.id, reviewState: "accepted", leadDepartmentId: null },
        orderBy: { ordinal: "asc" },
        select: { id: true, ordinal: true, sector: true, status: true, progress: true },
      });
      const audits = [];
      for (const c of commitments) {
        if (!demoUpdate(c.ordinal)) continue;
        const name = demoDepartment(c.sector);
        const departmentId = departments.get(name);
        if (!departmentId) continue;
        await tx.commitment.update({ where: { id: c.id }, data: { leadDepartmentId: departmentId } });
        assigned += 1;
        audits.push({
          actor,
          entity: "commitment",
          entityId: c.id,
          action: "assign",
          jurisdictionId: report.jurisdictionId,
          after: { leadDepartment: name },
          reason: "示例数据",
          public: true,
        });
      }
      await recordAudits(tx, audits);
      for (const c of commitments) {
        const update = demoUpdate(c.ordinal);
        if (!update) continue;
        const now = new Date();
        const row = await tx.statusUpdate.create({
          data: {
            commitmentId: c.id,
            authorId: author.id,
            status: update.status === "verified" ? "done" : update.status,
            progress: update.progress,
            note: DEMO_NOTE,
            state: "published",
            reviewedAt: now,
          },
          select: { id: true },
        });
        await tx.commitment.update({
          where: { id: c.id },
          data: { status: update.status, progress: update.progress, version: { increment: 1 } },
        });
        await recordAudit(tx, {
          actor,
          entity: "update",
          entityId: row.id,
          action: "publish",
          jurisdictionId: report.jurisdictionId,
          before: { status: c.status, progress: c.progress },
          after: { status: update.status === "verified" ? "done" : update.status, progress: update.progress },
          reason: "示例数据",
          public: true,
        });
        if (update.status === "verified") {
          await recordAudit(tx, {
            actor,
            entity: "commitment",
            entityId: c.id,
            action: "verify",
            jurisdictionId: report.jurisdictionId,
            before: { status: "done" },
            after: { status: "verified" },
            reason: "示例数据",
            public: true,
          });
        }
        updates += 1;
      }
    }
  });
  return { assigned, updates };
}

/**
 * The year-over-year verdicts of the demo reports, as the matcher proposed them: the high-confidence ones confirmed
 * by the demo author (as a supervisor would with one click), so the public pages and the 对照表 show verdicts;
 * the others stay proposed for a supervisor to try the review screen on. Runs once: only unconfirmed ones move.
 */
export async function confirmDemoVerdicts(): Promise<number> {
  const author = await db.user.findUnique({ where: { email: DEMO_AUTHOR_EMAIL }, select: { id: true, name: true } });
  if (!author) return 0;
  const reports = await db.report.findMany({
    where: { state: "published", followUps: { some: { state: "proposed" } } },
    orderBy: { year: "asc" },
    select: { id: true },
  });
  let confirmed = 0;
  for (const report of reports) confirmed += await confirmHighConfidence(report.id, author);
  return confirmed;
}
