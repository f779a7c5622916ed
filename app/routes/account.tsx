import { data, redirect } from "@remix-run/node";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { EmailSettings } from "~/components/account/email-settings";
import { PasswordForm } from "~/components/account/password-form";
import { TokensSection } from "~/components/account/tokens-section";
import type { ConfirmRequest } from "~/components/confirm-panel";
import { FlashNotice } from "~/components/flash-notice";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/use-t";
import {
  changePassword,
  createToken,
  emailSettings,
  listTokens,
  revokeToken,
  saveEmailSettings,
} from "~/models/account.server";
import { emailSettingsSchema, passwordChangeSchema, tokenCreateSchema, tokenRevokeSchema } from "~/schemas/account";
import ledgerStyles from "~/styles/ledger.css?url";
import { requireUser, type SessionUser } from "~/utils/auth.server";
import { askToConfirm, isConfirmed } from "~/utils/confirm.server";
import { getEnv } from "~/utils/env.server";
import { formFailure } from "~/utils/form-failure.server";
import { parseForm, readForm } from "~/utils/forms";
import { pageMeta } from "~/utils/meta";
import { getSession } from "~/utils/session.server";
import { dispatchIntent } from "~/utils/intents.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: ledgerStyles }];
export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "account.title" });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [tokens, settings] = await Promise.all([listTokens(user.id), emailSettings(user.id)]);
  return {
    account: {
      name: user.name,
      email: user.email,
      role: user.role,
      jurisdiction: user.jurisdictionName,
      department: user.departmentName,
    },
    mustChangePassword: user.mustChangePassword,
    tokens,
    settings,
    mailEnabled: Boolean(getEnv().SMTP_URL),
  };
}

type Ctx = { request: Request; user: SessionUser; form: FormData };

const meOf = (user: SessionUser) => ({ id: user.id, name: user.name, jurisdictionId: user.jurisdictionId });

async function password({ request, user, form }: Ctx, intent: string) {
  const parsed = parseForm(passwordChangeSchema, form);
  if (!parsed.ok) return formFailure(intent, parsed.errors);
  const session = await getSession(request);
  try {
    await changePassword({
      me: meOf(user),
      current: parsed.data.current,
      next: parsed.data.next,
      keepSessionId: session.id || null,
    });
  } catch (error) {
    return formFailure(intent, error);
  }
  return redirect("/account?saved=password");
}

async function tokenCreate({ user, form }: Ctx, intent: string) {
  // A temporary password (invited, or reset) is replaced before anything else is issued.
  if (user.mustChangePassword)
    return formFailure(intent, { label: "account.tokens.passwordFirst" }, {}, { status: 409 });
  const parsed = parseForm(tokenCreateSchema, form);
  if (!parsed.ok) return formFailure(intent, parsed.errors);
  const issued = await createToken({ me: meOf(user), label: parsed.data.label, days: parsed.data.days });
  // Shown once: the answer to this post, never stored in a URL or readable again.
  return data({ intent, created: { token: issued.token, label: parsed.data.label, expiresAt: issued.expiresAt } });
}

async function tokenRevoke({ user, form }: Ctx, intent: string) {
  const parsed = parseForm(tokenRevokeSchema, form);
  if (!parsed.ok) return formFailure(intent, { tokenId: "account.tokens.notFound" });
  const token = (await listTokens(user.id)).find((t) => t.id === parsed.data.tokenId && t.state === "active");
  if (!token) return formFailure(intent, { tokenId: "account.tokens.notFound" }, {}, { status: 404 });
  if (!isConfirmed(form)) {
    return askToConfirm(
      {
        intent,
        title: "account.tokens.confirmTitle",
        titleVars: { label: token.label ?? `#${token.id}` },
        lines: [{ key: "account.tokens.confirmLine" }],
        button: "account.tokens.revoke",
      },
      form,
    );
  }
  try {
    await revokeToken({ me: meOf(user), tokenId: token.id });
  } catch (error) {
    return formFailure(intent, error);
  }
  return redirect("/account?saved=revoked#tokens");
}

async function email({ user, form }: Ctx, intent: string) {
  const parsed = emailSettingsSchema.safeParse({ email: form.getAll("email") });
  if (!parsed.success) return formFailure(intent, { email: "account.email.invalid" });
  await saveEmailSettings(user.id, parsed.data.email);
  return redirect("/account?saved=email#email");
}

const INTENTS = { password, token_create: tokenCreate, token_revoke: tokenRevoke, email };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  return dispatchIntent(form, INTENTS, { request, user, form });
}

type ActionData = {
  intent?: string;
  errors?: Record<string, string>;
  created?: { token: string; label: string; expiresAt: string };
  confirm?: ConfirmRequest;
};

export default function Account() {
  const { account, mustChangePassword, tokens, settings, mailEnabled } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const [params] = useSearchParams();
  const t = useT();
  const saved = params.get("saved");
  const errorsFor = (intent: string) => (actionData?.intent === intent ? actionData.errors : undefined);
  return (
    <div className="account">
      <h1>{t("account.title")}</h1>
      <FlashNotice>{saved ? t(`account.saved.${saved}` as MessageKey) : null}</FlashNotice>
      <section className="card" aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t("account.profile")}</h2>
        <dl className="facts">
          <dt>{t("account.name")}</dt>
          <dd lang="zh">{account.name}</dd>
          <dt>{t("login.email")}</dt>
          <dd>{account.email}</dd>
          <dt>{t("account.role")}</dt>
          <dd>{t(`role.${account.role}`)}</dd>
          <dt>{t("account.jurisdiction")}</dt>
          <dd lang="zh">{account.jurisdiction}</dd>
          {account.department ? (
            <>
              <dt>{t("account.department")}</dt>
              <dd lang="zh">{account.department}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <PasswordForm
        key={saved ?? ""}
        errors={errorsFor("password")}
        required={mustChangePassword || params.get("required") === "1"}
      />
      <TokensSection
        tokens={tokens}
        created={actionData?.intent === "token_create" ? actionData.created : null}
        confirm={actionData?.intent === "token_revoke" ? actionData.confirm : null}
        errors={errorsFor("token_create") ?? errorsFor("token_revoke")}
      />
      <EmailSettings settings={settings} mailEnabled={mailEnabled} />
    </div>
  );
}
