// Images through the API as the site and partners use it: uploads by the multipart request spec
// (real pictures made with sharp here), what is refused, what is stored and served, who may
// attach which image, and the hourly cleanup of unused ones.
import { mkdtempSync } from "node:fs";
import { readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";

// Before the API's modules read their settings (hence the imports below): this file's images go to a folder of its own.
const imageDir = (process.env.IMAGE_DIR = mkdtempSync(path.join(os.tmpdir(), "images-test-")));

const { yoga } = await import("../../yoga.ts");
const { sql } = await import("../../test/graphql.ts");
const { gid, idOf, signedInActors } = await import("../../test/actors.ts");
const { createSession } = await import("../accounts/sessions.ts");
const { deleteUnusedImages } = await import("../../images/cleanup.ts");
const { imageStorage } = await import("../../images/store.ts");

const { as, school } = await signedInActors();
const [{ id: editorId }] = await sql(`SELECT id FROM "Account" WHERE email = 'school@techniekloket.example'`);
const { token: editorToken } = await createSession(editorId);

const UPLOAD = `mutation($file: File!, $alt: String!) { uploadImage(file: $file, alt: $alt) {
  __typename ... on Image { id alt width height url small: url(width: 500) srcset sources { url width } }
  ... on ValidationError { problems { path message } } ... on Error { message } } }`;

/** Sends an upload as the GraphQL multipart request spec has it, as `token`'s account (anonymous without). */
async function upload(bytes: Buffer, { name = "foto.png", alt = "Leerlingen bouwen een windmolen", token = editorToken as string | null } = {}) {
  const body = new FormData();
  body.set("operations", JSON.stringify({ query: UPLOAD, variables: { file: null, alt } }));
  body.set("map", JSON.stringify({ 0: ["variables.file"] }));
  body.set("0", new Blob([new Uint8Array(bytes)]), name);
  // Encoded to bytes, as they arrive over HTTP (Yoga would take a FormData object as it is).
  const encoded = new Response(body);
  const headers = { accept: "application/json", "content-type": encoded.headers.get("content-type")!, ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const response = await yoga.fetch(
    "http://localhost/graphql",
    { method: "POST", body: new Uint8Array(await encoded.arrayBuffer()), headers },
    { req: { socket: { remoteAddress: "192.0.2.60" } } },
  );
  const answer = (await response.json()) as { data?: { uploadImage: any }; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: response.status, ...answer };
}

const picture = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 20 } } });
const png = (width: number, height: number) => picture(width, height).png().toBuffer();

const get = (pathname: string, method = "GET") => yoga.fetch(`http://localhost${pathname}`, { method }, { req: { socket: { remoteAddress: "192.0.2.61" } } });
const pathOf = (url: string) => new URL(url).pathname;

async function uploaded(bytes?: Buffer, options?: Parameters<typeof upload>[1]) {
  const result = await upload(bytes ?? (await png(1200, 800)), options);
  expect(result.data?.uploadImage.__typename).toBe("Image");
  return result.data!.uploadImage;
}

