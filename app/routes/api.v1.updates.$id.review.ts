import { endpoint } from "~/handlers/endpoint.server";
import { postReview } from "~/handlers/updates.server";

export const loader = endpoint({ POST: postReview });
export const action = loader;
