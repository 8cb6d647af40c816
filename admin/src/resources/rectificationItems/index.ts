import BuildIcon from '@mui/icons-material/Build';
import type { RaRecord } from 'react-admin';
import { RectificationItemCreate } from './RectificationItemCreate';
import { RectificationItemList } from './RectificationItemList';
import { RectificationItemShow } from './RectificationItemShow';

export const rectificationItems = {
  list: RectificationItemList,
  show: RectificationItemShow,
  create: RectificationItemCreate,
  icon: BuildIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
};
