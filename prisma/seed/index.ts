export async function seedDemoNetwork(_url: string, _options: { events?: number; log?: (m: string) => void }) {}
