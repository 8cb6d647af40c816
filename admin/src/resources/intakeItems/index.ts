import MailIcon from '@mui/icons-material/Mail';
import type { RaRecord } from 'react-admin';
import { IntakeItemCreate } from './IntakeItemCreate';
import { IntakeItemList } from './IntakeItemList';
import { IntakeItemShow } from './IntakeItemShow';

export const intakeItems = {
  list: IntakeItemList,
  show: IntakeItemShow,
  create: IntakeItemCreate,
  icon: MailIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id} (${record.receivedOn})`,
};
