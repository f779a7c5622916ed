import { data, redirect } from "@remix-run/node";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { AdminNav } from "~/components/admin/admin-nav";
import { OneTimePassword } from "~/components/admin/one-time-password";
import { ConfirmPanel, type ConfirmRequest } from "~/components/confirm-panel";
import { Field, SelectField } from "~/components/field";
import { FlashNotice } from "~/components/flash-notice";
import { FormError } from "~/components/form-error";
import { ROLES } from "~/domain/vocab";
import { errorText, type MessageKey } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { getManagedUser, resetPassword, setDisabled, updateUser } from "~/models/admin.server";
import { listDepartments } from "~/models/jurisdiction.server";
import { userEditSchema } from "~/schemas/account";
import ledgerStyles from "~/styles/ledger.css?url";
import { requireAdmin } from "~/utils/admin.server";
import { idParam } from "~/utils/api.server";
import { askToConfirm, isConfirmed } from "~/utils/confirm.server";
import { AppError } from "~/utils/app-error";
import { formFailure } from "~/utils/form-failure.server";
import { formValues, parseForm, readForm } from "~/utils/forms";
import { dispatchIntent } from "~/utils/intents.server";
import { pageMeta } from "~/utils/meta";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: ledgerStyles }];
export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  data ? pageMeta(matches, data.user.name) : pageMeta(matches, { key: "admin.users.title" });

async function load(request: Request, rawId: string | undefined) {
  const admin = await requireAdmin(request);
  try {
    return { admin, user: await getManagedUser(admin, idParam(rawId)) };
  } catch (error) {
    // A user outside the administrator's places is a plain 404 page, whatever the refusal says.
    if (error instanceof AppError) throw new Response(null, { status: error.status });
    throw error;
  }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { admin, user } = await load(request, params.id);
  return {
    self: admin.id === user.id,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role as "admin",
      departmentId: user.departmentId,
      jurisdiction: user.jurisdiction.name,
      disabled: user.disabledAt !== null,
      mustChangePassword: user.mustChangePassword,
      sessions: user._count.sessions,
      tokens: user._count.apiTokens,
    },
    departments: await listDepartments(user.jurisdictionId),
  };
}

type Ctx = Awaited<ReturnType<typeof load>> & { form: FormData };

async function update({ admin, user, form }: Ctx, intent: string) {
  const parsed = parseForm(userEditSchema, form);
  if (!parsed.ok) return formFailure(intent, parsed.errors, formValues(form));
  try {
    await updateUser(admin, user.id, parsed.data);
  } catch (error) {
    return formFailure(intent, error, formValues(form));
  }
  return redirect(`/admin/users/${user.id}?saved=update`);
}

/** Disabling and resetting cut every session and token: said first, done once confirmed. */
async function cutAccess({ admin, user, form }: Ctx, intent: string) {
  if (!isConfirmed(form)) {
    return askToConfirm(
      {
        intent,
        title: intent === "disable" ? "admin.users.confirmDisable" : "admin.users.confirmReset",
        titleVars: { name: user.name },
        lines: [
          {
            key: "admin.users.confirmCut",
            vars: { sessions: user._count.sessions, tokens: user._count.apiTokens },
          },
        ],
        button: intent === "disable" ? "admin.users.disable" : "admin.users.reset",
      },
      form,
    );
  }
  try {
    if (intent === "disable") {
      await setDisabled(admin, user.id, true);
      return redirect(`/admin/users/${user.id}?saved=disabled`);
    }
    const reset = await resetPassword(admin, user.id);
    return data({ intent, errors: {} as Record<string, string>, values: formValues(form), reset });
  } catch (error) {
    return formFailure(intent, error, formValues(form));
  }
}

async function enable({ admin, user, form }: Ctx, intent: string) {
  try {
    await setDisabled(admin, user.id, false);
  } catch (error) {
    return formFailure(intent, error, formValues(form));
  }
  return redirect(`/admin/users/${user.id}?saved=enabled`);
}

