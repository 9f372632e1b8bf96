// Editing events. Each mutation declares who may call it (auth scopes, permissions.ts); the
// service keeps the rules of the data. Expected failures come back as typed results.
import { z } from "zod";
import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../../errors.ts";
import { Organisation } from "../organisations/types.ts";
import { EventInput } from "./inputs.ts";
import { changeStatus, createEvent, deleteEvent, updateEvent } from "./service.ts";
import { Event } from "./types.ts";

const errors = (name: string) => ({
  types: [ValidationError, ForbiddenError, NotFoundError, ConflictError],
  directResult: true as const,
  union: { name, description: `The event, or why ${name.replace(/Result$/, "").replace(/([A-Z])/g, " $1").trim().toLowerCase()} failed.` },
});

const reason = (what: string) => z.string().trim().min(3, `${what} must be at least 3 characters`).max(2000, `${what} must be at most 2000 characters`);

/** Reloads the event with what the query asks for. */
const reload = (query: object, id: number) => db.event.findUniqueOrThrow({ ...query, where: { id } });

builder.mutationFields((t) => ({
  createEvent: t.prismaField({
    type: Event,
    description: "Creates an event as a draft of an organisation the viewer edits. Submit it to have it published.",
    args: {
      organisation: t.arg.globalID({ for: Organisation, required: true, description: "The organising organisation (global ID)." }),
      input: t.arg({ type: EventInput, required: true, description: "The event's details." }),
    },
    authScopes: (_root, args) => ({ addEvents: Number(args.organisation.id) }),
    errors: errors("CreateEventResult"),
    resolve: async (query, _root, args, { viewer }) => reload(query, (await createEvent(viewer!, Number(args.organisation.id), args.input)).id),
  }),
  updateEvent: t.prismaField({
    type: Event,
    description: "Replaces an event's details. `version` is the version the editor loaded: if someone saved since, the result is a ConflictError and nothing changes.",
    args: {
      id: t.arg.globalID({ for: Event, required: true, description: "The event (global ID)." }),
      version: t.arg.int({ required: true, description: "The event's `version` as loaded." }),
      input: t.arg({ type: EventInput, required: true, description: "The event's new details." }),
    },
    authScopes: (_root, args) => ({ editEvent: Number(args.id.id) }),
    errors: errors("UpdateEventResult"),
    resolve: async (query, _root, args, { viewer }) => reload(query, (await updateEvent(viewer!, Number(args.id.id), args.version, args.input)).id),
  }),
  submitEvent: t.prismaField({
    type: Event,
    description: "Submits a draft (or a rejected event) for publication. Editors of a trusted organisation, moderators and admins publish it at once.",
    args: { id: t.arg.globalID({ for: Event, required: true, description: "The event (global ID)." }) },
    authScopes: (_root, args) => ({ editEvent: Number(args.id.id) }),
    errors: errors("SubmitEventResult"),
    resolve: async (query, _root, args, { viewer }) => reload(query, (await changeStatus(viewer!, Number(args.id.id), "submit")).id),
  }),
  publishEvent: t.prismaField({
    type: Event,
    description: "Publishes an event (a moderator of its region, or an admin).",
    args: { id: t.arg.globalID({ for: Event, required: true, description: "The event (global ID)." }) },
    authScopes: (_root, args) => ({ moderateEvent: Number(args.id.id) }),
    errors: errors("PublishEventResult"),
    resolve: async (query, _root, args, { viewer }) => reload(query, (await changeStatus(viewer!, Number(args.id.id), "publish")).id),
  }),
  rejectEvent: t.prismaField({
    type: Event,
    description: "Sends a submitted event back to its editors with a reason, which they get by e-mail (a moderator of its region, or an admin).",
    args: {
      id: t.arg.globalID({ for: Event, required: true, description: "The event (global ID)." }),
      reason: t.arg.string({ required: true, description: "What the editors should change (Dutch).", validate: reason("reason") }),
    },
    authScopes: (_root, args) => ({ moderateEvent: Number(args.id.id) }),
    errors: errors("RejectEventResult"),
    resolve: async (query, _root, args, { viewer }) => reload(query, (await changeStatus(viewer!, Number(args.id.id), "reject", args.reason.trim())).id),
  }),
  cancelEvent: t.prismaField({
    type: Event,
    description: "Cancels a published event with a reason. It stays in the agenda and in calendar feeds as cancelled (its SEQUENCE rises).",
    args: {
      id: t.arg.globalID({ for: Event, required: true, description: "The event (global ID)." }),
      reason: t.arg.string({ required: true, description: "Why it is cancelled (Dutch), shown to visitors.", validate: reason("reason") }),
    },
    authScopes: (_root, args) => ({ editEvent: Number(args.id.id) }),
    errors: errors("CancelEventResult"),
    resolve: async (query, _root, args, { viewer }) => reload(query, (await changeStatus(viewer!, Number(args.id.id), "cancel", args.reason.trim())).id),
  }),
  deleteEvent: t.field({
    type: builder.objectRef<{ id: number }>("DeletedEvent").implement({
      description: "An event that was deleted.",
      fields: (f) => ({ id: f.globalID({ description: "The deleted event's global ID.", resolve: (deleted) => ({ type: "Event", id: deleted.id }) }) }),
    }),
    description: "Deletes an event that was never published (a draft, submitted or rejected); a published one is cancelled instead.",
    args: { id: t.arg.globalID({ for: Event, required: true, description: "The event (global ID)." }) },
    authScopes: (_root, args) => ({ editEvent: Number(args.id.id) }),
    errors: { ...errors("DeleteEventResult"), union: { name: "DeleteEventResult", description: "The deleted event's ID, or why deleting failed." } },
    resolve: (_root, args, { viewer }) => deleteEvent(viewer!, Number(args.id.id)),
  }),
}));
