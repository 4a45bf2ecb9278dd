import { apiHeaders, failure } from "@/lib/api/envelope";
import { requestInfoFrom } from "@/lib/http/request-info";
import { checkReportSignature } from "@/lib/leak-reports/verify-signature";
import { handleLeakReport, leakReportSchema } from "@/lib/leak-reports/handle-report";
import { logUnexpected } from "@/lib/log-unexpected";

// GitHub's secret-scanning partner endpoint: no bearer secret, the report's signature is its
// authentication. Outside the catalogue (its answer is GitHub's feedback array, not the envelope).

const MAX_BODY = 512 * 1024;

export async function POST(request: Request): Promise<Response> {
  const raw = await request.text();
  if (raw.length > MAX_BODY) return failure(413, "The report is too large.");
  const check = checkReportSignature(
    raw,
    request.headers.get("github-public-key-identifier"),
    request.headers.get("github-public-key-signature"),
  );
  if (check === "unconfigured")
    return failure(400, "Secret-scanning reports are not configured on this server.");
  if (check !== "ok") return failure(401, "The report's signature does not verify.");
  let matches;
  try {
    matches = leakReportSchema.parse(JSON.parse(raw));
  } catch {
    return failure(400, "The report must be a JSON array of {token, type, url, source}.");
  }
  try {
    return Response.json(await handleLeakReport(matches, requestInfoFrom(request.headers)), {
      headers: apiHeaders(),
    });
  } catch (error) {
    const id = logUnexpected("secret-scanning", error);
    return failure(500, `Internal error (reference ${id.slice(0, 8)}).`);
  }
}
