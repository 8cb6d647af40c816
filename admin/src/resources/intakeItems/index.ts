import MailIcon from '@mui/icons-material/Mail';
import type { RaRecord } from 'react-admin';
import { IntakeItemList } from './IntakeItemList';
import { IntakeItemShow } from './IntakeItemShow';

export const intakeItems = {
  list: IntakeItemList,
  show: IntakeItemShow,
  icon: MailIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id} (${record.receivedOn})`,
};
