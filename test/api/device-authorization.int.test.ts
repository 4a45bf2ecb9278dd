import { describe, expect, it } from "vitest";
import { POST as postCode } from "@/app/api/v1/device/code/route";
import { POST as postToken } from "@/app/api/v1/device/token/route";
import { createAccountTokenApiSchema } from "@/lib/account-tokens/schemas";
import { db } from "@/lib/db";
import { actorFor, asSession, makePerson, makeTeam } from "@/test/factories";
import { digestDeviceCode, digestUserCode } from "@/lib/device-authorization/codes";
import {
  approveDeviceAuthorization,
  denyDeviceAuthorization,
} from "@/lib/device-authorization/decide-device-authorization";
import { describeDeviceAuthorization } from "@/lib/device-authorization/describe-device-authorization";
import { UNKNOWN_CODE_MESSAGE, USED_CODE_MESSAGE } from "@/lib/device-authorization/messages";
import { DEVICE_GRANT_TYPE, normalizeUserCode } from "@/lib/device-authorization/schemas";
import { USER_CODE_MISSES } from "@/lib/device-authorization/user-code-throttle";

// Both endpoints driven as Next.js calls them (a real Request), the approval through the domain
// function the /device action calls.

type Answer = { status: number; headers: Headers; json: Record<string, unknown> };

async function send(
  handler: (request: Request) => Promise<Response>,
  path: string,
  body: Record<string, string>,
  { form = false, ip = "198.51.100.20" } = {},
): Promise<Answer> {
  const request = new Request(`http://keyward.test/api/v1/device/${path}`, {
    method: "POST",
    headers: {
      "content-type": form ? "application/x-www-form-urlencoded" : "application/json",
      "x-forwarded-for": ip,
      "user-agent": "keyward-cli/test",
    },
    body: form ? new URLSearchParams(body).toString() : JSON.stringify(body),
  });
  const response = await handler(request);
  return { status: response.status, headers: response.headers, json: await response.json() };
}

async function start(clientName = "CLI on my-laptop") {
  const answer = await send(postCode, "code", { client_id: "keyward-cli", client_name: clientName });
  expect(answer.status).toBe(200);
  return answer.json as { device_code: string; user_code: string; verification_uri_complete: string };
}

function poll(deviceCode: string, overrides: Record<string, string> = {}, options = {}) {
  return send(
    postToken,
    "token",
    { grant_type: DEVICE_GRANT_TYPE, device_code: deviceCode, client_id: "keyward-cli", ...overrides },
    options,
  );
}

/** Moves the last poll into the past, so the next poll respects the interval. */
async function waitInterval(deviceCode: string) {
  await db().deviceAuthorization.update({
    where: { deviceCodeDigest: digestDeviceCode(deviceCode) },
    data: { lastPolledAt: new Date(Date.now() - 60_000) },
  });
}

function tokenInput(overrides: Record<string, unknown> = {}) {
  return createAccountTokenApiSchema.parse({
    name: "CLI on my-laptop",
    permissions: ["websites:read"],
    expiresAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
    ...overrides,
  });
}

function code(userCode: string) {
  return normalizeUserCode(userCode)!;
}

