// A commitment the analyser missed: select its text in the report (or paste it), fill the fields, add it.
import { Form } from "@remix-run/react";
import { useEffect } from "react";
import { quoteOf, type Span } from "~/domain/ledger/report-text";
import { useT } from "~/i18n/use-t";
import { commitmentAddSchema } from "~/schemas/ledger";
import { TextAreaField } from "~/components/field";
import { FormError } from "~/components/form-error";
import { useFormFields } from "~/components/use-form-fields";
import { CommitmentFields, type FieldValues } from "~/components/ledger/commitment-fields";

type AddValues = FieldValues & { intent: string; quote: string; quoteStart: string; quoteEnd: string };

export function AddFromText({
  text,
  selection,
  values,
  errors: serverErrors,
}: {
  text: string;
  selection: Span | null;
  values?: Record<string, unknown>;
  errors: Record<string, string>;
}) {
  const t = useT();
  const defaults: AddValues = {
    intent: "add",
    quote: "",
    quoteStart: "",
    quoteEnd: "",
    metric: "",
    kind: "deliverable",
    target: "",
    unit: "",
    comparator: "",
    growth: false,
    deadline: "",
    sector: "",
    ...(values as Partial<AddValues> | undefined),
  };
  const { field, checkbox, error, message, onSubmit, form } = useFormFields<AddValues>(
    commitmentAddSchema,
    defaults,
    serverErrors,
  );
  const { setValue } = form;
  useEffect(() => {
    if (!selection) return;
    setValue("quote", quoteOf(text, selection));
    setValue("quoteStart", String(selection.start));
    setValue("quoteEnd", String(selection.end));
  }, [selection, setValue, text]);
  const fieldErrors = Object.fromEntries(
    (["metric", "kind", "target", "unit", "comparator", "growth", "deadline", "sector"] as const).map((k) => [
      k,
      message(k),
    ]),
  );
  return (
    <Form method="post" noValidate onSubmit={onSubmit} id="add-form">
      <p className="muted small">{t("ledger.review.addHint")}</p>
      <FormError message={serverErrors.form} />
      <input type="hidden" {...field("intent")} />
      <input type="hidden" {...field("quoteStart")} />
      <input type="hidden" {...field("quoteEnd")} />
      <TextAreaField
        id="add-quote"
        label={t("ledger.field.quote")}
        rows={3}
        {...field("quote", {
          // Typed or pasted text has no offsets: the server looks it up in the report.
          onChange: () => {
            setValue("quoteStart", "");
            setValue("quoteEnd", "");
          },
        })}
        error={error("quote")}
      />
      <CommitmentFields prefix="add" field={field as never} checkbox={checkbox as never} errors={fieldErrors} />
      <button type="submit">{t("ledger.review.add")}</button>
    </Form>
  );
}
