import { Show, SimpleShowLayout } from 'react-admin';
import { DayField, Ref, TimeField } from '../../components/fields';
import { ShowActions } from '../../components/toolbars';

export function LeaderGrantShow() {
  return (
    <Show actions={<ShowActions edit={false} />}>
      <SimpleShowLayout>
        <Ref source="personId" reference="people" />
        <Ref source="teamId" reference="bodies" />
        <Ref source="assignmentId" reference="assignments" />
        <DayField source="validFrom" />
        <DayField source="validUntil" />
        <DayField source="revokedOn" />
        <TimeField source="createdAt" />
      </SimpleShowLayout>
    </Show>
  );
}
