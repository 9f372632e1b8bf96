// The outbox: a mail is a job written in the same transaction as the change that causes it, so a
// rolled-back change sends nothing and a committed one is never lost. The worker (worker.ts) sends.
import type { Mail } from "./mailer.ts";

/** Anything that runs raw SQL: the Prisma client or an interactive transaction. */
interface Sql {
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): Promise<number>;
}

export const SEND_MAIL = "send_mail";

export interface MailJobOptions {
  /** Replaces a waiting job with the same key instead of queueing another (e.g. one code per address). */
  key?: string;
  /** How often to try; a sign-in code is worthless after a few minutes. */
  maxAttempts?: number;
}

export async function enqueueMail(sql: Sql, mail: Mail, { key, maxAttempts = 10 }: MailJobOptions = {}) {
  await sql.$executeRaw`SELECT graphile_worker.add_job(${SEND_MAIL}, ${JSON.stringify(mail)}::json, job_key := ${key ?? null}, max_attempts := ${maxAttempts})`;
}
