"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { createWebsite } from "@/lib/websites/create-website";
import { deleteWebsite } from "@/lib/websites/delete-website";
import { createWebsiteSchema, deleteWebsiteSchema, updateWebsiteSchema } from "@/lib/websites/schemas";
import { updateWebsite } from "@/lib/websites/update-website";

// The header's website switcher and the list live in the shared layout: refresh it after changes.
function refreshWebsites() {
  revalidatePath("/", "layout");
}

export const createWebsiteAction = defineAction(createWebsiteSchema, async ({ actor }, input) => {
  const website = await createWebsite(actor, input);
  refreshWebsites();
  return { _id: website._id };
});

export const updateWebsiteAction = defineAction(
  updateWebsiteSchema.extend({ websiteId: z.string() }),
  async ({ actor }, { websiteId, ...changes }) => {
    const website = await updateWebsite(actor, websiteId, changes);
    refreshWebsites();
    return website;
  },
);

const deleteWebsiteOrFail = defineAction(
  deleteWebsiteSchema.extend({ websiteId: z.string() }),
  async ({ actor }, { websiteId, confirmDomain }) => {
    await deleteWebsite(actor, websiteId, { confirmDomain });
    refreshWebsites();
    return null;
  },
  { sudo: true },
);

/**
 * Deletes, then redirects to the list from the server (outside defineAction's error mapping), so
 * the page of the deleted website is never rendered again. Call it inside startTransition.
 */
export async function deleteWebsiteAction(input: { websiteId: string; confirmDomain: string }) {
  const result = await deleteWebsiteOrFail(input);
  if (result.ok) redirect("/");
  return result;
}
