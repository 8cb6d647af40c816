import { Alert, AlertTitle, Autocomplete, Box, Chip, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { required, useInput, useTranslate } from 'react-admin';
import { graphql } from '../providers/graphqlClient';
import { useCatalogueText } from '../resources/assignments/catalogueText';
import { CATALOGUE_MESSAGE_FIELDS, type CatalogueMessage } from '../resources/assignments/nextStep';

/** A person the API says may be chosen for the inspection, with what a picker shows of them. */
export interface Candidate {
  personId: number;
  poolEntryId: number | null;
  name: string;
  position: string;
  unitName: string | null;
  recusalGrounds: CatalogueMessage[];
}

const CANDIDATE_FIELDS = `personId poolEntryId name position unitName recusalGrounds ${CATALOGUE_MESSAGE_FIELDS}`;

/** Which list the picker draws on: the team's members for staffing, the pool for the leader. */
const QUERY = { staff: 'staffCandidates', leader: 'leaderCandidates' } as const;

function useDebounced<T>(value: T, ms = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Picks a person for an inspection among those the API offers this caller (it decides who may be
 * chosen), searching by name and showing each one's post and unit. A recusal ground (回避) is
 * flagged in the list and, once a person is chosen, asked of the API again (`recusalCheck`, the
 * rule the staffing and appointment apply), so the form says it before anything is sent.
 */
export function CandidatePicker({ source, kind, assignmentId }: { source: string; kind: 'staff' | 'leader'; assignmentId: number }) {
  const translate = useTranslate();
  const word = useCatalogueText('assignments');
  const { field, fieldState } = useInput({ source, validate: required() });
  const [typed, setTyped] = useState('');
  const search = useDebounced(typed.trim());
  const [chosen, setChosen] = useState<Candidate | null>(null);
  const name = QUERY[kind];
  const { data: options = [], isFetching } = useQuery({
    queryKey: ['candidates', kind, assignmentId, search],
    queryFn: async () =>
      (
        await graphql<Record<string, Candidate[]>>(
          `query($assignmentId: Int!, $search: String) { ${name}(assignmentId: $assignmentId, search: $search) { ${CANDIDATE_FIELDS} } }`,
          { assignmentId, search: search || null },
        )
      )[name],
  });
  const { data: grounds } = useQuery({
    queryKey: ['recusalCheck', assignmentId, chosen?.personId],
    enabled: chosen !== null,
    queryFn: async () =>
      (
        await graphql<{ recusalCheck: CatalogueMessage[] }>(
          `query($a: Int!, $p: Int!) { recusalCheck(assignmentId: $a, personId: $p) ${CATALOGUE_MESSAGE_FIELDS} }`,
          { a: assignmentId, p: chosen!.personId },
        )
      ).recusalCheck,
  });
  const flagged = grounds ?? chosen?.recusalGrounds ?? [];
  const subtitle = (c: Candidate) => [c.position, c.unitName].filter(Boolean).join(' · ');
  return (
    <Box sx={{ mb: 1 }}>
      <Autocomplete
        options={options}
        loading={isFetching}
        value={chosen}
        filterOptions={(all) => all}
        isOptionEqualToValue={(a, b) => a.personId === b.personId}
        getOptionLabel={(c) => c.name}
        onInputChange={(_event, value, reason) => {
          if (reason === 'input' || reason === 'clear') setTyped(value);
        }}
        onChange={(_event, candidate) => {
          setChosen(candidate);
          field.onChange(candidate ? (kind === 'leader' ? candidate.poolEntryId : candidate.personId) : null);
        }}
        onBlur={field.onBlur}
        noOptionsText={translate('guide.picker.none')}
        loadingText={translate('ra.page.loading')}
        renderOption={({ key, ...props }, c) => (
          <Box component="li" key={key} {...props} data-testid="candidate-option">
            <Box sx={{ flexGrow: 1 }}>
              <Typography variant="body2">{c.name}</Typography>
              <Typography variant="caption" color="text.secondary">
                {subtitle(c)}
              </Typography>
            </Box>
            {c.recusalGrounds.length > 0 && <Chip size="small" color="warning" label={translate('guide.picker.recusal')} />}
          </Box>
        )}
        renderInput={(params) => (
          <TextField
            {...params}
            label={translate(`resources.assignments.fields.${source}`)}
            placeholder={translate('guide.picker.search')}
            error={fieldState.invalid}
            helperText={fieldState.invalid ? translate('ra.validation.required') : chosen ? subtitle(chosen) : ' '}
            slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': `${kind}-picker` } }}
          />
        )}
      />
      {chosen && flagged.length > 0 && (
        <Alert severity="warning" sx={{ mt: 1 }} data-testid="recusal-warning">
          <AlertTitle>{translate('guide.picker.recusal_title', { name: chosen.name })}</AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {flagged.map((ground) => (
              <li key={ground.text}>{word(ground)}</li>
            ))}
          </Box>
          {translate(`guide.picker.recusal_${kind}`)}
        </Alert>
      )}
    </Box>
  );
}
