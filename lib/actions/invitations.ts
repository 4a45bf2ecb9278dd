"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { acceptInvitation } from "@/lib/team/accept-invitation";

// The token is the credential: it is parsed, digested and looked up by the domain, and it never
// goes into a log line, an error message or a redirect.

const acceptOrFail = defineAction(
  z.object({ token: z.string().max(64) }).strict(),
  async ({ actor }, input) => {
    const joined = await acceptInvitation(actor, input.token);
    // The new website appears in the header's switcher and the websites list.
    revalidatePath("/", "layout");
    return joined;
  },
);

/** Joins (idempotent) and lands on the website; only failures come back. Call inside startTransition. */
export async function acceptInvitationAction(input: { token: string }) {
  const result = await acceptOrFail(input);
  if (result.ok) redirect(`/websites/${result.data.websiteId}`);
  return result;
}
