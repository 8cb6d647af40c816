/**
 * A resource descriptor: everything the console knows about one record type, written once. The
 * API row (what to query and send), how each field reads, the list's columns, filters and default
 * sort (which the export and the nested tables reuse), the show page and the forms, the menu icon,
 * and optionally the labels in both languages.
 *
 * Pure data: no React, so that the data provider and the export can read descriptors in Node. The
 * console turns them into screens in components/resourceScreens.tsx.
 */
import type { EnumName } from '../enums';
import type { ResourceSpec } from '../providers/resources';
import type { IconName } from './icons';

type Row = Record<string, unknown>;

/** How a field reads, in a table cell and on a show page. */
export type FieldSpec =
  /** A value that is never empty, shown as the API sends it. */
  | { kind: 'value' }
  /** Free text; `paragraph` keeps its line breaks on the show page, `clip` keeps a table cell to one line. */
  | { kind: 'text'; paragraph?: boolean; clip?: boolean }
  /** A day (YYYY-MM-DD), shown as sent: no time zone can shift it. */
  | { kind: 'day' }
  | { kind: 'time' }
  | { kind: 'number' }
  | { kind: 'boolean' }
  /** The `overdue` flag, shown as a red chip when set. */
  | { kind: 'overdue' }
  | { kind: 'enum'; enumName: EnumName }
  | { kind: 'reference'; reference: string };

/** A filter of the list, by the filter key it sets; `label` is a translation key, the field's label when omitted. */
export type FilterSpec = { source: string; alwaysOn?: boolean; label?: string } & (
  | { kind: 'search' }
  | { kind: 'enum'; enumName: EnumName }
  | { kind: 'enums'; enumName: EnumName }
  | { kind: 'reference'; reference: string; optionText?: string; filter?: Row }
  | { kind: 'flag' }
  | { kind: 'yesNo' }
  | { kind: 'day' }
  | { kind: 'number' }
);

/** An input of a generated form. */
export type InputSpec = { source: string; required?: boolean } & (
  | { kind: 'text'; rows?: number; fullWidth?: boolean }
  | { kind: 'day'; defaultToday?: boolean }
  | { kind: 'number'; min?: number; max?: number }
  | { kind: 'enum'; enumName: EnumName }
  | { kind: 'reference'; reference: string; optionText?: string; filter?: Row }
  /** The inspection the record is made within, among those in `stages`. */
  | { kind: 'assignment'; stages: readonly string[] }
  /** A finding of the chosen inspection, in `statuses`. */
  | { kind: 'findingOfAssignment'; statuses: readonly string[] }
  /** Shown, not changed: the field as the show page reads it. */
  | { kind: 'shown' }
);

export interface ListSpec {
  columns: readonly string[];
  filters?: readonly FilterSpec[];
  sort: { field: string; order: 'ASC' | 'DESC' };
  /** Overdue rows in red. */
  overdueRows?: boolean;
}

export interface ShowSpec {
  fields: readonly string[];
  /** Whether the page offers Edit: always (true), never (false, the default), or while the record allows it. */
  editable?: boolean | ((record: Row) => boolean);
  retire?: boolean;
}

export interface FormSpec {
  inputs: readonly InputSpec[];
}

/** The labels of a resource in one language, as react-admin reads them under `resources.<name>`. */
export interface ResourceLabels {
  name: string;
  fields: Record<string, string>;
  [group: string]: unknown;
}

export interface ResourceDescriptor<Name extends string = string> {
  name: Name;
  /** What the API takes and answers (see providers/resources.ts). */
  api: ResourceSpec;
  fields: Readonly<Record<string, FieldSpec>>;
  /** How a record of this resource is named where another refers to it. */
  recordRepresentation?: string | ((record: Row) => string);
  /** The menu icon; a resource without one has no page of its own (nor a menu item). */
  icon?: IconName;
  list?: ListSpec;
  /** Screens generated from the descriptor, unless the resource has its own (resources/screens.ts). */
  show?: ShowSpec;
  create?: FormSpec;
  edit?: FormSpec;
  /** Labels beside the descriptor, for a resource whose labels are not in i18n/zh.ts and en.ts. */
  labels?: { zh: ResourceLabels; en: ResourceLabels };
}

/** Keeps the resource's name as a literal type, so that the index knows every name. */
export function defineResource<const Name extends string>(descriptor: ResourceDescriptor<Name>): ResourceDescriptor<Name> {
  return descriptor;
}

/** The stamps every record carries. */
export const STAMPS = 'version createdAt updatedAt';

/** The filter of every list of records made within an inspection: which inspection. */
export const INSPECTION_FILTER: FilterSpec = { source: 'assignmentId', kind: 'reference', reference: 'assignments', alwaysOn: true };

// Field shorthands.
export const value: FieldSpec = { kind: 'value' };
export const text: FieldSpec = { kind: 'text' };
export const paragraph: FieldSpec = { kind: 'text', paragraph: true };
export const day: FieldSpec = { kind: 'day' };
export const time: FieldSpec = { kind: 'time' };
export const number: FieldSpec = { kind: 'number' };
export const boolean: FieldSpec = { kind: 'boolean' };
export const overdue: FieldSpec = { kind: 'overdue' };
export const enumOf = (enumName: EnumName): FieldSpec => ({ kind: 'enum', enumName });
export const ref = (reference: string): FieldSpec => ({ kind: 'reference', reference });
