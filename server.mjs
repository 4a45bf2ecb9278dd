// Production launcher (`npm start`): Next.js with one change at the socket. Next keeps any
// X-Forwarded-* header a client sends and only fills in the socket address when none was sent,
// so a client could choose its own IP (dodging rate limits, forging audit entries) or host.
// Unless KEYWARD_TRUST_PROXY=1 says a reverse proxy in front sets them, they are dropped here and
// Next records the real socket address.
import { createServer } from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const trustProxy = process.env.KEYWARD_TRUST_PROXY === "1";
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const FORWARDING_HEADERS = [
  "forwarded",
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
];

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((request, response) => {
  // TRACE, CONNECT and unknown methods never reach the app (Next.js answers them with a 500).
  if (!METHODS.has(request.method ?? "")) {
    response.writeHead(405, { Allow: [...METHODS].join(", "), "Content-Type": "application/json" });
    response.end(JSON.stringify({ status: "error", error: { code: 405, message: "Method not allowed." } }));
    return;
  }
  if (!trustProxy) for (const name of FORWARDING_HEADERS) delete request.headers[name];
  void handle(request, response);
}).listen(port, hostname, () => {
  console.log(`[keyward] ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
});
