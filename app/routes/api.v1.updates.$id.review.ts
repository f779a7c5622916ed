import type { ActionFunctionArgs } from "@remix-run/node";
import { postReview } from "~/handlers/updates.server";
import { methodNotAllowed } from "~/utils/api.server";
import { localized } from "~/handlers/localized.server";

const handleLoader = () => {
  throw methodNotAllowed(["POST"]);
};

const handleAction = ({ request, params }: ActionFunctionArgs) => postReview({ request, params });

export const loader = localized(handleLoader);
export const action = localized(handleAction);
