// Sending mail over SMTP (nodemailer). Only the mail worker sends; everything else writes jobs.
import nodemailer from "nodemailer";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Where replies go when not to the sender, e.g. the organiser who wrote the message. */
  replyTo?: string;
  /** Files to attach, as text (a mail job is JSON), e.g. an event's .ics. */
  attachments?: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  /** The file's text, e.g. an iCalendar. */
  content: string;
  /** Its MIME type, e.g. "text/calendar; charset=utf-8; method=PUBLISH". */
  contentType: string;
}

export interface MailSettings {
  /** smtp://host:port, or smtps://user:password@host:port. */
  smtpUrl: string;
  /** The sender, e.g. "Techniek Loket <noreply@techniekloket.example>". */
  from: string;
}

export function createMailer({ smtpUrl, from }: MailSettings) {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    send: (mail: Mail) => transport.sendMail({ from, ...mail }),
    close: () => transport.close(),
  };
}
