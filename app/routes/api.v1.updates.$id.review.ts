import type { ActionFunctionArgs } from "@remix-run/node";
import { postReview } from "~/handlers/updates.server";
import { methodNotAllowed } from "~/utils/api.server";

export const loader = () => {
  throw methodNotAllowed(["POST"]);
};

export const action = ({ request, params }: ActionFunctionArgs) => postReview({ request, params });
