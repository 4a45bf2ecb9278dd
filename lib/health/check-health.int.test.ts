import { afterEach, describe, expect, it, vi } from "vitest";
import { database } from "@/lib/db";
import { checkHealth } from "./check-health";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("checkHealth", () => {
  it("probes arriving while one is in flight share its query; the next probe queries again", async () => {
    const query = vi.spyOn(database(), "query");
    const answers = await Promise.all(Array.from({ length: 5 }, () => checkHealth()));
    expect(answers).toEqual(Array(5).fill({ ok: true, database: "up" }));
    expect(query).toHaveBeenCalledTimes(1);
    expect(query).toHaveBeenCalledWith("SELECT 1", []);

    await expect(checkHealth()).resolves.toEqual({ ok: true, database: "up" });
    expect(query).toHaveBeenCalledTimes(2);
  });

  it("an unreachable database is down for every probe waiting on it, and the next probe asks again", async () => {
    const query = vi
      .spyOn(database(), "query")
      .mockRejectedValueOnce(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }));
    const answers = await Promise.all([checkHealth(), checkHealth()]);
    expect(answers).toEqual([
      { ok: false, database: "down" },
      { ok: false, database: "down" },
    ]);
    await expect(checkHealth()).resolves.toEqual({ ok: true, database: "up" });
    expect(query).toHaveBeenCalledTimes(2);
  });

  it("an error that is not an outage reaches every waiting probe as an error, and is not kept", async () => {
    vi.spyOn(database(), "query").mockRejectedValueOnce(new Error("syntax error"));
    const answers = await Promise.allSettled([checkHealth(), checkHealth()]);
    expect(answers.map((answer) => answer.status)).toEqual(["rejected", "rejected"]);
    await expect(checkHealth()).resolves.toEqual({ ok: true, database: "up" });
  });
});
