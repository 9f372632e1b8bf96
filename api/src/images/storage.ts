// Where the files of uploaded images live. One interface, so a bucket (S3 and the like) can take the
// file system's place by configuration without the rest of the API knowing.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export interface ImageStorage {
  /** Stores one width of an image; visible to `read` only once complete. */
  write(key: string, width: number, data: Buffer): Promise<void>;
  /** The stored bytes, or null when there are none. */
  read(key: string, width: number): Promise<Buffer | null>;
  /** Removes every width of an image; removing what is gone is no error. */
  remove(key: string): Promise<void>;
}

/** An image's files as `<dir>/<key>/<width>.webp`. */
export function fileStorage(dir: string): ImageStorage {
  const folder = (key: string) => path.join(dir, key);
  const file = (key: string, width: number) => path.join(folder(key), `${width}.webp`);
  return {
    async write(key, width, data) {
      await mkdir(folder(key), { recursive: true });
      // Written beside its final name and renamed: a reader never sees half a file.
      const temporary = path.join(folder(key), `.${width}.${randomBytes(6).toString("hex")}.tmp`);
      try {
        await writeFile(temporary, data, { flag: "wx" });
        await rename(temporary, file(key, width));
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    async read(key, width) {
      try {
        return await readFile(file(key, width));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async remove(key) {
      await rm(folder(key), { recursive: true, force: true });
    },
  };
}
