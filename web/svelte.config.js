import adapter from "@sveltejs/adapter-node";

/** @type {import('@sveltejs/kit').Config} */
const config = {
  kit: {
    // `node server.js` (adapter-node's server plus headers for static files) listens on PORT.
    adapter: adapter(),
    // The site's own pages run only the scripts SvelteKit wrote for them: it adds a nonce to its
    // inline scripts (a hash on prerendered pages). No inline styles or style attributes, nothing
    // from other origins. The widget's routes (/embed/...) are endpoints with their own policy, so
    // other sites may still frame its iframe form; the site's pages may be framed only by itself.
    csp: {
      mode: "auto",
      directives: {
        "default-src": ["self"],
        "script-src": ["self"],
        "style-src": ["self"],
        // The one style attribute SvelteKit writes itself (its route announcer, sveltejs/kit#11993),
        // allowed by its hash: "position: absolute; left: 0; top: 0; clip: ...".
        "style-src-attr": ["unsafe-hashes", "sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo="],
        "img-src": ["self", "data:"],
        "object-src": ["none"],
        "base-uri": ["self"],
        "form-action": ["self"],
        "frame-ancestors": ["self"],
      },
    },
  },
};

export default config;
