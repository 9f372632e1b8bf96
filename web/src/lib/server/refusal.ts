// The site's answer to a request it will not handle at all (over the rate limit, an unreadable
// address): a short Dutch text, the same for pages, feeds and widget fragments. The hooks return it
// rather than throw: SvelteKit runs them outside its error handling for some addresses, where a
// thrown error would take the whole server down.

export function refusal(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(`${text}\n`, {
    status,
    headers: {
      "content-type": "text/plain; charset=utf-8",
      // The widget's loader fetches fragments from other origins; it can then say why it shows nothing.
      "access-control-allow-origin": "*",
      ...headers,
    },
  });
}
