import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { asSession, makeAccountToken, makeTeam, makeWebsite } from "@/test/factories";
import { UsageAggregator } from "./aggregator";
import { getTokenLeastPrivilege } from "./credential-usage";
import { leastPrivilege } from "./least-privilege";
import { writeUsageBatch } from "./write-batch";

// Issue 20 point 2: permissions held but not exercised in 30 days, from the recorded usage.

async function used(
  credentialId: string,
  calls: { operation: string; websiteId: string; status: number; at?: Date }[],
) {
  const aggregator = new UsageAggregator();
  for (const c of calls)
    aggregator.record({ credentialId, secret: "current", ip: null, at: c.at ?? new Date(), ...c });
  await writeUsageBatch(aggregator.drain());
}

describe("least privilege", () => {
  it("lists held permissions with no 2xx use in 30 days, and the used permissions and websites for a replacement", async () => {
    const { owner, website } = await makeTeam();
    const other = await makeWebsite(owner.id);
    const { token } = await makeAccountToken(owner.id, {
      permissions: ["analytics:read", "goals:read", "goals:write", "payments:read"],
      websiteIds: [website._id, other._id],
    });
    await used(token._id, [
      { operation: "getOverview", websiteId: website._id, status: 200 },
      { operation: "listGoals", websiteId: website._id, status: 403 }, // refused: not exercised
      {
        operation: "listPayments",
        websiteId: other._id,
        status: 200,
        at: new Date(Date.now() - 40 * 86_400_000),
      },
      { operation: "getToken", websiteId: "", status: 200 }, // needs no permission
    ]);
    const least = await getTokenLeastPrivilege(asSession(owner.id), token._id);
    expect(least).toEqual({
      unused: ["goals:read", "goals:write", "payments:read"],
      used: ["analytics:read"],
      websiteIds: [website._id],
    });
  });

  it("a `*` token holds every permission; websites outside a token's scope are never offered", () => {
    const least = leastPrivilege({ permissions: ["*"], allWebsites: false, websiteIds: ["a"] }, [
      { operation: "listGoals", websiteId: "a" },
      { operation: "listGoals", websiteId: "b" },
    ]);
    expect(least.used).toEqual(["goals:read"]);
    expect(least.unused).toContain("api-keys:write");
    expect(least.unused).not.toContain("goals:read");
    expect(least.websiteIds).toEqual(["a"]);
  });

  it("S100 another person's token: not found, nothing of its use leaks", async () => {
    const { owner, outsider } = await makeTeam();
    const { token } = await makeAccountToken(owner.id);
    await expect(getTokenLeastPrivilege(asSession(outsider.id), token._id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db().credentialUsage.count({ where: { credentialId: token._id } })).toBe(0);
  });
});
