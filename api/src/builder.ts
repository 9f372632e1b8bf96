// The Pothos builder: plugins, scalars and auth scopes. Types live in schema/<domain>/.
import SchemaBuilder from "@pothos/core";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ErrorsPlugin from "@pothos/plugin-errors";
import ValidationPlugin from "@pothos/plugin-validation";
import ComplexityPlugin from "@pothos/plugin-complexity";
import { getNullableType, GraphQLError, GraphQLList } from "graphql";
import { z } from "zod";
import type PrismaTypes from "@techniek-loket/db/pothos-types";
import { getDatamodel } from "@techniek-loket/db/pothos-types";
import { db } from "./db.ts";
import type { Context } from "./context.ts";
import { limits } from "./limits.ts";
import "./connection-args-plugin.ts";
import { ForbiddenError, NotSignedInError, ValidationError } from "./errors.ts";
import { allowedTo, isPerson, mayModerateRegion } from "./permissions.ts";

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: {
    signedIn: boolean;
    /** Signed in as a person (a session), not with an API key. */
    person: boolean;
    platformAdmin: boolean;
    /** May change the organisation with this id (its profile, offering and events). */
    editOrganisation: number;
    /** May add events to the organisation with this id (its editors, its keys that write events). */
    addEvents: number;
    /** May add to the offering of the organisation with this id. */
    addOfferings: number;
    /** May change the event with this id. */
    editEvent: number;
    /** May publish or reject the event with this id: a moderator of its region. */
    moderateEvent: number;
    /** May read the sign-ups (with contact data) of the event with this id. */
    readSignups: number;
    /** May change the offering with this id. */
    editOffering: number;
    /** May manage the editors of the organisation with this id: its admins and the region's moderators. */
    manageEditors: number;
    /** May moderate the organisation with this id: a moderator of its region. */
    moderateOrganisation: number;
    /** May moderate the region with this id (add its organisations, see its moderators): its moderators and platform admins. */
    moderateRegion: number;
  };
  DefaultFieldNullability: false;
  Scalars: {
    ID: { Input: string; Output: string | number };
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
    File: { Input: File; Output: never };
  };
}>({
  // Errors before scope-auth and validation, so it can return their failures as typed results.
  plugins: [ErrorsPlugin, ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ValidationPlugin, ComplexityPlugin, "connectionArgs"],
  defaultFieldNullability: false,
  // Every write is authorised here, declared on its field; resolvers never check rights themselves.
  scopeAuth: {
    authScopes: ({ viewer }) => ({
      signedIn: viewer !== null,
      person: isPerson(viewer),
      platformAdmin: viewer?.platformAdmin ?? false,
      editOrganisation: (id) => allowedTo.editOrganisation(viewer, id),
      addEvents: (id) => allowedTo.addEvents(viewer, id),
      addOfferings: (id) => allowedTo.addOfferings(viewer, id),
      editEvent: (id) => allowedTo.editEvent(viewer, id),
      moderateEvent: (id) => allowedTo.moderateEvent(viewer, id),
      readSignups: (id) => allowedTo.readSignups(viewer, id),
      editOffering: (id) => allowedTo.editOffering(viewer, id),
      manageEditors: (id) => allowedTo.manageEditors(viewer, id),
      moderateOrganisation: (id) => allowedTo.moderateOrganisation(viewer, id),
      moderateRegion: (id) => mayModerateRegion(viewer, id),
    }),
    // A typed ForbiddenError where a mutation lists it; a GraphQL error with its code elsewhere.
    unauthorizedError: (_parent, context) => (context.viewer ? new ForbiddenError() : new NotSignedInError()),
  },
  prisma: {
    client: db,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    defaultConnectionSize: limits.defaultPageSize,
    maxConnectionSize: limits.maxPageSize,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    decodeGlobalID: (globalID) => decodeGlobalID(globalID),
    idFieldOptions: { description: "Global ID, stable and opaque; use it with `node(id)`." },
    nodeTypeOptions: { description: "An object with a global ID." },
    pageInfoTypeOptions: { description: "Where a page lies in the whole list." },
    nodeQueryOptions: {
      description: "Any object by its global ID.",
      args: { id: { description: "A global ID from an object's `id` field." } },
    },
    nodesQueryOptions: {
      description: `Several objects by their global IDs (at most ${limits.maxPageSize}).`,
      args: {
        ids: {
          description: "Global IDs from objects' `id` fields.",
          validate: z.array(z.any()).max(limits.maxPageSize, `ids: at most ${limits.maxPageSize} values`),
        },
      },
    },
    cursorFieldOptions: { description: "Opaque cursor of this item, for `after` and `before`." },
    nodeFieldOptions: { description: "The item." },
    edgesFieldOptions: { description: "The items of this page with their cursors." },
    pageInfoFieldOptions: { description: "Paging information for this page." },
    hasNextPageFieldOptions: { description: "Whether more items follow this page." },
    hasPreviousPageFieldOptions: { description: "Whether items precede this page." },
    startCursorFieldOptions: { description: "Cursor of the first item on this page." },
    endCursorFieldOptions: { description: "Cursor of the last item on this page; pass it as `after` for the next page." },
    firstArgOptions: {
      description: `Return the first n items, at most ${limits.maxPageSize} (default ${limits.defaultPageSize}).`,
      validate: z
        .number()
        .int()
        .min(0, "first must not be negative")
        .max(limits.maxPageSize, `first must be at most ${limits.maxPageSize}`),
    },
    lastArgOptions: {
      description: `Return the last n items, at most ${limits.maxPageSize}.`,
      validate: z
        .number()
        .int()
        .min(0, "last must not be negative")
        .max(limits.maxPageSize, `last must be at most ${limits.maxPageSize}`),
    },
    afterArgOptions: { description: "Return items after this cursor (from `pageInfo.endCursor`).", validate: cursorSchema("after") },
    beforeArgOptions: { description: "Return items before this cursor (from `pageInfo.startCursor`).", validate: cursorSchema("before") },
  },
  // Input validation failures become the mutation's typed ValidationError. They are returned before
  // the field's auth scopes run, which is fine: they tell only what the schema's rules are.
  errors: { defaultTypes: [], unsafelyHandleInputErrors: true },
  validation: {
    // Thrown as a GraphQLError with code BAD_USER_INPUT; mutations list it as a typed result.
    validationError: (failure) =>
      new ValidationError(
        failure.issues.map((issue) => ({
          path: (issue.path ?? []).map((segment) => String(typeof segment === "object" ? segment.key : segment)),
          message: issue.message,
        })),
      ),
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    // A connection costs as many children as it may return; a plain list is assumed short.
    fieldComplexity: (args, _ctx, field) => {
      if (field.args.some((arg) => arg.name === "first")) {
        const pageSize = (args.first ?? args.last ?? limits.defaultPageSize) as number;
        return { field: 1, multiplier: Math.max(1, pageSize) };
      }
      const isList = getNullableType(field.type) instanceof GraphQLList;
      return { field: 1, multiplier: isList && field.name !== "edges" ? 5 : 1 };
    },
    limit: { complexity: limits.maxComplexity, depth: limits.maxDepth, breadth: limits.maxBreadth },
    complexityError: (kind, result) => {
      const [actual, max] = {
        Depth: [result.depth, result.maxDepth],
        Breadth: [result.breadth, result.maxBreadth],
        Complexity: [result.complexity, result.maxComplexity],
      }[kind];
      return new GraphQLError(`Query ${kind.toLowerCase()} ${actual} exceeds the limit of ${max}; see the published limits in the API guide`, {
        extensions: { code: "QUERY_TOO_COMPLEX" },
      });
    },
  },
});

