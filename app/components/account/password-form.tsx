// Changing one's password: the current one, the new one twice.
import { Form, useNavigation } from "@remix-run/react";
import { Field } from "~/components/field";
import { useFormFields } from "~/components/use-form-fields";
import { useT } from "~/i18n/use-t";
import { passwordChangeSchema } from "~/schemas/account";

type Values = { current: string; next: string; repeat: string };
const EMPTY: Values = { current: "", next: "", repeat: "" };

export function PasswordForm({
  errors: serverErrors = {},
  required,
}: {
  errors?: Record<string, string>;
  required: boolean;
}) {
  const t = useT();
  const navigation = useNavigation();
  const { bind, onSubmit } = useFormFields<Values>(passwordChangeSchema, EMPTY, serverErrors);
  return (
    <section className="card" aria-labelledby="password-heading" id="password">
      <h2 id="password-heading">{t("account.password.title")}</h2>
      {required ? (
        <p className="notice error" role="alert">
          {t("account.password.required")}
        </p>
      ) : null}
      <Form method="post" noValidate onSubmit={onSubmit}>
        <input type="hidden" name="intent" value="password" />
        <Field
          label={t("account.password.current")}
          type="password"
          autoComplete="current-password"
          {...bind("current")}
        />
        <Field
          label={t("account.password.next")}
          type="password"
          autoComplete="new-password"
          hint={t("v.passwordShort")}
          {...bind("next")}
        />
        <Field label={t("account.password.repeat")} type="password" autoComplete="new-password" {...bind("repeat")} />
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("account.password.submit")}
        </button>
      </Form>
    </section>
  );
}
