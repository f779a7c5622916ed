// @ts-check
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "build/**",
      "generated/**",
      "node_modules/**",
      "public/**",
      "test-results/**",
      "playwright-report/**",
      "data/**",
      "vendor/**",
      "**/*.tmp.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": ["error", { allow: ["error", "warn"] }],
    },
  },
  {
    // One way to import app code: the ~ alias (relative paths only for what lies outside app/: generated/,
    // tests/, and the plain JS the server and scripts share with the app: scripts/lib/, data-version.mjs).
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^\\.{1,2}/(?!.*(generated|tests|scripts/lib)/)(?!(\\.\\./)+data-version\\.mjs$)",
              message: "Import app code through ~/.",
            },
          ],
        },
      ],
      // One way to read a form: readForm (app/utils/forms.ts) answers a malformed or hostile form with 400.
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.property.name='formData']", message: "Read forms with readForm()." },
      ],
    },
  },
  { files: ["app/utils/forms.ts"], rules: { "no-restricted-syntax": "off" } },
  {
    // The browser tests' test waits for hydration after each goto (tests/e2e/support/test.ts).
    files: ["tests/e2e/**/*.spec.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@playwright/test",
              importNames: ["test"],
              message: "Import test from ./support/test: it waits until the page is hydrated before a test acts.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["scripts/**", "bin/**", "tests/**", "*.config.*", "server.mjs", "app/cli/**"],
    rules: { "no-console": "off" },
  },
);
