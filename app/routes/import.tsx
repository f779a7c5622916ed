import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useForm } from "react-hook-form";
import { Field } from "../components/field";
import { SelectField, TextAreaField } from "../components/ledger/fields";
import { errorText, formResolver, withDefaults } from "../components/ledger/form-helpers";
import { useValidatedSubmit } from "../components/use-validated-submit";
import { DocumentError } from "../domain/document/read";
import { NotAReportError } from "../domain/report/analyse";
import { useT } from "../i18n/use-t";
import { actorOf } from "../models/commitment.server";
import { dropStaged, readStaged, stageSource, type StagedSource } from "../models/import-staging.server";
import { findJurisdiction, jurisdictionPath } from "../models/jurisdiction.server";
import { analyseSource, ImportError, importReport } from "../models/report-import.server";
import { importAnalyseSchema, importConfirmSchema } from "../schemas/ledger";
import ledgerStyles from "../styles/ledger.css?url";
import { requirePermission, requireUser, type SessionUser } from "../utils/auth.server";
import { db } from "../utils/db.server";
import { parseForm } from "../utils/forms";
import { httpError } from "../utils/http.server";
import { pageMeta } from "../utils/meta";
import { can } from "../utils/permissions";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: ledgerStyles }];

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "ledger.import.title" });

const MAX_REPORT_BYTES = 30 * 1024 * 1024;

/** Jurisdictions this user may import into (a supervisor: their own; an administrator: their subtree). */
async function importTargets(user: SessionUser) {
  const all = await db.jurisdiction.findMany({ select: { id: true, slug: true, name: true, parentId: true } });
  const byId = new Map(all.map((j) => [j.id, j]));
  const pathOf = (id: number) => {
    const path: number[] = [];
    for (let j = byId.get(id); j && path.length < 10; j = j.parentId ? byId.get(j.parentId) : undefined)
      path.unshift(j.id);
    return path;
  };
  return all
    .filter((j) => can(user, "report.import", { jurisdictionId: j.id, jurisdictionPath: pathOf(j.id) }))
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
  return null;
}

type Detected = {
  staged: string;
  sourceName: string;
  title: string | null;
  detectedElsewhere: boolean;
  jurisdiction: string;
  year: number | null;
  commitments: number;
  results: number;
  sections: number;
  targets: { slug: string; name: string }[];
};

type ActionData =
  | { step: "analyse"; errors: Record<string, string>; values: Record<string, string>; detail?: string }
  | { step: "confirm"; detected: Detected; errors: Record<string, string>; detail?: string };

function readError(error: unknown): string | null {
  if (error instanceof DocumentError || error instanceof NotAReportError || error instanceof ImportError)
    return error.message;
  return null;
}

