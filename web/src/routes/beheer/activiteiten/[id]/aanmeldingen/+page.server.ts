// An event's sign-ups for its organisers (/beheer/activiteiten/<global ID>/aanmeldingen): totals,
// the confirmed list and the waiting list, with per row cancelling (a reason; the first press opens
// the confirmation, as there is no confirm() without JavaScript) and moving to another session
// (likewise opened by its row's link), and once the event has started, attendance; a message to
// everyone. Every change is a plain POST form.
import { fail as failWith, redirect } from "@sveltejs/kit";
import { mutateApi } from "$lib/server/api";
import { textOf } from "$lib/server/editing/form-values";
import { outcomeOf } from "$lib/server/editing/outcome";
import { REASON_MISSING_TEXT, reasonFrom } from "../../reason";
import { signupsPath, signupsDoneText } from "./signups-path";
import { ATTENDANCE_TEXTS, MAIL_TEXTS, MOVE_TEXTS, attendanceFrom, mailFrom, type AttendanceValues, type MailValues } from "./signup-forms";
import { hasStarted, loadSignupList } from "./signup-list";
import { loadMoveTargets } from "./move-targets";
import { CancelSignupAsOrganiserMutation, MailSignupsMutation, MoveSignupMutation, RecordAttendanceMutation } from "./signup-mutations";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, params, url, locals }) => {
  const list = await loadSignupList(fetch, params.id, locals.sessionToken);
  const rows = [...list.confirmed, ...list.waiting];
  const cancelId = url.searchParams.get("annuleren");
  const moveId = url.searchParams.get("verplaatsen");
  // Choosing where to move a sign-up: its row's link, or the move form posted back with an error.
  const choosingMove = moveId !== null || url.searchParams.has("/verplaatsen");
  const mailed = Number(url.searchParams.get("gemaild"));
  const started = hasStarted(list.event);
  return {
    ...list,
    started,
    // The sign-up whose cancellation is being confirmed (an address from its row's link).
    cancelling: rows.find((row) => row.id === cancelId) ?? null,
    moving: rows.find((row) => row.id === moveId) ?? null,
    // The sessions to move to, read only while a move is being chosen.
    moveTargets: choosingMove && !started ? await loadMoveTargets(fetch, list.event, locals.sessionToken) : null,
    done: signupsDoneText(url.searchParams.get("gedaan")),
    mailed: Number.isInteger(mailed) && mailed > 0 ? mailed : null,
  };
};

/** Every action answers in this one shape, so the page reads each part the same way. */
export interface SignupsPageForm {
  cancel?: { signupId: string; reason: string; error?: string; message?: string };
  move?: { signupId: string; toEventId: string; error?: string; message?: string };
  attendance?: AttendanceValues & { error?: string; message?: string };
  mail?: { values: MailValues; errors: Record<string, string>; message?: string };
}

const fail = (status: number, form: SignupsPageForm) => failWith(status, form);

export const actions: Actions = {
  annuleren: async ({ request, fetch, params, locals }) => {
    const form = await request.formData();
    const signupId = textOf(form, "signupId");
    const { reason, error } = reasonFrom(form);
    if (error) return fail(400, { cancel: { signupId, reason, error } });
    const answer = await mutateApi(fetch, CancelSignupAsOrganiserMutation, { signupId, reason }, "Cancel sign-up", { token: locals.sessionToken });
    const outcome = outcomeOf(answer, (data) => data.cancelSignupAsOrganiser, "Signup", { reason: REASON_MISSING_TEXT });
    if (!outcome.ok) return fail(outcome.status, { cancel: { signupId, reason, error: outcome.errors.reason, message: outcome.message } });
    redirect(303, signupsPath(params.id, "geannuleerd"));
  },
  verplaatsen: async ({ request, fetch, params, locals }) => {
    const form = await request.formData();
    const move = { signupId: textOf(form, "signupId"), toEventId: textOf(form, "toEventId") };
    if (!move.toEventId) return fail(400, { move: { ...move, error: MOVE_TEXTS.choose } });
    const answer = await mutateApi(fetch, MoveSignupMutation, move, "Move sign-up", { token: locals.sessionToken });
    const outcome = outcomeOf(answer, (data) => data.moveSignup, "Signup", { toEventId: MOVE_TEXTS.choose });
    if (!outcome.ok) return fail(outcome.status, { move: { ...move, error: outcome.errors.toEventId, message: outcome.conflict ? MOVE_TEXTS.conflict : outcome.message } });
    redirect(303, signupsPath(params.id, "verplaatst"));
  },
  aanwezigheid: async ({ request, fetch, params, locals }) => {
    const { values, attended, count, error } = attendanceFrom(await request.formData());
    if (error || attended === undefined) return fail(400, { attendance: { ...values, error } });
    const answer = await mutateApi(fetch, RecordAttendanceMutation, { signupId: values.signupId, attended, count }, "Record attendance", { token: locals.sessionToken });
    const outcome = outcomeOf(answer, (data) => data.recordAttendance, "Signup", { count: ATTENDANCE_TEXTS.count });
    if (!outcome.ok) {
      const message = outcome.conflict ? ATTENDANCE_TEXTS.notStarted : outcome.message;
      return fail(outcome.status, { attendance: { ...values, error: outcome.errors.count, message } });
    }
    redirect(303, `${signupsPath(params.id, "aanwezigheid")}#aanmelding-${encodeURIComponent(values.signupId)}`);
  },
  mailen: async ({ request, fetch, params, locals }) => {
    const { values, errors } = mailFrom(await request.formData());
    if (Object.keys(errors).length) return fail(400, { mail: { values, errors } });
    const input = { eventId: params.id, ...values };
    const answer = await mutateApi(fetch, MailSignupsMutation, { input }, "Mail sign-ups", { token: locals.sessionToken });
    if ("data" in answer && answer.data.mailSignups.__typename === "TooManyRequestsError") {
      return fail(429, { mail: { values, errors: {}, message: MAIL_TEXTS.tooMany(Math.ceil(answer.data.mailSignups.retryAfterSeconds / 3600)) } });
    }
    const outcome = outcomeOf(answer, (data) => data.mailSignups, "SignupMailing", { subject: MAIL_TEXTS.subject, message: MAIL_TEXTS.message });
    if (!outcome.ok) return fail(outcome.status, { mail: { values, errors: outcome.errors, message: outcome.conflict ? MAIL_TEXTS.noOne : outcome.message } });
    redirect(303, `${signupsPath(params.id)}?gemaild=${outcome.result.recipientCount}`);
  },
};
