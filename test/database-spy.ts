import { database, installDatabase } from "@/lib/db";

export type Spy = { calls: string[]; writes: Promise<unknown>[]; failWrites: boolean; restore(): void };

/**
 * Swaps in a database that records every Prisma property and every direct statement the code
 * under test reaches for, so a test can prove "no query" or "exactly one lookup", await
 * last-used writes, or make them fail.
 */
export function spyOnDatabase(): Spy {
  const real = database();
  const spy: Spy = { calls: [], writes: [], failWrites: false, restore: () => installDatabase(real) };
  const prisma = new Proxy(real.prisma, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== "string") return value;
      spy.calls.push(property);
      if (property === "$executeRaw") {
        return (...args: unknown[]) => {
          const write = spy.failWrites
            ? Promise.reject(new Error("disk full"))
            : (target.$executeRaw as (...a: unknown[]) => Promise<number>)(...args);
          spy.writes.push(write.catch(() => {}));
          return write;
        };
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  const query: typeof real.query = (sql, params) => {
    spy.calls.push(`query ${sql.trim().split(/\s+/)[0]}`);
    return real.query(sql, params);
  };
  installDatabase({ ...real, prisma, query });
  return spy;
}
