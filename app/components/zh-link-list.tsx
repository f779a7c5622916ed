// A plain list of links, each named by text quoted from the reports (a promise, a report title).
import { Link } from "@remix-run/react";

export function ZhLinkList({ links }: { links: { to: string; text: string }[] }) {
  return (
    <ul>
      {links.map((link) => (
        <li key={link.to}>
          <Link to={link.to} lang="zh">
            {link.text}
          </Link>
        </li>
      ))}
    </ul>
  );
}
