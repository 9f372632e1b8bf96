// An image field of an editor's form (an event's picture, an organisation's logo): a file input
// with its alt text, the image already chosen (a hidden ID, shown small) and a box to remove it.
// A new file is uploaded to the API first; the form is then saved with the new image's ID. When the
// rest of the form is refused, the upload is kept (its ID goes back into the form), so the editor
// never picks the same file twice.
import { graphql } from "$lib/graphql/generated";
import { queryApiOrFailure, uploadToApi } from "$lib/server/api";
import { isTicked, textOf } from "./form-values";
import type { FieldErrors } from "./outcome";
import { IMAGE_TEXTS, imageFieldIds, MAX_IMAGE_BYTES, type ImageFieldValues, type ImagePreview } from "$lib/editing/image-field";

export { IMAGE_TEXTS };

/** The API's Image as the form shows it; `url` is one the form's thumbnail can use. */
export const previewOf = (image: { id: string; url: string; alt: string; width: number; height: number } | null | undefined): ImagePreview | null =>
  image ? { id: image.id, url: image.url, alt: image.alt, width: image.width, height: image.height } : null;

export function loadedImageField(name: string, image: ImagePreview | null): ImageFieldValues {
  return { name, alt: "", remove: false, current: image };
}

const UploadImageMutation = graphql(`
  mutation UploadImage($file: File!, $alt: String!) {
    uploadImage(file: $file, alt: $alt) {
      __typename
      ... on Image {
        id
        url(width: 480)
        alt
        width
        height
      }
      ... on ValidationError {
        problems {
          path
          message
        }
      }
    }
  }
`);

const ImagePreviewQuery = graphql(`
  query ImagePreview($id: ID!) {
    node(id: $id) {
      __typename
      ... on Image {
        id
        url(width: 480)
        alt
        width
        height
      }
    }
  }
`);

type Fetch = typeof globalThis.fetch;

/** The image the form had before this post, from its hidden ID (the editor's own upload, or the object's). */
async function currentImage(fetch: Fetch, id: string, token: string | null): Promise<ImagePreview | null> {
  if (!id) return null;
  const answer = await queryApiOrFailure(fetch, ImagePreviewQuery, { id }, "Image preview", { token });
  const node = "data" in answer ? answer.data.node : null;
  return node?.__typename === "Image" ? previewOf(node) : null;
}

export interface ImageChoice {
  /** The image ID to save: null for none. */
  id: string | null;
  values: ImageFieldValues;
  /** Errors by the id of the field's inputs. */
  errors: FieldErrors;
}

/** Reads the field from the post and uploads a new file; what to save, or what to show beside the field. */
export async function chooseImage(fetch: Fetch, form: FormData, name: string, token: string | null): Promise<ImageChoice> {
  const ids = imageFieldIds(name);
  const file = form.get(ids.file);
  const alt = textOf(form, ids.alt);
  const remove = isTicked(form, ids.remove);
  const current = await currentImage(fetch, textOf(form, ids.id), token);
  const values: ImageFieldValues = { name, alt, remove, current };
  const errors: FieldErrors = {};
  const chosen = typeof file === "object" && file !== null && file.size > 0 ? file : null;
  if (!chosen) return { id: remove ? null : (current?.id ?? null), values, errors };

  if (chosen.size > MAX_IMAGE_BYTES) errors[ids.file] = IMAGE_TEXTS.tooLarge;
  if (!alt || alt.length > 300) errors[ids.alt] = IMAGE_TEXTS.alt;
  if (Object.keys(errors).length) return { id: current?.id ?? null, values, errors };

  const answer = await uploadToApi(fetch, UploadImageMutation, { file: chosen, alt }, "Upload image", { token });
  const result = "data" in answer ? answer.data.uploadImage : null;
  if (result?.__typename === "Image") {
    // Uploaded: the new image is the form's image from now on; its alt text is the image's own.
    return { id: result.id, values: { name, alt: "", remove: false, current: previewOf(result) }, errors };
  }
  if (result?.__typename === "ValidationError") {
    for (const problem of result.problems) {
      if (problem.path[0] === "alt") errors[ids.alt] = IMAGE_TEXTS.alt;
      else errors[ids.file] = problem.message.includes("at most") ? IMAGE_TEXTS.tooLarge : IMAGE_TEXTS.file;
    }
  } else errors[ids.file] = IMAGE_TEXTS.failed;
  return { id: current?.id ?? null, values, errors };
}

/** What the form's image problems are called by the API: the input's `imageId`/`logoId` -> the file input. */
export const imageProblemTexts = (apiField: "imageId" | "logoId") => ({ [apiField]: "Deze afbeelding kan hier niet worden gebruikt. Kies een andere." });

/**
 * The post's form data, or null when the body was larger than the site accepts (BODY_SIZE_LIMIT):
 * SvelteKit refuses reading it with a 413, and the form is shown again with a Dutch error.
 */
export async function formDataOrTooLarge(request: Request): Promise<FormData | null> {
  try {
    return await request.formData();
  } catch (error) {
    if ((error as { status?: number }).status === 413) return null;
    throw error;
  }
}
