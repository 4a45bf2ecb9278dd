import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./unavailable";

function withProps(message: string, props: Record<string, unknown>): Error {
  return Object.assign(new Error(message), props);
}

// The shapes below were observed in the S74 integration test (test/database-outage.int.test.ts)
// or are the documented codes of Prisma, @prisma/adapter-pg, node-postgres and PostgreSQL.
const UNAVAILABLE: [string, unknown][] = [
  [
    "Prisma P1001 with the adapter's DatabaseNotReachable",
    withProps("Can't reach database server at 127.0.0.1:5432", {
      name: "PrismaClientKnownRequestError",
      code: "P1001",
      meta: {
        driverAdapterError: withProps("DatabaseNotReachable", {
          name: "DriverAdapterError",
          cause: { kind: "DatabaseNotReachable" },
        }),
      },
    }),
  ],
  [
    "Prisma P1017 server closed the connection",
    withProps("Server has closed the connection.", { code: "P1017" }),
  ],
  [
    "Prisma P2024 pool timeout",
    withProps("Timed out fetching a new connection from the connection pool.", { code: "P2024" }),
  ],
  [
    "Prisma P2028 transaction could not start or expired",
    withProps("Transaction API error: Unable to start a transaction in the given time.", { code: "P2028" }),
  ],
  [
    "Prisma P2010 raw query that could not reach the server",
    withProps("Raw query failed. Code: `N/A`. Message: `Can't reach database server at 127.0.0.1:5432`", {
      code: "P2010",
    }),
  ],
  [
    "adapter ConnectionClosed kind in a cause",
    withProps("ConnectionClosed", { name: "DriverAdapterError", cause: { kind: "ConnectionClosed" } }),
  ],
  [
    "adapter SocketTimeout kind",
    withProps("SocketTimeout", { name: "DriverAdapterError", cause: { kind: "SocketTimeout" } }),
  ],
  [
    "adapter TooManyConnections kind",
    withProps("TooManyConnections", { name: "DriverAdapterError", cause: { kind: "TooManyConnections" } }),
  ],
  ["pg: connection lost mid-query or mid-transaction", new Error("Connection terminated unexpectedly")],
  ["pg: connectionTimeoutMillis elapsed", new Error("Connection terminated due to connection timeout")],
  ["pg-pool: no client within connectionTimeoutMillis", new Error("timeout exceeded when trying to connect")],
  [
    "pg: client broken by an earlier error",
    new Error("Client has encountered a connection error and is not queryable"),
  ],
  ["pg-pool: pool already ended", new Error("Cannot use a pool after calling end on the pool")],
  [
    "socket ECONNREFUSED",
    withProps("connect ECONNREFUSED 127.0.0.1:5432", { code: "ECONNREFUSED", syscall: "connect" }),
  ],
  ["socket ECONNRESET", withProps("read ECONNRESET", { code: "ECONNRESET" })],
  ["DNS failure", withProps("getaddrinfo ENOTFOUND db.internal", { code: "ENOTFOUND" })],
  [
    "both addresses of localhost refused (AggregateError)",
    Object.assign(
      new AggregateError([withProps("connect ECONNREFUSED ::1:5432", { code: "ECONNREFUSED" })], ""),
      {},
    ),
  ],
  [
    "PostgreSQL 57P01 admin shutdown",
    withProps("terminating connection due to administrator command", { code: "57P01" }),
  ],
  ["PostgreSQL 57P03 starting up", withProps("the database system is starting up", { code: "57P03" })],
  ["PostgreSQL 08006 connection failure", withProps("connection failure", { code: "08006" })],
  ["PostgreSQL 53300 too many connections", withProps("sorry, too many clients already", { code: "53300" })],
  ["embedded PGlite closed (shutting down)", new Error("PGlite is closed")],
];

const AVAILABLE: [string, unknown][] = [
  ["a unique violation", withProps("Unique constraint failed on the fields: (`digest`)", { code: "P2002" })],
  [
    "a raw query syntax error",
    withProps('Raw query failed. Code: `42601`. Message: `syntax error at or near "x"`', { code: "P2010" }),
  ],
  [
    "a NOT NULL violation from PostgreSQL",
    withProps('null value in column "id" violates not-null constraint', { code: "23502" }),
  ],
  ["a serialization failure", withProps("could not serialize access", { code: "40001" })],
  ["a plain bug", new TypeError("Cannot read properties of undefined")],
  ["a string", "Connection terminated unexpectedly"],
  ["null", null],
  ["undefined", undefined],
];

describe("isDatabaseUnavailable", () => {
  it.each(UNAVAILABLE)("S74 %s → unavailable", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each(AVAILABLE)("S74 %s → not unavailable (stays a 4xx/500)", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("S74 does not loop on a cause cycle", () => {
    const error = new Error("a bug") as Error & { cause?: unknown };
    error.cause = error;
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
