import { Create, DateInput, NumberInput, TextInput, minValue, required } from 'react-admin';
import { AssignmentInput } from '../../components/AssignmentInput';
import { EnumInput } from '../../components/fields';
import { today } from '../../days';
import { AppForm } from '../../components/forms';

/** The staff record what they did during inquiry, by which of the nine methods and with how many people. */
export function ActivityCreate() {
  return (
    <Create redirect="show">
      <AppForm defaultValues={{ heldOn: today() }}>
        <AssignmentInput stages={['INQUIRY']} />
        <EnumInput source="method" enumName="WorkMethod" validate={required()} />
        <DateInput source="heldOn" validate={required()} />
        <TextInput source="description" validate={required()} multiline minRows={3} fullWidth />
        <NumberInput source="peopleReached" validate={[required(), minValue(0)]} />
      </AppForm>
    </Create>
  );
}
