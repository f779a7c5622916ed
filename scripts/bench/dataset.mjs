// Generates a large, realistic dataset straight into a migrated database, SQLite or PostgreSQL, for the
// HTTP benchmark: districts under cities, ten years of published reports (~34 accepted promises each, with
// the paragraph each sits in), statuses, lead departments, published updates with their audit rows, a
// staff account per district, one supervisor who can sign in and, in their district, one report waiting
// for review. Deterministic (seeded). Bulk SQL: one prepared statement in one transaction on SQLite,
// multi-row INSERT … SELECT FROM unnest(…) on PostgreSQL; the search indexes are built once after the rows are in.
import Database from "better-sqlite3";
import pg from "pg";

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
const PREFIXES = ["民祥", "齐盛", "华光", "新城", "东方", "北湖"];
const VERBS = ["建成投用", "竣工投产", "开工建设", "建成通车", "开业运营"];
const LEADS = [
  "坚持稳中求进，",
  "聚焦群众关切，",
  "推动教育从基本均衡向优质均衡转变，",
  "加快多层次养老服务体系建设，",
  "持续优化营商环境，",
];
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
export const PER_REPORT = 34;
export const YEARS = 10;
export const SUPERVISOR = { email: "bench-supervisor@example.cn", password: "bench-password-long-enough" };

/** How many districts make `commitments` promises over ten years (1,000,000 → 2,941). */
export const districtsFor = (commitments) => Math.max(1, Math.round(commitments / (PER_REPORT * YEARS)));

/**
 * Rows, district by district (it yields after each): `emit(table, row)` receives plain objects with
 * explicit ids. Returns the target district's slug (the middle one: the benchmark's pages) and the years.
 */
