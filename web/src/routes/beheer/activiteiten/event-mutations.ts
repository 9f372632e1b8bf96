// The changes an event's page makes. Each answers with the event or a typed failure (see
// event-outcome.ts); the fields asked for are what the page needs next.
import { graphql } from "$lib/graphql/generated";

export const UpdateEventMutation = graphql(`
  mutation UpdateEvent($id: ID!, $version: Int!, $input: EventInput!) {
    updateEvent(id: $id, version: $version, input: $input) {
      __typename
      ... on Event {
        id
        status
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

export const SubmitEventMutation = graphql(`
  mutation SubmitEvent($id: ID!) {
    submitEvent(id: $id) {
      __typename
      ... on Event {
        id
        status
      }
    }
  }
`);

export const PublishEventMutation = graphql(`
  mutation PublishEvent($id: ID!) {
    publishEvent(id: $id) {
      __typename
      ... on Event {
        id
        slug
      }
    }
  }
`);

export const RejectEventMutation = graphql(`
  mutation RejectEvent($id: ID!, $reason: String!) {
    rejectEvent(id: $id, reason: $reason) {
      __typename
      ... on ValidationError {
        problems {
          path
          message
        }
      }
    }
  }
`);

export const CancelEventMutation = graphql(`
  mutation CancelEvent($id: ID!, $reason: String!) {
    cancelEvent(id: $id, reason: $reason) {
      __typename
      ... on ValidationError {
        problems {
          path
          message
        }
      }
    }
  }
`);

export const DeleteEventMutation = graphql(`
  mutation DeleteEvent($id: ID!) {
    deleteEvent(id: $id) {
      __typename
    }
  }
`);
