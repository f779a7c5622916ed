import { postAnswer } from "~/handlers/deputies.server";
import { endpoint } from "~/handlers/endpoint.server";

export const loader = endpoint({ POST: postAnswer });
export const action = loader;
