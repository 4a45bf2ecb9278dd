import "server-only";
import { randomUUID } from "node:crypto";
import type { RequestInfo } from "@/lib/actor";
import { db } from "@/lib/db";
import { sessionCutoff } from "./session-policy";

/**
 * Records a new signed-in browser and returns its id (the session cookie carries it). The
 * person's sessions that lapsed unused are removed on the way, so the table stays small.
 */
export async function startSession(userId: string, request: RequestInfo, now = new Date()): Promise<string> {
  const id = randomUUID();
  await db().$transaction([
    db().session.deleteMany({ where: { userId, lastSeenAt: { lt: sessionCutoff(now) } } }),
    db().session.create({
      data: {
        id,
        userId,
        createdAt: now,
        lastSeenAt: now,
        authenticatedAt: now,
        ip: request.ip,
        userAgent: request.userAgent,
      },
    }),
  ]);
  return id;
}
