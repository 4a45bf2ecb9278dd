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

// An Origin is "null" or scheme://host[:port]: short, printable, no path. Anything else (an 8 KB
// value, two joined headers, control characters) is refused here, before the app or its logs
// see it.
const MAX_ORIGIN_LENGTH = 1024;
const ORIGIN = /^(?:null|[a-z][a-z0-9+.-]*:\/\/[^\s/?#@\\,]+)$/i;

function badOrigin(value) {
  if (value === undefined) return false;
  return typeof value !== "string" || value.length > MAX_ORIGIN_LENGTH || !ORIGIN.test(value);
}

function refuse(response, status, message, headers = {}) {
  response.writeHead(status, { ...headers, "Content-Type": "application/json" });
  response.end(JSON.stringify({ status: "error", error: { code: status, message } }));
}

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  // TRACE, CONNECT and unknown methods never reach the app (Next.js answers them with a 500).
  if (!METHODS.has(request.method ?? "")) {
    refuse(response, 405, "Method not allowed.", { Allow: [...METHODS].join(", ") });
    return;
  }
  if (badOrigin(request.headers.origin)) {
    refuse(response, 400, "Malformed Origin header.");
    return;
  }
  if (!trustProxy) for (const name of FORWARDING_HEADERS) delete request.headers[name];
  void handle(request, response);
});
// Node closes an idle kept-alive socket after 5 s, so a client (or a load balancer, which keeps
// its own sockets for 60 s) that reuses one just then gets ECONNRESET. Idle sockets stay open
// longer than any such client keeps them; the header timeout must exceed it (Node's rule).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => {
  console.log(`[keyward] ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
});
