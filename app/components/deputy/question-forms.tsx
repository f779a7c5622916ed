// The forms of a question thread: answer (lead department), rate and follow up (the deputy who asked),
// route and set the due date (supervisor). Each validates in the browser and posts a plain form.
import { zodResolver } from "@hookform/resolvers/zod";
import { Form, useNavigation } from "@remix-run/react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useT } from "~/i18n/use-t";
import { answerSchema, manageQuestionSchema, questionSchema, rateSchema } from "~/schemas/deputy";
import { Field, RadioGroup, SelectField, TextAreaField } from "~/components/field";
import { useValidatedSubmit } from "~/components/use-validated-submit";
import { FormError } from "~/components/form-error";
import { useTr, type FormFeedback } from "~/components/deputy/form-feedback";
import { DepartmentOptions } from "~/components/department-options";

export function AnswerForm({ questionId, feedback }: { questionId: number; feedback?: FormFeedback }) {
  const t = useT();
  const tr = useTr();
  const navigation = useNavigation();
  // Defaults are also rendered as attributes, so the forms work before (or without) JavaScript.
  const body = String(feedback?.values?.body ?? "");
  const { register, handleSubmit, formState } = useForm<z.input<typeof answerSchema>>({
    resolver: zodResolver(answerSchema),
    defaultValues: { body },
  });
  const onSubmit = useValidatedSubmit(handleSubmit);
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="subform">
      <FormError message={feedback?.errors?.form} />
      <input type="hidden" name="intent" value="answer" />
      <input type="hidden" name="questionId" value={questionId} />
      <TextAreaField
        id={`answer-${questionId}`}
        label={t("deputy.answer.body")}
        rows={5}
        required
        defaultValue={body}
        {...register("body")}
        error={tr(formState.errors.body?.message ?? feedback?.errors?.body)}
      />
      <button type="submit" disabled={navigation.state === "submitting"}>
        {t("deputy.answer.submit")}
      </button>
    </Form>
  );
}

export function RateForm({ questionId, feedback }: { questionId: number; feedback?: FormFeedback }) {
  const t = useT();
  const tr = useTr();
  const { register, handleSubmit, formState } = useForm<z.input<typeof rateSchema>>({
    resolver: zodResolver(rateSchema),
  });
  const onSubmit = useValidatedSubmit(handleSubmit);
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="subform">
      <FormError message={feedback?.errors?.form} />
      <input type="hidden" name="intent" value="rate" />
      <input type="hidden" name="questionId" value={questionId} />
      <RadioGroup
        legend={t("deputy.rate.legend")}
        name={`rating-${questionId}`}
        error={tr(formState.errors.rating?.message ?? feedback?.errors?.rating)}
      >
        {(["satisfied", "unsatisfied"] as const).map((r) => (
          <span key={r} className="checkbox">
            <input type="radio" id={`rating-${questionId}-${r}`} value={r} {...register("rating")} />
            <label htmlFor={`rating-${questionId}-${r}`}>{t(`deputy.rating.${r}`)}</label>
          </span>
        ))}
      </RadioGroup>
      <button type="submit">{t("deputy.rate.submit")}</button>
    </Form>
  );
}

export function FollowUpForm({ threadId, feedback }: { threadId: number; feedback?: FormFeedback }) {
  const t = useT();
  const tr = useTr();
  const body = String(feedback?.values?.body ?? "");
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof questionSchema>,
    unknown,
    z.output<typeof questionSchema>
  >({
    resolver: zodResolver(questionSchema),
    defaultValues: { body, threadId: String(threadId) },
  });
  const onSubmit = useValidatedSubmit(handleSubmit);
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="card">
      <h2>{t("deputy.followUp.title")}</h2>
      <FormError message={feedback?.errors?.form} />
      <input type="hidden" name="intent" value="followup" />
      <input type="hidden" defaultValue={String(threadId)} {...register("threadId")} />
      <TextAreaField
        id="followup-body"
        label={t("deputy.followUp.body")}
        rows={4}
        required
        defaultValue={body}
        {...register("body")}
        error={tr(formState.errors.body?.message ?? feedback?.errors?.body)}
      />
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
  const tr = useTr();
  const defaults = {
    departmentId: String(feedback?.values?.departmentId ?? departmentId ?? ""),
    dueDate: String(feedback?.values?.dueDate ?? dueDate),
  };
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof manageQuestionSchema>,
    unknown,
    z.output<typeof manageQuestionSchema>
  >({
    resolver: zodResolver(manageQuestionSchema),
    defaultValues: defaults,
  });
  const onSubmit = useValidatedSubmit(handleSubmit);
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="subform manage">
      <FormError message={feedback?.errors?.form} />
      <input type="hidden" name="intent" value="manage" />
      <input type="hidden" name="questionId" value={questionId} />
      <SelectField
        id={`department-${questionId}`}
        label={t("deputy.manage.department")}
        defaultValue={defaults.departmentId}
        {...register("departmentId")}
        error={tr(formState.errors.departmentId?.message ?? feedback?.errors?.departmentId)}
      >
        <DepartmentOptions departments={departments} noneLabel={t("deputy.q.unrouted")} />
      </SelectField>
      <Field
        id={`due-${questionId}`}
        label={t("deputy.manage.dueDate")}
        type="date"
        defaultValue={defaults.dueDate}
        {...register("dueDate")}
        error={tr(formState.errors.dueDate?.message ?? feedback?.errors?.dueDate)}
      />
      <button type="submit" className="secondary">
        {t("deputy.manage.submit")}
      </button>
    </Form>
  );
}
