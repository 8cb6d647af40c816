import MilitaryTechIcon from '@mui/icons-material/MilitaryTech';
import type { RaRecord } from 'react-admin';
import { PoolEntryCreate } from './PoolEntryCreate';
import { PoolEntryEdit } from './PoolEntryEdit';
import { PoolEntryList } from './PoolEntryList';
import { PoolEntryShow } from './PoolEntryShow';

export const poolEntries = {
  list: PoolEntryList,
  show: PoolEntryShow,
  edit: PoolEntryEdit,
  create: PoolEntryCreate,
  icon: MilitaryTechIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
};
