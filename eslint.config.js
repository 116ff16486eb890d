// ESLint: TypeScript rules everywhere, React hooks rules for the web app, and the architecture's
// import boundaries (docs/architecture.md) enforced, not hoped for.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const NODE_IO = ["fs", "fs/promises", "path", "child_process", "net", "http", "https", "os", "worker_threads", "dgram", "cluster", "process", "stream", "readline", "zlib"];
const nodeIo = NODE_IO.flatMap((m) => [m, `node:${m}`]);

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "data/**", "tmp/**", "src/db/migrations/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // The domain is pure business logic: no database, server, web, documents, jobs, nor I/O.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: nodeIo.map((name) => ({ name, message: "Le domaine ne fait pas d'entrées-sorties : passez les données en paramètre." })),
          patterns: [
            {
              group: ["**/db", "**/db/**", "**/server", "**/server/**", "**/web", "**/web/**", "**/documents", "**/documents/**", "**/jobs", "**/jobs/**", "**/services", "**/services/**", "**/cli/**", "**/config"],
              message: "Le domaine ne dépend que de lui-même (voir docs/architecture.md).",
            },
            { group: ["drizzle-orm", "drizzle-orm/*", "fastify", "fastify/*", "pg", "@electric-sql/*", "react", "react-dom", "react-dom/*"], message: "Pas de framework ni de base dans le domaine." },
          ],
        },
      ],
    },
  },
  {
    // Routes call services; they never reach the database themselves.
    files: ["src/server/**/*.ts"],
    // Tests may look into the database to check what a route wrote.
    ignores: ["src/server/app.ts", "src/server/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/db/repositories/**", "**/db/schema", "drizzle-orm", "drizzle-orm/*"], message: "Une route passe par un service, jamais directement par la base." }] }],
    },
  },
  {
    // The web app talks only to the HTTP API.
    files: ["src/web/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/db/**", "**/server/**", "**/services/**", "**/cli/**", "**/config"], message: "L'application web ne parle qu'à l'API HTTP." }] }],
    },
  },
);
