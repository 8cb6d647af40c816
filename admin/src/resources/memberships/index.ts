import BadgeIcon from '@mui/icons-material/Badge';
import type { RaRecord } from 'react-admin';
import { MembershipCreate } from './MembershipCreate';
import { MembershipEdit } from './MembershipEdit';
import { MembershipList } from './MembershipList';
import { MembershipShow } from './MembershipShow';

export const memberships = {
  list: MembershipList,
  show: MembershipShow,
  edit: MembershipEdit,
  create: MembershipCreate,
  icon: BadgeIcon,
  // Named by its holder where the caller may read them (the list selects `person { name }`).
  recordRepresentation: (record: RaRecord) => `${record.person?.name ?? `#${record.id}`} (${record.since} – ${record.until ?? ''})`,
};
