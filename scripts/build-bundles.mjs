#!/usr/bin/env node
// Builds the two Node programs that run outside Remix's server build, with esbuild: the CLI
// (app/cli/main.ts → build/cli/main.mjs, one chunk per command) and the heavy-work worker thread
// (app/workers/heavy.ts → build/worker/heavy.mjs). TypeScript, the ~ alias (tsconfig paths), Vite's
// import.meta.glob and the generated Prisma client (TypeScript) are compiled in; packages stay in
// node_modules. `node scripts/build-bundles.mjs [cli|worker]…` builds the ones named, else both.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

export const BUNDLES = {
  cli: { entry: "app/cli/main.ts", dir: "build/cli", file: "main.mjs" },
  worker: { entry: "app/workers/heavy.ts", dir: "build/worker", file: "heavy.mjs" },
};

// What a bundle depends on besides the files it was built from.
const BUILD_INPUTS = ["scripts/build-bundles.mjs", "tsconfig.json", "prisma/schema.prisma"];
const RECORD = "inputs.json";

export function bundleFile(name) {
  const { dir, file } = BUNDLES[name];
  return path.join(root, dir, file);
}

/** Why the bundle must be (re)built, or null when it is newer than every file it was built from. */
export function staleReason(name, base = root) {
  const { dir, file } = BUNDLES[name];
  const record = path.join(base, dir, RECORD);
  if (!existsSync(path.join(base, dir, file)) || !existsSync(record)) return "not built yet";
  const { builtAt, inputs } = JSON.parse(readFileSync(record, "utf8"));
  for (const input of [...inputs, ...BUILD_INPUTS]) {
    const mtime = mtimeOf(path.join(base, input));
    if (mtime === null && inputs.includes(input)) return `${input} is gone`;
    if (mtime > builtAt) return `${input} changed`;
  }
  return null;
}

/** `quiet`: esbuild prints nothing; its first error is in the thrown error's message. */
export async function buildBundles(names = Object.keys(BUNDLES), { quiet = false } = {}) {
  // The generated client is compiled in: make it first when it is missing or older than the schema.
  const { generateClient } = await import("./lib/steps.mjs");
  generateClient();
  await Promise.all(names.map((name) => buildBundle(name, { quiet })));
}

/** Builds into a fresh folder, then puts it in place, so that a running CLI never reads half a build. */
async function buildBundle(name, { quiet }) {
  const { entry, dir } = BUNDLES[name];
  const { build } = await import("esbuild");
  const builtAt = Date.now();
  const target = path.join(root, dir);
  const fresh = `${target}.${process.pid}.new`;
  rmSync(fresh, { recursive: true, force: true });
  const result = await build({
    logLevel: quiet ? "silent" : "error",
    absWorkingDir: root,
    entryPoints: { [path.parse(BUNDLES[name].file).name]: entry },
    outdir: fresh,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    metafile: true,
    define: {
      "import.meta.env.SSR": "true",
      "import.meta.env.DEV": "false",
      "import.meta.env.PROD": "true",
      "import.meta.env.MODE": '"production"',
    },
    plugins: [appAlias, importMetaGlob],
  }).catch((error) => {
    const first = error.errors?.[0];
    if (!first) throw error;
    const where = first.location ? `${first.location.file}:${first.location.line}: ` : "";
    throw new Error(`${where}${first.text}`, { cause: error });
  });
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith("node_modules/"));
  writeFileSync(path.join(fresh, RECORD), `${JSON.stringify({ builtAt, inputs }, null, 1)}\n`);
  replaceFolder(fresh, target);
}

function replaceFolder(fresh, target) {
  const old = `${target}.${process.pid}.old`;
  try {
    renameSync(target, old);
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  try {
    renameSync(fresh, target);
  } catch (error) {
    // Another process put its build of the same sources in place meanwhile.
    if (error.code !== "ENOTEMPTY" && error.code !== "EEXIST") throw error;
    rmSync(fresh, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
}

function mtimeOf(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

// `~/…` is app/…, as in vitest.config.ts (and tsconfig's paths); a missing file fails the build rather than
// being taken for a package.
const appAlias = {
  name: "app-alias",
  setup(build) {
    build.onResolve({ filter: /^~\// }, async ({ path: specifier, kind }) => {
      const found = await build.resolve(`./${specifier.slice(2)}`, { kind, resolveDir: path.join(root, "app") });
      if (found.errors.length) return { errors: [{ text: `Could not resolve "${specifier}"` }] };
      return { path: found.path, sideEffects: found.sideEffects };
    });
  },
};

// Vite's import.meta.glob, in the forms app/ uses: a relative pattern whose `*` stand for whole or partial
// names within one folder level, with or without `eager: true` and `import: "default"`.
const GLOB_CALL = /import\.meta\.glob(?:<[^>]*>)?\(\s*(["'])([^"']+)\1\s*(?:,\s*(\{[^}]*\}))?\s*\)/g;

const importMetaGlob = {
  name: "import-meta-glob",
  setup(build) {
    build.onLoad({ filter: /[\\/]app[\\/].*\.tsx?$/ }, ({ path: file }) => {
      const source = readFileSync(file, "utf8");
      if (!source.includes("import.meta.glob")) return undefined;
      const imports = [];
      const contents = source.replace(GLOB_CALL, (_call, _quote, pattern, options = "") => {
        const eager = /\beager\s*:\s*true\b/.test(options);
        const onlyDefault = /\bimport\s*:\s*["']default["']/.test(options);
        const entries = expandGlob(path.dirname(file), pattern).map((match) => {
          const key = JSON.stringify(match);
          if (!eager) return `${key}: () => import(${key})${onlyDefault ? ".then((m) => m.default)" : ""}`;
          const local = `__glob_${imports.length}`;
          imports.push(`import ${onlyDefault ? local : `* as ${local}`} from ${key};`);
          return `${key}: ${local}`;
        });
        return `({ ${entries.join(", ")} })`;
      });
      if (contents.includes("import.meta.glob"))
        throw new Error(`${file}: an import.meta.glob form the build does not read`);
      return { contents: `${imports.join("\n")}\n${contents}`, loader: file.endsWith("x") ? "tsx" : "ts" };
    });
  },
};

function expandGlob(dir, pattern) {
  if (!pattern.startsWith("./") || /\*\*|[?{}[\]]/.test(pattern)) throw new Error(`unsupported glob ${pattern}`);
  let matches = ["."];
  for (const part of pattern.slice(2).split("/")) {
    const name = new RegExp(`^${part.replace(/[.+^$()|\\]/g, "\\$&").replaceAll("*", "[^/]*")}$`);
    matches = matches.flatMap((prefix) =>
      part.includes("*")
        ? readdirSync(path.join(dir, prefix))
            .filter((entry) => name.test(entry))
            .sort()
            .map((entry) => `${prefix}/${entry}`)
        : existsSync(path.join(dir, prefix, part))
          ? [`${prefix}/${part}`]
          : [],
    );
  }
  return matches;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2);
  for (const name of names) if (!(name in BUNDLES)) throw new Error(`unknown bundle ${name}`);
  await buildBundles(names.length ? names : undefined);
}
