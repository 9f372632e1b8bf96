import { signOut, signOutEverywhere } from "./sign-out";
import type { Actions } from "./$types";

export const actions: Actions = {
  uitloggen: signOut,
  overalUitloggen: signOutEverywhere,
};
