import { beforeEach, describe, expect, it, vi } from "vitest";

// currentUser() against whatever next-auth's session lookup may hand back: only a session that
// names a user id and a session version that match a live user counts as signed in.

const getServerSession = vi.fn();
const findUnique = vi.fn();

vi.mock("next-auth", () => ({ getServerSession: (...args: unknown[]) => getServerSession(...args) }));
vi.mock("next/server", () => ({ connection: async () => undefined }));
vi.mock("next/navigation", () => ({ redirect: vi.fn() }));
vi.mock("@/lib/db", () => ({ db: () => ({ user: { findUnique } }) }));
vi.mock("./options", () => ({ authOptions: () => ({}) }));

const { currentUser } = await import("./session");

const live = { id: "user-1", email: "u@keyward.test", name: "U", sessionVersion: 3 };

beforeEach(() => {
  getServerSession.mockReset();
  findUnique.mockReset();
  findUnique.mockResolvedValue(live);
});

describe("currentUser", () => {
  it.each([
    ["a rejected lookup", () => Promise.reject(new Error("JWT decryption failed"))],
    ["an Error object", () => Promise.resolve(new Error("JWEDecryptionFailed"))],
    ["an error-shaped object", () => Promise.resolve({ error: "SessionRequired" })],
    ["{}", () => Promise.resolve({})],
    ["null", () => Promise.resolve(null)],
    ["a string", () => Promise.resolve("user-1")],
    ["no user id", () => Promise.resolve({ expires: "2099-01-01", sessionVersion: 3 })],
    ["an empty user id", () => Promise.resolve({ userId: "", sessionVersion: 3 })],
    ["a non-string user id", () => Promise.resolve({ userId: { id: "user-1" }, sessionVersion: 3 })],
    ["no session version", () => Promise.resolve({ userId: "user-1" })],
    ["a string session version", () => Promise.resolve({ userId: "user-1", sessionVersion: "3" })],
  ])("S52 treats %s as signed out, without a database lookup", async (_label, lookup) => {
    getServerSession.mockImplementation(lookup);
    await expect(currentUser()).resolves.toBeNull();
    expect(findUnique).not.toHaveBeenCalled();
  });

  it("S52 treats a session for a deleted user or an older session version as signed out", async () => {
    getServerSession.mockResolvedValue({ userId: "user-1", sessionVersion: 3 });
    findUnique.mockResolvedValueOnce(null);
    await expect(currentUser()).resolves.toBeNull();
    getServerSession.mockResolvedValue({ userId: "user-1", sessionVersion: 2 });
    await expect(currentUser()).resolves.toBeNull();
  });

  it("S52 a well-formed session of a live user is signed in (the refusals above are not blanket)", async () => {
    getServerSession.mockResolvedValue({ userId: "user-1", sessionVersion: 3 });
    await expect(currentUser()).resolves.toEqual({ id: "user-1", email: "u@keyward.test", name: "U" });
    expect(findUnique).toHaveBeenCalledWith(expect.objectContaining({ where: { id: "user-1" } }));
  });
});
