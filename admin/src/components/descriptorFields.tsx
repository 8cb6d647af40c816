/**
 * The elements a resource descriptor stands for: its fields as table columns and show-page rows,
 * its list filters, and its form inputs. Every enum reads translated and every empty value as "—"
 * (fields.tsx), as on the hand-written screens.
 */
import type { ReactElement, ReactNode } from 'react';
import {
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  DataTable,
  DateInput,
  Labeled,
  NullableBooleanInput,
  NumberField,
  NumberInput,
  ReferenceInput,
  SearchInput,
  TextInput,
  maxValue,
  minValue,
  required,
  type Validator,
} from 'react-admin';
import { toSortEnum } from '../providers/dataProvider';
import type { FieldSpec, FilterSpec, InputSpec, ResourceDescriptor } from '../resources/descriptor';
import { AssignmentInput } from './AssignmentInput';
import { DayField, EnumArrayInput, EnumField, EnumInput, Ref, Text, TimeField } from './fields';
import { FindingOfAssignmentInput } from './FindingOfAssignmentInput';
import { OverdueChip } from './overdue';
import { pickerSort } from './pickers';

/** Long text keeps its line breaks on a show page; a clipped cell stays on one line. */
const PARAGRAPH = { whiteSpace: 'pre-wrap' } as const;
const ONE_LINE = { display: 'block', maxWidth: 480, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

function fieldSpec(descriptor: ResourceDescriptor, source: string): FieldSpec {
  const spec = descriptor.fields[source];
  if (!spec) throw new Error(`${descriptor.name} describes no field "${source}"`);
  return spec;
}

/** A field as a show page reads it (also the read-only rows of a form). */
export function showField(descriptor: ResourceDescriptor, source: string): ReactElement {
  const spec = fieldSpec(descriptor, source);
  switch (spec.kind) {
    case 'value':
      return <Text key={source} source={source} />;
    case 'text':
      return spec.paragraph ? <Text key={source} source={source} sx={PARAGRAPH} /> : <Text key={source} source={source} />;
    case 'overdue':
      return <OverdueChip key={source} source={source} />;
    default:
      return cellField(source, spec) as ReactElement;
  }
}

/** A field as a table cell reads it; nothing for a value shown as it is (the column's own text). */
function cellField(source: string, spec: FieldSpec): ReactNode {
  switch (spec.kind) {
    case 'value':
      return undefined;
    case 'text':
      return spec.clip ? <Text key={source} source={source} sx={ONE_LINE} /> : <Text key={source} source={source} />;
    case 'day':
      return <DayField key={source} source={source} />;
    case 'time':
      return <TimeField key={source} source={source} />;
    case 'number':
      return <NumberField key={source} source={source} />;
    case 'boolean':
      return <BooleanField key={source} source={source} />;
    case 'overdue':
      return <OverdueChip key={source} />;
    case 'enum':
      return <EnumField key={source} source={source} enumName={spec.enumName} />;
    case 'reference':
      return <Ref key={source} source={source} reference={spec.reference} />;
  }
}

/**
 * The `DataTable.Col`s of the named fields, sortable where the API sorts by the field. `cells`
 * replaces what a column shows (its header and export stay the descriptor's).
 */
export function tableColumns(
  descriptor: ResourceDescriptor,
  columns: readonly string[],
  cells: Record<string, ReactNode> = {},
): ReactElement[] {
  const sortable = new Set(descriptor.api.sort?.fields ?? []);
  return columns.map((source) => (
    <DataTable.Col key={source} source={source} disableSort={!sortable.has(toSortEnum(source))}>
      {source in cells ? cells[source] : cellField(source, fieldSpec(descriptor, source))}
    </DataTable.Col>
  ));
}

/** The list's filter inputs. */
export function filterInputs(filters: readonly FilterSpec[] | undefined): ReactElement[] | undefined {
  return filters?.map((filter) => {
    const { source, alwaysOn, label } = filter;
    switch (filter.kind) {
      case 'search':
        return <SearchInput key={source} source={source} alwaysOn={alwaysOn} />;
      case 'enum':
        return <EnumInput key={source} source={source} label={label} enumName={filter.enumName} alwaysOn={alwaysOn} />;
      case 'enums':
        return <EnumArrayInput key={source} source={source} label={label} enumName={filter.enumName} alwaysOn={alwaysOn} />;
      case 'reference':
        return (
          <ReferenceInput
            key={source}
            source={source}
            reference={filter.reference}
            filter={filter.filter}
            sort={pickerSort(filter.reference)}
            alwaysOn={alwaysOn}
          >
            {filter.optionText ? <AutocompleteInput label={label} optionText={filter.optionText} /> : <AutocompleteInput label={label} />}
          </ReferenceInput>
        );
      case 'flag':
        return <BooleanInput key={source} source={source} alwaysOn={alwaysOn} />;
      case 'yesNo':
        return <NullableBooleanInput key={source} source={source} alwaysOn={alwaysOn} />;
      case 'day':
        return <DateInput key={source} source={source} label={label} alwaysOn={alwaysOn} />;
      case 'number':
        return <NumberInput key={source} source={source} alwaysOn={alwaysOn} />;
    }
  });
}

function validators(input: InputSpec): Validator | Validator[] | undefined {
  const rules: Validator[] = input.required ? [required()] : [];
  if (input.kind === 'number' && input.min !== undefined) rules.push(minValue(input.min));
  if (input.kind === 'number' && input.max !== undefined) rules.push(maxValue(input.max));
  return rules.length > 1 ? rules : rules[0];
}

/** A form's inputs, in order. */
export function formInputs(descriptor: ResourceDescriptor, inputs: readonly InputSpec[]): ReactElement[] {
  return inputs.map((input) => {
    const { source } = input;
    const validate = validators(input);
    switch (input.kind) {
      case 'text':
        return input.rows ? (
          <TextInput key={source} source={source} validate={validate} multiline minRows={input.rows} fullWidth />
        ) : (
          <TextInput key={source} source={source} validate={validate} fullWidth={input.fullWidth} />
        );
      case 'day':
        return <DateInput key={source} source={source} validate={validate} />;
      case 'number':
        return <NumberInput key={source} source={source} validate={validate} />;
      case 'enum':
        return <EnumInput key={source} source={source} enumName={input.enumName} validate={validate} />;
      case 'reference':
        return (
          <ReferenceInput key={source} source={source} reference={input.reference} filter={input.filter} sort={pickerSort(input.reference)}>
            <AutocompleteInput optionText={input.optionText} validate={validate} />
          </ReferenceInput>
        );
      case 'assignment':
        return <AssignmentInput key={source} stages={input.stages} />;
      case 'findingOfAssignment':
        return <FindingOfAssignmentInput key={source} statuses={input.statuses} />;
      case 'shown':
        return <Labeled key={source}>{showField(descriptor, source)}</Labeled>;
    }
  });
}

/** The form's starting values: today for the days that start on today. */
export function formDefaults(inputs: readonly InputSpec[], today: string): Record<string, unknown> | undefined {
  const days = inputs.filter((input) => input.kind === 'day' && input.defaultToday);
  return days.length ? Object.fromEntries(days.map((input) => [input.source, today])) : undefined;
}
