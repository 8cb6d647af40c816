import { Fragment } from 'react';
import AccountTreeOutlinedIcon from '@mui/icons-material/AccountTreeOutlined';
import HowToRegOutlinedIcon from '@mui/icons-material/HowToRegOutlined';
import TerminalIcon from '@mui/icons-material/Terminal';
import { ListItemIcon, MenuItem } from '@mui/material';
import { Admin, Layout, Menu, Resource, useCanAccess, usePermissions, useTranslate, type LayoutProps } from 'react-admin';
import { PasswordGate } from './components/PasswordGate';
import { Dashboard } from './dashboard/Dashboard';
import { LoginPage } from './login/LoginPage';
import { darkTheme, lightTheme } from './theme';
import { authProvider } from './providers/authProvider';
import { canAccess, type AppAbility } from './providers/canAccess';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import { DESCRIPTORS } from './resources';
import { BODY_TREE_PATH } from './resources/bodies/tree';
import { ICONS } from './resources/icons';
import { awaitingMyDecisionPath } from './resources/memberships/governance';
import { OWN_SCREENS } from './resources/screens';
import type { ResourceDescriptor } from './resources/descriptor';
import { ResourceCreate, ResourceEdit, ResourceList, ResourceShow } from './components/ResourceScreens';

/**
 * The resources with pages of their own (those with a menu icon), in menu order, each screen its
 * own where it has one, else generated from what its descriptor describes.
 */
const PAGES = DESCRIPTORS.filter((descriptor) => descriptor.icon).map((descriptor: ResourceDescriptor) => {
  const own = OWN_SCREENS[descriptor.name as keyof typeof OWN_SCREENS] ?? {};
  return {
    name: descriptor.name,
    icon: ICONS[descriptor.icon!],
    recordRepresentation: descriptor.recordRepresentation,
    list: own.list ?? (descriptor.list ? ResourceList : undefined),
    show: own.show ?? (descriptor.show ? ResourceShow : undefined),
    create: own.create ?? (descriptor.create ? ResourceCreate : undefined),
    edit: own.edit ?? (descriptor.edit ? ResourceEdit : undefined),
    children: own.children,
  };
});

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
  return (
    <Menu.Item
      to={awaitingMyDecisionPath()}
      primaryText="app.membership.awaiting"
      leftIcon={<HowToRegOutlinedIcon />}
      data-testid="menu-awaitingDecision"
    />
  );
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
      {PAGES.map(({ name }) => (
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
      lightTheme={lightTheme}
      darkTheme={darkTheme}
      loginPage={LoginPage}
    >
      {PAGES.map(({ name, ...views }) => (
        <Resource key={name} name={name} {...views} />
      ))}
    </Admin>
  );
}
