import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { authorize, type Decision, type Operation } from "@/lib/access";
import { sessionActor, type Actor } from "@/lib/actor";
import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { requestInfo } from "@/lib/http/request-info";
import { getWebsite } from "@/lib/websites/get-website";
import type { WebsiteDto } from "@/lib/websites/website-dto";

export type LoadedWebsite = {
  actor: Actor;
  website: WebsiteDto;
  /** What lib/access says about this person doing `op` on this website right now. */
  decide: (op: Operation) => Decision;
};

/**
 * The website for this request's pages and layouts (loaded once per request). A website that does
 * not exist and one the person cannot see both render the same not-found page.
 */
export const loadWebsite = cache(async (websiteId: string): Promise<LoadedWebsite> => {
  const user = await requireUser();
  const actor = sessionActor(user.id, await requestInfo());
  let website: WebsiteDto;
  try {
    website = await getWebsite(actor, websiteId);
  } catch (error) {
    if (isAppError(error) && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND")) notFound();
    throw error;
  }
  return {
    actor,
    website,
    decide: (op) => authorize(actor.principal, op, { websiteId: website._id, role: website.role }),
  };
});

export type WebsiteParams = { params: Promise<{ websiteId: string }> };
