// A department's update on one item: pre-filled with the last values, links and files as evidence.
import { Form, useNavigation } from "@remix-run/react";
import type { Status } from "~/domain/vocab";
import { errorText } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { updateFormSchema } from "~/schemas/ledger";
import { Field, FileField, SelectField, TextAreaField } from "~/components/field";
import { FormError } from "~/components/form-error";
import { useFormFields } from "~/components/use-form-fields";
import { STATUS_LABELS } from "~/components/labels";
import { CameraField } from "~/components/camera-field";

export const LINK_ROWS = 3;

export interface UpdateValues {
  status: string;
  progress: string | number;
  actualValue: string | number | null;
  actualUnit: string;
  note: string;
  links: { title: string; url: string }[];
}

export function UpdateForm({
  defaults,
  choices,
  errors: serverErrors = {},
  maxUploadMb,
}: {
  defaults: UpdateValues;
  choices: Status[];
  errors?: Record<string, string>;
  maxUploadMb: number;
}) {
  const t = useT();
  const tr = errorText(t);
  const navigation = useNavigation();
  const links = Array.from({ length: LINK_ROWS }, (_, i) => defaults.links[i] ?? { title: "", url: "" });
  const formDefaults: UpdateValues = { ...defaults, links, actualValue: defaults.actualValue ?? "" };
  const { field, bind, error, onSubmit, form } = useFormFields<UpdateValues>(
    updateFormSchema,
    formDefaults,
    serverErrors,
  );
  const { getValues, setValue } = form;
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === "update";
  return (
    <Form method="post" encType="multipart/form-data" noValidate onSubmit={onSubmit} aria-labelledby="update-heading">
      <h2 id="update-heading">{t("ledger.update.title")}</h2>
      <p className="muted small">{t("ledger.update.prefilled")}</p>
      <FormError message={serverErrors.form} />
      <input type="hidden" name="intent" value="update" />
      <div className="form-grid">
        <SelectField label={t("ledger.field.status")} {...bind("status")}>
          {choices.map((s) => (
            <option key={s} value={s}>
              {t(STATUS_LABELS[s].label)}
            </option>
          ))}
        </SelectField>
        <Field
          label={t("ledger.field.progress")}
          type="number"
          min={0}
          max={100}
          step={1}
          inputMode="numeric"
          {...field("progress", {
            // Reporting progress on an item not started yet means it is under way.
            onChange: (event: { target: { value: string } }) => {
              if (Number(event.target.value) > 0 && getValues("status") === "not_started")
                setValue("status", "in_progress");
            },
          })}
          error={error("progress")}
        />
        <Field label={t("ledger.field.actualValue")} type="text" inputMode="decimal" {...bind("actualValue")} />
        <Field label={t("ledger.field.actualUnit")} type="text" {...bind("actualUnit")} />
      </div>
      <TextAreaField label={t("ledger.field.note")} hint={t("ledger.update.noteHint")} {...bind("note")} />
      <fieldset>
        <legend>{t("ledger.update.links")}</legend>
        <p className="muted small">{t("ledger.update.linksHint")}</p>
        {links.map((_, i) => (
          <div className="form-grid" key={i}>
            <Field
              id={`link-${i}-title`}
              label={t("ledger.update.linkTitle", { n: i + 1 })}
              type="text"
              {...field(`links.${i}.title` as const)}
              error={error(`links.${i}.title`)}
            />
            <Field
              id={`link-${i}-url`}
              label={t("ledger.update.linkUrl", { n: i + 1 })}
              type="url"
              placeholder="https://"
              {...field(`links.${i}.url` as const)}
              error={error(`links.${i}.url`)}
            />
          </div>
        ))}
      </fieldset>
      <FileField
        label={t("ledger.update.files")}
        hint={t("ledger.update.filesHint", { mb: maxUploadMb })}
        name="files"
        multiple
        accept="image/jpeg,image/png,image/webp,image/gif,application/pdf"
        error={tr(serverErrors.files)}
      />
      <CameraField label={t("ledger.update.camera")} name="files" />
      <button type="submit" disabled={busy}>
        {busy ? t("ledger.update.sending") : t("ledger.update.submit")}
      </button>
    </Form>
  );
}
