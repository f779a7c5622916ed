// The main navigation: which links each role sees (anonymous visitors see the public ones).
import type { MessageKey } from "../i18n";
import type { Role } from "../domain/vocab";

export interface NavItem {
  to: string;
  label: MessageKey;
  roles?: readonly Role[]; // absent: everyone, signed in or not
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: "/", label: "nav.home" },
  { to: "/account", label: "nav.account", roles: ["admin", "supervisor", "staff", "deputy"] },
];

export function navItemsFor(role: Role | null): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || (role !== null && item.roles.includes(role)));
}
