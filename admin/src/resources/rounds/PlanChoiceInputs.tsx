import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { AutocompleteArrayInput, AutocompleteInput, required, useGetMany, type RaRecord } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { graphql } from '../../providers/graphqlClient';

interface BodyChoice extends RaRecord {
  id: number;
  name: string;
  parent?: { name: string } | null;
}

const BODY_CHOICE_FIELDS = 'id name parent { name }';

/** A body with the one it reports to, so that bodies of the same name in different places can be told apart. */
const bodyLabel = (body: BodyChoice) => (body.parent?.name ? `${body.name}（${body.parent.name}）` : body.name);

/** Only the leading groups the API lets the caller draft plans for. */
export function PlanLeadingGroupInput() {
  const { data = [], isPending } = useQuery({
    queryKey: ['planLeadingGroups'],
    queryFn: async () =>
      (await graphql<{ planLeadingGroups: BodyChoice[] }>(`{ planLeadingGroups { ${BODY_CHOICE_FIELDS} } }`)).planLeadingGroups,
  });
  return (
    <AutocompleteInput
      source="leadingGroupId"
      choices={data}
      optionText={bodyLabel}
      isPending={isPending}
      validate={required()}
      sx={{ minWidth: 320 }}
    />
  );
}

/**
 * The bodies the plan may name, as the API offers them for its leading group (under the committee,
 * not the inspection bodies), searched by name on the server; chosen ones stay shown.
 */
export function PlanTargetsInput() {
  const leadingGroupId = useWatch({ name: 'leadingGroupId' }) as number | undefined;
  const chosenIds = (useWatch({ name: 'targetIds' }) as number[] | undefined) ?? [];
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data: found = [], isFetching } = useQuery({
    queryKey: ['planTargetChoices', leadingGroupId, search],
    enabled: leadingGroupId != null,
    queryFn: async () =>
      (
        await graphql<{ planTargetChoices: BodyChoice[] }>(
          `query($g: Int!, $s: String) { planTargetChoices(leadingGroupId: $g, search: $s) { ${BODY_CHOICE_FIELDS} } }`,
          { g: leadingGroupId, s: search || null },
        )
      ).planTargetChoices,
  });
  const { data: chosen = [] } = useGetMany<BodyChoice>('bodies', { ids: chosenIds }, { enabled: chosenIds.length > 0 });
  const choices = useMemo(() => {
    const byId = new Map<number, BodyChoice>();
    for (const body of [...chosen, ...found]) byId.set(Number(body.id), body);
    return [...byId.values()];
  }, [chosen, found]);
  return (
    <AutocompleteArrayInput
      source="targetIds"
      choices={choices}
      optionText={bodyLabel}
      isPending={isFetching && choices.length === 0}
      disabled={leadingGroupId == null}
      onInputChange={(_event: unknown, value: string, reason: string) => {
        if (reason === 'input' || reason === 'clear') setTyped(value);
      }}
      validate={required()}
      fullWidth
    />
  );
}
