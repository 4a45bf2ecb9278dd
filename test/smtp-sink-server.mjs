import { createServer } from "node:net";

// A tiny SMTP server for tests (node:net): speaks just enough SMTP to receive messages, and can
// refuse every recipient to play a failing mail server. Plain JavaScript so that the e2e
// launcher (e2e/mail-sink.mjs) runs it too; test/smtp-sink.ts re-exports it with its parser.

/**
 * @param {{ refuseRecipients?: boolean, port?: number }} [options]
 * @returns {Promise<import("./smtp-sink-server.d.mts").SmtpSink>}
 */
export async function startSmtpSink({ refuseRecipients = false, port: wanted = 0 } = {}) {
  /** @type {import("./smtp-sink-server.d.mts").ReceivedMail[]} */
  const received = [];
  const server = createServer((socket) => {
    let buffer = "";
    let inData = false;
    let mail = { from: "", to: /** @type {string[]} */ ([]), data: "" };
    const reply = (/** @type {string} */ line) => socket.write(`${line}\r\n`);
    const command = (/** @type {string} */ line) => {
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === "EHLO" || verb === "HELO") return reply("250 sink.test");
      if (verb === "MAIL") {
        mail = { from: line.slice(10).trim(), to: [], data: "" };
        return reply("250 OK");
      }
      if (verb === "RCPT") {
        if (refuseRecipients) return reply("550 5.1.1 Mailbox unavailable");
        mail.to.push(line.slice(8).trim());
        return reply("250 OK");
      }
      if (verb === "DATA") {
        inData = true;
        return reply("354 End data with <CR><LF>.<CR><LF>");
      }
      if (verb === "QUIT") {
        reply("221 Bye");
        return socket.end();
      }
      return reply("250 OK");
    };
    socket.setEncoding("utf8");
    socket.on("error", () => undefined);
    socket.on("data", (/** @type {string} */ chunk) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end === -1) return;
          // Undo dot-stuffing.
          mail.data = buffer.slice(0, end).replace(/^\.\./gm, ".");
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(mail);
          reply("250 OK queued");
          continue;
        }
        const newline = buffer.indexOf("\r\n");
        if (newline === -1) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        command(line);
      }
    });
    reply("220 sink.test ESMTP");
  });
  await new Promise((resolve) => server.listen(wanted, "127.0.0.1", () => resolve(undefined)));
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
