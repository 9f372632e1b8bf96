import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { queryApi } from "$lib/server/api";
import { absoluteUrl } from "$lib/server/site";
import { eventPath } from "../../beheer/activiteiten/event-path";
import { googleCalendarUrl, outlookCalendarUrl } from "./calendar-links";
import { eventJsonLd, serializeJsonLd } from "./event-json-ld";
import { signUp } from "./signup-action";
import { EMPTY_SIGNUP } from "./signup-form";
import type { Actions, PageServerLoad } from "./$types";

// Plain HTML and forms posted to the server: this page needs no JavaScript in the browser.
export const csr = false;

const EventPageQuery = graphql(`
  query EventPage($slug: String!, $signedIn: Boolean!) {
    event(slug: $slug) {
      id @include(if: $signedIn)
      viewerCanEdit @include(if: $signedIn)
      slug
      title
      summary
      description
      kind
      status
      cancellationReason
      startsAt
      endsAt
      allDay
      capacity
      costCents
      signupMode
      signupUrl
      signupOpensAt
      signupClosesAt
      signupAvailability {
        isOpen
        remaining
        waitingCount
      }
      onlineUrl
      leerwegen
      audiences {
        code
        name
      }
      profiles {
        code
        name
      }
      themes {
        slug
        name
      }
      actionLines {
        number
        slug
        title
      }
      challenge {
        slug
        title
      }
      organisers {
        role
        organisation {
          slug
          name
          email
        }
      }
      venue {
        name
        street
        postalCode
        city
        latitude
        longitude
      }
      image {
        ...PictureFields
      }
    }
  }
`);

type Venue = { name: string; street?: string | null; postalCode?: string | null; city: string };

/** One line for calendars: "Name, Street 1, 1234 AB Town". */
function venueLine(venue: Venue): string {
  return [venue.name, venue.street, [venue.postalCode, venue.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
}

export const load: PageServerLoad = async ({ fetch, params, url, locals, setHeaders }) => {
  // With a session cookie the event is asked for as its viewer, so editors and moderators see a
  // draft (a preview) and a link to edit it. That answer is theirs alone: never stored by a cache.
  // Anonymous visitors, nearly everyone, get the public page with one anonymous request, as before.
  const token = locals.sessionToken;
  if (token) setHeaders({ "cache-control": "private, no-store" });
  const data = await queryApi(fetch, EventPageQuery, { slug: params.slug, signedIn: Boolean(token) }, "Event page", { token });
  const event = data.event;
  if (!event) error(404, "Deze activiteit bestaat niet (meer).");
  const preview = event.status !== "PUBLISHED" && event.status !== "CANCELLED";
  // A preview is not the public page: search engines must not keep it should a link leak.
  if (preview) setHeaders({ "x-robots-tag": "noindex" });

  const pageUrl = absoluteUrl(url, `/agenda/${encodeURIComponent(event.slug)}`);
  const entry = {
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    allDay: event.allDay,
    details: `${event.summary}\n\nMeer informatie: ${pageUrl}`,
    location: event.venue ? venueLine(event.venue) : (event.onlineUrl ?? ""),
  };

  return {
    event,
    preview,
    editUrl: event.viewerCanEdit && event.id ? eventPath(event.id) : null,
    canonicalUrl: pageUrl,
    // Serialized here, on the server, so the page only places the finished, escaped string.
    jsonLd: serializeJsonLd(
      eventJsonLd(event, { page: pageUrl, organisation: (slug) => absoluteUrl(url, `/organisaties/${slug}`) }),
    ),
    calendar: {
      ics: `/agenda/${encodeURIComponent(event.slug)}.ics`,
      google: googleCalendarUrl(entry),
      outlook: outlookCalendarUrl(entry),
    },
    // The sign-up form starts empty; a refused post comes back as typed (the action's `form`).
    signupValues: EMPTY_SIGNUP,
    // A robot's post (the hidden field filled in) is thanked like a person's, see signup-action.
    signupReceived: url.searchParams.get("aanmelding") === "ontvangen",
    // The moment of rendering, so the page and its parts agree on what is past or open.
    now: new Date().toISOString(),
  };
};

export const actions: Actions = { aanmelden: signUp };
