// Black-box access to the API for tests: real HTTP semantics through `yoga.fetch`, no port.
import pg from "pg";
import { afterAll } from "vitest";
import { yoga as defaultYoga } from "../yoga.ts";

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function graphql<T = any>(
  query: string,
  variables: Record<string, unknown> = {},
  {
    yoga = defaultYoga,
    headers = {},
    peer = "192.0.2.200",
  }: { yoga?: { fetch: typeof defaultYoga.fetch }; headers?: Record<string, string>; /** The connection's address. */ peer?: string } = {},
): Promise<GraphQLResponse<T>> {
  const response = await yoga.fetch(
    "http://localhost/graphql",
    {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    },
    { req: { socket: { remoteAddress: peer } } },
  );
  const body = (await response.json()) as { data?: T; errors?: GraphQLResponse["errors"] };
  return { status: response.status, headers: response.headers, ...body };
}

/** Like graphql(), but fails the test on any error. */
export async function query<T = any>(source: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await graphql<T>(source, variables);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data!;
}

// Direct SQL for ground truth: tests compare the API with what the database holds.
const sqlClient = new pg.Client({ connectionString: process.env.DATABASE_URL });
let connected: Promise<void> | null = null;
export async function sql<R extends Record<string, any> = any>(text: string, values: unknown[] = []): Promise<R[]> {
  connected ??= sqlClient.connect().then(() => undefined);
  await connected;
  return (await sqlClient.query<R>(text, values)).rows;
}
afterAll(async () => {
  if (connected) await sqlClient.end();
});

export function decodeId(globalId: string) {
  const [type, id] = Buffer.from(globalId, "base64").toString("utf8").split(":");
  return { type, id: Number(id) };
}
