import type { MetaFunction } from "@remix-run/node";
import { ErrorPage } from "~/components/error-page";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "error.404" });

export async function loader() {
  throw notFound();
}

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
