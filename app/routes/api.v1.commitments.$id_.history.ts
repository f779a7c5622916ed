import { getHistory } from "~/handlers/commitments.server";
import { endpoint } from "~/handlers/endpoint.server";

export const loader = endpoint({ GET: getHistory });
