// /over: who runs the network, how a school or a company takes part (offering, visits, guest
// lessons, challenges), and whom to contact. The programme offices and their people come from the
// API (a region's programme managers and their organisation), so the page stays right as regions
// and roles change.
import { graphql } from "$lib/graphql/generated";
import { queryApi } from "$lib/server/api";
import { absoluteUrl } from "$lib/server/site";
import type { PageServerLoad } from "./$types";

export const csr = false;

const AboutQuery = graphql(`
  query About {
    regions {
      slug
      name
      description
      roles {
        kind
        person {
          name
          jobTitle
          workEmail
          workPhone
          organisation {
            slug
            name
            description
            email
            phone
            website
          }
        }
      }
    }
  }
`);

export const load: PageServerLoad = async ({ fetch, url }) => {
  const data = await queryApi(fetch, AboutQuery, {}, "About page");
  return {
    canonicalUrl: absoluteUrl(url, "/over"),
    regions: data.regions.map((region) => {
      // Programme managers speak for the network; their organisation is the programme office.
      const managers = region.roles.filter((role) => role.kind === "PROGRAMME_MANAGER").map((role) => role.person);
      return { slug: region.slug, name: region.name, description: region.description, managers, office: managers.find((person) => person.organisation)?.organisation ?? null };
    }),
  };
};
