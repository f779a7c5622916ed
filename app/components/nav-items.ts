// The main navigation: which links each role sees (anonymous visitors see the public ones).
import type { MessageKey } from "~/i18n";
import type { Role } from "~/domain/vocab";

export interface NavItem {
  to: string;
  label: MessageKey;
  roles?: readonly Role[]; // absent: everyone, signed in or not
}

const SIGNED_IN: readonly Role[] = ["admin", "supervisor", "staff", "deputy"];

// Each area adds its entries here; routes own their pages.
export const NAV_ITEMS: readonly NavItem[] = [
  { to: "/", label: "nav.home" },
  { to: "/ledger", label: "nav.ledger", roles: ["supervisor", "staff"] },
  { to: "/ledger/verify", label: "nav.verify", roles: ["supervisor"] },
  { to: "/import", label: "nav.import", roles: ["supervisor", "admin"] },
  { to: "/deputy", label: "nav.deputy", roles: ["deputy"] },
  { to: "/votes", label: "nav.votes", roles: ["deputy", "supervisor"] },
  { to: "/questions", label: "nav.questions", roles: ["supervisor", "staff", "deputy"] },
  { to: "/followup", label: "nav.followup", roles: ["supervisor"] },
  { to: "/inbox", label: "nav.inbox", roles: SIGNED_IN },
  { to: "/account", label: "nav.account", roles: SIGNED_IN },
  { to: "/api/docs", label: "nav.openData" },
];

export function navItemsFor(role: Role | null): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || (role !== null && item.roles.includes(role)));
}
