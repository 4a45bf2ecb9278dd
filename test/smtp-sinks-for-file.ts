import { afterAll, beforeAll } from "vitest";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";

/** An SMTP sink that accepts and one that refuses every recipient, for the tests of one file. */
export function smtpSinksForFile(): { accepting: SmtpSink; refusing: SmtpSink } {
  const sinks = {} as { accepting: SmtpSink; refusing: SmtpSink };
  beforeAll(async () => {
    [sinks.accepting, sinks.refusing] = await Promise.all([
      startSmtpSink(),
      startSmtpSink({ refuseRecipients: true }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([sinks.accepting.close(), sinks.refusing.close()]);
  });
  return sinks;
}
