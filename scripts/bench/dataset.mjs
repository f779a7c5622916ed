// Generates a large, realistic dataset straight into a migrated SQLite file (for the HTTP benchmark):
// many districts, five years of published reports, ~100 accepted commitments each, statuses,
// lead departments and published updates. Deterministic (seeded).
import Database from "better-sqlite3";

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECTORS = [
  "产业发展",
  "科技创新",
  "城市建设",
  "乡村振兴",
  "生态环境",
  "民生保障",
  "教育体育",
  "医疗卫生",
  "营商环境",
  "社会治理",
];
const METRICS = [
  ["新增城镇就业", "万人", 1.2],
  ["地区生产总值增长", "%", 5.5],
  ["一般公共预算收入增长", "%", 3],
  ["新开工改造老旧小区", "个", 30],
  ["新增高新技术企业", "家", 25],
  ["建设人才公寓", "套", 200],
  ["新增城市绿地", "万平方米", 12],
  ["新建改建农村公路", "公里", 40],
  ["新增托位", "个", 300],
  ["实施重点项目", "个", 120],
];
const PLACES = [
  "科技产业园",
  "文化中心",
  "综合医院",
  "实验学校",
  "物流园",
  "体育公园",
  "污水处理厂",
  "人才公寓",
  "商业综合体",
  "快速路",
];
const VERBS = ["建成投用", "竣工投产", "开工建设", "建成通车", "开业运营"];
const STATUSES = ["not_started", "in_progress", "in_progress", "in_progress", "done", "verified", "partial", "missed"];
const DEPARTMENTS = [
  "区发展和改革局",
  "区工业和信息化局",
  "区人力资源和社会保障局",
  "区住房和城乡建设局",
  "区教育和体育局",
  "区卫生健康局",
  "区商务局",
  "区民政局",
];

export function generateDataset(
  file,
  { districts = 200, years = [2021, 2022, 2023, 2024, 2025], perReport = 101, seed = 42 } = {},
) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const now = new Date().toISOString();
  const insertJurisdiction = db.prepare(
    `INSERT INTO "Jurisdiction" (slug, name, level, parentId, createdAt) VALUES (?, ?, ?, ?, ?)`,
  );
  const insertDepartment = db.prepare(`INSERT INTO "Department" (jurisdictionId, name, createdAt) VALUES (?, ?, ?)`);
  const insertReport = db.prepare(
    `INSERT INTO "Report" (jurisdictionId, year, title, sourceName, sourceType, text, textHash, reviewPeriod, planYear, state, createdAt, updatedAt)
     VALUES (?, ?, ?, 'generated.txt', 'txt', ?, ?, ?, ?, 'published', ?, ?)`,
  );
  const insertCommitment = db.prepare(
    `INSERT INTO "Commitment" (reportId, jurisdictionId, year, ordinal, quote, quoteStart, quoteEnd, kind, metric, target, unit, comparator,
       growth, deadline, entities, sector, reviewState, status, progress, leadDepartmentId, dueDate, version, publishedAt, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'accepted', ?, ?, ?, ?, 1, ?, ?, ?)`,
  );
  const insertUpdate = db.prepare(
    `INSERT INTO "StatusUpdate" (commitmentId, authorId, status, progress, note, state, createdAt) VALUES (?, ?, ?, ?, ?, 'published', ?)`,
  );
  const insertUser = db.prepare(
    `INSERT INTO "User" (email, name, passwordHash, role, jurisdictionId, createdAt, updatedAt) VALUES (?, ?, 'x', 'staff', ?, ?, ?)`,
  );
  const insertAudit = db.prepare(
    `INSERT INTO "AuditEvent" (actorLabel, jurisdictionId, entity, entityId, action, after, public, createdAt) VALUES ('system', ?, 'commitment', ?, 'update.published', ?, 1, ?)`,
  );

  let commitments = 0;
  const slugs = [];
  db.transaction(() => {
    const province = insertJurisdiction.run("bench-province", "测试省", "province", null, now).lastInsertRowid;
    for (let c = 0; c < Math.ceil(districts / 10); c += 1) {
      const city = insertJurisdiction.run(`bench-city-${c}`, `测试市${c}`, "city", province, now).lastInsertRowid;
      for (let d = 0; d < 10 && c * 10 + d < districts; d += 1) {
        const n = c * 10 + d;
        const slug = `bench-${n}`;
        slugs.push(slug);
        const jurisdictionId = insertJurisdiction.run(slug, `测试区${n}`, "district", city, now).lastInsertRowid;
        const departmentIds = DEPARTMENTS.map(
          (name) => insertDepartment.run(jurisdictionId, name, now).lastInsertRowid,
        );
        const author = insertUser.run(
          `bench-${n}@example.cn`,
          `测试用户${n}`,
          jurisdictionId,
          now,
          now,
        ).lastInsertRowid;
        for (const year of years) {
          const lines = [];
          const items = [];
          for (let i = 0; i < perReport; i += 1) {
            const sector = pick(SECTORS);
            if (random() < 0.7) {
              const [metric, unit, base] = pick(METRICS);
              const target = Math.round(base * (0.5 + random()) * 10) / 10;
              items.push({ kind: "numeric", metric, unit, target, sector, quote: `${metric}${target}${unit}以上` });
            } else {
              const place = `${pick(["民祥", "齐盛", "华光", "新城", "东方", "北湖"])}${pick(PLACES)}`;
              items.push({
                kind: "deliverable",
                metric: place,
                unit: null,
                target: null,
                sector,
                quote: `${place}${pick(VERBS)}`,
              });
            }
          }
          let text = `${year}年政府工作报告\n\n一、${year - 1}年工作回顾\n\n过去一年，各项工作取得新成效。\n\n二、${year}年重点任务\n\n`;
          const offsets = items.map((item) => {
            const start = text.length;
            text += `${item.quote}。`;
            if (random() < 0.2) text += "\n\n";
            return [start, start + item.quote.length];
          });
          lines.push(text);
          const reportId = insertReport.run(
            jurisdictionId,
            year,
            `${year}年政府工作报告`,
            text,
            `${slug}-${year}`,
            String(year - 1),
            year,
            now,
            now,
          ).lastInsertRowid;
          items.forEach((item, ordinal) => {
            const status = pick(STATUSES);
            const progress =
              status === "not_started" ? 0 : ["done", "verified"].includes(status) ? 100 : Math.floor(random() * 95);
            const due = `${year}-12-31T00:00:00.000Z`;
            const id = insertCommitment.run(
              reportId,
              jurisdictionId,
              year,
              ordinal,
              item.quote,
              offsets[ordinal][0],
              offsets[ordinal][1],
              item.kind,
              item.metric,
              item.target,
              item.unit,
              item.kind === "numeric" ? ">=" : null,
              0,
              year,
              "[]",
              item.sector,
              status,
              progress,
              pick(departmentIds),
              due,
              now,
              now,
              now,
            ).lastInsertRowid;
            commitments += 1;
            if (status !== "not_started" && random() < 0.3) {
              insertUpdate.run(id, author, status, progress, "按计划推进。", now);
              insertAudit.run(jurisdictionId, id, JSON.stringify({ status, progress }), now);
            }
          });
        }
      }
    }
  })();
  db.pragma("synchronous = FULL");
  db.exec(`ANALYZE`);
  db.close();
  return { commitments, slugs, years };
}
