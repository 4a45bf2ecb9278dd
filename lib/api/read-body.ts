import "server-only";
import { AppError } from "@/lib/errors";

export const MAX_JSON_BYTES = 64 * 1024;

/** Reads a body of at most 64 KB as text without buffering more than that; trimmed. */
export async function readTextBody(request: Request): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BYTES) throw new AppError("TOO_LARGE", "The request body is larger than 64 KB.");
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_JSON_BYTES) {
      await reader.cancel();
      throw new AppError("TOO_LARGE", "The request body is larger than 64 KB.");
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8").trim();
}

/** Reads a JSON body of at most 64 KB without buffering more than that; empty → undefined. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await readTextBody(request);
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("INVALID", "The request body is not valid JSON.");
  }
}
