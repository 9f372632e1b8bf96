// The GraphQL HTTP handler. It never listens: server.ts does, tests call `yoga.fetch`.
import { createFetch } from "@whatwg-node/fetch";
import { createYoga, type Plugin } from "graphql-yoga";
import { createContext } from "./context.ts";
import { env } from "./env.ts";
import { exampleQueries } from "./example-queries.ts";
import { renderExplorer, secureExplorerResponse } from "./explorer.ts";
import { rateLimit, type RateLimitOptions } from "./rate-limit.ts";
import { imageStorage } from "./images/store.ts";
import { serveImages } from "./images/serve.ts";
import { GRAPHQL_PATH, multipartLimits, requestGuards } from "./request-guards.ts";
import { schema } from "./schema/index.ts";

const securityHeaders: Plugin = {
  onResponse({ response }) {
    response.headers.set("X-Content-Type-Options", "nosniff");
    secureExplorerResponse(response);
  },
};

export function createApi(options: { rateLimit?: RateLimitOptions } = {}) {
  return createYoga({
    schema,
    context: createContext,
    graphqlEndpoint: GRAPHQL_PATH,
    // Node's fetch classes as Yoga uses them anyway, with bounds on multipart bodies (uploads).
    fetchAPI: createFetch({ formDataLimits: multipartLimits }),
    landingPage: false,
    // Reads are public: any origin may query, no credentials are involved.
    cors: { origin: "*", methods: ["GET", "POST", "OPTIONS"], credentials: false, maxAge: 86400 },
    graphiql: { title: "Techniek Loket API", defaultQuery: exampleQueries },
    renderGraphiQL: renderExplorer,
    plugins: [
      rateLimit(options.rateLimit ?? { limit: env.API_RATE_LIMIT, trustedProxies: env.TRUST_PROXY, exempt: env.API_RATE_LIMIT_EXEMPT }),
      // Before the guards, which answer 404 for every path but /graphql.
      serveImages(imageStorage),
      requestGuards(),
      securityHeaders,
    ],
  });
}

export const yoga = createApi();
