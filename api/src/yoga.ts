// The GraphQL HTTP handler. It never listens: server.ts does, tests call `yoga.fetch`.
import { createYoga } from "graphql-yoga";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createContext } from "./context.ts";
import { env } from "./env.ts";
import { exampleQueries } from "./example-queries.ts";
import { limits } from "./limits.ts";
import { rateLimit, type RateLimitOptions } from "./rate-limit.ts";
import { schema } from "./schema/index.ts";

export function createApi(options: { rateLimit?: RateLimitOptions } = {}) {
  return createYoga({
    schema,
    context: createContext,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    // Reads are public: any origin may query, no credentials are involved.
    cors: { origin: "*", methods: ["GET", "POST", "OPTIONS"], credentials: false, maxAge: 86400 },
    graphiql: { title: "Techniek Loket API", defaultQuery: exampleQueries },
    // GraphiQL's assets are served inline, so the explorer works without a CDN.
    renderGraphiQL,
    plugins: [
      maxAliasesPlugin({ n: limits.maxAliases }),
      rateLimit(options.rateLimit ?? { limit: env.API_RATE_LIMIT, trustProxy: env.TRUST_PROXY, exempt: env.API_RATE_LIMIT_EXEMPT }),
    ],
  });
}

export const yoga = createApi();
