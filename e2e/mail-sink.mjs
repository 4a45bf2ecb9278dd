// The e2e server's mail server: an SMTP sink (test/smtp-sink-server.mjs) whose messages the tests
// read over HTTP, `GET /messages` → [{ from, to, data }] (raw messages; test/smtp-sink.ts parses).
import { createServer } from "node:http";
import { startSmtpSink } from "../test/smtp-sink-server.mjs";

/** Starts the sink on `smtpPort` and its reader on `httpPort` (both on 127.0.0.1). */
export async function startMailSink(smtpPort, httpPort) {
  const sink = await startSmtpSink({ port: smtpPort });
  const reader = createServer((request, response) => {
    if (request.method !== "GET" || request.url !== "/messages") {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(sink.received));
  });
  await new Promise((resolve) => reader.listen(httpPort, "127.0.0.1", () => resolve(undefined)));
  // Both servers live as long as the launcher's process: exiting closes them.
  return { url: sink.url };
}