describe("POST /api/v1/device/code", () => {
  it("answers RFC 8628's fields, no-store and the API's security headers, in JSON and in a form body", async () => {
    for (const form of [false, true]) {
      const answer = await send(
        postCode,
        "code",
        { client_id: "keyward-cli", client_name: "CLI on box" },
        { form },
      );
      expect(answer.status).toBe(200);
      expect(answer.headers.get("cache-control")).toBe("no-store");
      // proxy.ts skips /api/v1: the adapter sets them itself.
      expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
      const json = answer.json;
      expect(Object.keys(json).sort()).toEqual(
        [
          "device_code",
          "expires_in",
          "interval",
          "user_code",
          "verification_uri",
          "verification_uri_complete",
        ].sort(),
      );
      expect(json.user_code).toMatch(/^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/);
      expect(json.verification_uri).toMatch(/\/device$/);
      expect(json.verification_uri_complete).toBe(`${json.verification_uri}?code=${json.user_code}`);
      expect(json).toMatchObject({ expires_in: 600, interval: 5 });
    }
  });

  it("stores only digests of both codes, with the client's name, address and a 10-minute expiry", async () => {
    const before = Date.now();
    const started = await start("CLI on digest-box");
    const rows = await db().deviceAuthorization.findMany({ where: { clientName: "CLI on digest-box" } });
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(Buffer.from(row.deviceCodeDigest)).toEqual(Buffer.from(digestDeviceCode(started.device_code)));
    expect(Buffer.from(row.userCodeDigest)).toEqual(Buffer.from(digestUserCode(code(started.user_code))));
    const stored = JSON.stringify(row, (_key, value: unknown) =>
      value instanceof Uint8Array ? Buffer.from(value).toString("hex") : value,
    );
    expect(stored).not.toContain(started.device_code);
    expect(stored).not.toContain(code(started.user_code));
    expect(row).toMatchObject({ requestIp: "198.51.100.20", status: "pending", sealedToken: null });
    expect(row.expiresAt.getTime() - before).toBeGreaterThanOrEqual(599_000);
    expect(row.expiresAt.getTime() - before).toBeLessThanOrEqual(601_000);
  });

  it("refuses an unknown client_id with invalid_client and a missing one with invalid_request", async () => {
    expect(await send(postCode, "code", { client_id: "someone-else" })).toMatchObject({
      status: 400,
      json: { error: "invalid_client" },
    });
    expect(await send(postCode, "code", {})).toMatchObject({
      status: 400,
      json: { error: "invalid_request" },
    });
    expect(
      await send(postCode, "code", { client_id: "keyward-cli", client_name: "x".repeat(81) }),
    ).toMatchObject({
      status: 400,
      json: { error: "invalid_request" },
    });
  });
});

