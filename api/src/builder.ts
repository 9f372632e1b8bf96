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
import type PrismaTypes from "./generated/pothos-types.ts";
import { getDatamodel } from "./generated/pothos-types.ts";
import { db } from "./db.ts";
import type { Context } from "./context.ts";
import { limits } from "./limits.ts";

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: { editor: boolean };
  DefaultFieldNullability: false;
  Scalars: {
    ID: { Input: string; Output: string | number };
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
  };
}>({
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ErrorsPlugin, ValidationPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({ editor: ctx.viewer !== null }),
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
    afterArgOptions: { description: "Return items after this cursor (from `pageInfo.endCursor`)." },
    beforeArgOptions: { description: "Return items before this cursor (from `pageInfo.startCursor`)." },
  },
  errors: { defaultTypes: [] },
  validation: {
    validationError: (failure) =>
      new GraphQLError(failure.issues.map((issue) => issue.message).join("; "), {
        extensions: { code: "BAD_USER_INPUT" },
      }),
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

builder.queryType({ description: "The public, read-only API of the network. No key needed; see the limits in the README." });

builder.scalarType("DateTime", {
  description: "A moment in time as an ISO 8601 string in UTC, e.g. 2026-03-12T08:30:00.000Z. Show it in Europe/Amsterdam.",
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) {
      throw new GraphQLError(`Expected an ISO 8601 date-time such as 2026-03-12T08:30:00Z, got ${JSON.stringify(value)}`);
    }
    return date;
  },
});

builder.scalarType("Date", {
  description: "A calendar date as YYYY-MM-DD, e.g. 2026-03-12.",
  serialize: (value) => value.toISOString().slice(0, 10),
  parseValue: (value) => {
    const date = typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
    if (!date || Number.isNaN(date.getTime())) {
      throw new GraphQLError(`Expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
    }
    return date;
  },
});
