/**
 * Sign-in through the `login` mutation, the caller's ability from `me { rules }`, and react-admin's
 * access questions answered by the pure canAccess().
 */
import type { AuthProvider, UserIdentity } from 'ra-core';
import { abilityFromPackedRules, canAccess, type AppAbility } from './canAccess';
import type * as Schema from '../generated/graphql';
import { graphql as defaultGraphql, sessionStore, type GraphQLRequest, type Session } from './graphqlClient';

export type HeldRole = Schema.HeldRole;

/** What ME reads of `me`. */
export type Me = Omit<Schema.Me, 'account'> & {
  /** `mustChangePassword`: someone else chose the password; the console asks for a new one before anything else. */
  account: Pick<Schema.Account, 'id' | 'login' | 'mustChangePassword' | 'personId'> & { person: Pick<Schema.Person, 'name'> | null };
};

export interface CurrentUser {
  me: Me;
  ability: AppAbility;
}

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { token expiresAt } }`;
const ME = `query Me { me { account { id login mustChangePassword personId person { name } } roles { role bodyId source } rules } }`;
const SIGN_OUT = `mutation SignOut { signOut { id } }`;

export function isExpired(session: Session | null, now = Date.now()): boolean {
  return !session || !(Date.parse(session.expiresAt) > now);
}

export function createAuthProvider(
  request: GraphQLRequest = defaultGraphql,
  store = sessionStore,
): AuthProvider & {
  currentUser: () => Promise<CurrentUser>;
  /** Reads `me` afresh on the next question (after the password was changed). */
  forgetUser: () => void;
} {
  // One `me` per session: react-admin asks canAccess for every menu item and button.
  let cached: { token: string; user: Promise<CurrentUser> } | null = null;

  function currentUser(): Promise<CurrentUser> {
    const token = store.token();
    if (!token) return Promise.reject(new Error('ra.auth.auth_check_error'));
    if (cached?.token !== token) {
      const user = request<{ me: Me }>(ME).then(({ me }) => ({ me, ability: abilityFromPackedRules(me.rules) }));
      cached = { token, user };
      // A failed read is not kept: the next question asks again.
      user.catch(() => {
        if (cached?.user === user) cached = null;
      });
    }
    return cached.user;
  }

  return {
    currentUser,

    forgetUser() {
      cached = null;
    },

    async login({ username, password }: { username: string; password: string }) {
      cached = null;
      const { login } = await request<{ login: Session }>(LOGIN, { input: { login: username, password } });
      store.set(login);
    },

    async logout() {
      cached = null;
      // The server ends the session, so that the token is worthless even if a copy of it survives.
      if (!isExpired(store.get())) await request(SIGN_OUT).catch(() => undefined);
      store.clear();
    },

    async checkAuth() {
      if (isExpired(store.get())) {
        store.clear();
        throw new Error('ra.auth.auth_check_error');
      }
      // A token the server no longer accepts (account deactivated, secret rotated) ends the session
      // here, before any page asks canAccess with it.
      try {
        await currentUser();
      } catch (error) {
        if ((error as { status?: number }).status === 401) {
          store.clear();
          throw new Error('ra.auth.auth_check_error', { cause: error });
        }
      }
    },

    async checkError(error: { status?: number }) {
      // An expired or revoked token: react-admin logs out, remembering where the user was.
      if (error?.status === 401) {
        cached = null;
        store.clear();
        throw new Error('ra.notification.logged_out');
      }
      // FORBIDDEN, NOT_FOUND, CONFLICT … are shown as notifications; the session stays.
    },

    async getIdentity(): Promise<UserIdentity> {
      const { me } = await currentUser();
      // The roles ride along for the dashboard's "what you hold today".
      // The person too: nobody acts on their own grant or staffing, and the console offers no such button.
      return {
        id: me.account.id,
        fullName: me.account.person?.name ?? me.account.login,
        login: me.account.login,
        personId: me.account.personId,
        roles: me.roles,
      };
    },

    async getPermissions() {
      return (await currentUser()).ability;
    },

    async canAccess(params) {
      const { ability } = await currentUser();
      return canAccess(ability, params);
    },
  };
}

export const authProvider = createAuthProvider();
