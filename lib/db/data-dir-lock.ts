import "server-only";
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";

// PGlite has no cross-process lock, and two processes on one data folder silently lose writes.
// An exclusive lock file (O_EXCL) beside the folder guards it; a lock left by a dead process on
// this host is recovered.

type LockOwner = { pid: number; host: string; startedAt: string };

export class DataDirLockedError extends Error {
  override name = "DataDirLockedError";
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(lockPath: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(lockPath, "utf8")) as Partial<LockOwner>;
    if (typeof owner.pid !== "number" || typeof owner.host !== "string") return null;
    return { pid: owner.pid, host: owner.host, startedAt: String(owner.startedAt) };
  } catch {
    return null;
  }
}

function tryCreate(lockPath: string): boolean {
  try {
    const fd = openSync(lockPath, "wx", 0o600);
    const owner: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
    writeSync(fd, JSON.stringify(owner));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/** Takes the lock for `dataDir` or throws DataDirLockedError naming the holder. Released on exit. */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(lockPath)) {
      const release = () => {
        if (readOwner(lockPath)?.pid === process.pid) unlinkSync(lockPath);
      };
      process.once("exit", release);
      return release;
    }
    const owner = readOwner(lockPath);
    if (owner && owner.pid === process.pid) return () => {};
    const stale = owner === null || (owner.host === hostname() && !isAlive(owner.pid));
    if (!stale) {
      throw new DataDirLockedError(
        `The embedded database at ${dataDir} is in use by process ${owner.pid} on ${owner.host} ` +
          `(since ${owner.startedAt}). Stop that process, or set KEYWARD_DATA_DIR to another folder.`,
      );
    }
    // Move the stale lock aside atomically, so two recovering processes cannot both delete it.
    try {
      renameSync(lockPath, `${lockPath}.stale-${process.pid}`);
      unlinkSync(`${lockPath}.stale-${process.pid}`);
    } catch {
      // Another process recovered it first; the next attempt decides.
    }
  }
  throw new DataDirLockedError(`Could not lock the embedded database at ${dataDir}.`);
}
