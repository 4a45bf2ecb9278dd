import "server-only";
import { z } from "zod";

// Path parameters: anything that is not an id is refused before a query can see it.
const id = (label: string) => z.uuid({ error: `${label} is not a valid id.` });

export const tokenIdParams = z.object({ id: id("Token id") });
export const websiteParams = z.object({ websiteId: id("Website id") });
export const websiteKeyParams = z.object({ websiteId: id("Website id"), keyId: id("Key id") });
export const websiteMemberParams = z.object({ websiteId: id("Website id"), userId: id("User id") });
export const funnelParams = z.object({ websiteId: id("Website id"), funnelId: id("Funnel id") });
export const alertParams = z.object({ websiteId: id("Website id"), alertId: id("Alert id") });
