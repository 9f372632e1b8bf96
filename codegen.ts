// One GraphQL Code Generator config for the clients of the API, written as a GraphQL Config
// (`projects`) so each workspace picks its own entry: `graphql-codegen --config ../codegen.ts --project web`.
// Paths are relative to this file. Codegen reads the printed SDL (api/schema.graphql), never the
// Pothos code, so the clients build without the api's generated Prisma client.
//
// embed has no entry: the widget sends no GraphQL documents. web renders its markup and maps its
// attribute keywords to the API's enums (web/src/lib/enum-words.ts).
import type { IGraphQLConfig } from "graphql-config";

const schema = "api/schema.graphql";

/** Settings shared by every client: scalars as they travel over the wire, no runtime enums. */
const clientConfig = {
  scalars: {
    DateTime: { input: "string", output: "string" },
    Date: { input: "string", output: "string" },
    // Uploads: urql sends a File among the variables as a multipart request.
    File: { input: "File", output: "never" },
  },
  enumsAsTypes: true,
  useTypeImports: true,
  strictScalars: true,
};

const config: IGraphQLConfig = {
  projects: {
    web: {
      schema,
      // Documents live in .ts files (load functions and form actions; components do not fetch).
      // Plucking from .svelte files would need the `svelte2tsx` package, which is not installed.
      documents: ["web/src/**/*.ts", "!web/src/lib/graphql/generated/**"],
      extensions: {
        codegen: {
          // Fail when the site has no documents: an empty generated folder means a wrong glob.
          ignoreNoDocuments: false,
          generates: {
            // Typed DocumentNodes (TypedDocumentNode) for urql.
            "web/src/lib/graphql/generated/": {
              preset: "client",
              config: clientConfig,
            },
          },
        },
      },
    },
  },
};

export default config;
