import adapter from "@sveltejs/adapter-node";

/** @type {import('@sveltejs/kit').Config} */
const config = {
  kit: {
    // `node build/index.js` listens on PORT (the start script sets it from WEB_PORT, default 3000).
    adapter: adapter(),
  },
};

export default config;
