import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { asSession, makeTeam } from "@/test/factories";
import { getDashboardSummary } from "./dashboard-summary";

describe("getDashboardSummary (the website's overview page)", () => {
  it("counts today and the 29 days before in the website's time zone, in total and per day", async () => {
    const { owner, viewer, website } = await makeTeam();
    await db().website.update({ where: { id: website._id }, data: { timezone: "Asia/Kathmandu" } });
    const now = new Date("2026-06-15T12:00:00Z");
    const at = (iso: string) => new Date(iso);
    await db().event.createMany({
      data: [
        // 2026-05-17 00:10 in Kathmandu (+05:45): the first day of the window.
        { websiteId: website._id, visitorId: "a", name: "signup", createdAt: at("2026-05-16T18:25:00Z") },
        // Five minutes earlier: the day before the window.
        { websiteId: website._id, visitorId: "z", name: "signup", createdAt: at("2026-05-16T18:10:00Z") },
        { websiteId: website._id, visitorId: "a", name: "click", createdAt: at("2026-06-15T11:00:00Z") },
        { websiteId: website._id, visitorId: "b", name: "click", createdAt: at("2026-06-15T11:30:00Z") },
      ],
    });

    const summary = await getDashboardSummary(asSession(viewer.id), website._id, "Asia/Kathmandu", now);
    expect(summary.overview).toMatchObject({
      startAt: "2026-05-16T18:15:00.000Z",
      timezone: "Asia/Kathmandu",
      visitors: 2,
      sessions: 3,
      goals: 3,
    });
    expect(summary.days).toHaveLength(30);
    expect(summary.days[0]).toEqual({ name: "17 May", timestamp: "2026-05-17T00:00:00+05:45", visitors: 1 });
    expect(summary.days.at(-1)).toMatchObject({ name: "15 Jun", visitors: 2 });
    expect(summary.days.reduce((sum, day) => sum + day.visitors, 0)).toBe(3);

    // The owner sees the same; someone without a role there sees nothing.
    expect(
      (await getDashboardSummary(asSession(owner.id), website._id, "Asia/Kathmandu", now)).overview,
    ).toEqual(summary.overview);
  });

  it("grid O1 someone with no role on the website is refused, as by the API", async () => {
    const { outsider, website } = await makeTeam();
    await expect(getDashboardSummary(asSession(outsider.id), website._id, "UTC")).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
