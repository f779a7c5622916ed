// Notifications are stored as message keys and translated for each reader: the inbox in the page's
// language, emails in the language the person last chose; rows from before keep their stored text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "~/i18n";
import { localeCookie } from "~/i18n/locale.server";
import { deliverPendingEmails } from "~/models/mail.server";
import * as assignPage from "~/routes/ledger.assign";
import * as itemPage from "~/routes/ledger.c.$id/route";
import * as inboxPage from "~/routes/inbox";
import * as langRoute from "~/routes/lang";
import { db } from "~/utils/db.server";
import { makeItem, page, run, setUpLedger, type LedgerFixture, type Who } from "./support/ledger";
import { smtpSink } from "./support/smtp";

let fx: LedgerFixture;
const smtpBefore = process.env.SMTP_URL;

beforeAll(async () => {
  fx = await setUpLedger();
});

afterAll(() => {
  if (smtpBefore === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = smtpBefore;
});

type InboxItem = { kind: string; title: string; body: string; link: string | null };

async function inboxOf(who: Who, lang?: Locale): Promise<InboxItem[]> {
  const headers = new Headers();
  const cookies = [who.cookie];
  if (lang) cookies.push((await localeCookie.serialize(lang)).split(";")[0]!);
  headers.set("Cookie", cookies.filter(Boolean).join("; "));
  const outcome = await run(inboxPage.loader, new Request("http://test/inbox", { headers }));
  expect(outcome.status).toBe(200);
  return (outcome.body as { items: InboxItem[] }).items;
}

/** 销号 through the item page, confirmed, on an item reported done. */
async function crossOff(metric: string) {
  const item = await makeItem(fx, { status: "done", progress: 100, metric });
  const outcome = await run(
    itemPage.action,
    page(fx.people.supervisor, `/ledger/c/${item.id}`, {
      form: { intent: "verify", version: String(item.version), note: "现场核实", confirm: "yes" },
    }),
    { id: String(item.id) },
  );
  expect(outcome.location).toBe(`/ledger/c/${item.id}?saved=verified`);
  return item;
}

function quotedPrintable(text: string): string {
  const bytes: number[] = [];
  const joined = text.replace(/=\n/g, "");
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === "=" && /^[0-9A-F]{2}$/.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i]!, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

function mailBodies(messages: string[]): string[] {
  return messages.map((m) => {
    const [head, ...rest] = m.split("\n\n");
    const body = rest.join("\n\n");
    const text = /base64/i.test(head!)
      ? Buffer.from(body, "base64").toString("utf8")
      : /quoted-printable/i.test(head!)
        ? quotedPrintable(body)
        : body;
    return `${head}\n\n${text}`;
  });
}

describe("notifications in the reader's language", () => {
  it("the lead department hears that its item is crossed off (销号), in Chinese or in English", async () => {
    const item = await crossOff("城镇老旧小区改造");
    const stored = await db.notification.findFirstOrThrow({
      where: { userId: fx.people.leadStaff.id!, kind: "commitment.verified" },
    });
    expect(stored).toMatchObject({ link: `/ledger/c/${item.id}`, title: "已销号：城镇老旧小区改造" });
    expect(JSON.parse(stored.message!)).toEqual({
      title: { key: "ledger.notice.verified", vars: { metric: "城镇老旧小区改造" } },
    });
    // Only the lead department: the co-operating one and the supervisor who did it are not told.
    expect(
      await db.notification.count({ where: { userId: fx.people.coopStaff.id!, kind: "commitment.verified" } }),
    ).toBe(0);
    expect(
      await db.notification.count({ where: { userId: fx.people.supervisor.id!, kind: "commitment.verified" } }),
    ).toBe(0);

    const zh = (await inboxOf(fx.people.leadStaff)).find((n) => n.kind === "commitment.verified");
    expect(zh?.title).toBe("已销号：城镇老旧小区改造");
    const en = (await inboxOf(fx.people.leadStaff, "en")).find((n) => n.kind === "commitment.verified");
    expect(en?.title).toBe("Verified and closed: 城镇老旧小区改造");
  });

  it("a bulk assignment's count and due dates are translated, with plural forms", async () => {
    const items = [
      await makeItem(fx, { leadDepartmentId: null, metric: "新建口袋公园" }),
      await makeItem(fx, { leadDepartmentId: null, metric: "改造供热管网" }),
    ];
    const outcome = await run(
      assignPage.action,
      page(fx.people.supervisor, "/ledger/assign", {
        form: {
          ids: items.map((i) => String(i.id)),
          leadDepartmentId: String(fx.departments.lead),
          dueDate: "2031-06-30",
        },
      }),
    );
    expect(outcome.status).toBe(302);
    const zh = (await inboxOf(fx.people.leadStaff)).find((n) => n.kind === "commitment.assigned");
    expect(zh).toMatchObject({
      title: "新的牵头任务 2 项",
      body: "新建口袋公园（完成时限：2031-06-30）\n改造供热管网（完成时限：2031-06-30）",
    });
    const en = (await inboxOf(fx.people.leadStaff, "en")).find((n) => n.kind === "commitment.assigned");
    expect(en).toMatchObject({
      title: "2 new lead tasks",
      body: "新建口袋公园 (due: 2031-06-30)\n改造供热管网 (due: 2031-06-30)",
    });
  });

  it("a single assignment without a due date says so in each language", async () => {
    const item = await makeItem(fx, { leadDepartmentId: null, metric: "建设智慧停车平台" });
    await db.commitment.update({ where: { id: item.id }, data: { dueDate: null } });
    const outcome = await run(
      itemPage.action,
      page(fx.people.supervisor, `/ledger/c/${item.id}`, {
        form: { intent: "assign", version: String(item.version), leadDepartmentId: String(fx.departments.lead) },
      }),
      { id: String(item.id) },
    );
    expect(outcome.location).toBe(`/ledger/c/${item.id}?saved=assign`);
    const pick = (items: InboxItem[]) => items.find((n) => n.title.includes("建设智慧停车平台"));
    expect(pick(await inboxOf(fx.people.leadStaff))).toMatchObject({
      title: "新的牵头任务：建设智慧停车平台",
      body: "完成时限：未设定",
    });
    expect(pick(await inboxOf(fx.people.leadStaff, "en"))).toMatchObject({
      title: "New lead task: 建设智慧停车平台",
      body: "Due: not set",
    });
  });

  it("rows stored with text only (from before messages) still show their text", async () => {
    await db.notification.create({
      data: { userId: fx.people.leadStaff.id!, kind: "commitment.status", title: "状态更新：旧的通知", body: "旧正文" },
    });
    for (const lang of ["zh", "en"] as const) {
      const old = (await inboxOf(fx.people.leadStaff, lang)).find((n) => n.title === "状态更新：旧的通知");
      expect(old?.body, lang).toBe("旧正文");
    }
  });

  it("emails follow the language the person chose on the site", async () => {
    const sink = await smtpSink();
    process.env.SMTP_URL = `smtp://127.0.0.1:${sink.port}`;
    try {
      await deliverPendingEmails();
      sink.messages.length = 0;

      await crossOff("提升公交准点率");
      await deliverPendingEmails();
      const [zhMail] = mailBodies(sink.messages);
      expect(zhMail).toContain("已销号：提升公交准点率");
      expect(zhMail).not.toContain("Verified and closed");

      // Choosing English on the site (signed in) makes later emails English.
      const chosen = await run(
        langRoute.action,
        page(fx.people.leadStaff, "/lang", { form: { lang: "en", redirectTo: "/inbox" } }),
      );
      expect(chosen.status).toBe(302);
      expect((await db.user.findUniqueOrThrow({ where: { id: fx.people.leadStaff.id! } })).locale).toBe("en");
      sink.messages.length = 0;
      await crossOff("延长地铁运营时间");
      await deliverPendingEmails();
      const [enMail] = mailBodies(sink.messages);
      expect(enMail).toContain("Verified and closed: 延长地铁运营时间");
      expect(enMail).not.toContain("已销号");
    } finally {
      sink.close();
    }
  });
});