describe("uploading", () => {
  it("stores a PNG as WebP at the standard widths below its own, and answers with absolute addresses", async () => {
    const image = await uploaded(await png(2000, 1000));
    expect(image).toMatchObject({ alt: "Leerlingen bouwen een windmolen", width: 1600, height: 800 });
    expect(image.sources.map((source: { width: number }) => source.width)).toEqual([480, 960, 1600]);
    expect(image.url).toMatch(/^http:\/\/localhost:\d+\/images\/[A-Za-z0-9_-]{22}\/1600\.webp$/);
    expect(image.small).toMatch(/\/960\.webp$/);
    expect(image.srcset).toBe(image.sources.map((source: { url: string; width: number }) => `${source.url} ${source.width}w`).join(", "));
    const stored = await sharp(Buffer.from(await (await get(pathOf(image.sources[0].url))).arrayBuffer())).metadata();
    expect(stored).toMatchObject({ format: "webp", width: 480, height: 240 });
  });

  it("never enlarges a small picture", async () => {
    const image = await uploaded(await png(300, 200));
    expect(image).toMatchObject({ width: 300, height: 200 });
    expect(image.sources.map((source: { width: number }) => source.width)).toEqual([300]);
    expect(image.small).toMatch(/\/300\.webp$/);
  });

  it("turns a JPEG upright and drops its EXIF data, GPS position included", async () => {
    const jpeg = await picture(600, 400)
      .jpeg()
      .withExif({ IFD0: { Copyright: "Fotograaf" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 45/1 0/1" } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const original = await sharp(jpeg).metadata();
    expect(original.exif?.toString("latin1")).toContain("Fotograaf");
    expect(original.orientation).toBe(6);

    const image = await uploaded(jpeg, { name: "foto.jpg" });
    expect(image).toMatchObject({ width: 400, height: 600 });
    const files = await readdir(path.join(imageDir, pathOf(image.url).split("/")[2]));
    expect(files.sort()).toEqual(["400.webp"]);
    const stored = await sharp(Buffer.from(await (await get(pathOf(image.url))).arrayBuffer())).metadata();
    expect(stored).toMatchObject({ format: "webp", width: 400, height: 600 });
    expect(stored.exif).toBeUndefined();
    expect(stored.orientation).toBeUndefined();
    expect(stored.icc).toBeUndefined();
  });

  it("takes WebP too", async () => {
    const image = await uploaded(await picture(500, 500).webp().toBuffer(), { name: "x.webp" });
    expect(image.sources.map((source: { width: number }) => source.width)).toEqual([480, 500]);
  });

  it("reads the type from the bytes: text named .png, a GIF and a truncated PNG are refused", async () => {
    const refusals = [
      Buffer.from("Dit is geen afbeelding, al heet het bestand zo.\n"),
      await picture(20, 20).gif().toBuffer(),
      (await png(400, 400)).subarray(0, 200),
    ];
    for (const bytes of refusals) {
      expect((await upload(bytes, { name: "foto.png" })).data?.uploadImage).toMatchObject({
        __typename: "ValidationError",
        problems: [{ path: ["file"], message: "file must be a JPEG, PNG or WebP image" }],
      });
    }
    // An image with a JPEG's name and a PNG's bytes is a PNG, and fine.
    expect((await uploaded(await png(100, 100), { name: "foto.jpg" })).width).toBe(100);
  });

  it("refuses a file over 8 MB, and a request far over it before reading it", async () => {
    const big = Buffer.alloc(8 * 1024 * 1024 + 1, 7);
    expect((await upload(big)).data?.uploadImage.problems).toEqual([{ path: ["file"], message: "file must be at most 8 MB" }]);
    const huge = await upload(Buffer.alloc(17 * 1024 * 1024, 7));
    expect(huge).toMatchObject({ status: 413, errors: [{ message: expect.stringMatching(/^The request is larger than/) }] });
    expect(huge.data).toBeUndefined();
  });

  it("requires alt text", async () => {
    for (const alt of ["", "   "]) {
      expect((await upload(await png(50, 50), { alt })).data?.uploadImage.problems).toEqual([{ path: ["alt"], message: "alt is required: describe what the picture shows" }]);
    }
    expect((await upload(await png(50, 50), { alt: "x".repeat(301) })).data?.uploadImage.problems).toEqual([{ path: ["alt"], message: "alt must be at most 300 characters" }]);
  });

  it("refuses anonymous uploads and stores nothing for them", async () => {
    const [{ count: before }] = await sql(`SELECT count(*)::int AS count FROM "Image"`);
    const result = await upload(await png(50, 50), { token: null });
    expect(result.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect((await sql(`SELECT count(*)::int AS count FROM "Image"`))[0].count).toBe(before);
  });
});

describe("serving", () => {
  it("serves the files for a year, as WebP, not to be sniffed, rate-limited like the rest", async () => {
    const image = await uploaded();
    const response = await get(pathOf(image.url));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("ratelimit-limit")).toBeTruthy();
    const head = await get(pathOf(image.url), "HEAD");
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("answers 404 for anything else under /images", async () => {
    const [, , key] = pathOf((await uploaded()).url).split("/");
    for (const pathname of ["/images", "/images/", `/images/${key}`, `/images/${key}/`, `/images/${key}/961.webp`, `/images/${key}/960.png`, `/images/${"A".repeat(22)}/960.webp`, `/images/../package.json`, `/images/${key}/..%2F960.webp`]) {
      expect([pathname, (await get(pathname)).status]).toEqual([pathname, 404]);
    }
    expect((await get(`/images/${key}/960.webp`, "POST")).status).toBe(404);
  });
});

const EVENT = `__typename ... on Event { id version image { id alt width } } ... on ValidationError { problems { path message } } ... on Error { message }`;
const eventInput = (imageId: string | null) => ({
  title: "Techlab met foto",
  kind: "TECHLAB_SESSION",
  startsAt: "2027-05-10T08:30:00Z",
  endsAt: "2027-05-10T11:30:00Z",
  venue: { name: "Het Ambachtshuis", city: "Oss" },
  imageId,
});

describe("attaching", () => {
  it("attaches an editor's own upload to an event, keeps it on a save, removes it with null, and logs each", async () => {
    const image = await uploaded();
    const created = (await as("editorA", `mutation($o: ID!, $i: EventInput!) { createEvent(organisation: $o, input: $i) { ${EVENT} } }`, { o: school, i: eventInput(image.id) })).data.createEvent;
    expect(created.image).toEqual({ id: image.id, alt: image.alt, width: 1200 });
    const update = (version: number, imageId: string | null) =>
      as("editorA", `mutation($id: ID!, $v: Int!, $i: EventInput!) { updateEvent(id: $id, version: $v, input: $i) { ${EVENT} } }`, { id: created.id, v: version, i: eventInput(imageId) });
    const kept = (await update(created.version, image.id)).data.updateEvent;
    expect(kept.image.id).toBe(image.id);
    const removed = (await update(kept.version, null)).data.updateEvent;
    expect(removed.image).toBeNull();
    const log = await sql(`SELECT action, before->>'imageId' AS before, after->>'imageId' AS after FROM "AuditEntry" WHERE "subjectType" = 'Event' AND "subjectId" = $1 ORDER BY id`, [idOf(created.id)]);
    const imageId = String(idOf(image.id));
    expect(log).toEqual([
      { action: "event.create", before: null, after: imageId },
      { action: "event.update", before: imageId, after: imageId },
      { action: "event.update", before: imageId, after: null },
    ]);
  });

  it("lets no one attach an image someone else uploaded, except the region's moderators and admins", async () => {
    const image = await uploaded();
    const [{ id: companyId }] = await sql(`SELECT "organisationId" AS id FROM "OrganisationEditor" e JOIN "Account" a ON a.id = e."accountId" WHERE a.email = 'bedrijf@techniekloket.example' LIMIT 1`);
    const [{ version }] = await sql(`SELECT version FROM "Organisation" WHERE id = $1`, [companyId]);
    const save = (actor: string, field: "imageId" | "logoId") =>
      as(actor, `mutation($id: ID!, $v: Int!, $i: OrganisationInput!) { updateOrganisation(id: $id, version: $v, input: $i) {
        __typename ... on Organisation { version image { id } logo { id } } ... on ValidationError { problems { path message } } } }`, { id: gid("Organisation", companyId), v: version, i: { [field]: image.id } });
    expect((await save("editorB", "logoId")).data.updateOrganisation).toEqual({
      __typename: "ValidationError",
      problems: [{ path: ["input", "logoId"], message: "logoId: only images you uploaded can be used" }],
    });
    const offering = { title: "Bedrijfsbezoek met foto", kind: "COMPANY_VISIT", imageId: image.id };
    expect((await as("editorB", `mutation($o: ID!, $i: OfferingInput!) { createOffering(organisation: $o, input: $i) { __typename ... on ValidationError { problems { path } } } }`, { o: gid("Organisation", companyId), i: offering })).data.createOffering).toEqual({
      __typename: "ValidationError",
      problems: [{ path: ["input", "imageId"] }],
    });
    const byModerator = (await save("moderator", "logoId")).data.updateOrganisation;
    expect(byModerator).toMatchObject({ __typename: "Organisation", image: null, logo: { id: image.id } });
    // Once attached, its editors may keep it on a save.
    const kept = await as("editorB", `mutation($id: ID!, $v: Int!, $i: OrganisationInput!) { updateOrganisation(id: $id, version: $v, input: $i) { __typename } }`, {
      id: gid("Organisation", companyId),
      v: byModerator.version,
      i: { logoId: image.id },
    });
    expect(kept.data.updateOrganisation.__typename).toBe("Organisation");
  });

  it("refuses an image that does not exist", async () => {
    const result = await as("editorA", `mutation($o: ID!, $i: EventInput!) { createEvent(organisation: $o, input: $i) { ${EVENT} } }`, { o: school, i: eventInput(gid("Image", 999999)) });
    expect(result.data.createEvent.problems).toEqual([{ path: ["input", "imageId"], message: "imageId: no such image; upload it with uploadImage first" }]);
  });

  it("shows an unattached upload by its ID only to whoever uploaded it", async () => {
    const image = await uploaded();
    const seen = async (actor: string) => (await as(actor, `query($id: ID!) { node(id: $id) { id } }`, { id: image.id })).data.node !== null;
    expect({ uploader: await seen("editorA"), anonymous: await seen("anonymous"), other: await seen("editorB") }).toEqual({ uploader: true, anonymous: false, other: false });
  });
});

describe("cleaning up", () => {
  it("deletes images unused for a day, with their files, and keeps the ones in use and the new ones", async () => {
    const unused = await uploaded();
    const fresh = await uploaded();
    const used = await uploaded();
    await as("editorA", `mutation($o: ID!, $i: EventInput!) { createEvent(organisation: $o, input: $i) { __typename } }`, { o: school, i: eventInput(used.id) });
    await sql(`UPDATE "Image" SET "createdAt" = now() - interval '25 hours' WHERE id = ANY($1)`, [[idOf(unused.id), idOf(used.id)]]);

    expect(await deleteUnusedImages(imageStorage)).toBeGreaterThanOrEqual(1);
    const left = (await sql(`SELECT id FROM "Image" WHERE id = ANY($1)`, [[unused, fresh, used].map((image) => idOf(image.id))])).map((row) => row.id);
    expect(left.sort()).toEqual([idOf(fresh.id), idOf(used.id)].sort());
    expect((await get(pathOf(unused.url))).status).toBe(404);
    expect((await get(pathOf(used.url))).status).toBe(200);
    expect((await get(pathOf(fresh.url))).status).toBe(200);
  });
});
