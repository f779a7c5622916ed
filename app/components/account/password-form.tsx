// Changing one's password: the current one, the new one twice.
import { Form, useNavigation } from "@remix-run/react";
import { useForm } from "react-hook-form";
import { Field } from "~/components/field";
import { formResolver } from "~/components/ledger/form-helpers";
import { useValidatedSubmit } from "~/components/use-validated-submit";
import { errorText } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { passwordChangeSchema } from "~/schemas/account";

type Values = { current: string; next: string; repeat: string };

export function PasswordForm({
  errors: serverErrors = {},
  required,
}: {
  errors?: Record<string, string>;
  required: boolean;
}) {
  const t = useT();
  const tr = errorText(t);
  const navigation = useNavigation();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({ resolver: formResolver<Values>(passwordChangeSchema) });
  const onSubmit = useValidatedSubmit(handleSubmit);
  const error = (name: keyof Values) => tr(errors[name]?.message ?? serverErrors[name]);
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
          {...register("current")}
          error={error("current")}
        />
        <Field
          label={t("account.password.next")}
          type="password"
          autoComplete="new-password"
          hint={t("v.passwordShort")}
          {...register("next")}
          error={error("next")}
        />
        <Field
          label={t("account.password.repeat")}
          type="password"
          autoComplete="new-password"
          {...register("repeat")}
          error={error("repeat")}
        />
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("account.password.submit")}
        </button>
      </Form>
    </section>
  );
}