async function detect(user: SessionUser, source: StagedSource, staged?: string): Promise<Detected> {
  const { analysis, sourceName } = await analyseSource(source);
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

function unreadable(error: unknown, text = "") {
  const detail = readError(error);
  if (detail === null) throw error;
  return data<ActionData>(
    { step: "analyse", errors: { form: "ledger.import.unreadable" }, values: { text }, detail },
    { status: 422 },
  );
}

async function analyse(user: SessionUser, form: FormData) {
  const parsed = parseForm(importAnalyseSchema, form);
  const values = { text: "" };
  if (!parsed.ok) return data<ActionData>({ step: "analyse", errors: parsed.errors, values }, { status: 400 });
  const file = form.get("file");
  const hasFile = file && typeof file !== "string" && file.size > 0;
  if (!hasFile && !parsed.data.text)
    return data<ActionData>({ step: "analyse", errors: { form: "ledger.import.nothing" }, values }, { status: 400 });
  const source: StagedSource = hasFile
    ? { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name || "report" }
    : // Browsers send a textarea's line breaks as CRLF; the same report pasted or uploaded must hash alike.
      { text: parsed.data.text!.replace(/\r\n?/g, "\n") };
  try {
    const detected = await detect(user, source);
    const errors: Record<string, string> = detected.detectedElsewhere ? { jurisdiction: "ledger.import.notYours" } : {};
    return data<ActionData>({ step: "confirm", errors, detected });
  } catch (error) {
    return unreadable(error, parsed.data.text ?? "");
  }
}

async function confirm(user: SessionUser, form: FormData) {
  const parsed = parseForm(importConfirmSchema, form);
  const staged = String(form.get("staged") ?? "");
  const source = await readStaged(staged);
  if (!source)
    return data<ActionData>(
      { step: "analyse", errors: { form: "ledger.import.expired" }, values: { text: "" } },
      { status: 400 },
    );
  if (!parsed.ok) {
    // Without JavaScript the browser did not check; show the same step again with the problem.
    try {
      const detected = await detect(user, source, staged);
      return data<ActionData>({ step: "confirm", errors: parsed.errors, detected }, { status: 400 });
    } catch (error) {
      return unreadable(error);
    }
  }
  const target = await findJurisdiction(parsed.data.jurisdiction);
  if (!target) throw httpError(400, "Unknown jurisdiction");
  requirePermission(user, "report.import", {
    jurisdictionId: target.id,
    jurisdictionPath: await jurisdictionPath(target.id),
  });
  try {
    const outcome = await importReport({
      source,
      jurisdictionId: target.id,
      year: parsed.data.year,
      actor: actorOf(user),
    });
    await dropStaged(staged);
    return redirect(`/review/${outcome.reportId}?imported=${outcome.created ? "new" : "again"}`);
  } catch (error) {
    return unreadable(error);
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await guard(request);
  if (Number(request.headers.get("Content-Length") ?? 0) > MAX_REPORT_BYTES)
    throw httpError(413, "The file is too large");
  const form = await request.formData();
  return form.get("intent") === "import" ? confirm(user, form) : analyse(user, form);
}

function Working({ label }: { label: string }) {
  return (
    <div className="working" role="status" aria-live="polite">
      <progress aria-label={label} />
      <span>{label}</span>
    </div>
  );
}

function AnalyseStep({
  errors: serverErrors,
  text,
  detail,
}: {
  errors: Record<string, string>;
  text: string;
  detail?: string;
}) {
  const t = useT();
  const tr = errorText(t);
  const navigation = useNavigation();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<{ text: string }>({
    resolver: formResolver<{ text: string }>(importAnalyseSchema),
    defaultValues: { text },
  });
  const { field } = withDefaults(register, { text });
  const onSubmit = useValidatedSubmit(handleSubmit);
  const busy = navigation.state !== "idle" && navigation.formMethod?.toLowerCase() === "post";
  return (
    <Form method="post" encType="multipart/form-data" noValidate onSubmit={onSubmit} className="card" aria-busy={busy}>
      <h2>{t("ledger.import.step1")}</h2>
      {serverErrors.form ? (
        <div className="notice error" role="alert">
          <p>{tr(serverErrors.form)}</p>
          {detail ? <p className="small">{detail}</p> : null}
        </div>
      ) : null}
      <input type="hidden" name="intent" value="analyse" />
      <div className="field">
        <label htmlFor="report-file">{t("ledger.import.file")}</label>
        <div id="report-file-hint" className="muted small">
          {t("ledger.import.fileHint")}
        </div>
        <input
          id="report-file"
          name="file"
          type="file"
          accept=".txt,.pdf,.docx,.html,.htm,text/plain,application/pdf,text/html"
          aria-describedby="report-file-hint"
        />
      </div>
      <TextAreaField
        label={t("ledger.import.paste")}
        rows={8}
        {...field("text")}
        error={tr(errors.text?.message ?? serverErrors.text)}
      />
      <button type="submit" disabled={busy}>
        {t("ledger.import.analyse")}
      </button>
      {busy ? <Working label={t("ledger.import.analysing")} /> : null}
    </Form>
  );
}

function ConfirmStep({ detected, errors: serverErrors }: { detected: Detected; errors: Record<string, string> }) {
  const t = useT();
  const tr = errorText(t);
  const navigation = useNavigation();
  type Values = { staged: string; jurisdiction: string; year: string | number };
  const confirmDefaults: Values = {
    staged: detected.staged,
    jurisdiction: detected.jurisdiction,
    year: detected.year ?? "",
  };
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({
    resolver: formResolver<Values>(importConfirmSchema),
    defaultValues: confirmDefaults,
  });
  const { field } = withDefaults(register, confirmDefaults);
  const onSubmit = useValidatedSubmit(handleSubmit);
  const busy = navigation.state !== "idle" && navigation.formMethod?.toLowerCase() === "post";
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="card" aria-busy={busy}>
      <h2>{t("ledger.import.step2")}</h2>
      <p className="notice">
        {t("ledger.import.found", {
          name: detected.title ?? detected.sourceName,
          commitments: detected.commitments,
          results: detected.results,
          sections: detected.sections,
        })}
      </p>
      <input type="hidden" name="intent" value="import" />
      <input type="hidden" {...field("staged")} />
      <SelectField
        label={t("ledger.import.jurisdiction")}
        hint={t("ledger.import.detectedHint")}
        {...field("jurisdiction")}
        error={tr(errors.jurisdiction?.message ?? serverErrors.jurisdiction)}
      >
        {detected.targets.map((j) => (
          <option key={j.slug} value={j.slug}>
            {j.name}
          </option>
        ))}
      </SelectField>
      <Field
        label={t("ledger.import.year")}
        type="number"
        inputMode="numeric"
        {...field("year")}
        error={tr(errors.year?.message ?? serverErrors.year)}
      />
      <button type="submit" disabled={busy}>
        {t("ledger.import.submit")}
      </button>
      {busy ? <Working label={t("ledger.import.importing")} /> : null}
    </Form>
  );
}

export default function ImportReport() {
  useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const t = useT();
  return (
    <div className="ledger">
      <h1>{t("ledger.import.title")}</h1>
      <p className="muted">{t("ledger.import.intro")}</p>
      {actionData?.step === "confirm" ? (
        <ConfirmStep detected={actionData.detected} errors={actionData.errors} />
      ) : (
        <AnalyseStep
          errors={actionData?.errors ?? {}}
          text={actionData?.step === "analyse" ? (actionData.values.text ?? "") : ""}
          detail={actionData?.step === "analyse" ? actionData.detail : undefined}
        />
      )}
    </div>
  );
}
