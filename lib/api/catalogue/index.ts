import "server-only";
import { ACCOUNT_OPERATIONS } from "./account";
import { CONFIGURATION_OPERATIONS } from "./configuration";
import type { ApiOperation } from "./operation";
import { WEBSITE_DATA_OPERATIONS } from "./website-data";
import { WEBSITE_OPERATIONS } from "./websites";

export * from "./operation";

/** Every REST operation under /api/v1, in the order the reference page lists them. */
export const CATALOGUE: readonly ApiOperation[] = Object.freeze([
  ...ACCOUNT_OPERATIONS,
  ...WEBSITE_OPERATIONS,
  ...WEBSITE_DATA_OPERATIONS,
  ...CONFIGURATION_OPERATIONS,
] as ApiOperation[]);
