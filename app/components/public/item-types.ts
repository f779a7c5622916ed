// The public item page's data, as its section components receive it (types only: the components never
// import the route or each other for them).
import type { publicItemView } from "~/models/public/item-view.server";

export type ItemPageData = NonNullable<Awaited<ReturnType<typeof publicItemView>>>;
export type ItemView = ItemPageData["item"];
