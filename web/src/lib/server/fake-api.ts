// A fake API for a test file (msw): call fakeApi() at the top of the file and give each test its
// answers with `server.use(graphql.query("Name", ...))`. Handlers match GraphQL operations by name
// at any URL, so API_URL may point anywhere; a request no handler answers fails the test.
import { setupServer, type SetupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, vi } from "vitest";

export function fakeApi(): SetupServer {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    server.resetHandlers();
    // Tests silence the console where they expect a failure to be logged.
    vi.restoreAllMocks();
  });
  afterAll(() => server.close());
  return server;
}
