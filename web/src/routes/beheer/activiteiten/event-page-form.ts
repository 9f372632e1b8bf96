// What an event page's actions answer with when the page is shown again after a post: the form as
// typed with its errors, or what a button beside it came to. One shape for every action, so the page
// reads each part without asking which action ran.
import type { ImageFieldValues } from "$lib/editing/image-field";
import type { FieldErrors } from "$lib/server/editing/outcome";
import type { EventFormValues } from "./event-form-values";

export interface EventPageForm {
  values?: EventFormValues;
  /** The picture as posted: the upload kept when the rest was refused. */
  image?: ImageFieldValues;
  /** The version the editor loaded, kept after a conflict so a second save is refused again. */
  version?: number;
  errors?: FieldErrors;
  message?: string;
  /** Someone else saved since the editor loaded the event. */
  conflict?: boolean;
  /** Submitting or publishing after a good save failed. */
  moveOnFailed?: string;
  deleteFailed?: string;
  /** The first press of "Verwijderen": ask before deleting. */
  confirmDelete?: boolean;
  cancel?: { reason: string; error?: string; message?: string };
  reject?: { reason: string; error?: string; message?: string };
}
