import DirectionsWalkIcon from '@mui/icons-material/DirectionsWalk';
import type { RaRecord } from 'react-admin';
import { ActivityCreate } from './ActivityCreate';
import { ActivityList } from './ActivityList';
import { ActivityShow } from './ActivityShow';

export const activities = {
  list: ActivityList,
  show: ActivityShow,
  create: ActivityCreate,
  icon: DirectionsWalkIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id} (${record.heldOn})`,
};
