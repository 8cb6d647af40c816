import { Fragment } from 'react';
import AccountTreeOutlinedIcon from '@mui/icons-material/AccountTreeOutlined';
import HowToRegOutlinedIcon from '@mui/icons-material/HowToRegOutlined';
import TerminalIcon from '@mui/icons-material/Terminal';
import { ListItemIcon, MenuItem } from '@mui/material';
import { Admin, Layout, Menu, Resource, useCanAccess, usePermissions, useTranslate, type LayoutProps } from 'react-admin';
import { PasswordGate } from './components/PasswordGate';
import { Dashboard } from './dashboard/Dashboard';
import { authProvider } from './providers/authProvider';
import { canAccess, type AppAbility } from './providers/canAccess';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import { accounts } from './resources/accounts';
import { activities } from './resources/activities';
import { assignments } from './resources/assignments';
import { bodies } from './resources/bodies';
import { BODY_TREE_PATH } from './resources/bodies/tree';
import { awaitingMyDecisionPath } from './resources/memberships/governance';
import { briefings } from './resources/briefings';
import { findings } from './resources/findings';
import { intakeItems } from './resources/intakeItems';
import { leaderGrants } from './resources/leaderGrants';
import { memberships } from './resources/memberships';
import { people } from './resources/people';
import { poolEntries } from './resources/poolEntries';
import { rectificationItems } from './resources/rectificationItems';
import { reports } from './resources/reports';
import { rounds } from './resources/rounds';
import { supervisionItems } from './resources/supervisionItems';

/** Rosters first, then the inspection records in the order the work produces them. */
const RESOURCE_VIEWS = {
  bodies,
  people,
  memberships,
  accounts,
  poolEntries,
  leaderGrants,
  rounds,
  assignments,
  briefings,
  activities,
  intakeItems,
  findings,
  reports,
  rectificationItems,
  supervisionItems,
};

/** The bodies as a tree, right under their list, for whoever may list bodies. */
function BodyTreeMenuItem() {
  const { canAccess } = useCanAccess({ action: 'list', resource: 'bodies' });
  if (!canAccess) return null;
  return <Menu.Item to={BODY_TREE_PATH} primaryText="app.tree.menu" leftIcon={<AccountTreeOutlinedIcon />} data-testid="menu-bodyTree" />;
}

/** An approver's queue of proposed memberships, right under the membership list, for whoever may decide them. */
function AwaitingDecisionMenuItem() {
  const { canAccess } = useCanAccess({ action: 'approve', resource: 'memberships' });
  if (!canAccess) return null;
  return <Menu.Item to={awaitingMyDecisionPath()} primaryText="app.membership.awaiting" leftIcon={<HowToRegOutlinedIcon />} data-testid="menu-awaitingDecision" />;
}

/**
 * The query workbench is a page of its own on the same server (not a route of the console), for
 * whoever may read or count inspection records.
 */
function WorkbenchMenuItem() {
  const translate = useTranslate();
  const { permissions } = usePermissions<AppAbility>();
  const reads = ['list', 'summarize'].some((action) => canAccess(permissions, { action, resource: 'findings' }));
  if (!reads) return null;
  return (
    <MenuItem component="a" href="/workbench" data-testid="menu-workbench">
      <ListItemIcon>
        <TerminalIcon fontSize="small" />
      </ListItemIcon>
      {translate('app.workbench.menu')}
    </MenuItem>
  );
}

/**
 * The menu with a stable test id per item. Each item asks canAccess({ action: 'list' }) itself,
 * so a resource the caller cannot read at all is not listed.
 */
function AppMenu() {
  return (
    <Menu>
      <Menu.DashboardItem data-testid="menu-dashboard" />
      {Object.keys(RESOURCE_VIEWS).map((name) => (
        <Fragment key={name}>
          <Menu.ResourceItem name={name} data-testid={`menu-${name}`} />
          {name === 'bodies' ? <BodyTreeMenuItem /> : null}
          {name === 'memberships' ? <AwaitingDecisionMenuItem /> : null}
        </Fragment>
      ))}
      <WorkbenchMenuItem />
    </Menu>
  );
}

function AppLayout(props: LayoutProps) {
  return (
    <PasswordGate>
      <Layout {...props} menu={AppMenu} />
    </PasswordGate>
  );
}

export function App() {
  return (
    <Admin
      disableTelemetry
      requireAuth
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      layout={AppLayout}
    >
      {Object.entries(RESOURCE_VIEWS).map(([name, views]) => (
        <Resource key={name} name={name} {...views} />
      ))}
    </Admin>
  );
}
