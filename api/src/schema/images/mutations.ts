import { z } from "zod";
import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import { ForbiddenError, ValidationError } from "../../errors.ts";
import { imageLimits } from "../../images/render.ts";
import { uploadImage } from "./service.ts";
import { Image } from "./types.ts";

builder.mutationFields((t) => ({
  uploadImage: t.prismaField({
    type: Image,
    description: `Uploads a picture (JPEG, PNG or WebP, at most ${imageLimits.maxBytes / 1024 / 1024} MB) as a multipart request (the GraphQL multipart request spec). It is turned upright, its metadata (such as GPS positions) removed and stored as WebP at widths up to ${Math.max(...imageLimits.widths)} pixels. Attach it with \`imageId\` (or \`logoId\`) in an event, offering or organisation input; one not attached within a day is deleted.`,
    args: {
      file: t.arg({ type: "File", required: true, description: "The picture; its type is read from its content, not its name." }),
      alt: t.arg.string({
        required: true,
        description: "What the picture shows, for people who cannot see it (Dutch), 1 to 300 characters.",
        validate: z.string().trim().min(1, "alt is required: describe what the picture shows").max(300, "alt must be at most 300 characters"),
      }),
    },
    authScopes: { signedIn: true },
    errors: {
      types: [ValidationError, ForbiddenError],
      directResult: true,
      union: { name: "UploadImageResult", description: "The stored image, or why it was refused." },
    },
    resolve: async (query, _root, { file, alt }, { viewer }) => {
      const { id } = await uploadImage(viewer!, file, alt.trim());
      return db.image.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
