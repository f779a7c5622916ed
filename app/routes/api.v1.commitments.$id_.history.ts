import type { LoaderFunctionArgs } from "@remix-run/node";
import { getHistory } from "~/handlers/commitments.server";
import { localized } from "~/handlers/localized.server";

const handleLoader = ({ request, params }: LoaderFunctionArgs) => getHistory({ request, params });

export const loader = localized(handleLoader);
