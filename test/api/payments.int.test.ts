import { describe, expect, it } from "vitest";
import * as paymentsRoute from "@/app/api/v1/payments/route";
import { db } from "@/lib/db";
import { first, makeApiWorld, request } from "@/test/api-world";
import { asSession } from "@/test/factories";
import { race } from "@/test/race";
import { PAYMENT_DUPLICATE_MESSAGE, PAYMENT_RECORDED_MESSAGE } from "@/lib/payments/messages";
import { recordPayment } from "@/lib/payments/record-payment";

const PAYMENT_FIELDS = [
  "_id",
  "amount",
  "createdAt",
  "currency",
  "customer_id",
  "datafast_visitor_id",
  "email",
  "renewal",
  "transaction_id",
  "websiteId",
].sort();

const post = (secret: string | undefined, body: unknown, query = "") =>
  request(paymentsRoute.POST, "POST", `/api/v1/payments${query}`, { secret, body });
const list = (secret: string | undefined, query = "") =>
  request(paymentsRoute.GET, "GET", `/api/v1/payments${query}`, { secret });
const base = { amount: 29.99, currency: "USD", transaction_id: "txn_1" };

describe("POST /api/v1/payments", () => {
  it("records a payment: amount in major units, stored exactly as integer minor units", async () => {
    const w = await makeApiWorld();
    const reply = await post(w.secrets.keyA, {
      ...base,
      datafast_visitor_id: "v-1",
      email: "jane@example.com",
      customer_id: "cus_1",
      renewal: true,
    });
    expect(reply.status).toBe(200);
    const payment = first(reply);
    expect(payment).toMatchObject({
      message: PAYMENT_RECORDED_MESSAGE,
      created: true,
      websiteId: w.A,
      amount: 29.99,
      currency: "USD",
      transaction_id: "txn_1",
      datafast_visitor_id: "v-1",
      email: "jane@example.com",
      customer_id: "cus_1",
      renewal: true,
    });
    const row = await db().payment.findUniqueOrThrow({ where: { id: payment._id as string } });
    expect(row.amountMinor).toBe(2999n);
  });

  it.each([
    [0.1, "USD", 10n],
    [0, "USD", 0n],
    [1234.5, "EUR", 123450n],
    [1000, "JPY", 1000n],
    [1.234, "KWD", 1234n],
    [1_000_000_000_000, "USD", 100_000_000_000_000n],
  ])("amount %s %s is stored as %s minor units and read back unchanged", async (amount, currency, minor) => {
    const w = await makeApiWorld();
    const reply = await post(w.secrets.keyA, { amount, currency, transaction_id: `t-${currency}` });
    expect(reply.status).toBe(200);
    expect(first(reply).amount).toBe(amount);
    expect((await db().payment.findFirstOrThrow({ where: { websiteId: w.A } })).amountMinor).toBe(minor);
  });

  it("a lower-case currency is upper-cased", async () => {
    const w = await makeApiWorld();
    expect(first(await post(w.secrets.keyA, { ...base, currency: "eur" })).currency).toBe("EUR");
  });

  it("is idempotent on transaction_id: the same payment again answers 200 with the stored one, one row", async () => {
    const w = await makeApiWorld();
    const created = first(await post(w.secrets.keyA, { ...base, datafast_visitor_id: "v" }));
    const again = await post(w.secrets.owner, { ...base, datafast_visitor_id: "v" }, `?websiteId=${w.A}`);
    expect(again.status).toBe(200);
    expect(first(again)).toMatchObject({
      _id: created._id,
      message: PAYMENT_DUPLICATE_MESSAGE,
      created: false,
      amount: 29.99,
    });
    expect(await db().payment.count({ where: { websiteId: w.A } })).toBe(1);
  });

  it("the same transaction_id with different values is 409; the stored payment is unchanged", async () => {
    const w = await makeApiWorld();
    await post(w.secrets.keyA, base);
    for (const change of [
      { amount: 30 },
      { currency: "EUR" },
      { datafast_visitor_id: "other" },
      { renewal: true },
      { email: "x@example.com" },
    ]) {
      const reply = await post(w.secrets.keyA, { ...base, ...change });
      expect(reply.status, JSON.stringify(change)).toBe(409);
      expect(reply.json.error?.code).toBe(409);
    }
    const rows = await db().payment.findMany({ where: { websiteId: w.A } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ amountMinor: 2999n, currency: "USD", visitorId: null, renewal: false });
  });

  it("transaction ids are per website: the same id on another website is another payment", async () => {
    const w = await makeApiWorld();
    expect(first(await post(w.secrets.keyA, base)).created).toBe(true);
    expect(first(await post(w.secrets.keyB, base)).created).toBe(true);
  });

  it("concurrent posts of one transaction_id store exactly one payment and all answer 200", async () => {
    const w = await makeApiWorld();
    const actor = asSession(w.member.id);
    // On PostgreSQL the calls queue behind a lock on the website row and are released together.
    const calls = Array.from(
      { length: 4 },
      () => () => recordPayment(actor, w.A, { ...base, transaction_id: "race" }),
    );
    const results = await race({ table: "Website", id: w.A, waiters: 4 }, calls);
    expect(results.map((r) => r.status)).toEqual(Array(4).fill("fulfilled"));
    const ids = new Set(results.map((r) => (r as PromiseFulfilledResult<{ _id: string }>).value._id));
    expect(ids.size).toBe(1);
    expect(
      results.filter((r) => (r as PromiseFulfilledResult<{ created: boolean }>).value.created),
    ).toHaveLength(1);
    expect(await db().payment.count({ where: { websiteId: w.A, transactionId: "race" } })).toBe(1);
  });

  it.each([
    ["S58 amount as a string", { ...base, amount: "29.99" }],
    ["negative amount", { ...base, amount: -1 }],
    ["S58 amount 1e20", { ...base, amount: 1e20 }],
    ["too many decimals for USD", { ...base, amount: 29.999 }],
    ["decimals for JPY", { ...base, amount: 10.5, currency: "JPY" }],
    ["a tiny amount (1e-7)", { ...base, amount: 1e-7 }],
    ["amount null", { ...base, amount: null }],
    ["unknown currency", { ...base, currency: "ABC" }],
    ["currency symbol", { ...base, currency: "$" }],
    ["missing transaction_id", { amount: 1, currency: "USD" }],
    ["empty transaction_id", { ...base, transaction_id: "" }],
    ["transaction_id over 255", { ...base, transaction_id: "t".repeat(256) }],
    ["transaction_id as a number", { ...base, transaction_id: 123 }],
    ["invalid email", { ...base, email: "not-an-email" }],
    ["renewal as a string", { ...base, renewal: "true" }],
    ["unknown field (refunded)", { ...base, refunded: true }],
    ["unknown field (websiteId)", { ...base, websiteId: "x" }],
  ])("400 for %s; nothing stored", async (_label, body) => {
    const w = await makeApiWorld();
    const reply = await post(w.secrets.keyA, body);
    expect(reply.status).toBe(400);
    expect(await db().payment.count({ where: { websiteId: w.A } })).toBe(0);
  });

  it("401 without a secret; 403 for a viewer, an outsider and a token without payments:write", async () => {
    const w = await makeApiWorld();
    const noSecret = await request(paymentsRoute.POST, "POST", `/api/v1/payments?websiteId=${w.A}`, {
      body: base,
      headers: { "x-forwarded-for": "198.51.100.71" },
    });
    expect(noSecret.status).toBe(401);
    const readOnly = await w.token(w.owner.id, ["payments:read"]);
    for (const secret of [w.secrets.viewer, w.secrets.outsider, readOnly])
      expect((await post(secret, base, `?websiteId=${w.A}`)).status).toBe(403);
    expect(await db().payment.count({ where: { websiteId: w.A } })).toBe(0);
  });

  it("S25 a df_ key of A naming B is refused; nothing lands on B", async () => {
    const w = await makeApiWorld();
    expect((await post(w.secrets.keyA, base, `?websiteId=${w.B}`)).status).toBe(403);
    expect(await db().payment.count({ where: { websiteId: w.B } })).toBe(0);
  });

  it("405 for PUT and DELETE", async () => {
    const w = await makeApiWorld();
    expect(
      (await request(paymentsRoute.PUT, "PUT", "/api/v1/payments", { secret: w.secrets.keyA, body: base }))
        .status,
    ).toBe(405);
    expect(
      (await request(paymentsRoute.DELETE, "DELETE", "/api/v1/payments", { secret: w.secrets.keyA })).status,
    ).toBe(405);
  });
});

