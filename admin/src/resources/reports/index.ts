import DescriptionIcon from '@mui/icons-material/Description';
import type { RaRecord } from 'react-admin';
import { ReportCreate } from './ReportCreate';
import { ReportEdit } from './ReportEdit';
import { ReportList } from './ReportList';
import { ReportShow } from './ReportShow';

export const reports = {
  list: ReportList,
  show: ReportShow,
  edit: ReportEdit,
  create: ReportCreate,
  icon: DescriptionIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
};