function* generate({ commitments: wanted, seed = 42, supervisorHash }, emit) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const districts = districtsFor(wanted);
  const years = Array.from({ length: YEARS }, (_, i) => 2016 + i);
  const now = new Date().toISOString();
  const ids = { jurisdiction: 0, department: 0, user: 0, report: 0, commitment: 0, update: 0, audit: 0 };
  const next = (table) => (ids[table] += 1);
  const slugs = [];
  const target = Math.floor(districts / 2);
  let reviewReportId = null;
  const commitmentRow = (item, ordinal) => ({
    ordinal,
    quote: item.quote,
    quoteStart: item.start,
    quoteEnd: item.end,
    paragraph: item.paragraph,
    kind: item.kind,
    metric: item.metric,
    target: item.target,
    unit: item.unit,
    comparator: item.kind === "numeric" ? ">=" : null,
    growth: false,
    entities: "[]",
    sector: item.sector,
  });

  const province = next("jurisdiction");
  emit("Jurisdiction", {
    id: province,
    slug: "bench-province",
    name: "测试省",
    level: "province",
    parentId: null,
    createdAt: now,
  });
  for (let c = 0; c * 10 < districts; c += 1) {
    const city = next("jurisdiction");
    emit("Jurisdiction", {
      id: city,
      slug: `bench-city-${c}`,
      name: `测试市${c}`,
      level: "city",
      parentId: province,
      createdAt: now,
    });
    for (let d = 0; d < 10 && c * 10 + d < districts; d += 1) {
      const n = c * 10 + d;
      const slug = `bench-${n}`;
      slugs.push(slug);
      const jurisdictionId = next("jurisdiction");
      emit("Jurisdiction", {
        id: jurisdictionId,
        slug,
        name: `测试区${n}`,
        level: "district",
        parentId: city,
        createdAt: now,
      });
      const departmentIds = DEPARTMENTS.map((name) => {
        const id = next("department");
        emit("Department", { id, jurisdictionId, name, createdAt: now });
        return id;
      });
      const author = next("user");
      emit("User", {
        id: author,
        email: `bench-${n}@example.cn`,
        name: `测试用户${n}`,
        passwordHash: "x",
        role: "staff",
        jurisdictionId,
        createdAt: now,
        updatedAt: now,
      });
      if (n === target)
        emit("User", {
          id: next("user"),
          email: SUPERVISOR.email,
          name: "测试督查员",
          passwordHash: supervisorHash,
          role: "supervisor",
          jurisdictionId,
          createdAt: now,
          updatedAt: now,
        });
      for (const year of years) {
        const reportId = next("report");
        let text = `${year}年政府工作报告\n\n一、${year - 1}年工作回顾\n\n过去一年，各项工作取得新成效。\n\n二、${year}年重点任务\n\n`;
        let paragraph = pick(LEADS);
        const items = [];
        const flush = () => {
          for (const item of items) if (item.paragraph === null) item.paragraph = paragraph;
          text += `${paragraph}\n\n`;
          paragraph = pick(LEADS);
        };
        for (let i = 0; i < PER_REPORT; i += 1) {
          const sector = pick(SECTORS);
          let item;
          if (random() < 0.7) {
            const [metric, unit, base] = pick(METRICS);
            const target = Math.round(base * (0.5 + random()) * 10) / 10;
            item = { kind: "numeric", metric, unit, target, sector, quote: `${metric}${target}${unit}以上` };
          } else {
            const place = `${pick(PREFIXES)}${pick(PLACES)}`;
            item = {
              kind: "deliverable",
              metric: place,
              unit: null,
              target: null,
              sector,
              quote: `${place}${pick(VERBS)}`,
            };
          }
          const start = text.length + paragraph.length;
          paragraph += `${item.quote}。`;
          items.push({ ...item, start, end: start + item.quote.length, paragraph: null });
          if (random() < 0.25) flush();
        }
        flush();
        emit("Report", {
          id: reportId,
          jurisdictionId,
          year,
          title: `${year}年政府工作报告`,
          sourceName: "generated.txt",
          sourceType: "txt",
          text,
          textHash: `${slug}-${year}`,
          reviewPeriod: String(year - 1),
          planYear: year,
          state: "published",
          createdAt: now,
          updatedAt: now,
        });
        if (n === target && year === years.at(-1)) {
          // The same report again, a year later and not yet reviewed: the supervisor's review page.
          reviewReportId = next("report");
          emit("Report", {
            id: reviewReportId,
            jurisdictionId,
            year: year + 1,
            title: `${year + 1}年政府工作报告`,
            sourceName: "generated.txt",
            sourceType: "txt",
            text,
            textHash: `${slug}-${year + 1}`,
            reviewPeriod: String(year),
            planYear: year + 1,
            state: "reviewing",
            createdAt: now,
            updatedAt: now,
          });
          items.forEach((item, ordinal) =>
            emit("Commitment", {
              ...commitmentRow(item, ordinal),
              id: next("commitment"),
              reportId: reviewReportId,
              jurisdictionId,
              year: year + 1,
              deadline: year + 1,
              reviewState: "proposed",
              status: "not_started",
              progress: 0,
              leadDepartmentId: null,
              dueDate: null,
              version: 1,
              publishedAt: null,
              createdAt: now,
              updatedAt: now,
            }),
          );
        }
        items.forEach((item, ordinal) => {
          const status = pick(STATUSES);
          const progress =
            status === "not_started" ? 0 : ["done", "verified"].includes(status) ? 100 : Math.floor(random() * 95);
          const id = next("commitment");
          emit("Commitment", {
            ...commitmentRow(item, ordinal),
            id,
            reportId,
            jurisdictionId,
            year,
            deadline: year,
            reviewState: "accepted",
            status,
            progress,
            leadDepartmentId: pick(departmentIds),
            dueDate: `${year}-12-31T00:00:00.000Z`,
            version: 1,
            publishedAt: now,
            createdAt: now,
            updatedAt: now,
          });
          if (status !== "not_started" && random() < 0.3) {
            emit("StatusUpdate", {
              id: next("update"),
              commitmentId: id,
              authorId: author,
              status,
              progress,
              note: "按计划推进。",
              state: "published",
              createdAt: now,
            });
            emit("AuditEvent", {
              id: next("audit"),
              actorLabel: "system",
              jurisdictionId,
              entity: "commitment",
              entityId: id,
              action: "update.published",
              after: JSON.stringify({ status, progress }),
              public: true,
              createdAt: now,
            });
          }
        });
      }
      yield;
    }
  }
  return {
    commitments: ids.commitment,
    jurisdictions: ids.jurisdiction,
    slugs,
    slug: slugs[target],
    years,
    reviewReportId,
  };
}

