import { afterEach, describe, expect, it, vi } from "vitest";
import { database } from "@/lib/db";
import { checkHealth } from "./check-health";

// Each test starts well past the previous one's answers: an "up" stands for one second.
let clock = Date.now();
function later(): number {
  clock += 60_000;
  return clock;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("checkHealth", () => {
  it("probes arriving while one is in flight share its query", async () => {
    const query = vi.spyOn(database(), "query");
    const at = later();
    const answers = await Promise.all(Array.from({ length: 5 }, () => checkHealth(at)));
    expect(answers).toEqual(Array(5).fill({ ok: true, database: "up" }));
    expect(query).toHaveBeenCalledTimes(1);
    expect(query).toHaveBeenCalledWith("SELECT 1", []);
  });

  it("an up answer stands for one second; the first probe after it queries again", async () => {
    const at = later();
    await checkHealth(at);
    const query = vi.spyOn(database(), "query");
    await expect(checkHealth(at + 999)).resolves.toEqual({ ok: true, database: "up" });
    expect(query).not.toHaveBeenCalled();
    await expect(checkHealth(at + 1_000)).resolves.toEqual({ ok: true, database: "up" });
    expect(query).toHaveBeenCalledTimes(1);
  });

  it("an unreachable database is down for every probe waiting on it, is not kept, and the next probe asks again", async () => {
    const query = vi
      .spyOn(database(), "query")
      .mockRejectedValueOnce(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }));
    const at = later();
    const answers = await Promise.all([checkHealth(at), checkHealth(at)]);
    expect(answers).toEqual([
      { ok: false, database: "down" },
      { ok: false, database: "down" },
    ]);
    await expect(checkHealth(at + 1)).resolves.toEqual({ ok: true, database: "up" });
    expect(query).toHaveBeenCalledTimes(2);
  });

  it("an outage shows on the first probe after the last up answer's second", async () => {
    const at = later();
    await checkHealth(at);
    vi.spyOn(database(), "query").mockRejectedValueOnce(
      Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
    );
    await expect(checkHealth(at + 1_000)).resolves.toEqual({ ok: false, database: "down" });
  });

  it("an error that is not an outage reaches every waiting probe as an error, and is not kept", async () => {
    vi.spyOn(database(), "query").mockRejectedValueOnce(new Error("syntax error"));
    const at = later();
    const answers = await Promise.allSettled([checkHealth(at), checkHealth(at)]);
    expect(answers.map((answer) => answer.status)).toEqual(["rejected", "rejected"]);
    await expect(checkHealth(at + 1)).resolves.toEqual({ ok: true, database: "up" });
  });
});
