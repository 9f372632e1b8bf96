// Relay leaves `first` together with `last` undefined; like GitHub's API, this one refuses the
// combination on every connection field, whichever plugin built it.
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";
import { GraphQLError, type GraphQLFieldResolver } from "graphql";

class ConnectionArgsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types["Context"], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types["Context"], object> {
    if (!("first" in fieldConfig.args && "last" in fieldConfig.args)) return resolver;
    return (parent, args, context, info) => {
      const { first, last } = args as { first?: number | null; last?: number | null };
      if (first != null && last != null) {
        throw new GraphQLError("Pass first or last, not both (first pages forward, last backward)", { extensions: { code: "BAD_USER_INPUT" } });
      }
      return resolver(parent, args, context, info);
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      connectionArgs: ConnectionArgsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin("connectionArgs", ConnectionArgsPlugin);
