import EventNoteIcon from '@mui/icons-material/EventNote';
import { RoundCreate } from './RoundCreate';
import { RoundEdit } from './RoundEdit';
import { RoundList } from './RoundList';
import { RoundShow } from './RoundShow';

export const rounds = {
  list: RoundList,
  show: RoundShow,
  edit: RoundEdit,
  create: RoundCreate,
  icon: EventNoteIcon,
  recordRepresentation: 'title',
};
