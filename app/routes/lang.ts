import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { isLocale } from "~/i18n";
import { localeCookie } from "~/i18n/locale.server";
import { saveLocale } from "~/models/account.server";
import { getUser } from "~/utils/auth.server";
import { safeRedirect } from "~/utils/redirect";
import { readForm } from "~/utils/forms";

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const lang = form.get("lang");
  const to = safeRedirect(form.get("redirectTo"));
  if (!isLocale(lang)) return redirect(to);
  // A signed-in person's emails follow the language they chose.
  const user = await getUser(request);
  if (user) await saveLocale(user.id, lang);
  return redirect(to, { headers: { "Set-Cookie": await localeCookie.serialize(lang) } });
}

export async function loader() {
  return redirect("/");
}
