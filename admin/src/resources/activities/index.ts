import DirectionsWalkIcon from '@mui/icons-material/DirectionsWalk';
import type { RaRecord } from 'react-admin';
import { ActivityList } from './ActivityList';
import { ActivityShow } from './ActivityShow';

export const activities = {
  list: ActivityList,
  show: ActivityShow,
  icon: DirectionsWalkIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id} (${record.heldOn})`,
};
