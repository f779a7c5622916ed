import type { ActionFunctionArgs } from "@remix-run/node";
import { postReport } from "../api/reports.server";

export const action = ({ request }: ActionFunctionArgs) => postReport({ request });
