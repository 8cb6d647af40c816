import TaskAltIcon from '@mui/icons-material/TaskAlt';
import type { RaRecord } from 'react-admin';
import { SupervisionItemList } from './SupervisionItemList';
import { SupervisionItemShow } from './SupervisionItemShow';

export const supervisionItems = {
  list: SupervisionItemList,
  show: SupervisionItemShow,
  icon: TaskAltIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
};
