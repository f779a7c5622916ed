// The forms of a question thread: answer (lead department), rate and follow up (the deputy who asked),
// route and set the due date (supervisor). Each validates in the browser and posts a plain form.
import { Form, useNavigation } from "@remix-run/react";
import type { FormEventHandler, ReactNode } from "react";
import { useT } from "~/i18n/use-t";
import { answerSchema, manageQuestionSchema, questionSchema, rateSchema } from "~/schemas/deputy";
import { Field, RadioGroup, SelectField, TextAreaField } from "~/components/field";
import { useFormFields } from "~/components/use-form-fields";
import { FormError } from "~/components/form-error";
import { typedOr, type FormFeedback } from "~/components/deputy/form-feedback";
import { DepartmentOptions } from "~/components/department-options";

/** A form about one question: its intent and question posted with it, the refusal of the whole form on top. */
function QuestionForm({
  intent,
  questionId,
  className,
  onSubmit,
  feedback,
  children,
}: {
  intent: "answer" | "rate" | "manage";
  questionId: number;
  className: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  feedback?: FormFeedback;
  children: ReactNode;
}) {
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className={className}>
      <FormError message={feedback?.errors?.form} />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="questionId" value={questionId} />
      {children}
    </Form>
  );
}

export function AnswerForm({ questionId, feedback }: { questionId: number; feedback?: FormFeedback }) {
  const t = useT();
  const navigation = useNavigation();
  const { bind, onSubmit } = useFormFields(answerSchema, typedOr(feedback, { body: "" }), feedback?.errors);
  return (
    <QuestionForm intent="answer" questionId={questionId} className="subform" onSubmit={onSubmit} feedback={feedback}>
      <TextAreaField id={`answer-${questionId}`} label={t("deputy.answer.body")} rows={5} required {...bind("body")} />
      <button type="submit" disabled={navigation.state === "submitting"}>
        {t("deputy.answer.submit")}
      </button>
    </QuestionForm>
  );
}

export function RateForm({ questionId, feedback }: { questionId: number; feedback?: FormFeedback }) {
  const t = useT();
  const { error, onSubmit, form } = useFormFields<{ rating?: string }>(rateSchema, {}, feedback?.errors);
  return (
    <QuestionForm intent="rate" questionId={questionId} className="subform" onSubmit={onSubmit} feedback={feedback}>
      <RadioGroup legend={t("deputy.rate.legend")} name={`rating-${questionId}`} error={error("rating")}>
        {(["satisfied", "unsatisfied"] as const).map((r) => (
          <span key={r} className="checkbox">
            <input type="radio" id={`rating-${questionId}-${r}`} value={r} {...form.register("rating")} />
            <label htmlFor={`rating-${questionId}-${r}`}>{t(`deputy.rating.${r}`)}</label>
          </span>
        ))}
      </RadioGroup>
      <button type="submit">{t("deputy.rate.submit")}</button>
    </QuestionForm>
  );
}

export function FollowUpForm({ threadId, feedback }: { threadId: number; feedback?: FormFeedback }) {
  const t = useT();
  const defaults = { ...typedOr(feedback, { body: "" }), threadId: String(threadId) };
  const { field, bind, onSubmit } = useFormFields(questionSchema, defaults, feedback?.errors);
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="card">
      <h2>{t("deputy.followUp.title")}</h2>
      <FormError message={feedback?.errors?.form} />
      <input type="hidden" name="intent" value="followup" />
      <input type="hidden" {...field("threadId")} />
      <TextAreaField id="followup-body" label={t("deputy.followUp.body")} rows={4} required {...bind("body")} />
      <button type="submit">{t("deputy.followUp.submit")}</button>
    </Form>
  );
}

export function ManageForm({
  questionId,
  departmentId,
  dueDate,
  departments,
  feedback,
}: {
  questionId: number;
  departmentId: number | null;
  dueDate: string;
  departments: { id: number; name: string }[];
  feedback?: FormFeedback;
}) {
  const t = useT();
  const defaults = typedOr(feedback, { departmentId: String(departmentId ?? ""), dueDate });
  const { bind, onSubmit } = useFormFields(manageQuestionSchema, defaults, feedback?.errors);
  return (
    <QuestionForm
      intent="manage"
      questionId={questionId}
      className="subform manage"
      onSubmit={onSubmit}
      feedback={feedback}
    >
      <SelectField id={`department-${questionId}`} label={t("deputy.manage.department")} {...bind("departmentId")}>
        <DepartmentOptions departments={departments} noneLabel={t("deputy.q.unrouted")} />
      </SelectField>
      <Field id={`due-${questionId}`} label={t("deputy.manage.dueDate")} type="date" {...bind("dueDate")} />
      <button type="submit" className="secondary">
        {t("deputy.manage.submit")}
      </button>
    </QuestionForm>
  );
}
