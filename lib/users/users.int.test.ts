import { startSession } from "@/lib/auth/sessions/start-session";
import { describe, expect, it } from "vitest";
import { sessionActor } from "@/lib/actor";
import { db } from "@/lib/db";
import { makeUser, TEST_PASSWORD, uniqueSuffix } from "@/test/factories";
import { authenticate } from "./authenticate";
import { createUser } from "./create-user";
import { signOutEverywhere } from "./sign-out-everywhere";

const request = { ip: "127.0.0.1", userAgent: "vitest" };

describe("users", () => {
  it("stores emails lower-cased and refuses the same email in another case", async () => {
    const email = `Mixed.Case-${uniqueSuffix()}@Example.TEST`;
    const user = await makeUser({ email });
    expect(user.email).toBe(email.toLowerCase());
    await expect(
      createUser({ name: "Again", email: email.toUpperCase(), password: TEST_PASSWORD }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      field: "email",
    });
    expect(await db().user.count({ where: { email: email.toLowerCase() } })).toBe(1);
  });

  it("stores an argon2id hash, never the password", async () => {
    const user = await makeUser();
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(row.passwordHash).not.toContain(TEST_PASSWORD);
  });

  it("authenticates the right password, with the email in any case", async () => {
    const user = await makeUser();
    await expect(
      authenticate({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, request),
    ).resolves.toMatchObject({
      id: user.id,
    });
  });

  it.each([
    ["an empty email", { email: "", password: TEST_PASSWORD }],
    ["an empty password", { email: "someone@example.test", password: "" }],
    ["a 10 KB email", { email: `${"a".repeat(10_240)}@example.test`, password: TEST_PASSWORD }],
    ["no body", undefined],
    ["an unknown email", { email: "nobody-here@example.test", password: TEST_PASSWORD }],
  ])("refuses %s and changes nothing", async (_label, credentials) => {
    const before = await db().user.count();
    await expect(authenticate(credentials, request)).resolves.toBeNull();
    expect(await db().user.count()).toBe(before);
  });

  it("refuses a wrong password", async () => {
    const user = await makeUser();
    await expect(
      authenticate({ email: user.email, password: "wrong password!" }, request),
    ).resolves.toBeNull();
  });

  it("S35 sign out everywhere deletes every session record and is audited", async () => {
    const user = await makeUser();
    const sessionId = await startSession(user.id, request);
    await startSession(user.id, request);
    await signOutEverywhere({ ...sessionActor(user.id, request), sessionId });
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    const events = await db().auditEvent.findMany({
      where: { actorUserId: user.id, action: "account.sign-out-everywhere" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ ip: "127.0.0.1", userAgent: "vitest", credential: "session" });
  });

  it("keeps the audit trail append-only", async () => {
    const user = await makeUser();
    await signOutEverywhere(sessionActor(user.id, request));
    const event = await db().auditEvent.findFirstOrThrow({ where: { actorUserId: user.id } });
    await expect(
      db().auditEvent.update({ where: { id: event.id }, data: { action: "x" } }),
    ).rejects.toThrow();
    await expect(db().auditEvent.delete({ where: { id: event.id } })).rejects.toThrow();
  });
});
