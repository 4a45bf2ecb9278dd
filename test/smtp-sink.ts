import { createServer, type AddressInfo, type Server } from "node:net";

// A tiny SMTP server for tests (node:net): speaks just enough SMTP to receive messages, and can
// refuse every recipient to play a failing mail server.

export type ReceivedMail = { from: string; to: string[]; data: string };

export type SmtpSink = { url: string; received: ReceivedMail[]; close: () => Promise<void> };

export async function startSmtpSink({ refuseRecipients = false } = {}): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const server: Server = createServer((socket) => {
    let buffer = "";
    let inData = false;
    let mail: ReceivedMail = { from: "", to: [], data: "" };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    const command = (line: string) => {
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
    socket.on("data", (chunk: string) => {
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
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    return Buffer.from(hexBytes(body.replace(/=\r\n/g, "")), "latin1").toString("utf8");
  }
  return body;
}

function hexBytes(value: string): string {
  return value.replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A header's value, unfolded, with RFC 2047 Q-encoded words decoded. */
function headerValue(headers: string, name: string): string {
  const raw = new RegExp(`^${name}: (.*(?:\r\n[ \t].*)*)`, "mi").exec(headers)?.[1] ?? "";
  const unfolded = raw.replace(/\?=\s+=\?/g, "?==?").replace(/\r\n[ \t]/g, " ");
  return unfolded.replace(/=\?UTF-8\?Q\?(.*?)\?=/gi, (_m, word: string) =>
    Buffer.from(hexBytes(word.replace(/_/g, " ")), "latin1").toString("utf8"),
  );
}

/** The message's headers, subject and its decoded text/plain and text/html parts (single-level multipart). */
export function parseMail(data: string): { headers: string; subject: string; text: string; html: string } {
  const split = data.indexOf("\r\n\r\n");
  const headers = data.slice(0, split);
  const boundary = /boundary="?([^"\r\n;]+)"?/i.exec(headers)?.[1];
  const parts = boundary ? data.slice(split + 4).split(`--${boundary}`) : [data];
  const result = { headers, subject: headerValue(headers, "Subject"), text: "", html: "" };
  for (const part of parts) {
    const end = part.indexOf("\r\n\r\n");
    if (end === -1) continue;
    const partHeaders = part.slice(0, end);
    const type = /content-type:\s*text\/(plain|html)/i.exec(partHeaders)?.[1]?.toLowerCase();
    const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(partHeaders)?.[1]?.toLowerCase() ?? "7bit";
    if (type === "plain") result.text = decodeBody(part.slice(end + 4).replace(/\r\n$/, ""), encoding);
    if (type === "html") result.html = decodeBody(part.slice(end + 4).replace(/\r\n$/, ""), encoding);
  }
  return result;
}
