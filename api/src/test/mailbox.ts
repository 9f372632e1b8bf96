// A real SMTP server for tests (smtp-server, in this process): the API's worker sends to it over
// SMTP like to any other, and tests wait for a mail to arrive rather than sleep.
import type { Runner } from "graphile-worker";
import { simpleParser } from "mailparser";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll } from "vitest";
import { startWorker } from "../worker.ts";

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  replyTo: string;
  attachments: { filename: string; contentType: string; content: string }[];
}

export async function startMailbox() {
  const received: ReceivedMail[] = [];
  const waiting: { to: string; resolve: (mail: ReceivedMail) => void }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((parsed) => {
          const to = [parsed.to ?? []].flat().flatMap((address) => address.value.map((entry) => entry.address ?? ""))[0] ?? "";
          const attachments = parsed.attachments.map((file) => ({ filename: file.filename ?? "", contentType: file.contentType, content: file.content.toString("utf8") }));
          const replyTo = parsed.replyTo?.value[0]?.address ?? "";
          const mail = { to, subject: parsed.subject ?? "", text: parsed.text ?? "", html: typeof parsed.html === "string" ? parsed.html : "", replyTo, attachments };
          received.push(mail);
          for (const waiter of waiting.filter((w) => w.to === to)) waiter.resolve(mail);
          done();
        })
        .catch(done);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** The next mail to this address (or one already here that `since` has not seen). */
    nextMailTo(to: string, since = received.length): Promise<ReceivedMail> {
      const already = received.slice(since).find((mail) => mail.to === to);
      if (already) return Promise.resolve(already);
      return new Promise((resolve) => waiting.push({ to, resolve }));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type Mailbox = Awaited<ReturnType<typeof startMailbox>>;

/** For a test file: a mailbox, and the platform's worker sending this file's database's mail to it. */
export function useMailbox(): { readonly current: Mailbox } {
  const holder = {} as { current: Mailbox };
  let worker: Runner;
  beforeAll(async () => {
    holder.current = await startMailbox();
    worker = await startWorker({ databaseUrl: process.env.DATABASE_URL!, smtpUrl: holder.current.url, from: "Techniek Loket <noreply@techniekloket.example>" });
  });
  afterAll(async () => {
    await worker.stop();
    await holder.current.close();
  });
  return holder;
}
