import type { LoaderFunctionArgs } from "@remix-run/node";
import { getHistory } from "../api/commitments.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => getHistory({ request, params });
