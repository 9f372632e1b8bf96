// Pictures of events, offerings and organisations (and organisations' logos). Each is stored as
// WebP at a few widths; clients pick one with `url(width)` or let the browser pick with `srcset`.
import { builder } from "../../builder.ts";
import { imageUrl, pickWidth } from "../../images/store.ts";
import { visibleImage } from "./visibility.ts";

const ImageSource = builder.objectRef<{ key: string; width: number }>("ImageSource").implement({
  description: "One stored width of an image.",
  fields: (t) => ({
    url: t.string({ description: "Absolute address of the WebP file.", resolve: ({ key, width }) => imageUrl(key, width) }),
    width: t.exposeInt("width", { description: "Its width in pixels." }),
  }),
});

export const Image = builder.prismaNode("Image", {
  nullable: true,
  description: "A picture, stored as WebP at a few widths (never wider than the upload). Show it with its `alt` text.",
  id: { field: "id" },
  findUnique: (id, { viewer }) => ({ id: Number(id), AND: [visibleImage(viewer)] }),
  fields: (t) => ({
    alt: t.exposeString("alt", { description: "What the picture shows, for people who cannot see it (Dutch)." }),
    width: t.exposeInt("width", { description: "Width in pixels of the largest stored copy." }),
    height: t.exposeInt("height", { description: "Height in pixels of the largest stored copy; the others keep its proportions." }),
    url: t.string({
      description: "Absolute address of a WebP copy: the narrowest at least `width` wide, else the largest.",
      args: { width: t.arg.int({ required: false, description: "The width in pixels it will be shown at (times the screen's pixel density)." }) },
      select: { key: true, widths: true },
      resolve: (image, { width }) => imageUrl(image.key, pickWidth(image.widths, width)),
    }),
    srcset: t.string({
      description: "Every stored copy as an HTML `srcset` value, e.g. `https://.../480.webp 480w, https://.../960.webp 960w`.",
      select: { key: true, widths: true },
      resolve: (image) => image.widths.map((width) => `${imageUrl(image.key, width)} ${width}w`).join(", "),
    }),
    sources: t.field({
      type: [ImageSource],
      description: "Every stored copy, narrowest first.",
      select: { key: true, widths: true },
      resolve: (image) => image.widths.map((width) => ({ key: image.key, width })),
    }),
  }),
});

builder.prismaObjectField("Event", "image", (t) => t.relation("image", { nullable: true, description: "Its picture, if any." }));
builder.prismaObjectField("Offering", "image", (t) => t.relation("image", { nullable: true, description: "Its picture, if any." }));
builder.prismaObjectField("Organisation", "image", (t) => t.relation("image", { nullable: true, description: "A picture of the organisation, if any." }));
builder.prismaObjectField("Organisation", "logo", (t) => t.relation("logo", { nullable: true, description: "Its logo, if any." }));
