// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    /** What an error page may show: a Dutch message, never a stack trace. */
    interface Error {
      message: string;
    }
  }
}

export {};
