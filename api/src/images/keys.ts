// Image keys name an image's files in storage and in its public address. They are random (128
// bits), so an address cannot be guessed and nothing lists them: an uploaded image that was never
// attached to anything is reachable only by whoever uploaded it.
import { randomBytes } from "node:crypto";

export const newImageKey = () => randomBytes(16).toString("base64url");

/** Exactly the shape newImageKey makes: 22 characters of base64url. */
export const isImageKey = (key: string) => /^[A-Za-z0-9_-]{22}$/.test(key);
