// @ts-check
/**
 * Remix options, read by the Vite plugin: vite.config.ts imports this file and
 * passes it to `remix()`. With v3_routeConfig the route list lives in
 * app/routes.ts.
 *
 * @type {import("@remix-run/dev").VitePluginConfig}
 */
const remixConfig = {
  appDirectory: "app",
  buildDirectory: "build",
  serverModuleFormat: "esm",
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_singleFetch: true,
    v3_lazyRouteDiscovery: false,
    v3_routeConfig: true,
  },
};

export default remixConfig;
