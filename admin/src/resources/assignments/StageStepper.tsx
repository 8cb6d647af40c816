import { Step, StepLabel, Stepper } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ENUMS } from '../../enums';

export const STAGES = ENUMS.Stage;

/** The stage after `stage`, or null once closed. */
export function nextStage(stage: string): string | null {
  const i = STAGES.indexOf(stage as (typeof STAGES)[number]);
  return i >= 0 && i < STAGES.length - 1 ? STAGES[i + 1] : null;
}

/** The six stages in order; the current one is active, earlier ones done (all done once closed). */
export function StageStepper() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const current = STAGES.indexOf(record.stage);
  const active = record.stage === 'CLOSED' ? STAGES.length : current;
  return (
    <Stepper activeStep={active} alternativeLabel sx={{ py: 2 }} data-testid="stage-stepper">
      {STAGES.map((stage) => (
        <Step key={stage} completed={STAGES.indexOf(stage) < active}>
          <StepLabel>{translate(`enums.Stage.${stage}`)}</StepLabel>
        </Step>
      ))}
    </Stepper>
  );
}
