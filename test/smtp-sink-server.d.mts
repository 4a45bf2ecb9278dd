export type ReceivedMail = { from: string; to: string[]; data: string };

export type SmtpSink = { url: string; received: ReceivedMail[]; close: () => Promise<void> };

export function startSmtpSink(options?: { refuseRecipients?: boolean; port?: number }): Promise<SmtpSink>;
