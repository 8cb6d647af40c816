import { Fragment, type ComponentType } from 'react';
import AccountTreeOutlinedIcon from '@mui/icons-material/AccountTreeOutlined';
import HowToRegOutlinedIcon from '@mui/icons-material/HowToRegOutlined';
import TerminalIcon from '@mui/icons-material/Terminal';
import ManageAccountsOutlinedIcon from '@mui/icons-material/ManageAccountsOutlined';
import { ListItemIcon, ListSubheader, MenuItem } from '@mui/material';
import {
  Admin,
  AppBar,
  CustomRoutes,
  Layout,
  Logout,
  Menu,
  Resource,
  useCanAccess,
  usePermissions,
  useSidebarState,
  useTranslate,
  useUserMenu,
  type LayoutProps,
} from 'react-admin';
import { Link, Route } from 'react-router-dom';
import { PasswordGate } from './components/PasswordGate';
import { Dashboard } from './dashboard/Dashboard';
import { AccountUserMenu } from './layout/AccountUserMenu';
import { LoginPage } from './login/LoginPage';
import { darkTheme, lightTheme } from './theme';
import { authProvider } from './providers/authProvider';
import { canAccess, readsOnlyOwnRecords, type AppAbility } from './providers/canAccess';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import { DESCRIPTORS } from './resources';
import { BODY_TREE_PATH } from './resources/bodies/tree';
import { ICONS } from './resources/icons';
import { awaitingMyDecisionPath } from './resources/memberships/governance';
import { OWN_SCREENS } from './resources/screens';
import type { ResourceDescriptor } from './resources/descriptor';
import { ResourceCreate, ResourceEdit, ResourceList, ResourceShow } from './components/ResourceScreens';
import { withRecordAccess } from './components/RecordAccessGate';
import { PROFILE_PATH, ProfilePage } from './profile/ProfilePage';

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
    edit: withEditAccess(own.edit ?? (descriptor.edit ? ResourceEdit : undefined)),
    children: own.children,
  };
});

/** Every edit page asks about the record itself before it draws its form (RecordAccessGate.tsx). */
function withEditAccess(screen: ComponentType | undefined): ComponentType | undefined {
  return screen ? withRecordAccess('edit', screen) : undefined;
}

/** The menu's sections, each its resources in menu order. */
const MENU_GROUPS = [
  { key: 'roster', resources: ['bodies', 'people', 'memberships', 'accounts', 'poolEntries', 'leaderGrants'] },
  {
    key: 'work',
    resources: [
      'rounds',
      'assignments',
      'briefings',
      'activities',
      'intakeItems',
      'evaluations',
      'talks',
      'recordsRequests',
      'findings',
      'deeperInquiries',
      'helpRequests',
      'reports',
      'rectificationItems',
      'supervisionItems',
      'trainingRecords',
      'staffAssessments',
    ],
  },
] as const;

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
  const { permissions } = usePermissions<AppAbility>();
  const pages = new Set<string>(PAGES.map((page) => page.name));
  const lists = (name: string) => pages.has(name) && canAccess(permissions, { action: 'list', resource: name });
  // A roster list that by rule holds only the caller's own record gives way to the profile, which shows the same.
  const ownOnly = (name: string) => readsOnlyOwnRecords(permissions, name);
  const shown = (name: string) => lists(name) && !ownOnly(name);
  const profileInRoster = MENU_GROUPS[0].resources.some((name) => lists(name) && ownOnly(name));
  const queries = ['list', 'summarize'].some((action) => canAccess(permissions, { action, resource: 'findings' }));
  return (
    <Menu>
      <Menu.DashboardItem data-testid="menu-dashboard" />
      {MENU_GROUPS.map(({ key, resources }) => {
        const visible = resources.filter(shown);
        if (!visible.length && !(key === 'roster' && profileInRoster)) return null;
        return (
          <Fragment key={key}>
            <MenuGroupHeading group={key} />
            {visible.map((name) => (
              <Fragment key={name}>
                <Menu.ResourceItem name={name} data-testid={`menu-${name}`} />
                {name === 'bodies' ? <BodyTreeMenuItem /> : null}
                {name === 'memberships' ? <AwaitingDecisionMenuItem /> : null}
              </Fragment>
            ))}
            {key === 'roster' && profileInRoster ? <ProfileMenuItem /> : null}
          </Fragment>
        );
      })}
      {queries ? (
        <>
          <MenuGroupHeading group="queries" />
          <WorkbenchMenuItem />
        </>
      ) : null}
    </Menu>
  );
}

/** A section's heading; with the sidebar folded to icons, only the icons remain. */
function MenuGroupHeading({ group }: { group: string }) {
  const translate = useTranslate();
  const [open] = useSidebarState();
  if (!open) return null;
  return (
    // Only menu items may stand in a menu: to a screen reader the heading is no item of it.
    <ListSubheader
      role="presentation"
      disableSticky
      sx={{ bgcolor: 'transparent', lineHeight: '32px', mt: 1, fontWeight: 600 }}
      data-testid={`menu-group-${group}`}
    >
      {translate(`app.menu.${group}`)}
    </ListSubheader>
  );
}

function ProfileMenuItem() {
  return (
    <Menu.Item to={PROFILE_PATH} primaryText="app.profile.menu" leftIcon={<ManageAccountsOutlinedIcon />} data-testid="menu-profile" />
  );
}

/** The user menu's way to one's own profile; the menu closes as the page opens. */
function ProfileUserMenuItem() {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={Link} to={PROFILE_PATH} onClick={() => userMenu?.onClose()} data-testid="user-menu-profile">
      <ListItemIcon>
        <ManageAccountsOutlinedIcon fontSize="small" />
      </ListItemIcon>
      {translate('app.profile.menu')}
    </MenuItem>
  );
}

/** The user menu: one's own profile, and signing out. */
function AppUserMenu() {
  return (
    <AccountUserMenu>
      <ProfileUserMenuItem />
      <Logout />
    </AccountUserMenu>
  );
}

function AppAppBar() {
  return <AppBar userMenu={<AppUserMenu />} />;
}

function AppLayout(props: LayoutProps) {
  return (
    <PasswordGate>
      <Layout {...props} menu={AppMenu} appBar={AppAppBar} />
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
      {(permissions: AppAbility) => (
        <>
          {PAGES.map(({ name, create, ...views }) => (
            // Without a creation page, an empty list does not invite a caller who may not create to add one.
            <Resource
              key={name}
              name={name}
              {...views}
              create={canAccess(permissions, { action: 'create', resource: name }) ? create : undefined}
            />
          ))}
          <CustomRoutes>
            <Route path={PROFILE_PATH} element={<ProfilePage />} />
          </CustomRoutes>
        </>
      )}
    </Admin>
  );
}