describe("POST /api/v1/device/token", () => {
  it("answers authorization_pending until approved, then slow_down when polled faster than the interval (which grows by 5 s)", async () => {
    const started = await start();
    expect(await poll(started.device_code)).toMatchObject({
      status: 400,
      json: { error: "authorization_pending" },
    });
    const fast = await poll(started.device_code);
    expect(fast).toMatchObject({ status: 400, json: { error: "slow_down" } });
    expect(fast.headers.get("cache-control")).toBe("no-store");
    const row = await db().deviceAuthorization.findUniqueOrThrow({
      where: { deviceCodeDigest: digestDeviceCode(started.device_code) },
    });
    expect(row.interval).toBe(10);
    await waitInterval(started.device_code);
    expect(await poll(started.device_code, {}, { form: true })).toMatchObject({
      json: { error: "authorization_pending" },
    });
  });

  it("delivers the approved dft_ token exactly once; a second poll is expired_token", async () => {
    const person = await makePerson();
    const started = await start();
    const approved = await approveDeviceAuthorization(asSession(person.id), {
      userCode: code(started.user_code),
      token: tokenInput(),
    });
    expect(approved).toEqual({ tokenName: "CLI on my-laptop" });
    expect(JSON.stringify(approved)).not.toContain("dft_");

    const first = await poll(started.device_code);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("no-store");
    expect(Object.keys(first.json).sort()).toEqual(
      ["access_token", "expires_in", "scope", "token_id", "token_name", "token_type"].sort(),
    );
    expect(first.json).toMatchObject({
      token_type: "Bearer",
      scope: "websites:read",
      token_name: "CLI on my-laptop",
    });
    expect(first.json.access_token).toMatch(/^dft_/);
    expect(first.json.expires_in).toBeGreaterThan(90 * 86_400 - 60);
    expect(first.json.expires_in).toBeLessThanOrEqual(90 * 86_400);
    const actor = await actorFor(first.json.access_token as string);
    expect(actor.userId).toBe(person.id);
    expect(actor.principal).toMatchObject({ kind: "account-token", tokenId: first.json.token_id });

    const row = await db().deviceAuthorization.findUniqueOrThrow({
      where: { deviceCodeDigest: digestDeviceCode(started.device_code) },
    });
    expect(row).toMatchObject({
      status: "used",
      sealedToken: null,
      userId: person.id,
      tokenId: first.json.token_id,
    });
    await waitInterval(started.device_code);
    expect(await poll(started.device_code)).toMatchObject({ status: 400, json: { error: "expired_token" } });
  });

  it("omits expires_in for a token that never expires, and keeps the secret sealed until the poll", async () => {
    const person = await makePerson();
    const started = await start();
    await approveDeviceAuthorization(asSession(person.id), {
      userCode: code(started.user_code),
      token: tokenInput({ expiresAt: null, permissions: ["*"] }),
    });
    const row = await db().deviceAuthorization.findUniqueOrThrow({
      where: { deviceCodeDigest: digestDeviceCode(started.device_code) },
    });
    expect(row.status).toBe("approved");
    expect(row.sealedToken).toMatch(/^v1\./);
    expect(row.sealedToken).not.toContain("dft_");
    const answer = await poll(started.device_code);
    expect(answer.status).toBe(200);
    expect(answer.json).not.toHaveProperty("expires_in");
    expect(answer.json.scope).toBe("*");
    expect(row.sealedToken).not.toContain(answer.json.access_token as string);
  });

  it("answers access_denied once the person denied, and records the denial", async () => {
    const person = await makePerson();
    const started = await start();
    await denyDeviceAuthorization(asSession(person.id), { userCode: code(started.user_code) });
    expect(await poll(started.device_code)).toMatchObject({ status: 400, json: { error: "access_denied" } });
    const row = await db().deviceAuthorization.findUniqueOrThrow({
      where: { deviceCodeDigest: digestDeviceCode(started.device_code) },
    });
    const events = await db().auditEvent.findMany({ where: { targetId: row.id, action: "device.deny" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorUserId: person.id, credential: "session" });
    expect(await db().accountToken.count({ where: { userId: person.id } })).toBe(0);
  });

  it("answers expired_token after 10 minutes, and an approval then is refused", async () => {
    const person = await makePerson();
    const started = await start();
    await db().deviceAuthorization.update({
      where: { deviceCodeDigest: digestDeviceCode(started.device_code) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await poll(started.device_code)).toMatchObject({ status: 400, json: { error: "expired_token" } });
    await expect(
      approveDeviceAuthorization(asSession(person.id), {
        userCode: code(started.user_code),
        token: tokenInput(),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: UNKNOWN_CODE_MESSAGE });
    expect(await describeDeviceAuthorization(asSession(person.id), code(started.user_code))).toEqual({
      state: "unknown",
    });
  });

  it("answers unsupported_grant_type, invalid_request, invalid_client and invalid_grant", async () => {
    const started = await start();
    expect(await poll(started.device_code, { grant_type: "authorization_code" })).toMatchObject({
      status: 400,
      json: { error: "unsupported_grant_type" },
    });
    expect(
      await send(postToken, "token", { grant_type: DEVICE_GRANT_TYPE, client_id: "keyward-cli" }),
    ).toMatchObject({
      status: 400,
      json: { error: "invalid_request" },
    });
    expect(await send(postToken, "token", { device_code: started.device_code })).toMatchObject({
      status: 400,
      json: { error: "invalid_request" },
    });
    expect(await poll(started.device_code, { client_id: "other" })).toMatchObject({
      status: 400,
      json: { error: "invalid_client" },
    });
    expect(await poll("not-a-code-keyward-issued")).toMatchObject({
      status: 400,
      json: { error: "invalid_grant" },
    });
  });

  it("two polls racing for an approved code: exactly one receives the token", async () => {
    const person = await makePerson();
    const started = await start();
    await approveDeviceAuthorization(asSession(person.id), {
      userCode: code(started.user_code),
      token: tokenInput(),
    });
    const answers = await Promise.all([poll(started.device_code), poll(started.device_code)]);
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    expect(answers.filter((answer) => answer.status === 400)).toHaveLength(1);
  });

  it("answers invalid_request for a body that is neither a form nor a JSON object", async () => {
    for (const body of ["{not json", "[1,2]"]) {
      const response = await postToken(
        new Request("http://keyward.test/api/v1/device/token", {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.21" },
          body,
        }),
      );
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: "invalid_request" });
    }
  });

  it("is rate limited per client address", async () => {
    const ip = "198.51.100.99";
    let last: Answer | undefined;
    for (let i = 0; i < 31; i += 1) last = await send(postCode, "code", { client_id: "keyward-cli" }, { ip });
    expect(last).toMatchObject({ status: 429, json: { error: "rate_limited" } });
    expect(last!.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});

describe("approving on /device", () => {
  it("applies the create action's rules: a viewer cannot approve write permissions on a website they only view", async () => {
    const { viewer, website } = await makeTeam();
    const started = await start();
    await expect(
      approveDeviceAuthorization(asSession(viewer.id), {
        userCode: code(started.user_code),
        token: tokenInput({ permissions: ["websites:write"], websiteIds: [website._id] }),
      }),
    ).rejects.toMatchObject({ code: "INVALID", field: "permissions" });
    // Nothing happened: the code is still pending and can still be approved within the role.
    expect(await describeDeviceAuthorization(asSession(viewer.id), code(started.user_code))).toMatchObject({
      state: "pending",
      clientName: "CLI on my-laptop",
      requestIp: "198.51.100.20",
    });
    expect(await db().accountToken.count({ where: { userId: viewer.id } })).toBe(0);
    await approveDeviceAuthorization(asSession(viewer.id), {
      userCode: code(started.user_code),
      token: tokenInput({ permissions: ["websites:read"], websiteIds: [website._id] }),
    });
    const answer = await poll(started.device_code);
    expect(answer.status).toBe(200);
    expect(answer.json.scope).toBe("websites:read");
  });

  it("records token.create and device.approve in the approval's transaction, never the secret", async () => {
    const person = await makePerson();
    const started = await start();
    await approveDeviceAuthorization(asSession(person.id), {
      userCode: code(started.user_code),
      token: tokenInput(),
    });
    const answer = await poll(started.device_code);
    const events = await db().auditEvent.findMany({
      where: { actorUserId: person.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((event) => event.action)).toEqual(["token.create", "device.approve"]);
    expect(events[1]).toMatchObject({
      targetId: answer.json.token_id,
      metadata: { clientName: "CLI on my-laptop" },
    });
    expect(JSON.stringify(events)).not.toContain(answer.json.access_token as string);
  });

  it("refuses a code decided already, and says so on the page", async () => {
    const person = await makePerson();
    const started = await start();
    await denyDeviceAuthorization(asSession(person.id), { userCode: code(started.user_code) });
    await expect(
      approveDeviceAuthorization(asSession(person.id), {
        userCode: code(started.user_code),
        token: tokenInput(),
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: USED_CODE_MESSAGE });
    expect(await describeDeviceAuthorization(asSession(person.id), code(started.user_code))).toEqual({
      state: "used",
    });
  });

  it("a token cannot approve (account tokens are not sessions)", async () => {
    const person = await makePerson();
    const started = await start();
    const approved = await approveDeviceAuthorization(asSession(person.id), {
      userCode: code(started.user_code),
      token: tokenInput({ permissions: ["*"] }),
    });
    expect(approved.tokenName).toBe("CLI on my-laptop");
    const secret = (await poll(started.device_code)).json.access_token as string;
    const other = await start();
    await expect(
      approveDeviceAuthorization(await actorFor(secret), {
        userCode: code(other.user_code),
        token: tokenInput(),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("throttles user-code lookups against guessing: after the misses, even a right code waits", async () => {
    const person = await makePerson();
    const started = await start();
    for (let i = 0; i < USER_CODE_MISSES; i += 1)
      expect(await describeDeviceAuthorization(asSession(person.id), "BBBBBBBB")).toEqual({
        state: "unknown",
      });
    await expect(describeDeviceAuthorization(asSession(person.id), "BBBBBBBB")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(
      approveDeviceAuthorization(asSession(person.id), {
        userCode: code(started.user_code),
        token: tokenInput(),
      }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // Someone else is not slowed by that person's misses.
    const other = await makePerson();
    expect(await describeDeviceAuthorization(asSession(other.id), code(started.user_code))).toMatchObject({
      state: "pending",
    });
  });
});
