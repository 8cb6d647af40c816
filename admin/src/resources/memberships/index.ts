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
  recordRepresentation: (record: RaRecord) => `#${record.id} (${record.since} – ${record.until ?? ''})`,
};
