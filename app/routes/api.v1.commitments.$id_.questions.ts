import { postQuestion } from "~/handlers/deputies.server";
import { endpoint } from "~/handlers/endpoint.server";

export const loader = endpoint({ POST: postQuestion });
export const action = loader;
