import { redirect } from "@remix-run/node";
import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import type { z } from "zod";
import { Field } from "~/components/field";
import { landingPath } from "~/components/nav-items";
import { useFormFields } from "~/components/use-form-fields";
import { useT } from "~/i18n/use-t";
import type { Role } from "~/domain/vocab";
import { findUserForLogin } from "~/models/user.server";
import { loginSchema } from "~/schemas/user";
import { getUser } from "~/utils/auth.server";
import { clientAddress } from "~/utils/context";
import { authenticate } from "~/utils/login.server";
import { formFailure } from "~/utils/form-failure.server";
import { parseForm, readForm } from "~/utils/forms";
import { pageMeta } from "~/utils/meta";
import { safeRedirect } from "~/utils/redirect";
import { startSession } from "~/utils/session.server";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "login.title" });

// Retry-After from a refused login must reach the document response too.
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const headers = new Headers();
  const retryAfter = actionHeaders.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (user)
    throw redirect(
      landingPath(
        user.role,
        safeRedirect(new URL(request.url).searchParams.get("redirectTo")),
        user.mustChangePassword,
      ),
    );
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const parsed = parseForm(loginSchema, await readForm(request));
  // The password is never sent back.
  if (!parsed.ok)
    return formFailure(
      null,
      parsed.errors,
      { email: String(parsed.values.email ?? "") },
      { extra: { failed: false, retryAfter: null } },
    );
  const outcome = await authenticate(parsed.data.email, parsed.data.password, clientAddress(context));
  if (!outcome.ok) {
    const retryAfter = outcome.retryAfter ?? null;
    return formFailure(
      null,
      {},
      { email: parsed.data.email },
      {
        status: outcome.status,
        headers: retryAfter ? { "Retry-After": String(retryAfter) } : undefined,
        extra: { failed: true, retryAfter },
      },
    );
  }
  const cookie = await startSession(request, outcome.userId);
  const account = await findUserForLogin(parsed.data.email);
  const to = account
    ? landingPath(account.role as Role, safeRedirect(parsed.data.redirectTo), account.mustChangePassword)
    : "/";
  return redirect(to, { headers: { "Set-Cookie": cookie } });
}

type LoginValues = z.input<typeof loginSchema>;

export default function Login() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const navigation = useNavigation();
  const defaults: LoginValues = {
    email: actionData?.values.email ?? "",
    password: "",
    redirectTo: params.get("redirectTo") ?? "/",
  };
  const { field, bind, onSubmit } = useFormFields(loginSchema, defaults, actionData?.errors);
  return (
    <div className="card" style={{ maxWidth: "28rem" }}>
      <h1 style={{ marginTop: 0 }}>{t("login.title")}</h1>
      {actionData?.retryAfter ? (
        <p className="notice error" role="alert">
          {t("login.locked", { minutes: Math.ceil(actionData.retryAfter / 60) })}
        </p>
      ) : actionData?.failed ? (
        <p className="notice error" role="alert">
          {t("login.failed")}
        </p>
      ) : null}
      <Form method="post" noValidate onSubmit={onSubmit}>
        <input type="hidden" {...field("redirectTo")} />
        <Field label={t("login.email")} type="email" autoComplete="username" required {...bind("email")} />
        <Field
          label={t("login.password")}
          type="password"
          autoComplete="current-password"
          required
          {...bind("password")}
        />
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("login.submit")}
        </button>
      </Form>
      <p className="muted small">{t("login.hint")}</p>
    </div>
  );
}
