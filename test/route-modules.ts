import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { RouteHandler } from "@/lib/api/define-route";
import type { ApiOperation } from "@/lib/api/catalogue";

// The route modules under app/api/v1, found on disk (not from the catalogue), with the path
// each one serves in the catalogue's notation: app/api/v1/admin/websites/[websiteId]/route.ts
// serves /admin/websites/{websiteId}.

export const API_ROOT = join(process.cwd(), "app", "api", "v1");

export type RouteModule = { path: string; file: string; exports: Record<string, RouteHandler> };

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

export async function loadRouteModules(): Promise<RouteModule[]> {
  return Promise.all(
    routeFiles(API_ROOT).map(async (file) => {
      const folder = relative(API_ROOT, join(file, "..")).split(sep).join("/");
      const path = `/${folder}`.replace(/\[([^\]]+)\]/g, "{$1}");
      return { path, file, exports: (await import(file)) as Record<string, RouteHandler> };
    }),
  );
}

/** The handler a route module exports for `operation`. */
export function handlerFor(modules: RouteModule[], operation: ApiOperation): RouteHandler {
  const handler = modules.find((m) => m.path === operation.path)?.exports[operation.method];
  if (!handler) throw new Error(`no route module exports ${operation.method} ${operation.path}`);
  return handler;
}

/** The concrete URL path of `operation` with `params` filled in, and the query string. */
export function urlOf(
  operation: ApiOperation,
  params: Record<string, string>,
  query: Record<string, string> = {},
): string {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_m, name: string) =>
    encodeURIComponent(params[name] ?? ""),
  );
  const search = new URLSearchParams(query).toString();
  return `/api/v1${path}${search ? `?${search}` : ""}`;
}
