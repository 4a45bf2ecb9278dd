// The reference for `npm run bench -- http`: a route handler answering JSON with no proxy, no
// database and nothing else, what Next.js itself costs per request.
export function GET() {
  return Response.json({ status: "ok" });
}
