import EventNoteIcon from '@mui/icons-material/EventNote';
import { RoundList } from './RoundList';
import { RoundShow } from './RoundShow';

export const rounds = {
  list: RoundList,
  show: RoundShow,
  icon: EventNoteIcon,
  recordRepresentation: 'title',
};
