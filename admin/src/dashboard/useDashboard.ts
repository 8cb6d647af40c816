/** The start page's one request (see dashboardQuery.ts), asked once the caller's rules are known. */
import { useQuery } from '@tanstack/react-query';
import { useLogoutIfAccessDenied } from 'react-admin';
import { graphql } from '../providers/graphqlClient';
import { dashboardQuery, type DashboardData, type DashboardScope } from './dashboardQuery';

export function useDashboard(scope: DashboardScope, enabled: boolean) {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useQuery({
    queryKey: ['dashboard', scope],
    enabled,
    queryFn: async () => {
      try {
        return await graphql<DashboardData>(dashboardQuery(scope), scope.roleBodyIds.length ? { roleBodyIds: scope.roleBodyIds } : {});
      } catch (error) {
        await logoutIfAccessDenied(error);
        throw error;
      }
    },
  });
}
