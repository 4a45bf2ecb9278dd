import "server-only";
import { z } from "zod";
import { idField } from "@/lib/utils/dto-fields";

/** The account profile as the API shows it (DataFast's shape: `image` is always null here). */
export const profileDtoSchema = z.object({
  _id: idField,
  name: z.string(),
  email: z.string(),
  image: z.null(),
});
export type ProfileDto = z.output<typeof profileDtoSchema>;