describe("GET /api/v1/payments", () => {
  it("lists the website's payments newest first with DTO fields only; viewers may read", async () => {
    const w = await makeApiWorld();
    for (const id of ["a", "b", "c"]) await post(w.secrets.keyA, { ...base, transaction_id: id });
    const reply = await list(w.secrets.viewer, `?websiteId=${w.A}`);
    expect(reply.status).toBe(200);
    expect(reply.json.data?.map((p) => (p as { transaction_id: string }).transaction_id)).toEqual([
      "c",
      "b",
      "a",
    ]);
    for (const payment of reply.json.data ?? [])
      expect(Object.keys(payment as object).sort()).toEqual(PAYMENT_FIELDS);
  });

  it("S59 ?limit= is clamped to 1…100", async () => {
    const w = await makeApiWorld();
    await db().payment.createMany({
      data: Array.from({ length: 105 }, (_, i) => ({
        websiteId: w.A,
        transactionId: `t${i}`,
        amountMinor: 100n,
        currency: "USD",
      })),
    });
    expect((await list(w.secrets.keyA, "?limit=100000")).json.data).toHaveLength(100);
    expect((await list(w.secrets.keyA, "?limit=0")).json.data).toHaveLength(1);
    expect((await list(w.secrets.keyA, "?limit=ten")).status).toBe(400);
  });

  it("S29 a user of another website sees none of A's payments and is refused on A", async () => {
    const w = await makeApiWorld();
    await post(w.secrets.keyA, base);
    expect((await list(w.secrets.outsider, `?websiteId=${w.C}`)).json.data).toEqual([]);
    expect((await list(w.secrets.outsider, `?websiteId=${w.A}`)).status).toBe(403);
    expect((await list(w.secrets.keyB)).json.data).toEqual([]);
  });

  it("403 for a token without payments:read", async () => {
    const w = await makeApiWorld();
    const goalsOnly = await w.token(w.owner.id, ["goals:read"]);
    expect((await list(goalsOnly, `?websiteId=${w.A}`)).status).toBe(403);
  });
});
