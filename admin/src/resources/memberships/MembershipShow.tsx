import { Show, SimpleShowLayout } from 'react-admin';
import { DayField, EnumField, Ref, TimeField } from '../../components/fields';
import { ShowActions } from '../../components/toolbars';

export function MembershipShow() {
  return (
    <Show actions={<ShowActions retire />}>
      <SimpleShowLayout>
        <Ref source="personId" reference="people" />
        <Ref source="bodyId" reference="bodies" />
        <EnumField source="role" enumName="MembershipRole" />
        <DayField source="since" />
        <DayField source="until" />
        <TimeField source="createdAt" />
        <TimeField source="updatedAt" />
      </SimpleShowLayout>
    </Show>
  );
}