const MAX_ID = 2 ** 31 - 1;
const badInput = (message: string) => new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });

/**
 * Global IDs are base64 of `Type:id`. Anything else, or a type that is no node of this API, is bad
 * input; a well-formed ID whose object does not exist (or is hidden) resolves to null.
 */
function decodeGlobalID(globalID: string) {
  const match = /^([A-Z][A-Za-z]*):([1-9]\d{0,9})$/.exec(Buffer.from(globalID, "base64").toString("utf8"));
  if (!match || Number(match[2]) > MAX_ID || !isNodeType(match[1])) throw badInput(`Not an ID of this API: ${JSON.stringify(globalID)}`);
  return { typename: match[1], id: match[2] };
}

function isNodeType(typename: string) {
  try {
    const config = builder.configStore.getTypeConfig(typename);
    return config.kind === "Object" && config.interfaces.some((ref) => builder.configStore.getTypeConfig(ref).name === "Node");
  } catch {
    return false;
  }
}

/**
 * Cursors are the ones this API hands out: base64 of `GPC:` and a row id, or a tuple of row ids
 * and times (a change time and an id, for sync).
 */
function cursorSchema(name: string) {
  const isId = (chunk: unknown) =>
    typeof chunk === "string" && ((/^N:\d{1,10}$/.test(chunk) && Number(chunk.slice(2)) <= MAX_ID) || /^D:\d{1,15}$/.test(chunk));
  const isCursor = (cursor: string) => {
    const text = Buffer.from(cursor, "base64").toString("utf8");
    if (text.startsWith("GPC:T:")) {
      try {
        const parts: unknown = JSON.parse(text.slice(6));
        return Array.isArray(parts) && parts.length > 0 && parts.every(isId);
      } catch {
        return false;
      }
    }
    return text.startsWith("GPC:") && isId(text.slice(4));
  };
  const message = `${name}: not a cursor of this API`;
  return z.string().max(200, message).refine(isCursor, message).nullish();
}

