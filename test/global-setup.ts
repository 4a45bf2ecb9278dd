import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrate } from "@/lib/db/migrator";
import { pgSession } from "@/lib/db/sql-session";
import pg from "pg";
import {
  adminQuery,
  buildEmbeddedTemplate,
  databaseUrl,
  randomDatabaseName,
  type TemplateRef,
} from "./test-database";

declare module "vitest" {
  interface ProvidedContext {
    databaseTemplate: TemplateRef;
  }
}

// Migrates one template database per run; every test file then gets its own copy.
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dir = mkdtempSync(path.join(tmpdir(), "keyward-test-"));
    const tarball = path.join(dir, "template.tar");
    writeFileSync(tarball, await buildEmbeddedTemplate());
    project.provide("databaseTemplate", { kind: "embedded", tarball });
    return () => rmSync(dir, { recursive: true, force: true });
  }
  const template = randomDatabaseName("keyward_template");
  await adminQuery(serverUrl, `CREATE DATABASE "${template}"`);
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, template) });
  await client.connect();
  await migrate(pgSession(client));
  await client.end();
  project.provide("databaseTemplate", { kind: "postgres", serverUrl, template });
  return () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
}
