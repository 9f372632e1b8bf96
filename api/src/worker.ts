// The platform's background jobs (graphile-worker on the platform's own PostgreSQL): it picks up
// a job as soon as the transaction that wrote it commits, and retries with backoff on failure.
// server.ts starts it beside the API.
import { Logger, parseCrontab, run, type Runner, type TaskList } from "graphile-worker";
import { deleteUnusedImages } from "./images/cleanup.ts";
import { imageStorage } from "./images/store.ts";
import { createMailer, type Mail, type MailSettings } from "./mail/mailer.ts";
import { SEND_MAIL } from "./mail/outbox.ts";
import { deleteExpired } from "./schema/accounts/sessions.ts";
import { eraseExpiredBookingContacts } from "./schema/bookings/tasks.ts";
import { eraseExpiredContactData, sendReminders } from "./schema/signups/tasks.ts";

export interface WorkerSettings extends MailSettings {
  databaseUrl: string;
  /** Where the worker's warnings and errors go; silent when omitted. */
  log?: (message: string) => void;
}

export async function startWorker({ databaseUrl, log, ...mail }: WorkerSettings): Promise<Runner> {
  const mailer = createMailer(mail);
  const taskList: TaskList = {
    [SEND_MAIL]: async (payload) => {
      await mailer.send(payload as Mail);
    },
    delete_expired: async () => deleteExpired(),
    signup_reminders: async () => void (await sendReminders()),
    contact_retention: async () => {
      await eraseExpiredContactData();
      await eraseExpiredBookingContacts();
    },
    delete_unused_images: async () => void (await deleteUnusedImages(imageStorage)),
  };
  const runner = await run({
    connectionString: databaseUrl,
    concurrency: 2,
    noHandleSignals: true,
    taskList,
    // Sign-up reminders hourly (two days ahead); erasing contact data past retention daily.
    parsedCronItems: parseCrontab(
      ["17 * * * * delete_expired", "43 * * * * delete_unused_images", "23 * * * * signup_reminders", "41 3 * * * contact_retention"].join("\n"),
    ),
    logger: new Logger(() => (level, message) => {
      if (level === "error" || level === "warning") log?.(message);
    }),
  });
  runner.promise.finally(() => mailer.close());
  return runner;
}
