import type { LoaderFunctionArgs } from "@remix-run/node";
import { getHistory } from "~/handlers/commitments.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => getHistory({ request, params });
