// What editors send for their organisation's profile, and the rules it must keep.
import { z } from "zod";
import { builder } from "../../builder.ts";
import { cappedList } from "../filters.ts";
import { Image } from "../images/types.ts";

const optional = (name: string, max: number) => z.string().max(max, `${name} must be at most ${max} characters`).nullish();

export const OrganisationInput = builder.inputType("OrganisationInput", {
  description: "An organisation's public profile. It replaces the profile as a whole; name, kind and region are kept by the moderators.",
  fields: (t) => ({
    description: t.string({ required: false, description: "About the organisation, plain text." }),
    website: t.string({ required: false, description: "Its own website.", }),
    email: t.string({ required: false, description: "General work e-mail address (not a person's)." }),
    phone: t.string({ required: false, description: "General work phone number." }),
    street: t.string({ required: false, description: "Street and number." }),
    postalCode: t.string({ required: false, description: "Dutch postcode, e.g. 5341 AB." }),
    city: t.string({ required: false, description: "Town or city." }),
    latitude: t.float({ required: false, description: "WGS 84 latitude of the address." }),
    longitude: t.float({ required: false, description: "WGS 84 longitude of the address." }),
    hasTechlab: t.boolean({ required: false, description: "Whether the school has a Techlab." }),
    profiles: t.stringList({ required: false, description: "For a vmbo school: the profile codes it offers." }),
    imageId: t.globalID({ for: Image, required: false, description: "A picture of the organisation: an image from uploadImage (global ID); null or omitted for none." }),
    logoId: t.globalID({ for: Image, required: false, description: "Its logo: an image from uploadImage (global ID); null or omitted for none." }),
  }),
  // One schema for the whole input, so every bad field is reported at once.
  validate: z
    .object({
      description: optional("description", 20000),
      email: z.string().trim().email("email is not an e-mail address").max(254).nullish(),
      phone: z.string().regex(/^[+0-9 ()-]{6,20}$/, "phone must be a phone number such as 0412 123 456").nullish(),
      street: optional("street", 200),
      postalCode: z.string().regex(/^\d{4}\s?[A-Za-z]{2}$/, "postalCode must be a Dutch postcode such as 5341 AB").nullish(),
      city: optional("city", 100),
      latitude: z.number().min(-90).max(90).nullish(),
      longitude: z.number().min(-180).max(180).nullish(),
      profiles: cappedList("profiles"),
      website: z.string().regex(/^https?:\/\/\S+$/i, "website must be a web address starting with https://").max(2000).nullish(),
    })
    .loose()
    .refine((input) => (input.latitude == null) === (input.longitude == null), { message: "give both latitude and longitude, or neither", path: ["longitude"] }),
});

export type OrganisationInputShape = typeof OrganisationInput.$inferInput;
