import "server-only";
import { NO_WEBSITE_ACCESS_MESSAGE } from "@/lib/access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * The settings a report reads: its currency and default timezone. A website deleted since the
 * access check answers like one the caller may not see.
 */
export async function reportWebsite(websiteId: string): Promise<{ currency: string; timezone: string }> {
  const website = await db().website.findUnique({
    where: { id: websiteId },
    select: { currency: true, timezone: true },
  });
  if (!website) throw new AppError("FORBIDDEN", NO_WEBSITE_ACCESS_MESSAGE);
  return website;
}
