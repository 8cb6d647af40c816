import DescriptionIcon from '@mui/icons-material/Description';
import type { RaRecord } from 'react-admin';
import { ReportList } from './ReportList';
import { ReportShow } from './ReportShow';

export const reports = {
  list: ReportList,
  show: ReportShow,
  icon: DescriptionIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
};
