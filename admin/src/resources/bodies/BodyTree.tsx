import { useMemo, useState } from 'react';
import { Box, Card, CardContent, IconButton, LinearProgress, Typography } from '@mui/material';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import ViewListIcon from '@mui/icons-material/ViewList';
import {
  Button,
  Link,
  LinkBase,
  RecordContextProvider,
  Title,
  TopToolbar,
  useCreatePath,
  useGetMany,
  useInfiniteGetList,
  useLocaleState,
  usePermissions,
  useRequireAccess,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { bodyName } from '../names';
import type { AppAbility } from '../../providers/canAccess';
import { MoveButton } from './MoveButton';
import { parentIdsToCheck, pickRoots, rootCandidateIds } from './tree';

/** Bodies are read a page of children at a time, only when their parent is opened. */
const CHILDREN_PAGE = 25;
const INDENT = 3;

function useVisibleRoots(): { roots?: RaRecord[]; failed: boolean } {
  const { permissions: ability } = usePermissions<AppAbility>();
  const candidateIds = useMemo(() => (ability ? rootCandidateIds(ability) : undefined), [ability]);
  const candidates = useGetMany('bodies', { ids: candidateIds ?? [] }, { enabled: candidateIds !== undefined });
  const parentIds = useMemo(() => (candidates.data ? parentIdsToCheck(candidates.data) : undefined), [candidates.data]);
  const parents = useGetMany('bodies', { ids: parentIds ?? [] }, { enabled: parentIds !== undefined });
  const roots = useMemo(
    () => (candidates.data && parents.data ? pickRoots(candidates.data, parents.data) : undefined),
    [candidates.data, parents.data],
  );
  return { roots, failed: !!(candidates.error || parents.error) };
}

function BodyChildren({ parentId, depth }: { parentId: RaRecord['id']; depth: number }) {
  const translate = useTranslate();
  const { data, total, isPending, error, hasNextPage, fetchNextPage, isFetchingNextPage } = useInfiniteGetList('bodies', {
    filter: { reportsToId: parentId },
    sort: { field: 'name', order: 'ASC' },
    pagination: { page: 1, perPage: CHILDREN_PAGE },
  });
  const indent = { pl: depth * INDENT + 5 };
  if (isPending) return <LinearProgress sx={{ ...indent, my: 1, maxWidth: 240 }} />;
  if (error)
    return (
      <Typography color="error" sx={indent}>
        {translate('ra.notification.http_error')}
      </Typography>
    );
  const children = data.pages.flatMap((page) => page.data);
  return (
    <Box component="ul" role="group" sx={{ p: 0, m: 0 }}>
      {children.map((child) => (
        <BodyNode key={child.id} body={child} depth={depth} />
      ))}
      {children.length === 0 ? (
        <Typography component="li" variant="body2" color="text.secondary" sx={{ ...indent, listStyle: 'none', py: 0.5 }}>
          {translate('app.tree.no_children')}
        </Typography>
      ) : null}
      {hasNextPage ? (
        <Box component="li" sx={{ ...indent, listStyle: 'none' }}>
          <Button
            label={translate('app.tree.more', { count: (total ?? children.length) - children.length })}
            onClick={() => fetchNextPage()}
            disabled={isFetchingNextPage}
            data-testid="tree-more"
          />
        </Box>
      ) : null}
    </Box>
  );
}

function BodyNode({ body, depth, initiallyExpanded = false }: { body: RaRecord; depth: number; initiallyExpanded?: boolean }) {
  const [expanded, setExpanded] = useState(initiallyExpanded);
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  return (
    <RecordContextProvider value={body}>
      <Box component="li" role="treeitem" aria-expanded={expanded} data-testid={`tree-node-${body.code}`} sx={{ listStyle: 'none' }}>
        <Box
          data-testid={`tree-row-${body.code}`}
          sx={{ display: 'flex', alignItems: 'center', gap: 1, pl: depth * INDENT, minHeight: 40, '&:hover': { bgcolor: 'action.hover' } }}
        >
          <IconButton
            size="small"
            onClick={() => setExpanded(!expanded)}
            aria-label={translate(expanded ? 'app.tree.collapse' : 'app.tree.expand')}
            data-testid="tree-toggle"
          >
            {expanded ? <ExpandMoreIcon fontSize="small" /> : <ChevronRightIcon fontSize="small" />}
          </IconButton>
          <Link to={createPath({ resource: 'bodies', id: body.id, type: 'show' })}>{bodyName(body, locale)}</Link>
          <Typography variant="body2" color="text.secondary" noWrap>
            {body.code} · {translate(`enums.BodyKind.${body.kind}`)} · {translate(`enums.BodyLevel.${body.level}`)}
          </Typography>
          <Box sx={{ ml: 'auto' }}>
            <MoveButton />
          </Box>
        </Box>
        {expanded ? <BodyChildren parentId={body.id} depth={depth + 1} /> : null}
      </Box>
    </RecordContextProvider>
  );
}

/**
 * The bodies as the reporting tree, from the caller's roots down, each level read when it is
 * opened. A move refreshes every open level, so the body shows up under its new parent at once.
 */
export function BodyTree() {
  const { isPending: checkingAccess } = useRequireAccess({ action: 'list', resource: 'bodies' });
  const { roots, failed } = useVisibleRoots();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (checkingAccess) return null;
  return (
    <Box>
      <Title title="app.tree.title" />
      <TopToolbar>
        <Button
          component={LinkBase}
          to={createPath({ resource: 'bodies', type: 'list' })}
          label="app.tree.list"
          data-testid="open-body-list"
        >
          <ViewListIcon />
        </Button>
      </TopToolbar>
      <Card>
        <CardContent>
          {failed ? (
            <Typography color="error">{translate('ra.notification.http_error')}</Typography>
          ) : roots === undefined ? (
            <LinearProgress />
          ) : roots.length === 0 ? (
            <Typography color="text.secondary">{translate('app.tree.empty')}</Typography>
          ) : (
            <Box component="ul" role="tree" aria-label={translate('app.tree.title')} sx={{ p: 0, m: 0 }} data-testid="body-tree">
              {roots.map((root) => (
                <BodyNode key={root.id} body={root} depth={0} initiallyExpanded />
              ))}
            </Box>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
