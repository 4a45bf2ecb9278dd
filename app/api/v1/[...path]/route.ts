import { errorResponse } from "@/lib/api/define-route";
import { AppError } from "@/lib/errors";

// Any /api/v1 path no route serves: the API's JSON error envelope, not the HTML 404 page.
function notFound(): Response {
  return errorResponse(new AppError("NOT_FOUND", "No such API endpoint. See /api/v1/openapi.json."));
}

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
