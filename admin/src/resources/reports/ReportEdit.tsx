import { Edit, Labeled, TextInput, required } from 'react-admin';
import { Ref } from '../../components/fields';
import { EditToolbar } from '../../components/toolbars';
import { AppForm } from '../../components/forms';

/** The draft until it is submitted; after that the report is the leading group's to hear. */
export function ReportEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <AppForm toolbar={<EditToolbar retire={false} />}>
        <Labeled>
          <Ref source="assignmentId" reference="assignments" />
        </Labeled>
        <TextInput source="summary" validate={required()} multiline minRows={10} fullWidth />
        <TextInput source="suggestions" validate={required()} multiline minRows={4} fullWidth />
      </AppForm>
    </Edit>
  );
}
