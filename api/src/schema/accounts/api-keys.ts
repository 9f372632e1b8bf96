// API keys for partners: an organisation's admins (or the region's moderators) make one for the
// organisation, a moderator one for the whole region. The secret is returned once; the database
// keeps its SHA-256 and a short prefix to recognise it by. A key acts for the account that made it,
// with no more than that account may still do there, and only within its scopes (permissions.ts).
import type { ApiKey as ApiKeyRow, Prisma } from "@techniek-loket/db/client";
import { ApiKeyScope } from "@techniek-loket/db/enums";
import { z } from "zod";
import { recordChange } from "../../audit.ts";
import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import { ForbiddenError, NotFoundError, ValidationError } from "../../errors.ts";
import { mayManageEditors, mayModerateRegion } from "../../permissions.ts";
import { hashToken, newToken } from "../../tokens.ts";
import { describedEnum } from "../enums.ts";
import { Region } from "../geography/types.ts";
import { Organisation } from "../organisations/types.ts";
import type { Viewer } from "./sessions.ts";

/** Every secret starts so, which tells it from a session token and lets secret scanners find it. */
export const API_KEY_PREFIX = "tlk_";
/** How much of the secret is kept in clear to recognise the key by: "tlk_" and 8 characters. */
const SHOWN_LENGTH = API_KEY_PREFIX.length + 8;
/** A key's last use is written at most this often, not on every request. */
const LAST_USE_RESOLUTION_MS = 60_000;

export const ApiKeyScopeEnum = describedEnum("ApiKeyScope", ApiKeyScope, "What an API key may do besides reading what is public.", {
  SIGNUPS_READ: "Read the sign-ups, with contact data, of its organisation's (or region's) events.",
  EVENTS_WRITE: "Create, change, submit, cancel and delete events (and publish them where its maker may), and act on their sign-ups.",
  OFFERINGS_WRITE: "Create and change offering.",
});

/** The viewer an API key stands for, or null when it is unknown, revoked or expired. */
export async function viewerForApiKey(secret: string, now = new Date()): Promise<Viewer | null> {
  const key = await db.apiKey.findUnique({
    where: { secretHash: hashToken(secret) },
    include: {
      organisation: { select: { id: true, regionId: true, parentId: true } },
      createdBy: { select: { platformAdmin: true, editorships: true, moderatorships: true } },
    },
  });
  if (!key || key.revokedAt || (key.expiresAt && key.expiresAt <= now)) return null;
  const maker = key.createdBy;
  const moderates = (regionId: number) => maker.platformAdmin || maker.moderatorships.some((m) => m.regionId === regionId);
  const edits = (id: number | null) => maker.editorships.some((e) => e.organisationId === id);
  // The key works while its maker may still act there: an editor who left takes her keys' rights along.
  const { organisation } = key;
  const stillAllowed = organisation ? moderates(organisation.regionId) || edits(organisation.id) || edits(organisation.parentId) : moderates(key.regionId!);
  if (!stillAllowed) return null;
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USE_RESOLUTION_MS) {
    await db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: now } });
  }
  return {
    accountId: key.createdById,
    // No session: the mutations that end sessions are for persons only (the `person` scope).
    sessionId: "",
    platformAdmin: false,
    editorOf: new Map(organisation ? [[organisation.id, "EDITOR"]] : []),
    moderatorOf: new Set(key.regionId ? [key.regionId] : []),
    apiKey: { id: key.id, scopes: new Set(key.scopes) },
  };
}

const ApiKey = builder.prismaObject("ApiKey", {
  description: "A partner's key to the API, as its managers see it; never its secret.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Its id, for revokeApiKey." }),
    name: t.exposeString("name", { description: "What it is for, e.g. \"Website gemeente Oss\"." }),
    prefix: t.exposeString("prefix", { description: "The secret's first characters, to recognise the key by." }),
    scopes: t.field({ type: [ApiKeyScopeEnum], description: "What it may do.", resolve: (key) => key.scopes }),
    createdBy: t.string({ description: "Who made it (its rights are theirs).", select: { createdBy: { select: { name: true } } }, resolve: (key) => key.createdBy.name }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was made." }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true, description: "When it stops working; null for never." }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true, description: "When it was last used (to the minute); null for never." }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true, description: "When it was revoked; null while it works." }),
  }),
});

const keyList = { orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }] } satisfies Prisma.ApiKeyFindManyArgs;

builder.prismaObjectFields(Organisation, (t) => ({
  apiKeys: t.relation("apiKeys", {
    type: ApiKey,
    nullable: true,
    description: "Its API keys, working ones first: for its admins and the region's moderators; null for anyone else.",
    authScopes: (organisation) => ({ manageEditors: organisation.id }),
    unauthorizedResolver: () => null,
    query: keyList,
  }),
}));

builder.prismaObjectFields(Region, (t) => ({
  apiKeys: t.relation("apiKeys", {
    type: ApiKey,
    nullable: true,
    description: "Its region-wide API keys, working ones first: for its moderators; null for anyone else.",
    authScopes: (region) => ({ moderateRegion: region.id }),
    unauthorizedResolver: () => null,
    query: keyList,
  }),
}));

