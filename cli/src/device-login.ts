import { postJson } from "./api-client";
import { CliError } from "./errors";
import { EXIT } from "./exit-codes";

// OAuth 2.0 device authorization grant (RFC 8628) against the server's /api/v1/device/*: the
// person approves the code in a signed-in browser, the CLI polls until a `dft_` token arrives.

export const CLIENT_ID = "keyward-cli";
const GRANT_TYPE = "urn:ietf:params:oauth:grant-type:device_code";
/** RFC 8628 §3.5: on slow_down the interval grows by 5 seconds, for good. */
const SLOW_DOWN_SECONDS = 5;
const DEFAULT_INTERVAL_SECONDS = 5;

export type DeviceCode = {
  device_code: string;
  user_code: string;
  verification_uri: string;
  verification_uri_complete?: string;
  expires_in: number;
  interval?: number;
};

export type IssuedToken = {
  access_token: string;
  token_type: string;
  expires_in?: number;
  scope?: string;
  token_id?: string;
  token_name?: string;
};

export type DeviceLoginOptions = {
  clientName: string;
  /** Shows the code and URL to the person (and may open a browser). */
  onCode(code: DeviceCode): void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
};

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function describe(body: Record<string, unknown>, status: number): string {
  const text = body.error_description ?? body.message ?? body.error;
  return typeof text === "string" ? text : `the server answered ${status}`;
}

async function requestCode(apiBase: string, clientName: string): Promise<DeviceCode> {
  const { status, body } = await postJson(apiBase, "/device/code", {
    client_id: CLIENT_ID,
    client_name: clientName,
  });
  if (status === 404)
    throw new CliError(`${apiBase} does not offer device sign-in: use \`keyward login --token <dft_…>\`.`);
  if (status !== 200 || typeof body.device_code !== "string" || typeof body.user_code !== "string")
    throw new CliError(`Device sign-in could not start: ${describe(body, status)}.`);
  return body as unknown as DeviceCode;
}

export async function deviceLogin(apiBase: string, options: DeviceLoginOptions): Promise<IssuedToken> {
  const sleep = options.sleep ?? wait;
  const now = options.now ?? Date.now;
  const code = await requestCode(apiBase, options.clientName);
  options.onCode(code);
  const deadline = now() + code.expires_in * 1000;
  let interval = code.interval ?? DEFAULT_INTERVAL_SECONDS;
  for (;;) {
    await sleep(interval * 1000);
    if (now() > deadline) break;
    const { status, body } = await postJson(apiBase, "/device/token", {
      grant_type: GRANT_TYPE,
      device_code: code.device_code,
      client_id: CLIENT_ID,
    });
    if (status === 200 && typeof body.access_token === "string") return body as unknown as IssuedToken;
    switch (body.error) {
      case "authorization_pending":
        continue;
      case "slow_down":
        interval += SLOW_DOWN_SECONDS;
        continue;
      case "access_denied":
        throw new CliError("The sign-in was denied in the browser: no token was issued.", EXIT.forbidden);
      case "expired_token":
        throw new CliError(
          "The code expired before it was approved: run `keyward login` again.",
          EXIT.unauthenticated,
        );
      default:
        throw new CliError(`Device sign-in failed: ${describe(body, status)}.`);
    }
  }
  throw new CliError(
    "The code expired before it was approved: run `keyward login` again.",
    EXIT.unauthenticated,
  );
}
