import type { ActionFunctionArgs } from "@remix-run/node";
import { postUpdate } from "~/handlers/commitments.server";
import { methodNotAllowed } from "~/utils/api.server";

export const loader = () => {
  throw methodNotAllowed(["POST"]);
};

export const action = ({ request, params }: ActionFunctionArgs) => postUpdate({ request, params });
