/** The dashboard's reads of the API's summaries (see providers/summaries.ts). */
import { useQuery } from '@tanstack/react-query';
import { useLogoutIfAccessDenied } from 'react-admin';
import { graphql } from '../providers/graphqlClient';
import { summaryQuery, type Summary, type SummaryName } from '../providers/summaries';

export { countText, type Summary, type SummaryGroup } from '../providers/summaries';

export function useSummary(
  name: SummaryName,
  groupBy: string[],
  options: { filter?: Record<string, unknown>; limit?: number; enabled?: boolean } = {},
) {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const variables = { groupBy, filter: options.filter ?? null, limit: options.limit ?? 100 };
  return useQuery({
    queryKey: ['summary', name, variables],
    enabled: options.enabled ?? true,
    queryFn: async () => {
      try {
        return (await graphql<{ summary: Summary }>(summaryQuery(name), variables)).summary;
      } catch (error) {
        await logoutIfAccessDenied(error);
        throw error;
      }
    },
  });
}
