// What the API refuses before anything runs, so that bad input gets a 4xx or a BAD_USER_INPUT error
// and never reaches the resolvers, the database or a recursion deep enough to overflow the stack:
// other paths than the endpoint, malformed GET parameters, oversized or deeply nested documents,
// NUL characters (PostgreSQL refuses them in text), too many aliases, and operation types the
// schema lacks.
import { GraphQLError, Lexer, Source, TokenKind, visit, type ASTVisitor, type ValidationContext } from "graphql";
import { createGraphQLError, type Plugin } from "graphql-yoga";
import { imageLimits } from "./images/render.ts";
import { limits } from "./limits.ts";

export const GRAPHQL_PATH = "/graphql";

/**
 * A multipart request (an upload) is parsed as it streams in, within these bounds, so no request
 * makes the API hold more than about 17 MB: one file of up to twice the image limit (a somewhat
 * larger picture gets a ValidationError on `file`; beyond this the request fails as a whole), and
 * a few small fields (`operations`, `map`).
 */
export const multipartLimits = { files: 1, fileSize: 2 * imageLimits.maxBytes, fields: 4, fieldSize: 100_000, parts: 5, fieldNameSize: 100 };
const maxMultipartBytes = multipartLimits.fileSize + multipartLimits.fields * multipartLimits.fieldSize + 64 * 1024;

/** A request the API cannot take as it is: HTTP 400, whatever the client accepts. */
export function badRequest(message: string) {
  return createGraphQLError(message, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
}

const opening = new Set<string>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const closing = new Set<string>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/** Counts tokens and nesting with graphql's own lexer, which does not recurse, before the parser does. */
export function checkDocumentSize(query: string) {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  let depth = 0;
  for (let token = nextToken(lexer); token && token.kind !== TokenKind.EOF; token = nextToken(lexer)) {
    if (++tokens > limits.maxTokens) throw badRequest(`The query has more than ${limits.maxTokens} tokens`);
    if (opening.has(token.kind) && ++depth > limits.maxNesting) {
      throw badRequest(`The query nests braces, brackets or parentheses more than ${limits.maxNesting} levels deep`);
    }
    if (closing.has(token.kind)) depth--;
  }
}

/** The next token, or null where the text is no valid GraphQL: the parser then reports the syntax error. */
function nextToken(lexer: Lexer) {
  try {
    return lexer.advance();
  } catch {
    return null;
  }
}

function hasNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\0");
  if (Array.isArray(value)) return value.some(hasNul);
  // Plain objects only: an uploaded File (a multipart request's part) holds its bytes, not strings.
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).some(([key, item]) => key.includes("\0") || hasNul(item));
  }
  return false;
}

const noNulInStrings = (context: ValidationContext): ASTVisitor => ({
  StringValue(node) {
    if (node.value.includes("\0")) {
      context.reportError(new GraphQLError("Strings must not contain NUL characters (\\u0000)", { nodes: node, extensions: { code: "BAD_USER_INPUT" } }));
    }
  },
});

/** Aliases let one request ask for the same costly field many times: at most `limits.maxAliases` per operation. */
const aliasLimit = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(operation) {
    let aliases = 0;
    for (const node of [operation, ...context.getRecursivelyReferencedFragments(operation)]) {
      visit(node, { Field: (field) => void (field.alias && aliases++) });
    }
    if (aliases > limits.maxAliases) {
      context.reportError(new GraphQLError(`The operation has ${aliases} aliases; at most ${limits.maxAliases} are allowed`, { nodes: operation }));
    }
  },
});

const supportedOperationTypes = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This API does not support ${node.operation} operations`, { nodes: node }));
    }
  },
});

/**
 * Every validation error is a request error, whichever rule (ours, graphql-js's or a plugin's such
 * as the alias limit) reported it: 400 under `application/graphql-response+json`, as the GraphQL
 * over HTTP spec asks, and 200 under plain `application/json`, as before that spec.
 */
function asRequestError(error: GraphQLError | Error) {
  if (!(error instanceof GraphQLError)) return error;
  return error.extensions.http
    ? error
    : new GraphQLError(error.message, {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        originalError: error.originalError,
        extensions: { ...error.extensions, http: { status: 400, spec: true } },
      });
}

export function requestGuards(): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      // Exactly one endpoint: Yoga on its own also answers on any path that ends in it.
      if (url.pathname !== GRAPHQL_PATH) return endResponse(new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain" } }));
      // A body declared too large is refused before a byte of it is read.
      const length = Number(request.headers.get("content-length") ?? 0);
      if (request.headers.get("content-type")?.startsWith("multipart/") && length > maxMultipartBytes) {
        endResponse(
          Response.json(
            { errors: [{ message: `The request is larger than ${maxMultipartBytes} bytes; images may be at most ${imageLimits.maxBytes} bytes`, extensions: { code: "BAD_USER_INPUT" } }] },
            { status: 413, headers: { "Access-Control-Allow-Origin": "*" } },
          ),
        );
      }
    },
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (error) {
          // Yoga's GET parser JSON.parses `variables` and `extensions` without a catch.
          if (error instanceof SyntaxError) throw badRequest(`variables and extensions must be JSON: ${error.message}`);
          throw error;
        }
      });
    },
    onParams({ params }) {
      if (typeof params.query === "string") checkDocumentSize(params.query);
      if (hasNul(params.variables) || hasNul(params.extensions) || hasNul(params.operationName)) {
        throw badRequest("Variables must not contain NUL characters (\\u0000)");
      }
    },
    onValidate({ addValidationRule }) {
      addValidationRule(noNulInStrings);
      addValidationRule(supportedOperationTypes);
      addValidationRule(aliasLimit);
      return ({ result, setResult }) => {
        if (result.length) setResult(result.map(asRequestError));
      };
    },
  };
}
