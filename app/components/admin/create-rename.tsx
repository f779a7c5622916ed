// The frame of an admin page that creates and renames departments or places: heading, tabs, what was saved,
// and which of its forms the last refused submission belongs to.
import { useSearchParams } from "@remix-run/react";
import { AdminNav } from "~/components/admin/admin-nav";
import { FlashNotice } from "~/components/flash-notice";
import { useSubmittedField, type Submission } from "~/components/submitted-field";
import { useT } from "~/i18n/use-t";

type Area = "departments" | "jurisdictions";

export function CreateRenameHeader({ area }: { area: Area }) {
  const t = useT();
  const [params] = useSearchParams();
  const saved = params.get("saved");
  return (
    <>
      <h1>{t(`admin.${area}.title` as const)}</h1>
      <AdminNav />
      <FlashNotice>
        {saved
          ? t(saved === "created" ? (`admin.${area}.created` as const) : (`admin.${area}.renamed` as const))
          : null}
      </FlashNotice>
    </>
  );
}

/** The refused create (with its fields' props) or rename, from the action's answer. */
export function useCreateRenameFailures<A extends Submission & { intent: string | null }>(actionData: A | undefined) {
  const created = actionData?.intent === "create" ? actionData : null;
  const renamed = actionData?.intent === "rename" ? actionData : null;
  return { renamed, createdField: useSubmittedField(created) };
}
