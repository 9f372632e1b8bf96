import type { EnumRef, SchemaTypes } from "@pothos/core";
import { builder } from "../builder.ts";

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types extends SchemaTypes> ? Types : never;

/** A GraphQL enum from a Prisma enum, with a description for the type and each value. */
export function describedEnum<T extends Record<string, string>>(
  name: string,
  values: T,
  description: string,
  valueDescriptions: { [K in keyof T]: string },
): EnumRef<BuilderTypes, T[keyof T]> {
  const config = Object.fromEntries(
    Object.keys(values).map((key) => [key, { value: values[key], description: valueDescriptions[key] }]),
  );
  // Pothos infers enum types from literal configs; this one is built from the Prisma enum object.
  return builder.enumType(name, { description, values: config } as never) as EnumRef<BuilderTypes, T[keyof T]>;
}
