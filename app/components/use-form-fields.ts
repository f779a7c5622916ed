// One way to wire a form: validated in the browser with the server's zod schema, posted as a plain form,
// each field with its default in the HTML and its translated error (the browser's first, else the server's).
import { get, useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import { formResolver, withDefaults } from "~/components/ledger/form-helpers";
import { useValidatedSubmit } from "~/components/use-validated-submit";
import { errorText } from "~/i18n";
import { useT } from "~/i18n/use-t";

/**
 * `field(name)` registers a control with its default, `error(name)` is the message to show beside it
 * (`message(name)` its untranslated key), `bind(name)` both for a labelled `Field` (`{...bind("email")}`),
 * `onSubmit` validates then submits the real form; `form` is react-hook-form's own, for watching values.
 */
export function useFormFields<T extends FieldValues>(
  schema: z.ZodType,
  defaults: T,
  serverErrors: Record<string, string | undefined> = {},
) {
  const tr = errorText(useT());
  const form = useForm<T>({ resolver: formResolver<T>(schema), defaultValues: defaults as DefaultValues<T> });
  const { field, checkbox } = withDefaults(form.register, defaults);
  const onSubmit = useValidatedSubmit(form.handleSubmit);
  // Read during render, so that react-hook-form re-renders the form when its errors change.
  const { errors } = form.formState;
  const message = (name: Path<T>): string | null =>
    (get(errors, name) as { message?: string } | undefined)?.message ?? serverErrors[name] ?? null;
  const error = (name: Path<T>) => tr(message(name));
  const bind = (name: Path<T>) => ({ ...field(name), error: error(name) });
  return { field, bind, checkbox, error, message, onSubmit, form };
}
