/// <reference types="vite/client" />
/** The example queries of schema/examples, bundled as text: the same files the guide shows. */
import { parseExamples } from '../../../shared/query-examples';

export const EXAMPLES = parseExamples(
  import.meta.glob<string>('../../../schema/examples/*.graphql', { query: '?raw', import: 'default', eager: true }),
);