const TABLES = ["Jurisdiction", "Department", "User", "Report", "Commitment", "StatusUpdate", "AuditEvent"];
const PG_TYPES = {
  Jurisdiction: { id: "int", slug: "text", name: "text", level: "text", parentId: "int", createdAt: "timestamp" },
  Department: { id: "int", jurisdictionId: "int", name: "text", createdAt: "timestamp" },
  User: {
    id: "int",
    email: "text",
    name: "text",
    passwordHash: "text",
    role: "text",
    jurisdictionId: "int",
    createdAt: "timestamp",
    updatedAt: "timestamp",
  },
  Report: {
    id: "int",
    jurisdictionId: "int",
    year: "int",
    title: "text",
    sourceName: "text",
    sourceType: "text",
    text: "text",
    textHash: "text",
    reviewPeriod: "text",
    planYear: "int",
    state: "text",
    createdAt: "timestamp",
    updatedAt: "timestamp",
  },
  Commitment: {
    id: "int",
    reportId: "int",
    jurisdictionId: "int",
    year: "int",
    ordinal: "int",
    quote: "text",
    quoteStart: "int",
    quoteEnd: "int",
    paragraph: "text",
    kind: "text",
    metric: "text",
    target: "float8",
    unit: "text",
    comparator: "text",
    growth: "bool",
    deadline: "int",
    entities: "text",
    sector: "text",
    reviewState: "text",
    status: "text",
    progress: "int",
    leadDepartmentId: "int",
    dueDate: "timestamp",
    version: "int",
    publishedAt: "timestamp",
    createdAt: "timestamp",
    updatedAt: "timestamp",
  },
  StatusUpdate: {
    id: "int",
    commitmentId: "int",
    authorId: "int",
    status: "text",
    progress: "int",
    note: "text",
    state: "text",
    createdAt: "timestamp",
  },
  AuditEvent: {
    id: "int",
    actorLabel: "text",
    jurisdictionId: "int",
    entity: "text",
    entityId: "int",
    action: "text",
    after: "text",
    public: "bool",
    createdAt: "timestamp",
  },
};

/** SQLite: one transaction; the FTS5 index is rebuilt once at the end instead of row by row. */
function loadSqlite(file, options) {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const triggers = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'Commitment_search_%'`)
    .all();
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
  const statements = {};
  const insert = (table, row) => {
    const columns = Object.keys(row);
    const key = `${table}:${columns.join(",")}`;
    statements[key] ??= db.prepare(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
    );
    statements[key].run(...columns.map((c) => (typeof row[c] === "boolean" ? Number(row[c]) : row[c])));
  };
  const result = db.transaction(() => {
    const rows = generate(options, insert);
    for (;;) {
      const step = rows.next();
      if (step.done) return step.value;
    }
  })();
  db.exec(`INSERT INTO "CommitmentSearch"("CommitmentSearch") VALUES ('rebuild')`);
  for (const t of triggers) db.exec(t.sql);
  db.pragma("synchronous = FULL");
  // No ANALYZE, as in production (nothing runs it): with statistics, SQLite reads "parentId IN (…)" as
  // matching every row (almost all are NULL) and scans the table for an item's sub-tasks.
  db.close();
  return result;
}

/** PostgreSQL: batches of rows per table through unnest(); the search indexes are built once at the end. */
async function loadPostgres(url, options) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // The search indexes (trigram, bigram) are built once after the rows are in, not row by row.
    const { rows: indexes } = await client.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE 'Commitment\\_search\\_%'`,
    );
    for (const { indexname } of indexes) await client.query(`DROP INDEX "${indexname}"`);
    let batches = Object.fromEntries(TABLES.map((t) => [t, []]));
    let size = 0;
    // All tables in foreign-key order, 5,000 rows a statement.
    const flush = async () => {
      const full = batches;
      batches = Object.fromEntries(TABLES.map((t) => [t, []]));
      size = 0;
      for (const table of TABLES) {
        const columns = Object.keys(PG_TYPES[table]);
        for (let i = 0; i < full[table].length; i += 5000) {
          const rows = full[table].slice(i, i + 5000);
          await client.query(
            `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")})
             SELECT * FROM unnest(${columns.map((c, n) => `$${n + 1}::${PG_TYPES[table][c]}[]`).join(", ")})`,
            columns.map((c) => rows.map((r) => r[c] ?? null)),
          );
        }
      }
    };
    const rows = generate(options, (table, row) => {
      batches[table].push(row);
      size += 1;
    });
    let result;
    for (;;) {
      const step = rows.next();
      if (size >= 20_000 || step.done) await flush();
      if (step.done) {
        result = step.value;
        break;
      }
    }
    for (const table of TABLES)
      await client.query(
        `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max("id") FROM "${table}"))`,
      );
    for (const { indexdef } of indexes) await client.query(indexdef);
    await client.query("VACUUM ANALYZE");
    return result;
  } finally {
    await client.end();
  }
}

/**
 * Fills the migrated database at `url` (file: or postgresql:) with about `commitments` promises.
 * @param {string} url
 * @param {{ commitments: number, seed?: number, supervisorHash: string }} options
 */
export async function generateDataset(url, options) {
  return url.startsWith("file:") ? loadSqlite(url.slice(5), options) : loadPostgres(url, options);
}
