import { createServer } from "node:http";
import { env } from "./env.ts";
import { yoga } from "./yoga.ts";

const server = createServer(yoga);
server.listen(env.API_PORT, env.API_HOST, () => {
  console.log(`API      http://localhost:${env.API_PORT}/graphql (GraphiQL in the browser)`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
