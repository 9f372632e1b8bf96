// Who edits which organisation, and who moderates which region. An organisation's admins and the
// region's moderators manage its editors; the moderators mark organisations as trusted; platform
// admins appoint moderators. An address without an account gets one (a name and the work address:
// nothing else is kept), so it can sign in with a code.
import type { Prisma } from "@techniek-loket/db/client";
import { z } from "zod";
import { recordChange } from "../../audit.ts";
import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../../errors.ts";
import { mayManageEditors } from "../../permissions.ts";
import { env } from "../../env.ts";
import { editorInvitationMail, moderatorInvitationMail } from "../../mail/messages.ts";
import { enqueueMail } from "../../mail/outbox.ts";
import { Region } from "../geography/types.ts";
import { Organisation } from "../organisations/types.ts";
import { normaliseEmail } from "./sign-in.ts";
import { EditorRoleEnum } from "./types.ts";

const errors = (name: string, what: string) => ({
  types: [ValidationError, ForbiddenError, NotFoundError, ConflictError],
  directResult: true as const,
  union: { name, description: `The result, or why ${what} failed.` },
});

const email = z.string().trim().max(254, "email must be at most 254 characters").email("email is not an e-mail address");
const name = z.string().trim().min(2, "name must be at least 2 characters").max(200, "name must be at most 200 characters");

/** The account with this address, created with this name when there is none. */
const accountFor = (tx: Prisma.TransactionClient, address: string, fullName: string) =>
  tx.account.upsert({ where: { email: normaliseEmail(address) }, update: {}, create: { email: normaliseEmail(address), name: fullName.trim() } });

