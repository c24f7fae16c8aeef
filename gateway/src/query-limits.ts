import { ApolloArmor } from '@escape.tech/graphql-armor';

/** The stable code of every limit rejection, whichever limit it was. */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

export const LIMIT_MESSAGES = {
  depth: 'Truy vấn lồng quá sâu (tối đa 10 cấp) / Query is nested too deeply (at most 10 levels)',
  aliases: 'Truy vấn dùng quá nhiều bí danh (tối đa 15) / Query uses too many aliases (at most 15)',
  directives: 'Truy vấn dùng quá nhiều chỉ thị (tối đa 20) / Query uses too many directives (at most 20)',
  tokens: 'Truy vấn quá dài / Query is too long',
  cost: 'Truy vấn quá phức tạp, hãy chia nhỏ / Query is too expensive, split it up',
};

/**
 * Limits on what one request may ask. Tuned on real client queries: the deepest one we ship (a unit with its
 * parent, report and dossiers, each dossier with its procedure and notifications) has depth 5.
 */
export function queryLimits(development: boolean) {
  return new ApolloArmor({
    maxDepth: { n: 10, ignoreIntrospection: true, errorMessage: LIMIT_MESSAGES.depth, exposeLimits: false },
    maxAliases: { n: 15, errorMessage: LIMIT_MESSAGES.aliases, exposeLimits: false },
    maxDirectives: { n: 20, errorMessage: LIMIT_MESSAGES.directives, exposeLimits: false },
    maxTokens: { n: 2_000, errorMessage: LIMIT_MESSAGES.tokens, exposeLimits: false },
    costLimit: {
      maxCost: 5_000,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ignoreIntrospection: true,
      errorMessage: LIMIT_MESSAGES.cost,
      exposeLimits: false,
    },
    // Field suggestions ("did you mean …") reveal the schema; keep them where introspection is on anyway.
    blockFieldSuggestion: { enabled: !development },
  }).protect();
}
