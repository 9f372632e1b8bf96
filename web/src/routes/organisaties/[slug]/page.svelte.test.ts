import { render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import Page from "./+page.svelte";
import { makeFragmentData } from "$lib/graphql/generated";
import { LinkedEventFields, linkedEvents } from "$lib/graphql/linked-event";
import { linkGroups, splitOffering, splitRoles } from "./organisation-sections";
import type { PageOrganisation } from "./types";

type Data = Parameters<typeof Page>[1]["data"];

const base: PageOrganisation = {
  slug: "x",
  image: null,
  logo: null,
  name: "X",
  kind: "COMPANY",
  description: "",
  street: null,
  postalCode: null,
  city: "Oss",
  latitude: null,
  longitude: null,
  website: null,
  email: null,
  phone: null,
  hasTechlab: false,
  municipality: null,
  parent: null,
  profiles: [],
  gtProgrammes: [],
  locations: [],
  roles: [],
  offerings: [],
  outgoingLinks: [],
  incomingLinks: [],
  challengeParticipations: [],
  posedChallenges: [],
  events: { pageInfo: { hasNextPage: false }, edges: [] },
};

function renderOrganisation(organisation: PageOrganisation) {
  const data = {
    organisation,
    offering: splitOffering(organisation.offerings),
    roles: splitRoles(organisation.roles),
    linkGroups: linkGroups(organisation),
    events: linkedEvents(organisation.events.edges.map((edge) => edge.node)),
    canonicalUrl: `https://loket.example/organisaties/${organisation.slug}`,
  } as unknown as Data;
  render(Page, { props: { data, params: { slug: organisation.slug }, form: undefined } as never });
}

const h2s = () => screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent);

describe("organisation page", () => {
  it("shows a company's offering, challenge, partner schools and contact, and no empty sections", () => {
    renderOrganisation({
      ...base,
      slug: "thermion",
      name: "Thermion",
      offerings: [{ slug: "stage", title: "Stage installatietechniek", kind: "INTERNSHIP", summary: "Stages.", audiences: [{ sector: "VMBO_BOVENBOUW" }] }],
      posedChallenges: [{ slug: "warmtepomp-challenge", title: "Warmtepomp-challenge", status: "RUNNING" }],
      incomingLinks: [{ kind: "PARTNER_COMPANY", note: "Stages.", from: { slug: "het-ambachtshuis", name: "Het Ambachtshuis", city: "Oss" } }],
      roles: [{ kind: "CONTACT_PERSON", person: { name: "Hans Brouwers", jobTitle: "HR-adviseur", workEmail: "h@thermion.example", workPhone: null } }],
    });

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Thermion");
    expect(h2s()).toEqual(["Gegevens", "Aanbod", "Contactpersonen", "Partnerscholen", "Challenges"]);
    expect(screen.getByRole("link", { name: "Het Ambachtshuis" }).getAttribute("href")).toBe("/organisaties/het-ambachtshuis");
    expect(screen.getByRole("link", { name: "Warmtepomp-challenge" }).getAttribute("href")).toBe("/challenges/warmtepomp-challenge");
    expect(screen.getByRole("link", { name: "h@thermion.example" }).getAttribute("href")).toBe("mailto:h@thermion.example");
  });

  it("shows a vmbo school's schakelfunctionaris, Techlab offer for primary schools and upcoming events", () => {
    renderOrganisation({
      ...base,
      slug: "het-ambachtshuis",
      name: "Het Ambachtshuis",
      kind: "VMBO_SCHOOL",
      hasTechlab: true,
      roles: [{ kind: "SCHAKELFUNCTIONARIS", person: { name: "Sanne Hendriks", jobTitle: null, workEmail: "s@ah.example", workPhone: null } }],
      offerings: [{ slug: "techlab", title: "Techlab voor groep 7 en 8", kind: "TECHLAB_SESSION", summary: "3D-printen.", audiences: [{ sector: "PRIMARY" }] }],
      events: {
        pageInfo: { hasNextPage: true },
        edges: [
          {
            node: makeFragmentData(
              { slug: "open-dag", title: "Open dag", startsAt: "2027-03-20T09:00:00.000Z", endsAt: "2027-03-20T12:00:00.000Z", allDay: false, status: "PUBLISHED", kind: "OPEN_DAY", image: null, venue: null },
              LinkedEventFields,
            ),
          },
        ],
      },
    });

    expect(h2s()).toEqual(["Gegevens", "Voor basisscholen", "Schakelfunctionaris", "Binnenkort"]);
    expect(screen.getByText("Sanne Hendriks")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Open dag" }).getAttribute("href")).toBe("/agenda/open-dag");
    expect(screen.getByRole("link", { name: "Alle activiteiten van Het Ambachtshuis in de agenda" }).getAttribute("href")).toBe(
      "/agenda?organisatie=het-ambachtshuis",
    );
  });

  it("shows a location's school", () => {
    renderOrganisation({ ...base, kind: "VMBO_SCHOOL", name: "Het Ambachtshuis Oss", parent: { slug: "het-ambachtshuis", name: "Het Ambachtshuis" } });

    expect(screen.getAllByRole("link", { name: "Het Ambachtshuis" }).every((link) => link.getAttribute("href") === "/organisaties/het-ambachtshuis")).toBe(true);
  });
});
