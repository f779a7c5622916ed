// The two steps of importing a report on the web: choose or paste it, then confirm the detected place and year.
import { Form, useNavigation } from "@remix-run/react";
import { useEffect, useState } from "react";
import { errorText, type MessageKey } from "~/i18n";
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { importAnalyseSchema, importConfirmSchema } from "~/schemas/ledger";
import { Field, FileField, SelectField, TextAreaField } from "~/components/field";
import { useFormFields } from "~/components/use-form-fields";

export type Detected = {
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

/** While the form is posted, asks the server where the work stands (app/routes/import.progress.ts). */
function Working({ label, job }: { label: string; job: string }) {
  const t = useT();
  const [phase, setPhase] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const ask = async () => {
      try {
        const response = await fetch(`/import/progress?job=${encodeURIComponent(job)}`);
        const body = (await response.json()) as { phase: string | null };
        if (live && body.phase) setPhase(body.phase);
      } catch {
        // the page keeps its last word; the form's own answer will come
      }
    };
    const timer = setInterval(ask, 700);
    void ask();
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [job]);
  const text = phase ? t(`ledger.import.phase.${phase}` as MessageKey) : label;
  return (
    <div className="working" role="status" aria-live="polite">
      <progress aria-label={text} />
      <span>{text}</span>
    </div>
  );
}

export function AnalyseStep({
  errors: serverErrors,
  text,
  detail,
  job,
}: {
  errors: Record<string, string>;
  text: string;
  detail?: string;
  job: string;
}) {
  const t = useT();
  const tr = errorText(t);
  const navigation = useNavigation();
  const { bind, onSubmit } = useFormFields(importAnalyseSchema, { text }, serverErrors);
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
      <input type="hidden" name="job" value={job} />
      <FileField
        id="report-file"
        label={t("ledger.import.file")}
        hint={t("ledger.import.fileHint")}
        name="file"
        accept=".txt,.pdf,.docx,.html,.htm,text/plain,application/pdf,text/html"
      />
      <TextAreaField label={t("ledger.import.paste")} rows={8} {...bind("text")} />
      <button type="submit" disabled={busy}>
        {t("ledger.import.analyse")}
      </button>
      {busy ? <Working label={t("ledger.import.analysing")} job={job} /> : null}
    </Form>
  );
}

export function ConfirmStep({
  detected,
  errors: serverErrors,
  job,
}: {
  detected: Detected;
  errors: Record<string, string>;
  job: string;
}) {
  const t = useT();
  const navigation = useNavigation();
  type Values = { staged: string; jurisdiction: string; year: string | number };
  const confirmDefaults: Values = {
    staged: detected.staged,
    jurisdiction: detected.jurisdiction,
    year: detected.year ?? "",
  };
  const { field, bind, onSubmit } = useFormFields(importConfirmSchema, confirmDefaults, serverErrors);
  const busy = navigation.state !== "idle" && navigation.formMethod?.toLowerCase() === "post";
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="card" aria-busy={busy}>
      <h2>{t("ledger.import.step2")}</h2>
      <p className="notice">
        {rich(t, "ledger.import.found", {
          name: <Zh>{detected.title ?? detected.sourceName}</Zh>,
          commitments: detected.commitments,
          results: detected.results,
          sections: detected.sections,
        })}
      </p>
      <input type="hidden" name="intent" value="import" />
      <input type="hidden" name="job" value={job} />
      <input type="hidden" {...field("staged")} />
      <SelectField
        label={t("ledger.import.jurisdiction")}
        hint={t("ledger.import.detectedHint")}
        {...bind("jurisdiction")}
      >
        {detected.targets.map((j) => (
          <option key={j.slug} value={j.slug} lang="zh">
            {j.name}
          </option>
        ))}
      </SelectField>
      <Field label={t("ledger.import.year")} type="number" inputMode="numeric" {...bind("year")} />
      <button type="submit" disabled={busy}>
        {t("ledger.import.submit")}
      </button>
      {busy ? <Working label={t("ledger.import.importing")} job={job} /> : null}
    </Form>
  );
}
