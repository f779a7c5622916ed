// Forms of a vote session: the supervisor's candidates and steps, the deputies' ballot sheets.
import { Form, useNavigation } from "@remix-run/react";
import type { SessionState } from "~/domain/deputies/votes";
import { BALLOT_CHOICES, SATISFACTION_CHOICES } from "~/domain/vocab";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { ballotFormSchema, candidateSchema, promoteSchema, satisfactionFormSchema } from "~/schemas/deputy";
import { Field, RadioGroup, SelectField, TextAreaField } from "~/components/field";
import { useFormFields } from "~/components/use-form-fields";
import { FormError } from "~/components/form-error";
import { typedOr, useTr, type FormFeedback } from "~/components/deputy/form-feedback";

export function CandidateForm({ feedback }: { feedback?: FormFeedback }) {
  const t = useT();
  const defaults = typedOr(feedback, { title: "", description: "", budget: "" });
  const { bind, onSubmit } = useFormFields(candidateSchema, defaults, feedback?.errors);
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="subform">
      <h3>{t("deputy.vote.addCandidate")}</h3>
      <input type="hidden" name="intent" value="add" />
      <Field label={t("deputy.vote.candidateTitle")} type="text" required {...bind("title")} />
      <TextAreaField label={t("deputy.vote.description")} rows={3} {...bind("description")} />
      <Field label={t("deputy.vote.budget")} type="text" {...bind("budget")} />
      <button type="submit">{t("deputy.vote.add")}</button>
    </Form>
  );
}

export function PromoteForm({
  commitments,
  feedback,
}: {
  commitments: { id: number; metric: string }[];
  feedback?: FormFeedback;
}) {
  const t = useT();
  const { error, onSubmit, form } = useFormFields<{ commitmentId?: string }>(promoteSchema, {}, feedback?.errors);
  if (commitments.length === 0) return null;
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="subform">
      <h3>{t("deputy.vote.promote")}</h3>
      <FormError message={feedback?.errors?.form} />
      <input type="hidden" name="intent" value="promote" />
      <SelectField
        label={t("deputy.vote.promoteWhich")}
        {...form.register("commitmentId")}
        error={error("commitmentId")}
      >
        {commitments.map((c) => (
          <option key={c.id} value={String(c.id)} lang="zh">
            {c.metric}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="secondary">
        {t("deputy.vote.promoteSubmit")}
      </button>
    </Form>
  );
}

const STEP_FOR: Partial<Record<SessionState, { step: string; label: MessageKey; window: boolean }>> = {
  draft: { step: "open_voting", label: "deputy.vote.step.open_voting", window: true },
  voting: { step: "close_voting", label: "deputy.vote.step.close_voting", window: false },
  decided: { step: "open_satisfaction", label: "deputy.vote.step.open_satisfaction", window: true },
  satisfaction: { step: "close_satisfaction", label: "deputy.vote.step.close_satisfaction", window: false },
};

/**
 * The one next step of the session; opening a phase may set the last day ballots are accepted.
 * Opening the vote records the eligible deputies (应到): every active deputy unless unticked.
 */
export function StepForm({
  state,
  feedback,
  deputies = [],
}: {
  state: SessionState;
  feedback?: FormFeedback;
  deputies?: { id: number; name: string }[];
}) {
  const t = useT();
  const tr = useTr();
  const navigation = useNavigation();
  const next = STEP_FOR[state];
  if (!next) return null;
  return (
    <Form method="post" className="subform">
      <FormError message={feedback?.errors?.form} />
      <input type="hidden" name="intent" value="step" />
      <input type="hidden" name="step" value={next.step} />
      {next.step === "open_voting" ? (
        <fieldset aria-describedby={feedback?.errors?.eligible ? "eligible-error" : undefined}>
          <legend>{t("deputy.vote.eligible", { count: deputies.length })}</legend>
          <input type="hidden" name="eligibleListed" value="1" />
          <div className="checkbox-grid">
            {deputies.map((d) => (
              <label key={d.id} className="checkbox">
                <input type="checkbox" name="eligible" value={d.id} defaultChecked /> <span lang="zh">{d.name}</span>
              </label>
            ))}
          </div>
          {feedback?.errors?.eligible ? (
            <div id="eligible-error" className="field-error" role="alert">
              {tr(feedback.errors.eligible)}
            </div>
          ) : null}
        </fieldset>
      ) : null}
      {next.window ? (
        <Field
          label={t("deputy.vote.closesOn")}
          hint={t("deputy.vote.closesOnHint")}
          type="date"
          name="closesOn"
          defaultValue={String(feedback?.values?.closesOn ?? "")}
          error={tr(feedback?.errors?.closesOn)}
        />
      ) : null}
      <button type="submit" disabled={navigation.state === "submitting"}>
        {t(next.label)}
      </button>
    </Form>
  );
}

export function BallotSheet({
  kind,
  projects,
  feedback,
  values,
}: {
  kind: "ballot" | "satisfaction";
  projects: { id: number; title: string }[];
  feedback?: FormFeedback;
  /** The choices of a sheet being confirmed, to change before casting. */
  values?: Record<string, string>;
}) {
  const t = useT();
  const navigation = useNavigation();
  const ids = projects.map((p) => p.id);
  const schema = kind === "ballot" ? ballotFormSchema(ids) : satisfactionFormSchema(ids);
  const { error, onSubmit, form } = useFormFields<Record<string, string>>(schema, values ?? {}, feedback?.errors);
  const choices = kind === "ballot" ? BALLOT_CHOICES : SATISFACTION_CHOICES;
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="card ballot">
      <h2>{kind === "ballot" ? t("deputy.vote.ballotTitle") : t("deputy.vote.satisfactionTitle")}</h2>
      <p className="muted small">{t("deputy.vote.secret")}</p>
      <p className="small">
        <strong>{t("deputy.vote.finalBefore")}</strong>
      </p>
      <FormError message={feedback?.errors?.form} />
      <input type="hidden" name="intent" value={kind} />
      {projects.map((p) => {
        const name = `choice-${p.id}`;
        return (
          <RadioGroup key={p.id} legend={<span lang="zh">{p.title}</span>} name={name} error={error(name)}>
            {choices.map((c) => (
              <span key={c} className="checkbox">
                <input
                  type="radio"
                  id={`${name}-${c}`}
                  value={c}
                  defaultChecked={values?.[name] === c}
                  {...form.register(name)}
                />
                <label htmlFor={`${name}-${c}`}>{t(`deputy.choice.${c}`)}</label>
              </span>
            ))}
          </RadioGroup>
        );
      })}
      <button type="submit" disabled={navigation.state === "submitting"}>
        {values ? t("deputy.vote.review") : t("deputy.vote.cast")}
      </button>
    </Form>
  );
}
