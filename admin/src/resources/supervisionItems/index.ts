import TaskAltIcon from '@mui/icons-material/TaskAlt';
import type { RaRecord } from 'react-admin';
import { SupervisionItemCreate } from './SupervisionItemCreate';
import { SupervisionItemEdit } from './SupervisionItemEdit';
import { SupervisionItemList } from './SupervisionItemList';
import { SupervisionItemShow } from './SupervisionItemShow';

export const supervisionItems = {
  list: SupervisionItemList,
  show: SupervisionItemShow,
  edit: SupervisionItemEdit,
  create: SupervisionItemCreate,
  icon: TaskAltIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
};
