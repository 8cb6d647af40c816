import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import type { RaRecord } from 'react-admin';
import { LeaderGrantList } from './LeaderGrantList';
import { LeaderGrantShow } from './LeaderGrantShow';

export const leaderGrants = {
  list: LeaderGrantList,
  show: LeaderGrantShow,
  icon: VerifiedUserIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id} (${record.validFrom} – ${record.validUntil})`,
};
