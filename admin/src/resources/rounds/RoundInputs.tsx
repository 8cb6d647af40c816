import { TextInput, required } from 'react-admin';
import { PlanTargetsInput } from './PlanChoiceInputs';

/** Only bodies the leading group's committee can inspect are offered; the API refuses any other, naming it. */
export function RoundTargetsInput() {
  return <PlanTargetsInput />;
}

export function RoundTitleInput() {
  return <TextInput source="title" validate={required()} fullWidth />;
}
