import { apiHeaders } from "@/lib/api/envelope";
import { openApiDocument } from "@/lib/api/openapi/document";

// Public: the document describes the API and holds nothing secret, so it needs no credential.
export function GET(): Response {
  const headers = apiHeaders();
  headers.set("Cache-Control", "public, max-age=300");
  return Response.json(openApiDocument(), { headers });
}
