import { apiHeaders } from "@/lib/api/envelope";
import { checkHealth } from "@/lib/health/check-health";

// Unauthenticated readiness probe: says nothing but whether the app can reach its database.
export async function GET(): Promise<Response> {
  const health = await checkHealth();
  return Response.json(
    { status: health.ok ? "ok" : "unavailable", database: health.database },
    { status: health.ok ? 200 : 503, headers: apiHeaders() },
  );
}
