// The only reader of process.env in the API.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** Relative folders in settings are read from the repository's root, wherever the API was started. */
const repositoryRoot = fileURLToPath(new URL("../../", import.meta.url));

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
  /** Where uploaded images are stored (relative to the repository's root unless absolute). */
  IMAGE_DIR: z
    .string()
    .min(1)
    .default(".data/images")
    .transform((dir) => path.resolve(repositoryRoot, dir)),
  /** The API's own public origin, for the absolute addresses of images; defaults to this machine and API_PORT. */
  API_PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^/\s]+\/?$/, "API_PUBLIC_URL must be an origin such as https://api.example.org")
    .transform((url) => url.replace(/\/$/, ""))
    .optional(),
  /**
   * PDOK's Locatieserver up to its version (`.../v3_1`), which turns addresses into coordinates
   * where editors typed none; `off` switches geocoding off (saves then keep no coordinates).
   */
  GEOCODER_URL: z
    .string()
    .default("https://api.pdok.nl/bzk/locatieserver/search/v3_1")
    .refine((value) => value === "off" || /^https?:\/\/\S+$/.test(value), "GEOCODER_URL must be an http(s):// URL, or off")
    .transform((value) => (value === "off" ? null : value.replace(/\/+$/, ""))),
  /**
   * Event sign-ups (and booking requests) per hour, per client address and per e-mail address;
   * 0 switches the limit off.
   */
  SIGNUP_RATE_LIMIT: z.coerce.number().int().min(0).default(20),
  /**
   * Let the platform send webhooks to and read calendar feeds from private, loopback and
   * link-local addresses (and plain http). Only for tests and local setups.
   */
  OUTBOUND_ALLOW_PRIVATE: z
    .enum(["true", "false"], { error: "OUTBOUND_ALLOW_PRIVATE must be true or false" })
    .default("false")
    .transform((value) => value === "true"),
  /** Months after an event ends before its sign-ups' contact data is erased (counts stay). */
  SIGNUP_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
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
