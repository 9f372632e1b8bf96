// What the browser side of an image field needs too: its limits, texts, values and input ids.
// Uploading and saving live in $lib/server/editing/image-field.ts.

/** The API's limit (see its README), checked here first so a large file never travels twice. */
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;

export const IMAGE_TEXTS = {
  file: "Kies een afbeelding in JPEG, PNG of WebP van hoogstens 8 MB.",
  tooLarge: "De afbeelding is te groot: hoogstens 8 MB. Verklein de foto en kies die opnieuw.",
  alt: "Beschrijf in hoogstens 300 tekens wat er op de afbeelding staat, voor wie die niet kan zien.",
  failed: "De afbeelding kon niet worden opgeslagen. Probeer het over een paar minuten opnieuw.",
  /** A post larger than the site takes cannot be read: nothing of it is kept. */
  postTooLarge: "Het formulier met de afbeelding was te groot om te versturen, dus wat je typte is niet bewaard. Kies een afbeelding van hoogstens 8 MB en vul het formulier opnieuw in.",
} as const;

/** What the form shows of the image already chosen. */
export interface ImagePreview {
  id: string;
  url: string;
  alt: string;
  width: number;
  height: number;
}

/** The field as posted (or loaded): its name prefixes its inputs (`imageFile`, `imageAlt`, `imageId`, `imageRemove`). */
export interface ImageFieldValues {
  name: string;
  /** The alt text typed for a new file. */
  alt: string;
  remove: boolean;
  /** The image chosen before this post, or uploaded with it. */
  current: ImagePreview | null;
}

export const imageFieldIds = (name: string) => ({ file: `${name}File`, alt: `${name}Alt`, id: `${name}Id`, remove: `${name}Remove` });
