import { Edit, Labeled, TextInput, required } from 'react-admin';
import { EnumField, EnumInput, Ref } from '../../components/fields';
import { EditToolbar } from '../../components/toolbars';
import { AppForm } from '../../components/forms';

/** Before the leading group decides, the team may still weigh a finding and add to its evidence. */
export function FindingEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <AppForm toolbar={<EditToolbar retire={false} />}>
        <Labeled>
          <Ref source="assignmentId" reference="assignments" />
        </Labeled>
        <Labeled>
          <EnumField source="category" enumName="FindingCategory" />
        </Labeled>
        <Labeled>
          <EnumField source="subKind" enumName="FindingSubKind" />
        </Labeled>
        <EnumInput source="severity" enumName="Severity" validate={required()} />
        <TextInput source="evidenceSummary" validate={required()} multiline minRows={4} fullWidth />
      </AppForm>
    </Edit>
  );
}
