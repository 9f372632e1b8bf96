// The offering filter: its GraphQL input and its translation into a Prisma where clause.
import type { Prisma } from "@techniek-loket/db/client";
import { builder } from "../../builder.ts";
import { limits } from "../../limits.ts";
import { cappedList, everyWordIn, searchText } from "../filters.ts";
import { OfferingKindEnum } from "./enums.ts";
import type { Viewer } from "../../context.ts";
import { publicOffering, visibleOffering } from "./visibility.ts";

export const OfferingFilter = builder.inputType("OfferingFilter", {
  description: "Narrows the offering. All given conditions must hold; a list matches any of its values.",
  fields: (t) => ({
    region: t.string({ required: false, description: "Slug of a region." }),
    kinds: t.field({ type: [OfferingKindEnum], required: false, validate: cappedList("kinds"), description: "Kinds of offering." }),
    organisation: t.string({ required: false, description: "Slug of the offering organisation (its locations included)." }),
    audiences: t.stringList({ required: false, validate: cappedList("audiences"), description: "Audience codes." }),
    profiles: t.stringList({ required: false, validate: cappedList("profiles"), description: "Profile codes." }),
    actionLines: t.intList({ required: false, validate: cappedList("actionLines"), description: "Action line numbers 1-8." }),
    themes: t.stringList({ required: false, validate: cappedList("themes"), description: "Theme slugs." }),
    bookable: t.boolean({ required: false, description: "Only bookable (true) or only non-bookable (false) offers." }),
    includeInactive: t.boolean({
      required: false,
      description: "Also offerings switched off, where the viewer edits or moderates them (default false).",
    }),
    text: t.string({
      required: false,
      description: `Words in the title or summary (at most ${limits.maxSearchLength} characters).`,
      validate: searchText,
    }),
  }),
});

export function offeringWhere(f: typeof OfferingFilter.$inferInput | null | undefined, viewer: Viewer | null): Prisma.OfferingWhereInput {
  const and: Prisma.OfferingWhereInput[] = [visibleOffering(viewer)];
  if (!f?.includeInactive) and.push(publicOffering);
  if (f?.region) and.push({ region: { slug: f.region } });
  if (f?.kinds?.length) and.push({ kind: { in: f.kinds } });
  if (f?.organisation) and.push({ organisation: { OR: [{ slug: f.organisation }, { parent: { slug: f.organisation } }] } });
  if (f?.audiences?.length) and.push({ audiences: { some: { code: { in: f.audiences } } } });
  if (f?.profiles?.length) and.push({ profiles: { some: { code: { in: f.profiles } } } });
  if (f?.actionLines?.length) and.push({ actionLines: { some: { number: { in: f.actionLines } } } });
  if (f?.themes?.length) and.push({ themes: { some: { slug: { in: f.themes } } } });
  if (f?.bookable != null) and.push({ bookable: f.bookable });
  and.push(...everyWordIn<Prisma.OfferingWhereInput>(f?.text, ["title", "summary"]));
  return { AND: and };
}
