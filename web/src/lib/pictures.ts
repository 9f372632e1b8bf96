// The picture each card and page shows: the one its editors uploaded, else the site's drawing for
// its kind of event or organisation (static/beelden), so a list never looks like a wall of text and
// a shared link always has a preview. Worked out on the server: the drawings' names stay out of the
// pages' JavaScript.
import { graphql, useFragment, type FragmentType } from "$lib/graphql/generated";
import type { EventKind, OrganisationKind } from "$lib/graphql/generated/graphql";
import { eventKinds, organisationKinds } from "./enum-words";

/** What every query asks of an uploaded image: WebP copies in several widths, and its description. */
export const PictureFields = graphql(`
  fragment PictureFields on Image {
    url
    srcset
    alt
    width
    height
  }
`);

/** An image as a query that spreads `...PictureFields` gives it. */
export type ApiImage = FragmentType<typeof PictureFields>;

export interface Picture {
  src: string;
  /** Only uploaded pictures come in several widths; the drawings are SVG. */
  srcset: string | null;
  /** Empty for the drawings: they only repeat the card's kind. */
  alt: string;
  width: number;
  height: number;
  /** Logos are shown whole on white; photos and drawings fill their frame. */
  fit: "cover" | "contain";
}

/** A drawing's size: static/beelden holds 640 × 360 (16:9) SVGs. */
const DRAWING = { width: 640, height: 360 };
/** The size of the PNG copies link previews get (routes/beelden). */
export const SHARE_SIZE = { width: 1200, height: 675 };

export function uploaded(ref: ApiImage, fit: Picture["fit"] = "cover"): Picture {
  const image = useFragment(PictureFields, ref);
  return { src: image.url, srcset: image.srcset, alt: image.alt, width: image.width, height: image.height, fit };
}

function drawing(path: string): Picture {
  return { src: `/beelden/${path}.svg`, srcset: null, alt: "", ...DRAWING, fit: "cover" };
}

export const eventDrawing = (kind: EventKind) => `activiteit/${eventKinds[kind].url}`;
export const organisationDrawing = (kind: OrganisationKind) => `organisatie/${organisationKinds[kind].url}`;
/** The site's own preview picture, for pages about nothing in particular. */
export const SITE_DRAWING = "welkom";

/** The uploaded picture, else the drawing at `drawingPath` (eventDrawing, organisationDrawing). */
export function pictureOr(image: ApiImage | null | undefined, drawingPath: string): Picture {
  return image ? uploaded(image) : drawing(drawingPath);
}

export const eventPicture = (event: { kind: EventKind; image?: ApiImage | null }) => pictureOr(event.image, eventDrawing(event.kind));

/** A card shows the logo (whole) before a photo. */
export function organisationPicture(organisation: { kind: OrganisationKind; logo?: ApiImage | null; image?: ApiImage | null }): Picture {
  return organisation.logo ? uploaded(organisation.logo, "contain") : pictureOr(organisation.image, organisationDrawing(organisation.kind));
}

/** What a link preview shows (og:image): an uploaded picture, else the PNG copy of the drawing. */
export function sharePicture(image: ApiImage | null | undefined, drawingPath: string): Omit<Picture, "srcset" | "fit"> {
  if (!image) return { src: `/beelden/${drawingPath}.png`, alt: "", ...SHARE_SIZE };
  const { src, alt, width, height } = uploaded(image);
  return { src, alt, width, height };
}
