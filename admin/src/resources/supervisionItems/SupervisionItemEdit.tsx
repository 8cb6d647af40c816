import { DateInput, Edit, Labeled, TextInput, required } from 'react-admin';
import { EnumInput, Ref, Text } from '../../components/fields';
import { EditToolbar } from '../../components/toolbars';
import { AppForm } from '../../components/forms';

/** Follow-up on a supervised matter until it is found handled (DONE ends it). */
export function SupervisionItemEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <AppForm toolbar={<EditToolbar retire={false} />}>
        <Labeled>
          <Ref source="assignmentId" reference="assignments" />
        </Labeled>
        <Labeled>
          <Text source="matter" />
        </Labeled>
        <Labeled>
          <Ref source="responsibleBodyId" reference="bodies" />
        </Labeled>
        <DateInput source="deadline" validate={required()} />
        <EnumInput source="status" enumName="SupervisionStatus" validate={required()} />
        <TextInput source="note" multiline minRows={4} fullWidth />
      </AppForm>
    </Edit>
  );
}
