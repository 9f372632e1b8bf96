import { createServer } from "node:http";
import { env } from "./env.ts";
import { startWorker } from "./worker.ts";
import { yoga } from "./yoga.ts";

const server = createServer(yoga);
server.listen(env.API_PORT, env.API_HOST, () => {
  console.log(`API      http://localhost:${env.API_PORT}/graphql (GraphiQL in the browser)`);
});

// The background jobs (mail) run beside the API, on the same database.
const worker = await startWorker({
  databaseUrl: env.DATABASE_URL,
  smtpUrl: env.SMTP_URL,
  from: env.MAIL_FROM,
  log: (message) => console.error(`worker: ${message}`),
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close(() => void worker.stop().finally(() => process.exit(0)));
  });
}
