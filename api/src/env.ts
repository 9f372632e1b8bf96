// The only reader of process.env in the API.
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().url("DATABASE_URL must be a postgresql:// URL"),
  API_PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  API_HOST: z.string().default("0.0.0.0"),
  /** Requests per client per minute; 0 switches the limit off. */
  API_RATE_LIMIT: z.coerce.number().int().min(0).default(300),
  /** Client addresses without a rate limit: by default the site's own server on this machine. */
  API_RATE_LIMIT_EXEMPT: z
    .string()
    .default("127.0.0.1,::1,::ffff:127.0.0.1")
    .transform((list) => list.split(",").map((address) => address.trim()).filter(Boolean)),
  /**
   * How many reverse proxies sit in front of the API, each adding to X-Forwarded-For (as Express's
   * `trust proxy` with a number). 0: the connection's own address is the client's.
   */
  TRUST_PROXY: z
    .string()
    .default("0")
    .transform((value) => (value === "false" ? 0 : Number(value)))
    .pipe(z.number({ error: "must be the number of proxies in front of the API, e.g. 1" }).int().min(0).max(10)),
  /** Where mail goes out; `npm start` runs a development mail server on this address when none is set. */
  SMTP_URL: z.string().url("SMTP_URL must be an smtp:// or smtps:// URL").default("smtp://localhost:1025"),
  /** The sender of the platform's mail. */
  MAIL_FROM: z.string().min(3).default("Techniek Loket <noreply@techniekloket.example>"),
  /** Public site, used for links in the API documentation and in mail. */
  WEB_URL: z.string().url().default("http://localhost:3000"),
});

export type Env = z.infer<typeof schema>;

function readEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    console.error(`The API cannot start; fix these settings:\n${problems}`);
    process.exit(1);
  }
  return parsed.data;
}

export const env = readEnv();
