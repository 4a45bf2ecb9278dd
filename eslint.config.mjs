import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // app/ is routing only: everything else may be imported by it, never the reverse (renaming a
    // route group must not break a component). Tests in test/ drive the route modules directly.
    files: ["**/*.{ts,tsx,mjs}"],
    ignores: ["app/**", "test/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/app/*", "../**/app/*"], message: "Only app/ may import from app/." }] },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "bench/bare-next/.next/**",
    "node_modules/**",
    "lib/db/generated/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
