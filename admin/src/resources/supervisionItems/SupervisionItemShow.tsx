import { Show, SimpleShowLayout } from 'react-admin';
import { EditWhenButton } from '../../components/ActionButtons';
import { DayField, EnumField, Ref, Text, TimeField } from '../../components/fields';
import { OverdueChip } from '../../components/overdue';
import { ShowActions } from '../../components/toolbars';

export function SupervisionItemShow() {
  return (
    <Show
      actions={
        <ShowActions edit={false}>
          <EditWhenButton when={(record) => record.status !== 'DONE'} />
        </ShowActions>
      }
    >
      <SimpleShowLayout>
        <Ref source="assignmentId" reference="assignments" />
        <Ref source="findingId" reference="findings" />
        <Text source="matter" />
        <Ref source="responsibleBodyId" reference="bodies" />
        <DayField source="deadline" />
        <OverdueChip source="overdue" />
        <EnumField source="status" enumName="SupervisionStatus" />
        <DayField source="doneOn" />
        <Text source="note" sx={{ whiteSpace: 'pre-wrap' }} />
        <TimeField source="updatedAt" />
      </SimpleShowLayout>
    </Show>
  );
}
