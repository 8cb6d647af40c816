import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { useRecordContext, useTranslate } from 'react-admin';
import { WorkflowButton } from '../../components/ActionButtons';
import { nextStage, useAdvanceRefusal } from './StageStepper';

/**
 * Moves the inspection one stage on. The API refuses with a message naming every unmet condition
 * (e.g. no feedback before the report was heard); the message is notified and kept under the
 * stepper, so that the conditions stay in view while they are being met.
 */
export function AdvanceButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [, setRefusal] = useAdvanceRefusal(record?.id);
  const stageName = (stage: unknown) => translate(`enums.Stage.${String(stage)}`);
  return (
    <WorkflowButton
      verb="advance"
      action="advanceAssignment"
      label="app.action.advance_to"
      labelArgs={(record) => ({ stage: stageName(nextStage(record.stage)) })}
      successMessage="app.notification.advanced"
      successArgs={(record) => ({ stage: stageName(record.stage) })}
      when={(record) => nextStage(record.stage) !== null}
      onDone={() => setRefusal(null)}
      onRefused={(record, refusal) => setRefusal({ stage: record.stage, ...refusal })}
      icon={<ArrowForwardIcon />}
      testId="advance-assignment"
    />
  );
}
