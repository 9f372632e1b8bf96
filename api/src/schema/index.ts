// Every domain registers its types and fields on the builder; this module assembles the schema.
import { builder } from "../builder.ts";
import "./geography/types.ts";
import "./geography/places.ts";
import "./vocabulary/types.ts";
import "./organisations/types.ts";
import "./organisations/queries.ts";
import "./people/types.ts";
import "./offerings/types.ts";
import "./events/types.ts";
import "./events/queries.ts";
import "./challenges/types.ts";

export const schema = builder.toSchema({ sortSchema: true });