builder.queryType({ description: "The network's data. Public reads need no key; see the limits in the README." });
builder.mutationType({ description: "Changes, for signed-in accounts (and signing in itself)." });

// Dates the agenda can hold: years 1900 to 9999 (so "a month before" stays a valid timestamp), and
// only days that exist (JavaScript's Date would roll 2026-02-30 over into March).
const YEARS = { min: 1900, max: 9999 };

/** The date a YYYY-MM-DD prefix names, at 00:00 UTC, if that day exists within YEARS. */
function calendarDate(text: string): Date | null {
  const [year, month, day] = text.slice(0, 10).split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists && year >= YEARS.min && year <= YEARS.max ? date : null;
}

function refuse(expected: string, value: unknown): never {
  throw new GraphQLError(`Expected ${expected} between the years ${YEARS.min} and ${YEARS.max}, got ${JSON.stringify(value)}`, {
    extensions: { code: "BAD_USER_INPUT" },
  });
}

builder.scalarType("DateTime", {
  description: `A moment in time as an ISO 8601 string in UTC, e.g. 2026-03-12T08:30:00.000Z, in the years ${YEARS.min} to ${YEARS.max}. Show it in Europe/Amsterdam.`,
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
    if (typeof value !== "string" || !isoDateTime.test(value) || !calendarDate(value)) refuse("an ISO 8601 date-time such as 2026-03-12T08:30:00Z", value);
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) refuse("an ISO 8601 date-time such as 2026-03-12T08:30:00Z", value);
    return date;
  },
});

builder.scalarType("Date", {
  description: `A calendar date as YYYY-MM-DD, e.g. 2026-03-12, in the years ${YEARS.min} to ${YEARS.max}.`,
  serialize: (value) => value.toISOString().slice(0, 10),
  parseValue: (value) => (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && calendarDate(value)) || refuse("a date as YYYY-MM-DD", value),
});

// Uploads, by the GraphQL multipart request spec: Yoga hands resolvers the part as a File.
builder.scalarType("File", {
  description: "A file uploaded with the request, as the GraphQL multipart request spec sends it (multipart/form-data). Input only.",
  serialize: () => {
    throw new GraphQLError("File is an input type only");
  },
  // Duck-typed: on Node, Yoga's File is its fetch ponyfill's, not the global class.
  parseValue: (value) => {
    const file = value as File | null;
    if (typeof file?.arrayBuffer === "function" && typeof file.size === "number") return file;
    throw new GraphQLError("Expected a file sent as a part of a multipart request", { extensions: { code: "BAD_USER_INPUT" } });
  },
});
