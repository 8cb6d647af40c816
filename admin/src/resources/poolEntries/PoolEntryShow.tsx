import { Show, SimpleShowLayout } from 'react-admin';
import { DayField, Ref, Text, TimeField } from '../../components/fields';
import { ShowActions } from '../../components/toolbars';

export function PoolEntryShow() {
  return (
    <Show actions={<ShowActions retire />}>
      <SimpleShowLayout>
        <Ref source="personId" reference="people" />
        <Ref source="leadingGroupId" reference="bodies" />
        <DayField source="since" />
        <Text source="note" />
        <DayField source="retiredOn" />
        <TimeField source="createdAt" />
        <TimeField source="updatedAt" />
      </SimpleShowLayout>
    </Show>
  );
}
