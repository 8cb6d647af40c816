import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import type { RaRecord } from 'react-admin';
import { FindingCreate } from './FindingCreate';
import { FindingEdit } from './FindingEdit';
import { FindingList } from './FindingList';
import { FindingShow } from './FindingShow';

export const findings = {
  list: FindingList,
  show: FindingShow,
  edit: FindingEdit,
  create: FindingCreate,
  icon: ReportProblemIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
};
