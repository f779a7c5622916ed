// Follow / unfollow an item; works without JavaScript (a plain form that comes back to this page).
import { Form, useLocation } from "@remix-run/react";
import { useT } from "~/i18n/use-t";

export function FollowButton({ commitmentId, following }: { commitmentId: number; following: boolean }) {
  const t = useT();
  const location = useLocation();
  return (
    <Form method="post" action="/follow" className="follow-form">
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <button
        type="submit"
        name="intent"
        value={following ? "unfollow" : "follow"}
        className={following ? "secondary" : undefined}
        aria-pressed={following}
      >
        {following ? t("deputy.follow.unfollow") : t("deputy.follow.follow")}
      </button>
    </Form>
  );
}
