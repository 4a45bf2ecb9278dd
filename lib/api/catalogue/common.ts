import "server-only";
import { z } from "zod";
import { idField } from "@/lib/utils/dto-fields";

/** DELETE of a configuration item (website, funnel, alert). */
export const deletedSchema = z.object({ _id: idField, deleted: z.literal(true) });
/** DELETE of a secret: it is refused from the next request on. */
export const revokedSchema = z.object({ _id: idField, revoked: z.literal(true) });
/** The raw secret, present only in the answer to a create or a roll. */
export const secretField = z.string().meta({ description: "The secret, shown this once: store it now." });
