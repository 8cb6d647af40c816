import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { useTranslate } from 'react-admin';
import { WorkflowButton } from '../../components/ActionButtons';
import { nextStage } from './StageStepper';

/**
 * Moves the inspection one stage on. The API refuses with a message naming every unmet condition
 * (e.g. no feedback before the report was heard); that message is shown to the user as it is.
 */
export function AdvanceButton() {
  const translate = useTranslate();
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
      icon={<ArrowForwardIcon />}
      testId="advance-assignment"
    />
  );
}
