import { postUpdate } from "~/handlers/commitments.server";
import { endpoint } from "~/handlers/endpoint.server";

export const loader = endpoint({ POST: postUpdate });
export const action = loader;
