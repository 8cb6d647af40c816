import { Show, SimpleShowLayout } from 'react-admin';
import { DayField, Ref, Text, TimeField } from '../../components/fields';
import { ShowActions } from '../../components/toolbars';

export function BriefingShow() {
  return (
    <Show actions={<ShowActions edit={false} />}>
      <SimpleShowLayout>
        <Ref source="assignmentId" reference="assignments" />
        <Ref source="sourceBodyId" reference="bodies" />
        <DayField source="requestedOn" />
        <DayField source="receivedOn" />
        <Text source="summary" sx={{ whiteSpace: 'pre-wrap' }} />
        <TimeField source="updatedAt" />
      </SimpleShowLayout>
    </Show>
  );
}
