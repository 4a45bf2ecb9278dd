import { afterAll, inject } from "vitest";
import { installDatabase } from "@/lib/db";
import { openTestDatabase } from "./test-database";

// Each integration test file runs against a database of its own.
const { database, dispose } = await openTestDatabase(inject("databaseTemplate"));
installDatabase(database);
afterAll(dispose);