builder.mutationFields((t) => ({
  setEditor: t.prismaField({
    type: Organisation,
    description: "Gives an address the right to edit an organisation (as EDITOR, or ADMIN who also manages editors), or changes its role. For the organisation's admins and the region's moderators.",
    args: {
      organisation: t.arg.globalID({ for: Organisation, required: true, description: "The organisation (global ID)." }),
      email: t.arg.string({ required: true, description: "The editor's work e-mail address.", validate: email }),
      name: t.arg.string({ required: true, description: "The editor's name (used when the address has no account yet).", validate: name }),
      role: t.arg({ type: EditorRoleEnum, required: true, description: "EDITOR or ADMIN." }),
    },
    authScopes: (_root, args) => ({ manageEditors: Number(args.organisation.id) }),
    errors: errors("SetEditorResult", "giving the right"),
    resolve: async (query, _root, args, { viewer }) => {
      const organisationId = Number(args.organisation.id);
      await db.$transaction(async (tx) => {
        const account = await accountFor(tx, args.email, args.name);
        const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { regionId: true, name: true } });
        const existing = await tx.organisationEditor.findUnique({ where: { accountId_organisationId: { accountId: account.id, organisationId } } });
        await tx.organisationEditor.upsert({
          where: { accountId_organisationId: { accountId: account.id, organisationId } },
          update: { role: args.role },
          create: { accountId: account.id, organisationId, role: args.role },
        });
        // A new editor hears of it by mail, with where to sign in.
        if (!existing) await enqueueMail(tx, editorInvitationMail({ to: account.email, organisation: organisation.name, signInUrl: `${env.WEB_URL}/inloggen` }));
        await recordChange(tx, viewer!, { action: "organisation.set-editor", subjectType: "Organisation", subjectId: organisationId, regionId: organisation.regionId, after: { email: account.email, role: args.role } });
      });
      return db.organisation.findUniqueOrThrow({ ...query, where: { id: organisationId } });
    },
  }),
  removeEditor: t.prismaField({
    type: Organisation,
    description: "Takes an address's right to edit an organisation away. For the organisation's admins and the region's moderators.",
    args: {
      organisation: t.arg.globalID({ for: Organisation, required: true, description: "The organisation (global ID)." }),
      email: t.arg.string({ required: true, description: "The editor's work e-mail address.", validate: email }),
    },
    authScopes: (_root, args) => ({ manageEditors: Number(args.organisation.id) }),
    errors: errors("RemoveEditorResult", "removing the editor"),
    resolve: async (query, _root, args, { viewer }) => {
      const organisationId = Number(args.organisation.id);
      await db.$transaction(async (tx) => {
        const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { regionId: true } });
        const { count } = await tx.organisationEditor.deleteMany({ where: { organisationId, account: { email: normaliseEmail(args.email) } } });
        if (!count) throw new NotFoundError("Editor");
        await recordChange(tx, viewer!, { action: "organisation.remove-editor", subjectType: "Organisation", subjectId: organisationId, regionId: organisation.regionId, before: { email: normaliseEmail(args.email) } });
      });
      return db.organisation.findUniqueOrThrow({ ...query, where: { id: organisationId } });
    },
  }),
  setOrganisationTrusted: t.prismaField({
    type: Organisation,
    description: "Marks an organisation as trusted (its editors publish events without review), or not. For the region's moderators.",
    args: {
      organisation: t.arg.globalID({ for: Organisation, required: true, description: "The organisation (global ID)." }),
      trusted: t.arg.boolean({ required: true, description: "Whether its events skip review." }),
    },
    authScopes: (_root, args) => ({ moderateOrganisation: Number(args.organisation.id) }),
    errors: errors("SetOrganisationTrustedResult", "changing it"),
    resolve: async (query, _root, args, { viewer }) => {
      const id = Number(args.organisation.id);
      await db.$transaction(async (tx) => {
        const after = await tx.organisation.update({ where: { id }, data: { trusted: args.trusted, version: { increment: 1 } }, select: { regionId: true, trusted: true } });
        await recordChange(tx, viewer!, { action: "organisation.trust", subjectType: "Organisation", subjectId: id, regionId: after.regionId, after: { trusted: after.trusted } });
      });
      return db.organisation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  setModerator: t.prismaField({
    type: Region,
    description: "Makes an address a moderator of a region (programme staff). For platform admins.",
    args: {
      region: t.arg.globalID({ for: Region, required: true, description: "The region (global ID)." }),
      email: t.arg.string({ required: true, description: "The moderator's work e-mail address.", validate: email }),
      name: t.arg.string({ required: true, description: "The moderator's name (used when the address has no account yet).", validate: name }),
    },
    authScopes: { platformAdmin: true },
    errors: errors("SetModeratorResult", "appointing the moderator"),
    resolve: async (query, _root, args, { viewer }) => {
      const regionId = Number(args.region.id);
      await db.$transaction(async (tx) => {
        const region = await tx.region.findUnique({ where: { id: regionId }, select: { name: true } });
        if (!region) throw new NotFoundError("Region");
        const account = await accountFor(tx, args.email, args.name);
        const existing = await tx.regionModerator.findUnique({ where: { accountId_regionId: { accountId: account.id, regionId } } });
        if (existing) return;
        await tx.regionModerator.create({ data: { accountId: account.id, regionId } });
        // A new moderator hears of it by mail, with where to sign in, as a new editor does.
        await enqueueMail(tx, moderatorInvitationMail({ to: account.email, region: region.name, signInUrl: `${env.WEB_URL}/inloggen` }));
        await recordChange(tx, viewer!, { action: "region.set-moderator", subjectType: "Region", subjectId: regionId, regionId, after: { email: account.email } });
      });
      return db.region.findUniqueOrThrow({ ...query, where: { id: regionId } });
    },
  }),
  removeModerator: t.prismaField({
    type: Region,
    description: "Ends an address's moderation of a region. For platform admins.",
    args: {
      region: t.arg.globalID({ for: Region, required: true, description: "The region (global ID)." }),
      email: t.arg.string({ required: true, description: "The moderator's work e-mail address.", validate: email }),
    },
    authScopes: { platformAdmin: true },
    errors: errors("RemoveModeratorResult", "removing the moderator"),
    resolve: async (query, _root, args, { viewer }) => {
      const regionId = Number(args.region.id);
      await db.$transaction(async (tx) => {
        const { count } = await tx.regionModerator.deleteMany({ where: { regionId, account: { email: normaliseEmail(args.email) } } });
        if (!count) throw new NotFoundError("Moderator");
        await recordChange(tx, viewer!, { action: "region.remove-moderator", subjectType: "Region", subjectId: regionId, regionId, before: { email: normaliseEmail(args.email) } });
      });
      return db.region.findUniqueOrThrow({ ...query, where: { id: regionId } });
    },
  }),
}));

const Editor = builder.objectRef<{ name: string; email: string; role: "EDITOR" | "ADMIN" }>("Editor").implement({
  description: "Someone who edits an organisation (work contact data, shown only to those who manage the editors).",
  fields: (t) => ({
    name: t.exposeString("name", { description: "Full name." }),
    email: t.exposeString("email", { description: "Work e-mail address." }),
    role: t.expose("role", { type: EditorRoleEnum, description: "EDITOR or ADMIN." }),
  }),
});

/** The editors of an organisation, for those who manage them. */
builder.prismaObjectFields("Organisation", (t) => ({
  editors: t.field({
    type: [Editor],
    description: "Its editors, for its admins and the region's moderators (an empty list for anyone else).",
    select: { id: true, regionId: true, editors: { select: { role: true, account: { select: { name: true, email: true } } }, orderBy: { account: { name: "asc" } } } },
    resolve: (organisation, _args, { viewer }) =>
      mayManageEditors(viewer, organisation) ? organisation.editors.map((editor) => ({ ...editor.account, role: editor.role })) : [],
  }),
}));
