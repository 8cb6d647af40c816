import { Alert, AlertTitle, Box, Step, StepLabel, Stepper } from '@mui/material';
import { useRecordContext, useStore, useTranslate } from 'react-admin';
import { ENUMS } from '../../enums';
import { catalogueConditions, parseAdvanceRefusal, refusalStoreKey, type AdvanceRefusal, type UnmetCondition } from './advanceRefusal';
import { useCatalogueText } from './catalogueText';

export const STAGES = ENUMS.Stage;

/** The stage after `stage`, or null once closed. */
export function nextStage(stage: string): string | null {
  const i = STAGES.indexOf(stage as (typeof STAGES)[number]);
  return i >= 0 && i < STAGES.length - 1 ? STAGES[i + 1] : null;
}

/** The last refusal to advance an inspection, kept (per inspection) until it moves on or is dismissed. */
export function useAdvanceRefusal(assignmentId: unknown) {
  return useStore<AdvanceRefusal | null>(refusalStoreKey(assignmentId), null);
}

/** The six stages in order; the current one is active, earlier ones done (all done once closed). */
export function StageStepper() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const current = STAGES.indexOf(record.stage);
  const active = record.stage === 'CLOSED' ? STAGES.length : current;
  return (
    <Box>
      <Stepper activeStep={active} alternativeLabel sx={{ py: 2 }} data-testid="stage-stepper">
        {STAGES.map((stage) => (
          <Step key={stage} completed={STAGES.indexOf(stage) < active}>
            <StepLabel>{translate(`enums.Stage.${stage}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <AdvanceRefusalAlert />
    </Box>
  );
}

/**
 * The conditions the API named when it last refused to move this inspection on. A refusal from an
 * earlier stage says nothing about the current one, so it is shown only while the stage is the same.
 */
function AdvanceRefusalAlert() {
  const record = useRecordContext();
  const translate = useTranslate();
  const catalogueText = useCatalogueText('assignments');
  const [refusal, setRefusal] = useAdvanceRefusal(record?.id);
  if (!record || !refusal || refusal.stage !== record.stage) return null;
  // The catalogue's wording, the same as the refusal's notification (another refusal, such as a conflict, as
  // one sentence); the message's own words only when it came without a key.
  const byKey = catalogueConditions(refusal);
  const { stage, unmet }: { stage: string | null; unmet: UnmetCondition[] } = byKey
    ? { stage: byKey.stage, unmet: byKey.unmet.map((condition) => ({ text: catalogueText({ ...condition, text: condition.key }) })) }
    : refusal.messageKey
      ? { stage: null, unmet: [{ text: catalogueText({ key: refusal.messageKey, params: refusal.params, text: refusal.message }) }] }
      : parseAdvanceRefusal(refusal.message);
  const target = stage ?? nextStage(record.stage);
  return (
    <Alert severity="warning" onClose={() => setRefusal(null)} sx={{ mx: 2, mb: 1 }} data-testid="advance-refusal">
      <AlertTitle>{translate('resources.assignments.refusal.title', { stage: translate(`enums.Stage.${String(target)}`) })}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {unmet.map(({ key, text }) => (
          <li key={text}>{key ? translate(key, { _: text }) : text}</li>
        ))}
      </Box>
    </Alert>
  );
}
