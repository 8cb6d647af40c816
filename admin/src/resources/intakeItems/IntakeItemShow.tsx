import { BooleanField, Show, SimpleShowLayout } from 'react-admin';
import { DayField, EnumField, Ref, Text, TimeField } from '../../components/fields';
import { ShowActions } from '../../components/toolbars';
import { InformantBlock } from './InformantBlock';

export function IntakeItemShow() {
  return (
    <Show actions={<ShowActions edit={false} />}>
      <SimpleShowLayout>
        <Ref source="assignmentId" reference="assignments" />
        <EnumField source="channel" enumName="IntakeChannel" />
        <DayField source="receivedOn" />
        <Text source="content" />
        <BooleanField source="anonymous" />
        <TimeField source="createdAt" />
      </SimpleShowLayout>
      <InformantBlock />
    </Show>
  );
}
