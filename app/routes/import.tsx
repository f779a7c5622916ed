import { randomUUID } from "node:crypto";
import { data, redirect } from "@remix-run/node";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { AnalyseStep, ConfirmStep, type Detected } from "~/components/ledger/import-steps";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { actorOf } from "~/models/commitment.server";
import { dropStaged, readStaged, stageSource, type StagedSource } from "~/models/import-staging.server";
import { findJurisdiction, jurisdictionPath, listJurisdictionPaths } from "~/models/jurisdiction.server";
import { importAnalyseSchema, importConfirmSchema } from "~/schemas/ledger";
import ledgerStyles from "~/styles/ledger.css?url";
import { requirePermission, requireUser, type SessionUser } from "~/utils/auth.server";
import { parseForm, readForm } from "~/utils/forms";
import { endWork, trackWork, type WorkPhase } from "~/models/work-progress.server";
import { isStoppedWork, runHeavy } from "~/utils/heavy-work.server";
import { httpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { can } from "~/utils/permissions";
import { asAppError } from "~/utils/app-error";
import { dispatchIntent } from "~/utils/intents.server";
import { formFailure } from "~/utils/form-failure.server";

type Ctx = { user: SessionUser; form: FormData; progress: (phase: WorkPhase) => void };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: ledgerStyles }];

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "ledger.import.title" });

const MAX_REPORT_BYTES = 30 * 1024 * 1024;

/** Jurisdictions this user may import into (a supervisor: their own; an administrator: their subtree). */
async function importTargets(user: SessionUser) {
  return (await listJurisdictionPaths())
    .filter((j) => can(user, "report.import", { jurisdictionId: j.id, jurisdictionPath: j.path }))
    .map(({ slug, name }) => ({ slug, name }));
}

async function guard(request: Request) {
  const user = await requireUser(request);
  requirePermission(user, "report.import", {
    jurisdictionId: user.jurisdictionId,
    jurisdictionPath: await jurisdictionPath(user.jurisdictionId),
  });
  return user;
}

export async function loader({ request }: LoaderFunctionArgs) {
  await guard(request);
  // Names the work the page's forms start, so the page can ask where it stands.
  return { job: randomUUID() };
}

type ActionData =
  | { step: "analyse"; errors: Record<string, string>; values: Record<string, string>; detail?: MessageKey }
  | { step: "confirm"; detected: Detected; errors: Record<string, string>; detail?: MessageKey };

/** The form error for work that could not be done: too big for the limits, or simply unreadable. */
function failure(error: unknown): string {
  if (isStoppedWork(error)) return "ledger.import.busy";
  if (asAppError(error)?.code === "import.error.too_many_commitments") return "ledger.import.tooMany";
  return "ledger.import.unreadable";
}

async function detect(
  user: SessionUser,
  source: StagedSource,
  progress: (phase: WorkPhase) => void,
  staged?: string,
): Promise<Detected> {
  const { analysis, sourceName } = await runHeavy("analyseSource", source, progress);
  const targets = await importTargets(user);
  const found = analysis.report.jurisdiction ? await findJurisdiction(analysis.report.jurisdiction) : null;
  const own = targets.find((j) => j.slug === user.jurisdictionSlug);
  const jurisdiction = targets.find((j) => j.slug === found?.slug) ?? own ?? targets[0];
  return {
    staged: staged ?? (await stageSource(source)),
    sourceName,
    title: analysis.report.title,
    detectedElsewhere: !!found && !targets.some((j) => j.slug === found.slug),
    jurisdiction: jurisdiction?.slug ?? "",
    year: analysis.report.year ?? analysis.report.planYear,
    commitments: analysis.commitments.length,
    results: analysis.results.length,
    sections: analysis.sections.length,
    targets,
  };
}

/** A refusal before the report is read shows the first step again. */
const ANALYSE = { extra: { step: "analyse" as const } };

function unreadable(error: unknown, text = "") {
  // A refusal to read the report: its message key, translated on the page.
  const detail = asAppError(error)?.code;
  if (!detail) throw error;
  return formFailure(null, { form: failure(error) }, { text }, { status: 422, extra: { step: "analyse", detail } });
}

async function analyse({ user, form, progress }: Ctx) {
  const parsed = parseForm(importAnalyseSchema, form);
  const values = { text: "" };
  if (!parsed.ok) return formFailure(null, parsed.errors, values, ANALYSE);
  const file = form.get("file");
  const hasFile = file && typeof file !== "string" && file.size > 0;
  if (!hasFile && !parsed.data.text) return formFailure(null, { form: "ledger.import.nothing" }, values, ANALYSE);
  const source: StagedSource = hasFile
    ? { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name || "report" }
    : // Browsers send a textarea's line breaks as CRLF; the same report pasted or uploaded must hash alike.
      { text: parsed.data.text!.replace(/\r\n?/g, "\n") };
  try {
    const detected = await detect(user, source, progress);
    const errors: Record<string, string> = detected.detectedElsewhere ? { jurisdiction: "ledger.import.notYours" } : {};
    return data<ActionData>({ step: "confirm", errors, detected });
  } catch (error) {
    return unreadable(error, parsed.data.text ?? "");
  }
}

async function confirm({ user, form, progress }: Ctx) {
  const parsed = parseForm(importConfirmSchema, form);
  const staged = String(form.get("staged") ?? "");
  const source = await readStaged(staged);
  if (!source) return formFailure(null, { form: "ledger.import.expired" }, { text: "" }, ANALYSE);
  if (!parsed.ok) {
    // Without JavaScript the browser did not check; show the same step again with the problem.
    try {
      const detected = await detect(user, source, progress, staged);
      return formFailure(null, parsed.errors, {}, { extra: { step: "confirm", detected } });
    } catch (error) {
      return unreadable(error);
    }
  }
  const target = await findJurisdiction(parsed.data.jurisdiction);
  if (!target) throw httpError(400, "http.unknownJurisdiction", { name: "" });
  requirePermission(user, "report.import", {
    jurisdictionId: target.id,
    jurisdictionPath: await jurisdictionPath(target.id),
  });
  try {
    const outcome = await runHeavy(
      "importReport",
      { source, jurisdictionId: target.id, year: parsed.data.year, actor: actorOf(user) },
      progress,
    );
    await dropStaged(staged);
    return redirect(`/review/${outcome.reportId}?imported=${outcome.created ? "new" : "again"}`);
  } catch (error) {
    return unreadable(error);
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await guard(request);
  if (Number(request.headers.get("Content-Length") ?? 0) > MAX_REPORT_BYTES) throw httpError(413, "http.fileTooLarge");
  const form = await readForm(request);
  const job = form.get("job");
  const progress = trackWork(job, user.id);
  try {
    // The first step is the default: an upload posted without an intent (a script's, say) is analysed.
    if (!form.has("intent")) form.set("intent", "analyse");
    return await dispatchIntent(form, { analyse, import: confirm }, { user, form, progress });
  } finally {
    endWork(job);
  }
}

export default function ImportReport() {
  const { job } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const t = useT();
  return (
    <div className="ledger">
      <h1>{t("ledger.import.title")}</h1>
      <p className="muted">{t("ledger.import.intro")}</p>
      {actionData?.step === "confirm" ? (
        <ConfirmStep detected={actionData.detected} errors={actionData.errors} job={job} />
      ) : (
        <AnalyseStep
          errors={actionData?.errors ?? {}}
          text={actionData?.step === "analyse" ? (actionData.values.text ?? "") : ""}
          detail={actionData?.step === "analyse" && actionData.detail ? t(actionData.detail) : undefined}
          job={job}
        />
      )}
    </div>
  );
}
