import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import {
  ArrayField,
  ChipField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  useRecordContext,
  type RaRecord,
} from 'react-admin';
import { EditWhenButton, WorkflowButton } from '../../components/ActionButtons';
import { DayField, EnumField, Ref, Text, TimeField } from '../../components/fields';
import { ShowActions } from '../../components/toolbars';
import { RoundReportFigures } from '../../dashboard/RoundReport';
import { ReferenceTable } from '../../components/ResourceScreens';
import { NextStepPanel } from '../assignments/NextStepPanel';

/** The plan's figures, once it is approved and its inspections under way. */
function RoundReportTab(_props: { label: string }) {
  const record = useRecordContext();
  if (!record || record.status !== 'APPROVED') return null;
  return <RoundReportFigures roundId={Number(record.id)} />;
}

/** Approval makes a plan final: only a draft is approved or changed. */
const isDraft = (record: RaRecord) => record.status === 'DRAFT';

export function RoundShow() {
  return (
    <Show
      actions={
        <ShowActions edit={false}>
          <WorkflowButton
            verb="approve"
            action="approveRound"
            label="app.action.approve"
            successMessage="app.notification.approved"
            when={isDraft}
            icon={<CheckCircleIcon />}
            testId="approve-round"
          />
          <EditWhenButton when={isDraft} />
        </ShowActions>
      }
    >
      <NextStepPanel kind="round" />
      <SimpleShowLayout>
        <Text source="title" />
        <Text source="year" />
        <Text source="number" />
        <Ref source="leadingGroupId" reference="bodies" />
        <EnumField source="status" enumName="RoundStatus" />
        <DayField source="approvedOn" />
        <ArrayField source="targets">
          <SingleFieldList linkType={false}>
            <ReferenceField source="bodyId" reference="bodies" link="show">
              <ChipField source="name" />
            </ReferenceField>
          </SingleFieldList>
        </ArrayField>
        <ReferenceTable
          label="resources.rounds.fields.assignments"
          reference="assignments"
          target="roundId"
          columns={['teamId', 'targetId', 'stage']}
        />
        <TimeField source="createdAt" />
        <RoundReportTab label="app.round_report.title" />
      </SimpleShowLayout>
    </Show>
  );
}
