import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { findPublishedCommitment } from "~/models/deputy.server";
import { setFollowing } from "~/models/follow.server";
import { followSchema } from "~/schemas/deputy";
import { requireUser } from "~/utils/auth.server";
import { parseForm, readForm } from "~/utils/forms";
import { badRequest, notFound } from "~/utils/http.server";
import { safeRedirect } from "~/utils/redirect";
import { localized } from "~/handlers/endpoint.server";

/** Follow / unfollow a published item (the FollowButton posts here), then back to the page it came from. */
async function handleAction({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = parseForm(followSchema, await readForm(request));
  if (!parsed.ok) throw badRequest("http.badFollow");
  const commitment = await findPublishedCommitment(parsed.data.commitmentId);
  if (!commitment) throw notFound();
  await setFollowing(user, commitment, parsed.data.intent === "follow");
  return redirect(safeRedirect(parsed.data.redirectTo, `/c/${commitment.id}`));
}

async function handleLoader() {
  return redirect("/inbox");
}

export const loader = localized(handleLoader);
export const action = localized(handleAction);
