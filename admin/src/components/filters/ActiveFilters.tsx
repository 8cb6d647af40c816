/**
 * The filters a list applies, each as a chip that names the filter and its value and removes it
 * when deleted. Shown whatever set the filter: an input of the filter form, or a link into the
 * list with `?filter=…` (from the dashboard), whose filters react-admin applies without showing
 * their inputs.
 */
import { Box, Chip } from '@mui/material';
import { useGetOne, useGetRecordRepresentation, useListContext, useResourceContext, useTranslate } from 'react-admin';
import type { FilterSpec } from '../../resources/descriptor';

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** The label of a filter: its own, or its field's, as its input shows it. */
function useFilterLabel(resource: string): (spec: FilterSpec | undefined, source: string) => string {
  const translate = useTranslate();
  return (spec, source) => translate(spec?.label ?? `resources.${resource}.fields.${source}`, { _: source });
}

/** A referenced record by its representation, or by its id until it has loaded (or if it cannot be read). */
function ReferenceValue({ reference, id }: { reference: string; id: unknown }) {
  const { data } = useGetOne(reference, { id: id as number }, { enabled: id !== undefined && id !== null });
  const represent = useGetRecordRepresentation(reference);
  return <>{data ? represent(data) : `#${String(id)}`}</>;
}

function FilterValue({ spec, value }: { spec: FilterSpec | undefined; value: unknown }) {
  const translate = useTranslate();
  if (spec?.kind === 'enum' || spec?.kind === 'enums') {
    const values = Array.isArray(value) ? value : [value];
    return <>{values.map((v) => translate(`enums.${spec.enumName}.${String(v)}`, { _: String(v) })).join(translate('search.or'))}</>;
  }
  if (spec?.kind === 'reference') return <ReferenceValue reference={spec.reference} id={value} />;
  if (typeof value === 'boolean') return <>{translate(value ? 'ra.boolean.true' : 'ra.boolean.false')}</>;
  return <>{Array.isArray(value) ? value.join(', ') : String(value)}</>;
}

export function ActiveFilters({ filters = [] }: { filters?: readonly FilterSpec[] }) {
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const labelOf = useFilterLabel(resource);
  const active = Object.entries(filterValues ?? {}).filter(([, value]) => !isEmpty(value));
  if (!active.length) return null;
  const remove = (source: string) => {
    const { [source]: _removed, ...rest } = filterValues;
    const { [source]: _shown, ...stillShown } = displayedFilters ?? {};
    setFilters(rest, stillShown);
  };
  return (
    <Box
      role="region"
      aria-label={translate('search.active')}
      data-testid="active-filters"
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', px: 2, py: 1 }}
    >
      {active.map(([source, value]) => {
        const spec = filters.find((f) => f.source === source);
        const label = labelOf(spec, source);
        return (
          <Chip
            key={source}
            size="small"
            data-filter={source}
            label={
              <>
                {label}: <FilterValue spec={spec} value={value} />
              </>
            }
            title={translate('search.remove', { name: label })}
            onDelete={() => remove(source)}
          />
        );
      })}
      {active.length > 1 ? (
        <Chip size="small" variant="outlined" label={translate('search.clear')} onClick={() => setFilters({}, {})} />
      ) : null}
    </Box>
  );
}
