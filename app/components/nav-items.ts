// The main navigation: which links each role sees (anonymous visitors see the public ones), and where
// each role lands after signing in.
import type { MessageKey } from "~/i18n";
import type { Role } from "~/domain/vocab";

export interface NavItem {
  to: string;
  label: MessageKey;
  roles?: readonly Role[]; // absent: everyone, signed in or not
  /** Signed-in people find it in the account menu rather than the bar. */
  publicOnly?: boolean;
}

const SIGNED_IN: readonly Role[] = ["admin", "supervisor", "staff", "deputy"];

// Each area adds its entries here; routes own their pages. At most seven per role, so the bar fits at 1280 px.
export const NAV_ITEMS: readonly NavItem[] = [
  { to: "/", label: "nav.home", publicOnly: true },
  { to: "/admin/users", label: "nav.admin", roles: ["admin"] },
  { to: "/ledger", label: "nav.ledger", roles: ["supervisor", "staff", "admin"] },
  { to: "/ledger/verify", label: "nav.verify", roles: ["supervisor"] },
  { to: "/import", label: "nav.import", roles: ["supervisor", "admin"] },
  { to: "/deputy", label: "nav.deputy", roles: ["deputy"] },
  { to: "/votes", label: "nav.votes", roles: ["deputy", "supervisor"] },
  { to: "/questions", label: "nav.questions", roles: ["supervisor", "staff", "deputy"] },
  { to: "/followup", label: "nav.followup", roles: ["supervisor"] },
  { to: "/inbox", label: "nav.inbox", roles: SIGNED_IN },
  { to: "/api/docs", label: "nav.openData", publicOnly: true },
];

export function navItemsFor(role: Role | null): NavItem[] {
  return NAV_ITEMS.filter((item) =>
    item.roles ? role !== null && item.roles.includes(role) : !(item.publicOnly && role !== null),
  );
}

/** Public pages a signed-in person reaches from the account menu. */
export function publicItems(): NavItem[] {
  return NAV_ITEMS.filter((item) => item.publicOnly);
}

const HOME: Record<Role, string> = {
  admin: "/admin/users",
  supervisor: "/ledger",
  staff: "/ledger",
  deputy: "/deputy",
};

/** Where someone goes after signing in: where they were heading, else their own workspace. */
export function landingPath(role: Role, redirectTo: string | null | undefined, mustChangePassword = false): string {
  if (mustChangePassword) return "/account?required=1";
  return redirectTo && redirectTo !== "/" ? redirectTo : HOME[role];
}
