import { data } from "@remix-run/node";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { FlashNotice } from "~/components/flash-notice";
import { SHEET_COLUMNS, type SheetError } from "~/domain/ledger/sheet";
import type { MessageKey } from "~/i18n";
import { rich, Zh } from "~/i18n/rich";
import { useLocale, useT } from "~/i18n/use-t";
import { ledgerScopeFor } from "~/models/ledger-page.server";
import ledgerStyles from "~/styles/ledger.css?url";
import { requirePermission, requireUser } from "~/utils/auth.server";
import { isStoppedWork, runHeavy } from "~/utils/heavy-work.server";
import { httpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { readForm } from "~/utils/forms";
import { AppError } from "~/utils/app-error";
import { FileField } from "~/components/field";
import { DataTable } from "~/components/data-table";
import { LedgerBreadcrumb } from "~/components/ledger/ledger-breadcrumb";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: ledgerStyles }];

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "ledger.sheet.title" });

const MAX_SHEET_BYTES = 10 * 1024 * 1024;

async function guard(request: Request) {
  const user = await requireUser(request);
  const scope = await ledgerScopeFor(user, new URL(request.url).searchParams);
  requirePermission(user, "ledger.import", {
    jurisdictionId: user.jurisdictionId,
    leadDepartmentId: scope.department?.id ?? null,
  });
  return { user, scope };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { scope, user } = await guard(request);
  return { scopeName: scope.department?.name ?? user.jurisdictionName, year: scope.year, staff: user.role === "staff" };
}

type Outcome =
  | { ok: true; changed: number; updates: number; rows: number; cells: number }
  | { ok: false; errors: SheetError[] };

export async function action({ request }: ActionFunctionArgs) {
  const { user, scope } = await guard(request);
  if (Number(request.headers.get("Content-Length") ?? 0) > MAX_SHEET_BYTES + 64 * 1024)
    throw httpError(413, "http.fileTooLarge");
  const form = await readForm(request);
  const file = form.get("file");
  if (!file || typeof file === "string" || file.size === 0)
    return data<Outcome>(
      { ok: false, errors: [{ row: 0, column: null, cell: null, code: "ledger.sheet.noFile" }] },
      { status: 400 },
    );
  if (file.size > MAX_SHEET_BYTES)
    return data<Outcome>(
      { ok: false, errors: [{ row: 0, column: null, cell: null, code: "ledger.sheet.tooLarge" }] },
      { status: 400 },
    );
  try {
    const outcome = await runHeavy("importLedgerSheet", {
      bytes: new Uint8Array(await file.arrayBuffer()),
      fileName: file.name || "sheet",
      user,
      filter: scope.filter,
    });
    return data<Outcome>(outcome, { status: outcome.ok ? 200 : 400 });
  } catch (error) {
    if (isStoppedWork(error))
      return data<Outcome>(
        { ok: false, errors: [{ row: 0, column: null, cell: null, code: "ledger.import.busy" }] },
        { status: 422 },
      );
    if (error instanceof AppError)
      return data<Outcome>(
        { ok: false, errors: [{ row: 0, column: null, cell: null, code: error.code }] },
        { status: 400 },
      );
    throw error;
  }
}

export default function SheetImport() {
  const { scopeName, year, staff } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>() as Outcome | undefined;
  const navigation = useNavigation();
  const t = useT();
  const locale = useLocale();
  const label = (key: string | null) => {
    const column = SHEET_COLUMNS.find((c) => c.key === key);
    return column ? (locale === "zh" ? column.zh : column.en) : "—";
  };
  return (
    <div className="ledger">
      <LedgerBreadcrumb />
      <h1>{t("ledger.sheet.title")}</h1>
      <p>{rich(t, "ledger.sheet.intro", { scope: <Zh>{scopeName}</Zh>, year: year ?? "" })}</p>
      <p className="muted small">{staff ? t("ledger.sheet.staffHint") : t("ledger.sheet.supervisorHint")}</p>
      {outcome?.ok ? (
        <FlashNotice as="div">
          <p>
            <strong>{t("ledger.sheet.summary", { rows: outcome.rows, cells: outcome.cells })}</strong>
          </p>
          {outcome.rows > 0 ? (
            <p>{t("ledger.sheet.done", { changed: outcome.changed, updates: outcome.updates })}</p>
          ) : null}
        </FlashNotice>
      ) : null}
      {outcome && !outcome.ok ? (
        <section className="notice error" role="alert" aria-labelledby="sheet-errors">
          <h2 id="sheet-errors">{t("ledger.sheet.failed", { count: outcome.errors.length })}</h2>
          <DataTable
            columns={[
              t("ledger.sheet.row"),
              t("ledger.sheet.column"),
              t("ledger.sheet.problem"),
              t("ledger.sheet.value"),
            ]}
          >
            {outcome.errors.map((e, i) => (
              <tr key={i}>
                <td>{e.row || "—"}</td>
                <td>
                  {e.cell ?? (e.column ? label(e.column) : "—")}
                  {e.cell ? ` ${label(e.column)}` : ""}
                </td>
                <td>{t(e.code as MessageKey)}</td>
                <td lang="zh">{e.value ?? ""}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      ) : null}
      <Form method="post" encType="multipart/form-data" className="card">
        <FileField
          id="sheet-file"
          label={t("ledger.sheet.file")}
          hint={t("ledger.sheet.fileHint")}
          name="file"
          required
          accept=".xlsx,.csv,text/csv"
        />
        <button type="submit" disabled={navigation.state === "submitting"}>
          {navigation.state === "submitting" ? t("ledger.sheet.checking") : t("ledger.sheet.submit")}
        </button>
      </Form>
    </div>
  );
}
