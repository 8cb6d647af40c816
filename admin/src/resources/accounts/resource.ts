import { LABEL } from '../names';
import { STAMPS, boolean, defineResource, ref, time, value } from '../descriptor';

export const accounts = defineResource({
  name: 'accounts',
  api: {
    type: 'Account',
    one: 'account',
    many: 'accounts',
    filterType: 'AccountFilter',
    filters: ['q', 'active', 'personId'],
    sort: { inputType: 'AccountSort', fields: ['CREATED_AT', 'LAST_LOGIN_AT', 'LOGIN'] },
    // The account's own scope path is not public; the person's employer path is the same value.
    fields: `id login active personId lastLoginAt person { id employerPath } personLabel ${LABEL} ${STAMPS}`,
    create: { mutation: 'createAccount', inputType: 'CreateAccountInput', fields: ['login', 'password', 'personId'] },
    update: { mutation: 'updateAccount', inputType: 'UpdateAccountInput', fields: ['login', 'active'] },
    retire: { mutation: 'deactivateAccount', inputType: 'RetireInput' },
  },
  fields: {
    login: value,
    personId: ref('people'),
    active: boolean,
    lastLoginAt: time,
    createdAt: time,
    updatedAt: time,
  },
  recordRepresentation: 'login',
  icon: 'Key',
  list: {
    columns: ['login', 'personId', 'active', 'lastLoginAt'],
    filters: [
      { source: 'q', kind: 'search', alwaysOn: true },
      { source: 'active', kind: 'yesNo' },
    ],
    sort: { field: 'login', order: 'ASC' },
  },
});
