// The published limits of the public API. The README and the schema descriptions quote these.
export const limits = {
  defaultPageSize: 20,
  maxPageSize: 100,
  /** Nesting depth of a query's selections. */
  maxDepth: 10,
  /** Number of fields selected in a query, all levels together. */
  maxBreadth: 150,
  /** Cost: every field costs 1, multiplied by the page size of each connection above it. */
  maxComplexity: 25000,
  /** Tokens (names, punctuation, values) in a query document. */
  maxTokens: 5000,
  /** Nesting of braces, brackets and parentheses in a query document, selections and values together. */
  maxNesting: 32,
  /** Aliases per operation. */
  maxAliases: 15,
  /** Values in one list argument of a filter (kinds, municipalities, ...). */
  maxFilterValues: 50,
  /** Free-text search length in characters. */
  maxSearchLength: 200,
  /** Radius of a distance filter in kilometres. */
  maxRadiusKm: 250,
} as const;
