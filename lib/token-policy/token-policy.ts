import "server-only";
import type { TokenPolicy } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Prisma } from "@/lib/db";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { tokenPolicySchema, type TokenPolicyDto, type TokenPolicyInput } from "./schemas";

type Tx = Prisma.TransactionClient;

/** No row: tokens reaching the website are as free as without policies. */
export const NO_POLICY: TokenPolicy = { maxLifetimeDays: null, mustExpire: false, allowAllWebsites: true };

function toDto(websiteId: string, row: (TokenPolicy & { updatedAt: Date }) | null): TokenPolicyDto {
  const { maxLifetimeDays, mustExpire, allowAllWebsites } = row ?? NO_POLICY;
  return {
    websiteId,
    maxLifetimeDays,
    mustExpire,
    allowAllWebsites,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

async function readPolicy(tx: Tx | ReturnType<typeof db>, websiteId: string) {
  return tx.websiteTokenPolicy.findUnique({ where: { websiteId } });
}

/** The website's token policy: anyone who may see its API keys may see it. */
export async function getTokenPolicy(actor: Actor, websiteId: string): Promise<TokenPolicyDto> {
  await requireWebsiteAccess(db(), actor, websiteId, "token-policy.read");
  return toDto(websiteId, await readPolicy(db(), websiteId));
}

/**
 * Sets the website's token policy (owner only). It applies to tokens created, edited or
 * regenerated from now on; tokens that no longer comply are listed (listPolicyViolations).
 */
export async function setTokenPolicy(
  actor: Actor,
  websiteId: string,
  input: TokenPolicyInput,
): Promise<TokenPolicyDto> {
  const policy = tokenPolicySchema.parse(input);
  return db().$transaction(async (tx) => {
    await requireWebsiteAccess(tx, actor, websiteId, "token-policy.write");
    const before = toDto(websiteId, await readPolicy(tx, websiteId));
    const row = await tx.websiteTokenPolicy.upsert({
      where: { websiteId },
      create: { websiteId, ...policy },
      update: policy,
    });
    const after = toDto(websiteId, row);
    await recordAudit(tx, actor, {
      action: "website.token-policy",
      websiteId,
      targetType: "website",
      targetId: websiteId,
      metadata: {
        before: { ...before, updatedAt: undefined },
        after: { ...after, updatedAt: undefined },
      },
    });
    return after;
  });
}
