// The review page's writes, one per intent.
import { redirect } from "@remix-run/node";
import { actorOf, commitmentVersion } from "~/models/commitment.server";
import { dropRestatement, linkRestatement } from "~/models/restatement.server";
import {
  acceptAllRemaining,
  addCommitment,
  decideCommitment,
  editCommitment,
  mergeCommitments,
  splitCommitment,
} from "~/models/review.server";
import {
  commitmentAddSchema,
  commitmentEditSchema,
  mergeSchema,
  reviewDecisionSchema,
  splitSchema,
} from "~/schemas/ledger";
import type { SessionUser } from "~/utils/auth.server";
import { isConflict } from "~/utils/app-error";
import { formFailure } from "~/utils/form-failure.server";
import { dispatchIntent } from "~/utils/intents.server";
import { formObject, formValues, parseForm } from "~/utils/forms";

type Ctx = { user: SessionUser; reportId: number; form: FormData };

const back = (reportId: number, focus?: number | null, saved?: string, view?: string | null) => {
  const params = new URLSearchParams();
  if (view === "table") params.set("view", "table");
  if (focus) params.set("focus", String(focus));
  if (saved) params.set("saved", saved);
  return redirect(`/review/${reportId}?${params}${focus ? `#item-${focus}` : ""}`);
};

const fail = (intent: string, id: number | null, problem: unknown, values: Record<string, unknown>) =>
  formFailure(intent, problem, values, { extra: { id } });

/** A refused write; after a conflict the form takes the item's current version (the next save is deliberate). */
async function failure(intent: string, id: number | null, error: unknown, values: Record<string, unknown>) {
  if (isConflict(error) && id) {
    const version = await commitmentVersion(id);
    return fail(intent, id, error, { ...values, version: String(version ?? "") });
  }
  return fail(intent, id, error, values);
}

async function decide({ user, reportId, form }: Ctx, decision: "accept" | "reject" | "restore") {
  const parsed = parseForm(reviewDecisionSchema, form);
  if (!parsed.ok) return fail(decision, null, parsed.errors, formValues(form));
  try {
    await decideCommitment({ reportId, ...parsed.data, decision, actor: actorOf(user) });
  } catch (error) {
    return failure(decision, parsed.data.id, error, formValues(form));
  }
  return back(reportId, parsed.data.id, undefined, String(form.get("view") ?? ""));
}

async function edit({ user, reportId, form }: Ctx) {
  const values = formValues(form);
  const parsed = parseForm(commitmentEditSchema, values);
  const id = Number(values.id) || null;
  if (!parsed.ok) return fail("edit", id, parsed.errors, values);
  const { id: itemId, version, quote, ...fields } = parsed.data;
  try {
    await editCommitment({ reportId, id: itemId, version, quote, fields, actor: actorOf(user) });
  } catch (error) {
    return failure("edit", itemId, error, values);
  }
  return back(reportId, itemId, "edit");
}

async function split({ user, reportId, form }: Ctx) {
  const values = formValues(form);
  const parsed = parseForm(splitSchema, values);
  const id = Number(values.id) || null;
  if (!parsed.ok) return fail("split", id, parsed.errors, values);
  try {
    await splitCommitment({ reportId, ...parsed.data, actor: actorOf(user) });
  } catch (error) {
    return failure("split", id, error, values);
  }
  return back(reportId, id, "split");
}

async function merge({ user, reportId, form }: Ctx) {
  const values = formObject(form, ["ids"]);
  const parsed = parseForm(mergeSchema, values);
  if (!parsed.ok) return fail("merge", null, parsed.errors, values);
  try {
    const kept = await mergeCommitments({ reportId, ids: parsed.data.ids, actor: actorOf(user) });
    return back(reportId, kept, "merge");
  } catch (error) {
    return failure("merge", null, error, values);
  }
}

async function add({ user, reportId, form }: Ctx) {
  const values = formValues(form);
  const parsed = parseForm(commitmentAddSchema, values);
  if (!parsed.ok) return fail("add", null, parsed.errors, values);
  const { quote, quoteStart, quoteEnd, ...fields } = parsed.data;
  try {
    const id = await addCommitment({
      reportId,
      quote,
      span: quoteStart !== null && quoteEnd !== null ? { start: quoteStart, end: quoteEnd } : null,
      fields,
      actor: actorOf(user),
    });
    return back(reportId, id, "add");
  } catch (error) {
    return failure("add", null, error, values);
  }
}

/** Accepting is not publishing: the report stays internal until its own publish step. */
async function acceptAll({ user, reportId, form }: Ctx) {
  const count = await acceptAllRemaining({ reportId, actor: actorOf(user) });
  const view = form.get("view") === "table" ? "&view=table" : "";
  return redirect(`/review/${reportId}?saved=acceptAll&count=${count}${view}`);
}

/** Links the report to the one it restates (its proposed items are rejected), or drops it. */
async function restatement(ctx: Ctx, intent: "linkRestatement" | "dropRestatement") {
  const actor = actorOf(ctx.user);
  try {
    if (intent === "dropRestatement") {
      if (ctx.form.get("confirm") !== "yes")
        return fail(intent, null, { form: "ledger.restatement.confirmRequired" }, {});
      await dropRestatement({ reportId: ctx.reportId, actor });
      return redirect("/ledger");
    }
    const restatesId = Number(ctx.form.get("restatesId"));
    if (!Number.isSafeInteger(restatesId) || restatesId <= 0)
      return fail(intent, null, { form: "ledger.restatement.unknown" }, {});
    await linkRestatement({ reportId: ctx.reportId, restatesId, actor });
    return back(ctx.reportId, null, "restatement");
  } catch (error) {
    return failure(intent, null, error, {});
  }
}

const HANDLERS = {
  accept: (ctx: Ctx) => decide(ctx, "accept"),
  reject: (ctx: Ctx) => decide(ctx, "reject"),
  restore: (ctx: Ctx) => decide(ctx, "restore"),
  edit,
  split,
  merge,
  add,
  acceptAll,
  linkRestatement: (ctx: Ctx) => restatement(ctx, "linkRestatement"),
  dropRestatement: (ctx: Ctx) => restatement(ctx, "dropRestatement"),
};

export const reviewAction = (ctx: Ctx) => dispatchIntent(ctx.form, HANDLERS, ctx);
