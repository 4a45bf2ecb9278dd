import { openApiDocument } from "@/lib/api/openapi/document";

// Public: the document describes the API and holds nothing secret, so it needs no credential.
export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
