import "server-only";
import { z } from "zod";
import { lookupIdField as id } from "@/lib/validation/lookup-id";

// Path parameters: any value, answered by the domain as a missing row when it names nothing.

export const tokenIdParams = z.object({ id: id("Token id") });
export const websiteParams = z.object({ websiteId: id("Website id") });
export const websiteKeyParams = z.object({ websiteId: id("Website id"), keyId: id("Key id") });
export const websiteMemberParams = z.object({ websiteId: id("Website id"), userId: id("User id") });
export const funnelParams = z.object({ websiteId: id("Website id"), funnelId: id("Funnel id") });
export const alertParams = z.object({ websiteId: id("Website id"), alertId: id("Alert id") });
