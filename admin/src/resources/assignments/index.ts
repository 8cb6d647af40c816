import AssignmentIcon from '@mui/icons-material/Assignment';
import type { RaRecord } from 'react-admin';
import { AssignmentCreate } from './AssignmentCreate';
import { AssignmentEdit } from './AssignmentEdit';
import { AssignmentList } from './AssignmentList';
import { AssignmentShow } from './AssignmentShow';

export const assignments = {
  list: AssignmentList,
  show: AssignmentShow,
  edit: AssignmentEdit,
  create: AssignmentCreate,
  icon: AssignmentIcon,
  // Target and team names come with the record (null when outside the caller's scope).
  recordRepresentation: (record: RaRecord) =>
    [record.target?.name, record.team?.name].filter(Boolean).join(' · ') || `#${record.id}`,
};
