// What events and offerings can be tagged with, as the API lists it: audiences by sector, themes,
// action lines and profiles. Read fresh for every form, so a new theme in the API is a new checkbox.
import { graphql } from "$lib/graphql/generated";
import type { AudienceSector, TagChoicesQuery } from "$lib/graphql/generated/graphql";
import { audienceSectorLabels } from "$lib/labels";
import { queryApi } from "$lib/server/api";

const TagChoicesQuery = graphql(`
  query TagChoices {
    audiences {
      code
      name
      sector
    }
    themes {
      slug
      name
    }
    actionLines {
      number
      title
    }
    profiles {
      code
      name
    }
  }
`);

export interface Choice {
  value: string;
  label: string;
}

export interface TagChoices {
  audienceGroups: { sector: string; options: Choice[] }[];
  themes: Choice[];
  actionLines: Choice[];
  profiles: Choice[];
}

/** Audiences grouped by sector, in the order the API lists them (primary group 1 to companies). */
function bySector(audiences: TagChoicesQuery["audiences"]): TagChoices["audienceGroups"] {
  const groups = new Map<AudienceSector, Choice[]>();
  for (const audience of audiences) {
    const group = groups.get(audience.sector) ?? [];
    group.push({ value: audience.code, label: audience.name });
    groups.set(audience.sector, group);
  }
  return [...groups].map(([sector, options]) => ({ sector: audienceSectorLabels[sector], options }));
}

/** Public lists: asked without a token. */
export async function loadTagChoices(fetch: typeof globalThis.fetch): Promise<TagChoices> {
  const data = await queryApi(fetch, TagChoicesQuery, {}, "Tag choices");
  return {
    audienceGroups: bySector(data.audiences),
    themes: data.themes.map((theme) => ({ value: theme.slug, label: theme.name })),
    actionLines: data.actionLines.map((line) => ({ value: String(line.number), label: `${line.number}. ${line.title}` })),
    profiles: data.profiles.map((profile) => ({ value: profile.code, label: `${profile.name} (${profile.code})` })),
  };
}
