// Shown in GraphiQL at /graphql: press the play button and pick an operation.
export const exampleQueries = `# Techniek Loket API: the public, read-only API of the network.
# No key needed. Limits: pages of at most 100, depth 10, 15 aliases, a cost budget
# and a per-client rate limit (see the README). Pick an operation with the play button.

query NextTechniekmarkten {
  events(first: 5, filter: { kinds: [TECHNIEKMARKT] }) {
    totalCount
    edges {
      node { title startsAt endsAt url venue { name city } organisers { organisation { name } } }
    }
    pageInfo { hasNextPage endCursor }
  }
}

query TechlabSessionsForGroup7Nearby {
  events(first: 10, filter: {
    kinds: [TECHLAB_SESSION]
    audiences: ["PO_GROUP_7"]
    near: { latitude: 51.7650, longitude: 5.5180, radiusKm: 15 }
  }) {
    edges { node { title startsAt venue { name city } capacity signupMode } }
  }
}

query VmboSchoolsWithTechlab {
  organisations(first: 20, filter: { kinds: [VMBO_SCHOOL], hasTechlab: true }) {
    edges {
      node {
        slug name city
        profiles { code name }
        roles { kind person { name workEmail } }
      }
    }
  }
}

query ActionLinesAndOffering {
  actionLines { number title offerings { title kind bookable organisation { name } } }
}
`;
