// The site's server: adapter-node's own (build/index.js reads PORT, HOST, SOCKET_PATH and the
// other settings, and shuts down gracefully), plus the headers every answer needs. adapter-node
// serves the static files (build/client: /_app/immutable/*, /favicon.svg) itself, before SvelteKit
// and its hooks see the request, and has no option for their headers; src/hooks.server.ts sets the
// headers of everything else.
// The editors' forms carry pictures of up to 8 MB each (the API's limit; the profile form has two),
// more than adapter-node's default body limit of 512 kB. Set before adapter-node reads it.
process.env.BODY_SIZE_LIMIT ??= "17M";
const { server } = await import("./build/index.js");

// Ahead of adapter-node's own listener, so the header is there before any handler writes the
// response. No request is read before this runs: build/index.js started listening, but the
// connections are accepted on a later turn of the event loop than the one that ends here.
server.server.prependListener("request", (_request, response) => {
  response.setHeader("X-Content-Type-Options", "nosniff");
});
