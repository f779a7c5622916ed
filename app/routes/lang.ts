import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { isLocale } from "~/i18n";
import { localeCookie } from "~/i18n/locale.server";
import { safeRedirect } from "~/utils/redirect";
import { readForm } from "~/utils/forms";

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const lang = form.get("lang");
  const to = safeRedirect(form.get("redirectTo"));
  if (!isLocale(lang)) return redirect(to);
  return redirect(to, { headers: { "Set-Cookie": await localeCookie.serialize(lang) } });
}

export async function loader() {
  return redirect("/");
}
