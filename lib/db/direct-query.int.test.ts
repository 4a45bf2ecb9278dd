import { describe, expect, inject, it } from "vitest";
import { db, directQuery } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { makeUser } from "@/test/factories";
import { openTestDatabase } from "@/test/test-database";

// directQuery runs the API's hot statements straight on the driver, prepared by name (a PGlite
// protocol exchange of our own on the embedded database): these pin what that must keep.

describe("directQuery", () => {
  it("binds parameters and returns rows typed like Prisma's: dates, arrays, booleans, nulls", async () => {
    const user = await makeUser();
    const at = new Date("2026-01-02T03:04:05.678Z");
    const sql = `SELECT $1::uuid::text AS id, $2::timestamptz AS at, ARRAY['a', 'b'] AS list, $3::text IS NULL AS missing, email FROM "User" WHERE id = $1::uuid`;
    const rows = await directQuery<{ id: string; at: Date; list: string[]; missing: boolean; email: string }>(
      sql,
      [user.id, at, null],
    );
    expect(rows).toEqual([{ id: user.id, at, list: ["a", "b"], missing: true, email: user.email }]);
    // The second run is the prepared one.
    expect(await directQuery(sql, [user.id, at, "x"])).toEqual([{ ...rows[0], missing: false }]);
  });

  it("binds bytes as bytea and never splices values into the text", async () => {
    const bytes = new Uint8Array([0, 39, 92, 255]);
    const rows = await directQuery<{ hex: string; quote: string }>(
      `SELECT encode($1::bytea, 'hex') AS hex, $2::text AS quote`,
      [bytes, '\'); DROP TABLE "User"; --'],
    );
    expect(rows).toEqual([{ hex: "00275cff", quote: '\'); DROP TABLE "User"; --' }]);
  });

  it("a failing statement throws PostgreSQL's error and leaves the connection usable", async () => {
    const divide = `SELECT 1 / $1::int AS quotient`;
    await expect(directQuery(divide, [0])).rejects.toMatchObject({ code: "22012" });
    expect(await directQuery(divide, [1])).toEqual([{ quotient: 1 }]);
  });

  it("never runs inside somebody else's open transaction", async () => {
    const email = `uncommitted-${Date.now()}@example.test`;
    let inserted!: () => void;
    const insertedYet = new Promise<void>((resolve) => (inserted = resolve));
    const rolledBack = db()
      .$transaction(async (tx) => {
        await tx.user.create({ data: { email, name: "Ghost", passwordHash: "x" } });
        inserted();
        await new Promise((resolve) => setTimeout(resolve, 100));
        throw new Error("roll back");
      })
      .catch(() => "rolled back");
    await insertedYet;
    const seen = await directQuery<{ count: number }>(
      `SELECT count(*)::int AS count FROM "User" WHERE email = $1`,
      [email],
    );
    expect(seen).toEqual([{ count: 0 }]);
    expect(await rolledBack).toBe("rolled back");
  });

  it("on a closed database, fails as 'unavailable' (answered 503), not as a bug", async () => {
    const { database: closing, dispose } = await openTestDatabase(inject("databaseTemplate"));
    await closing.query(`SELECT 1`);
    await dispose();
    const error = await closing.query(`SELECT 1`).catch((caught: unknown) => caught);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });
});
