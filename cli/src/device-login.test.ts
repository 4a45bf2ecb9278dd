import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { deviceLogin } from "./device-login";

// A fake server with the device-flow contract: /device/code answers a code, /device/token
// answers each queued reply in turn.

type Reply = { status: number; body: unknown };
let server: Server | undefined;

async function fakeServer(tokenReplies: Reply[], codeReply?: Reply) {
  const requests: { path: string; body: Record<string, unknown> }[] = [];
  server = createServer((request, response) => {
    let text = "";
    request.on("data", (chunk) => (text += chunk));
    request.on("end", () => {
      const path = request.url ?? "";
      requests.push({ path, body: JSON.parse(text || "{}") });
      const reply =
        path === "/api/v1/device/code"
          ? (codeReply ?? {
              status: 200,
              body: {
                device_code: "dev-123",
                user_code: "ABCD-EFGH",
                verification_uri: "http://x/device",
                verification_uri_complete: "http://x/device?code=ABCD-EFGH",
                expires_in: 600,
                interval: 2,
              },
            })
          : (tokenReplies.shift() ?? { status: 500, body: {} });
      response.writeHead(reply.status, { "content-type": "application/json" });
      response.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { base: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, requests };
}

afterEach(() => server?.close());

const pending = { status: 400, body: { error: "authorization_pending" } };
const granted = {
  status: 200,
  body: { access_token: "dft_x", token_type: "Bearer", scope: "*", token_id: "t1", token_name: "CLI on box" },
};

function run(base: string, sleeps: number[] = [], clock = { now: 0 }) {
  return deviceLogin(base, {
    clientName: "CLI on box",
    onCode: () => undefined,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock.now += ms;
    },
    now: () => clock.now,
  });
}

describe("deviceLogin (RFC 8628)", () => {
  it("asks for a code as keyward-cli, polls while pending, and answers the issued token", async () => {
    const { base, requests } = await fakeServer([pending, pending, granted]);
    const sleeps: number[] = [];
    await expect(run(base, sleeps)).resolves.toMatchObject({
      access_token: "dft_x",
      token_name: "CLI on box",
    });
    expect(requests[0]).toEqual({
      path: "/api/v1/device/code",
      body: { client_id: "keyward-cli", client_name: "CLI on box" },
    });
    expect(requests[1]).toEqual({
      path: "/api/v1/device/token",
      body: {
        grant_type: "urn:ietf:params:oauth:grant-type:device_code",
        device_code: "dev-123",
        client_id: "keyward-cli",
      },
    });
    expect(sleeps).toEqual([2000, 2000, 2000]);
  });

  it("slow_down adds 5 seconds to the interval for good", async () => {
    const { base } = await fakeServer([{ status: 400, body: { error: "slow_down" } }, pending, granted]);
    const sleeps: number[] = [];
    await run(base, sleeps);
    expect(sleeps).toEqual([2000, 7000, 7000]);
  });

  it("access_denied is exit 4, expired_token exit 3, each with a message", async () => {
    const denied = await fakeServer([{ status: 400, body: { error: "access_denied" } }]);
    await expect(run(denied.base)).rejects.toMatchObject({
      exitCode: 4,
      message: expect.stringMatching(/denied/),
    });
    server?.close();
    const expired = await fakeServer([{ status: 400, body: { error: "expired_token" } }]);
    await expect(run(expired.base)).rejects.toMatchObject({
      exitCode: 3,
      message: expect.stringMatching(/expired/),
    });
  });

  it("stops polling once the code's lifetime is over", async () => {
    const shortLived = {
      status: 200,
      body: {
        device_code: "d",
        user_code: "U",
        verification_uri: "http://x/device",
        expires_in: 20,
        interval: 2,
      },
    };
    const { base, requests } = await fakeServer(
      Array.from({ length: 40 }, () => pending),
      shortLived,
    );
    await expect(run(base)).rejects.toMatchObject({ exitCode: 3 });
    // 20 s at 2 s: 10 polls, then it gives up without asking again.
    expect(requests.filter((r) => r.path === "/api/v1/device/token")).toHaveLength(10);
  });

  it("a server without the device flow (404) points to login --token", async () => {
    const { base } = await fakeServer([], { status: 404, body: {} });
    await expect(run(base)).rejects.toThrow(/login --token/);
  });
});
