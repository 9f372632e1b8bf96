import type { OrganisationPageQuery } from "$lib/graphql/generated/graphql";

/** The organisation as its page loads it. */
export type PageOrganisation = NonNullable<OrganisationPageQuery["organisation"]>;
export type PageRole = PageOrganisation["roles"][number];
