import { countOpenBookings } from "./open-bookings";
import { signOut, signOutEverywhere } from "./sign-out";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, locals }) => ({ openBookings: await countOpenBookings(fetch, locals.sessionToken) });

export const actions: Actions = {
  uitloggen: signOut,
  overalUitloggen: signOutEverywhere,
};
