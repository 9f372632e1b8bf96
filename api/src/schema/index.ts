// Every domain registers its types and fields on the builder; this module assembles the schema.
// A domain folder holds: enums.ts (its enums), types.ts (its object types, and the fields of other
// types that return them), filter.ts (a list's filter input and where clause), queries.ts and
// mutations.ts (the root fields), a service module where a write takes several steps, and
// visibility.ts (what the public sees of it), as it needs.
import { builder } from "../builder.ts";
import "./geography/types.ts";
import "./geography/queries.ts";
import "./geography/mutations.ts";
import "./geography/moderators.ts";
import "./vocabulary/types.ts";
import "./vocabulary/queries.ts";
import "./organisations/types.ts";
import "./organisations/queries.ts";
import "./organisations/mutations.ts";
import "./organisations/create.ts";
import "./people/types.ts";
import "./offerings/types.ts";
import "./offerings/queries.ts";
import "./offerings/mutations.ts";
import "./events/types.ts";
import "./events/queries.ts";
import "./events/mutations.ts";
import "./signups/types.ts";
import "./signups/mutations.ts";
import "./challenges/types.ts";
import "./challenges/queries.ts";
import "./bookings/types.ts";
import "./bookings/queries.ts";
import "./bookings/mutations.ts";
import "./images/types.ts";
import "./images/mutations.ts";
import "./errors.ts";
import "./accounts/types.ts";
import "./accounts/queries.ts";
import "./accounts/mutations.ts";
import "./accounts/editors.ts";
import "./accounts/api-keys.ts";
import "./audit/types.ts";
import "./audit/queries.ts";
import "./sync/tombstones.ts";

export const schema = builder.toSchema({ sortSchema: true });
