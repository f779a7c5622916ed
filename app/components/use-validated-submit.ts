// Progressive enhancement for forms: validate in the browser with react-hook-form, then submit the
// real <form> (all its fields, files included) through Remix. Without JavaScript the form posts as is.
import { useSubmit } from "@remix-run/react";
import type { FormEvent } from "react";
import type { FieldValues, UseFormHandleSubmit } from "react-hook-form";

export function useValidatedSubmit<T extends FieldValues, R = T>(handleSubmit: UseFormHandleSubmit<T, R>) {
  const submit = useSubmit();
  return (event: FormEvent<HTMLFormElement>) => {
    // React clears currentTarget once the handler returns; keep the form for the async validation.
    const form = event.currentTarget;
    void handleSubmit(() => submit(form, { method: (form.getAttribute("method") ?? "post") as "post" }))(event);
  };
}
