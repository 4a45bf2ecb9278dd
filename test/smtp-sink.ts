// The SMTP sink for tests, and a parser for what it receives.
export { startSmtpSink, type ReceivedMail, type SmtpSink } from "./smtp-sink-server.mjs";

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
