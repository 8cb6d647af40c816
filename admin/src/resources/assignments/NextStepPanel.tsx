import { Alert, AlertTitle, Box, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { useCatalogueText } from './catalogueText';
import type { NextStep } from './nextStep';

/**
 * The next step of the plan or inspection in context, shown before any button is pressed: what it
 * is, who takes it, what it still lacks and where it would run ahead of the plan. The API works it
 * out from the same conditions it refuses the step with. `actions` are offered beside it.
 */
export function NextStepPanel({ kind, actions }: { kind: 'assignment' | 'round'; actions?: ReactNode }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const word = useCatalogueText('assignments');
  if (!record || record.nextStep === undefined) return null;
  const step = record.nextStep as NextStep | null;
  if (!step) {
    return (
      <Alert severity="success" sx={{ mx: 2, mt: 2 }} data-testid="next-step">
        {translate(`guide.done.${kind}`)}
      </Alert>
    );
  }
  const who = step.takenBy
    .map((actor) => `${translate(`enums.MembershipRole.${actor.role}`)}${actor.bodyName ? `（${actor.bodyName}）` : ''}`)
    .join(translate('guide.separator'));
  return (
    <Alert severity={step.lacks.length > 0 ? 'info' : 'success'} sx={{ mx: 2, mt: 2 }} data-testid="next-step">
      <AlertTitle data-testid="next-step-title">
        {translate('guide.title')}: {translate(`guide.action.${step.action}`, { stage: translate(`enums.Stage.${String(step.toStage)}`) })}
      </AlertTitle>
      <Typography variant="body2" data-testid="next-step-who">
        {translate('guide.taken_by', { who })} {translate(step.yours ? 'guide.yours' : 'guide.not_yours')}
      </Typography>
      {step.lacks.length > 0 ? (
        <Box sx={{ mt: 1 }}>
          <Typography variant="body2">{translate('guide.lacks')}</Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }} data-testid="next-step-lacks">
            {step.lacks.map((lack) => (
              <li key={lack.key}>{word(lack)}</li>
            ))}
          </Box>
        </Box>
      ) : (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {translate(`guide.ready.${kind}`)}
        </Typography>
      )}
      {step.warnings.map((warning) => (
        <Alert key={warning.code} severity="warning" sx={{ mt: 1 }} data-testid="next-step-warning">
          {translate(`guide.warning.${warning.code}`, { day: warning.plannedOn, _: warning.message })}
        </Alert>
      ))}
      {actions && (
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          {actions}
        </Stack>
      )}
    </Alert>
  );
}
