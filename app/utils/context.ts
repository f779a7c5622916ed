// What server.mjs passes to every loader and action (Remix "load context").
declare module "@remix-run/node" {
  interface AppLoadContext {
    clientAddress?: string;
  }
}

export function clientAddress(context: { clientAddress?: string } | undefined): string {
  return context?.clientAddress ?? "unknown";
}
