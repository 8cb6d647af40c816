import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import type { RaRecord } from 'react-admin';
import { FindingList } from './FindingList';
import { FindingShow } from './FindingShow';

export const findings = {
  list: FindingList,
  show: FindingShow,
  icon: ReportProblemIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
};