const INTENTS = { update, disable: cutAccess, reset: cutAccess, enable };

export async function action({ request, params }: ActionFunctionArgs) {
  const loaded = await load(request, params.id);
  const form = await readForm(request);
  return dispatchIntent(form, INTENTS, { ...loaded, form });
}

type ActionData = {
  intent: string;
  errors: Record<string, string>;
  values: Record<string, string>;
  confirm?: ConfirmRequest;
  reset?: { email: string; password: string };
};

export default function AdminUser() {
  const { user, departments, self } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const [params] = useSearchParams();
  const t = useT();
  const tr = errorText(t);
  const saved = params.get("saved");
  const errors = actionData?.intent === "update" ? actionData.errors : {};
  const values = actionData?.intent === "update" ? actionData.values : null;
  return (
    <div className="admin">
      <p className="small">
        <Link to="/admin/users">← {t("admin.users.title")}</Link>
      </p>
      <h1 lang="zh">{user.name}</h1>
      <AdminNav />
      <FlashNotice>{saved ? t(`admin.users.saved.${saved}` as MessageKey) : null}</FlashNotice>
      {actionData?.reset ? (
        <OneTimePassword
          email={actionData.reset.email}
          password={actionData.reset.password}
          messageKey="admin.users.wasReset"
        />
      ) : null}
      {actionData?.confirm ? <ConfirmPanel request={actionData.confirm} /> : null}
      {actionData && actionData.intent !== "update" ? <FormError message={actionData.errors.form} /> : null}
      <dl className="facts card">
        <dt>{t("login.email")}</dt>
        <dd>{user.email}</dd>
        <dt>{t("account.jurisdiction")}</dt>
        <dd lang="zh">{user.jurisdiction}</dd>
        <dt>{t("admin.users.state")}</dt>
        <dd>
          {user.disabled
            ? t("admin.users.disabled")
            : user.mustChangePassword
              ? t("admin.users.pending")
              : t("admin.users.active")}
        </dd>
        <dt>{t("admin.users.access")}</dt>
        <dd>{t("admin.users.accessCount", { sessions: user.sessions, tokens: user.tokens })}</dd>
      </dl>
      <Form method="post" className="card" aria-labelledby="edit-heading">
        <h2 id="edit-heading">{t("admin.users.edit")}</h2>
        <FormError message={errors.form} />
        <input type="hidden" name="intent" value="update" />
        <div className="form-grid">
          <Field
            label={t("account.name")}
            name="name"
            type="text"
            defaultValue={values?.name ?? user.name}
            error={tr(errors.name)}
          />
          <SelectField
            label={t("account.role")}
            name="role"
            defaultValue={values?.role ?? user.role}
            disabled={self}
            hint={self ? t("admin.users.notYourself") : undefined}
            error={tr(errors.role)}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("account.department")}
            name="departmentId"
            hint={t("admin.users.departmentHint")}
            defaultValue={values?.departmentId ?? (user.departmentId ? String(user.departmentId) : "")}
            error={tr(errors.departmentId)}
          >
            <option value="">{t("admin.users.noDepartment")}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id} lang="zh">
                {d.name}
              </option>
            ))}
          </SelectField>
        </div>
        {self ? <input type="hidden" name="role" value={user.role} /> : null}
        <button type="submit">{t("form.save")}</button>
      </Form>
      {!self ? (
        <section className="card" aria-labelledby="access-heading">
          <h2 id="access-heading">{t("admin.users.accessTitle")}</h2>
          <div className="row">
            <Form method="post">
              <input type="hidden" name="intent" value={user.disabled ? "enable" : "disable"} />
              <button type="submit" className="secondary">
                {user.disabled ? t("admin.users.enable") : t("admin.users.disable")}
              </button>
            </Form>
            <Form method="post">
              <input type="hidden" name="intent" value="reset" />
              <button type="submit" className="secondary">
                {t("admin.users.reset")}
              </button>
            </Form>
          </div>
        </section>
      ) : null}
    </div>
  );
}
