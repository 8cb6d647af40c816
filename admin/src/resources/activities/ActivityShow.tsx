import { NumberField, Show, SimpleShowLayout } from 'react-admin';
import { DayField, EnumField, Ref, Text, TimeField } from '../../components/fields';
import { ShowActions } from '../../components/toolbars';

export function ActivityShow() {
  return (
    <Show actions={<ShowActions edit={false} />}>
      <SimpleShowLayout>
        <Ref source="assignmentId" reference="assignments" />
        <EnumField source="method" enumName="WorkMethod" />
        <DayField source="heldOn" />
        <Text source="description" sx={{ whiteSpace: 'pre-wrap' }} />
        <NumberField source="peopleReached" />
        <TimeField source="updatedAt" />
      </SimpleShowLayout>
    </Show>
  );
}
