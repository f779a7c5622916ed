import { postInspection } from "~/handlers/deputies.server";
import { endpoint } from "~/handlers/endpoint.server";

export const loader = endpoint({ POST: postInspection });
export const action = loader;
