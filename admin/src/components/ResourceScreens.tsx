/**
 * The list, show, create and edit screens of a resource, built from its descriptor. A resource
 * without screens of its own uses them as they are; one with its own builds on them (extra
 * buttons, a cell of its own) and still takes its columns and filters from the descriptor.
 */
import { useMemo, type ReactElement, type ReactNode } from 'react';
import {
  Create,
  DataTable,
  Edit,
  List,
  Pagination,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  useResourceContext,
  type SortPayload,
} from 'react-admin';
import { today } from '../days';
import { descriptorOf } from '../resources';
import { EditWhenButton } from './ActionButtons';
import { filterInputs, formDefaults, formInputs, showField, tableColumns } from './descriptorFields';
import { AppForm } from './forms';
import { ActiveFilters } from './filters/ActiveFilters';
import { ListActions } from './ListActions';
import { overdueRowSx } from './overdue';
import { EditToolbar, ShowActions } from './toolbars';

function useDescriptor() {
  return descriptorOf(useResourceContext() ?? '');
}

function part<T>(resource: string, screen: string, value: T | undefined): T {
  if (!value) throw new Error(`${resource} describes no ${screen}`);
  return value;
}

export interface ResourceListProps {
  /** Buttons the list adds to its toolbar. */
  actions?: ReactNode;
  /** Filters other than the descriptor's (e.g. more for some callers). */
  filters?: ReactElement[];
  /** What some columns show instead of the field as described. */
  cells?: Record<string, ReactNode>;
  /** Columns after the described ones (buttons), neither exported nor labelled. */
  trailing?: ReactNode;
}

export function ResourceList({ actions, filters, cells, trailing }: ResourceListProps) {
  const descriptor = useDescriptor();
  const list = part(descriptor.name, 'list', descriptor.list);
  const described = useMemo(() => filterInputs(list.filters), [list]);
  return (
    <List filters={filters ?? described} sort={list.sort} actions={<ListActions>{actions}</ListActions>}>
      <ActiveFilters filters={list.filters} />
      <DataTable rowClick="show" bulkActionButtons={false} rowSx={list.overdueRows ? overdueRowSx : undefined}>
        {tableColumns(descriptor, list.columns, cells)}
        {trailing}
      </DataTable>
    </List>
  );
}

export function ResourceShow({ actions }: { actions?: ReactNode }) {
  const descriptor = useDescriptor();
  const show = part(descriptor.name, 'show page', descriptor.show);
  const editable = show.editable ?? false;
  return (
    <Show
      actions={
        <ShowActions edit={editable === true} retire={show.retire}>
          {actions}
          {typeof editable === 'function' ? <EditWhenButton when={editable} /> : null}
        </ShowActions>
      }
    >
      <SimpleShowLayout>{show.fields.map((source) => showField(descriptor, source))}</SimpleShowLayout>
    </Show>
  );
}

export function ResourceCreate() {
  const descriptor = useDescriptor();
  const { inputs } = part(descriptor.name, 'creation form', descriptor.create);
  return (
    <Create redirect="show">
      <AppForm defaultValues={formDefaults(inputs, today())}>{formInputs(descriptor, inputs)}</AppForm>
    </Create>
  );
}

export function ResourceEdit() {
  const descriptor = useDescriptor();
  const { inputs } = part(descriptor.name, 'edit form', descriptor.edit);
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <AppForm toolbar={<EditToolbar retire={!!descriptor.api.retire} />}>{formInputs(descriptor, inputs)}</AppForm>
    </Edit>
  );
}

export interface ReferenceTableProps {
  /** The resource listed, whose descriptor gives the columns' fields. */
  reference: string;
  /** Its field that holds the id of the record on screen. */
  target: string;
  columns: readonly string[];
  sort?: SortPayload;
  label?: string | false;
  empty?: ReactNode;
  /** Where a row leads; rows of a resource without pages of its own lead nowhere. */
  rowClick?: 'show' | false;
  trailing?: ReactNode;
}

/** A table of the records of another resource that point at the record on screen. */
export function ReferenceTable({ reference, target, columns, sort, label, empty, rowClick = 'show', trailing }: ReferenceTableProps) {
  return (
    <ReferenceManyField reference={reference} target={target} sort={sort} pagination={<Pagination />} label={label} empty={empty}>
      <DataTable rowClick={rowClick === 'show' ? 'show' : undefined} bulkActionButtons={false}>
        {tableColumns(descriptorOf(reference), columns)}
        {trailing}
      </DataTable>
    </ReferenceManyField>
  );
}
