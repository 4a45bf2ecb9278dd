import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";

/**
 * Runs one analytics statement with PostgreSQL's JIT off: the server compiles a statement its
 * planner thinks costly (a rollup read over a large website) for over a second, longer than the
 * statement itself takes. SET LOCAL ends with the transaction; the embedded database has no JIT
 * and accepts the setting.
 */
export function analyticsQuery<T>(sql: Prisma.Sql): Promise<T[]> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL jit = off`;
    return tx.$queryRaw<T[]>(sql);
  });
}
