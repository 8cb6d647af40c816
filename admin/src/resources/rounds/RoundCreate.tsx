import { Create, NumberInput, maxValue, minValue, required } from 'react-admin';
import { PlanLeadingGroupInput } from './PlanChoiceInputs';
import { RoundTargetsInput, RoundTitleInput } from './RoundInputs';
import { AppForm } from '../../components/forms';
import { today } from '../../days';

/** The office drafts a plan for its leading group; the leading group approves it on its page. */
export function RoundCreate() {
  return (
    <Create redirect="show">
      <AppForm defaultValues={{ year: Number(today().slice(0, 4)) }}>
        <PlanLeadingGroupInput />
        <NumberInput source="year" validate={[required(), minValue(2000), maxValue(2100)]} />
        <NumberInput source="number" validate={[required(), minValue(1)]} />
        <RoundTitleInput />
        <RoundTargetsInput />
      </AppForm>
    </Create>
  );
}
