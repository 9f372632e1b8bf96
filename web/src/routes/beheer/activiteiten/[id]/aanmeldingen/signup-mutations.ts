// What organisers change on the sign-ups page: cancel a sign-up with a reason, move it to another
// session, record attendance, mail everyone.
import { graphql } from "$lib/graphql/generated";

export const CancelSignupAsOrganiserMutation = graphql(`
  mutation CancelSignupAsOrganiser($signupId: ID!, $reason: String!) {
    cancelSignupAsOrganiser(signupId: $signupId, reason: $reason) {
      __typename
      ... on Signup {
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

export const MoveSignupMutation = graphql(`
  mutation MoveSignup($signupId: ID!, $toEventId: ID!) {
    moveSignup(signupId: $signupId, toEventId: $toEventId) {
      __typename
      ... on Signup {
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

export const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($signupId: ID!, $attended: Boolean!, $count: Int) {
    recordAttendance(signupId: $signupId, attended: $attended, count: $count) {
      __typename
      ... on Signup {
        id
        attended
        attendedCount
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

export const MailSignupsMutation = graphql(`
  mutation MailSignups($input: MailSignupsInput!) {
    mailSignups(input: $input) {
      __typename
      ... on SignupMailing {
        recipientCount
      }
      ... on ValidationError {
        problems {
          path
          message
        }
      }
      ... on TooManyRequestsError {
        retryAfterSeconds
      }
    }
  }
`);
