// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    /** What an error page may show: a Dutch message, never a stack trace. */
    interface Error {
      message: string;
    }
    interface Locals {
      /** The API session token from the session cookie (hooks.server.ts), null without one. */
      sessionToken: string | null;
    }
  }
}

export {};
