import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/use-t";
import { requireUser } from "~/utils/auth.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "account.title" });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return {
    name: user.name,
    email: user.email,
    role: user.role,
    jurisdiction: user.jurisdictionName,
    department: user.departmentName,
  };
}

export default function Account() {
  const account = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="card">
      <h1 style={{ marginTop: 0 }}>{t("account.title")}</h1>
      <dl>
        <dt>{t("account.name")}</dt>
        <dd>{account.name}</dd>
        <dt>{t("login.email")}</dt>
        <dd>{account.email}</dd>
        <dt>{t("account.role")}</dt>
        <dd>{t(`role.${account.role}`)}</dd>
        <dt>{t("account.jurisdiction")}</dt>
        <dd>{account.jurisdiction}</dd>
        {account.department ? (
          <>
            <dt>{t("account.department")}</dt>
            <dd>{account.department}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
