import "server-only";
import { AppError } from "@/lib/errors";

/** Query parameters as a plain object; a repeated parameter is ambiguous, so it is refused. */
export function searchParamsObject(url: URL): Record<string, string> {
  const result: Record<string, string> = Object.create(null);
  for (const [name, value] of url.searchParams) {
    if (name in result)
      throw new AppError("INVALID", `The query parameter "${name.slice(0, 40)}" is given more than once.`);
    result[name] = value;
  }
  return { ...result };
}