const CreatedApiKey = builder.objectRef<{ key: ApiKeyRow; secret: string }>("CreatedApiKey").implement({
  description: "A new key and its secret: shown this once, store it now.",
  fields: (t) => ({
    apiKey: t.field({ type: ApiKey, description: "The key as its list shows it.", resolve: (created) => created.key }),
    secret: t.exposeString("secret", { description: "Send it as `Authorization: Bearer <secret>`. It cannot be shown again." }),
  }),
});

const CreateApiKeyInput = builder.inputType("CreateApiKeyInput", {
  description: "A new API key: for one organisation, or (for moderators) for one region.",
  fields: (t) => ({
    name: t.string({ required: true, description: "What it is for, 2 to 100 characters." }),
    scopes: t.field({ type: [ApiKeyScopeEnum], required: true, description: "What it may do; at least one." }),
    organisation: t.globalID({ for: Organisation, required: false, description: "The organisation it is for (global ID); give this or region." }),
    region: t.globalID({ for: Region, required: false, description: "The region it is for (global ID), for its moderators; give this or organisation." }),
    expiresAt: t.field({ type: "DateTime", required: false, description: "When it stops working, in the future; omit for never." }),
  }),
  validate: z
    .object({
      name: z.string().trim().min(2, "name must be at least 2 characters").max(100, "name must be at most 100 characters"),
      scopes: z.array(z.string()).min(1, "scopes: choose at least one"),
      organisation: z.unknown().optional(),
      region: z.unknown().optional(),
      expiresAt: z.date().nullish(),
    })
    .refine((input) => !input.organisation !== !input.region, { message: "give either organisation or region", path: ["organisation"] })
    .refine((input) => !input.expiresAt || input.expiresAt.getTime() > Date.now(), { message: "expiresAt must be in the future", path: ["expiresAt"] }),
});

const errors = (name: string, what: string) => ({
  types: [ValidationError, ForbiddenError, NotFoundError],
  directResult: true as const,
  union: { name, description: `The result, or why ${what} failed.` },
});

/** The organisation's or region's facts, for the audit log and the rights. */
async function holderOf(key: { organisationId: number | null; regionId: number | null }) {
  if (key.organisationId) return db.organisation.findUniqueOrThrow({ where: { id: key.organisationId }, select: { id: true, regionId: true } });
  return { id: null, regionId: key.regionId! };
}

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreatedApiKey,
    description: "Makes an API key for an organisation (its admins and the region's moderators) or a region (its moderators). The secret is in the answer once.",
    args: { input: t.arg({ type: CreateApiKeyInput, required: true, description: "The key." }) },
    // Keys make no keys: `person` is a session's, never a key's.
    authScopes: (_root, { input }) =>
      input.organisation
        ? { $all: { person: true, manageEditors: Number(input.organisation.id) } }
        : { $all: { person: true, moderateRegion: Number(input.region?.id) } },
    errors: errors("CreateApiKeyResult", "making the key"),
    resolve: async (_root, { input }, { viewer }) => {
      const secret = `${API_KEY_PREFIX}${newToken()}`;
      const organisationId = input.organisation ? Number(input.organisation.id) : null;
      const regionId = input.region ? Number(input.region.id) : null;
      const holder = await holderOf({ organisationId, regionId });
      const key = await db.$transaction(async (tx) => {
        const created = await tx.apiKey.create({
          data: {
            name: input.name.trim(),
            prefix: secret.slice(0, SHOWN_LENGTH),
            secretHash: hashToken(secret),
            scopes: [...new Set(input.scopes)],
            organisationId,
            regionId,
            createdById: viewer!.accountId,
            expiresAt: input.expiresAt ?? null,
          },
        });
        await recordChange(tx, viewer!, {
          action: "api-key.create",
          subjectType: organisationId ? "Organisation" : "Region",
          subjectId: organisationId ?? regionId!,
          regionId: holder.regionId,
          after: { name: created.name, prefix: created.prefix, scopes: created.scopes, expiresAt: created.expiresAt },
        });
        return created;
      });
      return { key, secret };
    },
  }),
  revokeApiKey: t.prismaField({
    type: ApiKey,
    description: "Revokes an API key at once, for good. For those who may make it.",
    args: { id: t.arg.id({ required: true, description: "The key's id (ApiKey.id)." }) },
    errors: errors("RevokeApiKeyResult", "revoking the key"),
    authScopes: { person: true },
    resolve: async (query, _root, args, { viewer }) => {
      const id = Number(args.id);
      const key = Number.isSafeInteger(id) ? await db.apiKey.findUnique({ where: { id } }) : null;
      const holder = key && (await holderOf(key));
      const allowed = holder && (holder.id ? mayManageEditors(viewer, { id: holder.id, regionId: holder.regionId }) : mayModerateRegion(viewer, holder.regionId));
      // A key the viewer may not see is "not found", as one that does not exist.
      if (!key || !allowed) throw new NotFoundError("ApiKey");
      await db.$transaction(async (tx) => {
        await tx.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
        await recordChange(tx, viewer!, {
          action: "api-key.revoke",
          subjectType: key.organisationId ? "Organisation" : "Region",
          subjectId: key.organisationId ?? key.regionId!,
          regionId: holder.regionId,
          before: { name: key.name, prefix: key.prefix },
        });
      });
      return db.apiKey.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
