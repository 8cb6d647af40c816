import LibraryBooksIcon from '@mui/icons-material/LibraryBooks';
import type { RaRecord } from 'react-admin';
import { BriefingCreate } from './BriefingCreate';
import { BriefingList } from './BriefingList';
import { BriefingShow } from './BriefingShow';

export const briefings = {
  list: BriefingList,
  show: BriefingShow,
  create: BriefingCreate,
  icon: LibraryBooksIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
};
