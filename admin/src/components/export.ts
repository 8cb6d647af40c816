/**
 * Lists as spreadsheets. Every list exports the columns it shows, as a reader sees them: headers
 * are the translated field labels, enum values their translated names, references the referenced
 * record's name, yes/no in words. The rows are those of the list's current filter and sort, read
 * page by page through the data provider, up to EXPORT_LIMIT.
 *
 * Free of React so that it can be tested in Node; exceljs arrives as a parameter, so that the
 * console loads it only when someone exports to Excel.
 */
import type { DataProvider, Identifier, RaRecord, SortPayload } from 'ra-core';
import type { Workbook } from 'exceljs';
import type { EnumName } from '../enums';
import { MAX_TAKE } from '../providers/dataProvider';
import type { ResourceName } from '../providers/resources';
import { DESCRIPTORS } from '../resources';
import type { FieldSpec } from '../resources/descriptor';
import { referenceName } from '../resources/names';

/** Enough for any report a person reads; more is a sign the filter is too wide. */
export const EXPORT_LIMIT = 10_000;

export type ExportFormat = 'csv' | 'xlsx';

export type ExportColumn =
  | { source: string; kind: 'text' }
  | { source: string; kind: 'enum'; enumName: EnumName }
  | { source: string; kind: 'reference'; reference: ResourceName }
  | { source: string; kind: 'boolean' }
  | { source: string; kind: 'time' };

/** A field of a list as it is exported: days (YYYY-MM-DD) and numbers as the API sends them. */
function exportColumnOf(source: string, field: FieldSpec | undefined): ExportColumn {
  switch (field?.kind) {
    case 'enum':
      return { source, kind: 'enum', enumName: field.enumName };
    case 'reference':
      return { source, kind: 'reference', reference: field.reference as ResourceName };
    case 'boolean':
    case 'overdue':
      return { source, kind: 'boolean' };
    case 'time':
      return { source, kind: 'time' };
    default:
      return { source, kind: 'text' };
  }
}

/** The columns of each list page, in the order the list shows them: the list columns of its descriptor. */
export const EXPORT_COLUMNS: Partial<Record<ResourceName, readonly ExportColumn[]>> = Object.fromEntries(
  DESCRIPTORS.flatMap(({ name, list, fields }) =>
    list ? [[name, list.columns.map((source) => exportColumnOf(source, fields[source]))]] : [],
  ),
);

/** The columns of a list page; throws for a resource without one, so a missing row fails loudly. */
export function exportColumns(resource: string): readonly ExportColumn[] {
  const columns = (EXPORT_COLUMNS as Record<string, readonly ExportColumn[]>)[resource];
  if (!columns) throw new Error(`No export columns for "${resource}"`);
  return columns;
}

// ---------------------------------------------------------------------------------------------
// Reading the rows

export interface ExportQuery {
  filter: Record<string, unknown>;
  sort?: SortPayload;
}

/**
 * The list's records in its current filter and sort, a page of MAX_TAKE at a time (what the API
 * gives at once), at most `limit` of them; `truncated` when the list holds more.
 */
export async function fetchForExport(
  dataProvider: Pick<DataProvider, 'getList'>,
  resource: string,
  { filter, sort }: ExportQuery,
  limit = EXPORT_LIMIT,
): Promise<{ records: RaRecord[]; total: number; truncated: boolean }> {
  const records: RaRecord[] = [];
  let total = 0;
  for (let page = 1; records.length < limit; page++) {
    const result = await dataProvider.getList(resource, { filter, sort, pagination: { page, perPage: MAX_TAKE } });
    records.push(...result.data);
    total = result.total ?? records.length;
    if (result.data.length < MAX_TAKE || records.length >= total) break;
  }
  const kept = records.slice(0, limit);
  return { records: kept, total, truncated: total > kept.length };
}

/** Referenced records by resource and by id (as a string: ids arrive as numbers or strings). */
export type RelatedRecords = Map<string, Map<string, RaRecord>>;

/** The ids each reference column points at, per referenced resource, without repeats. */
export function referencedIds(columns: readonly ExportColumn[], records: readonly RaRecord[]): Map<ResourceName, Identifier[]> {
  const out = new Map<ResourceName, Set<Identifier>>();
  for (const column of columns) {
    if (column.kind !== 'reference') continue;
    const ids = out.get(column.reference) ?? new Set<Identifier>();
    for (const record of records) {
      const id = record[column.source];
      if (id !== null && id !== undefined && id !== '') ids.add(id);
    }
    out.set(column.reference, ids);
  }
  return new Map([...out].map(([resource, ids]) => [resource, [...ids]]));
}

/** The records the references point at; those outside the caller's scope are simply absent. */
export async function fetchRelated(
  dataProvider: Pick<DataProvider, 'getMany'>,
  columns: readonly ExportColumn[],
  records: readonly RaRecord[],
): Promise<RelatedRecords> {
  const related: RelatedRecords = new Map();
  for (const [resource, ids] of referencedIds(columns, records)) {
    const { data } = ids.length ? await dataProvider.getMany(resource, { ids }) : { data: [] };
    related.set(resource, new Map(data.map((record) => [String(record.id), record])));
  }
  return related;
}

// ---------------------------------------------------------------------------------------------
// Values

export type Cell = string | number | null;

export interface ExportTable {
  headers: string[];
  rows: Cell[][];
}

export interface ExportContext {
  resource: string;
  translate: (key: string, options?: Record<string, unknown>) => string;
  related: RelatedRecords;
  /** How a referenced record is named (its resource's recordRepresentation). */
  represent: (resource: string, record: RaRecord) => string;
  /** An ISO timestamp in the reader's language. */
  formatTime: (iso: string) => string;
}

/** A record named as react-admin names it: by a field, by a function, else by its name or id. */
export function representation(recordRepresentation: unknown, record: RaRecord): string {
  if (typeof recordRepresentation === 'function') return String(recordRepresentation(record));
  if (typeof recordRepresentation === 'string' && record[recordRepresentation] != null) return String(record[recordRepresentation]);
  return record.name != null ? String(record.name) : `#${record.id}`;
}

function cellOf(column: ExportColumn, record: RaRecord, context: ExportContext): Cell {
  const value = record[column.source];
  if (value === null || value === undefined || value === '') return null;
  switch (column.kind) {
    case 'enum':
      return context.translate(`enums.${column.enumName}.${value}`);
    case 'reference': {
      // Named as the screen names it: by the label the row carries, which it has even where the caller may not read the record.
      const name = referenceName(record, column.source);
      if (name !== undefined) return name;
      const target = context.related.get(column.reference)?.get(String(value));
      // Outside the caller's scope and unlabelled: the id is all the row itself says about it.
      return target ? context.represent(column.reference, target) : `#${value}`;
    }
    case 'boolean':
      return context.translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
    case 'time':
      return context.formatTime(String(value));
    case 'text':
      return typeof value === 'number' ? value : String(value);
  }
}

/** The header row (the labels the list shows) and one row of readable values per record. */
export function toExportTable(columns: readonly ExportColumn[], records: readonly RaRecord[], context: ExportContext): ExportTable {
  return {
    headers: columns.map((column) => context.translate(`resources.${context.resource}.fields.${column.source}`)),
    rows: records.map((record) => columns.map((column) => cellOf(column, record, context))),
  };
}

// ---------------------------------------------------------------------------------------------
// Files

/**
 * A spreadsheet reads a text cell starting with one of these as a formula; intake content comes
 * from the public, so such a cell is written with a leading apostrophe, which keeps it text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * RFC 4180 CSV with CRLF line ends, starting with a byte-order mark: without it Excel reads the
 * file in the system's code page and the Chinese comes out garbled.
 */
export function toCsv(table: ExportTable): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Characters Excel refuses in a sheet name, and its length limit. */
export function sheetName(name: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet1'
  );
}

/** Width in Excel's units: a Chinese character takes two. */
function displayWidth(cell: Cell): number {
  if (cell === null) return 0;
  let width = 0;
  for (const char of String(cell)) width += char.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return width;
}

/** Wide enough for the header and the first rows, within reason. */
function columnWidth(header: string, rows: readonly Cell[][], index: number): number {
  const sample = rows.slice(0, 200).map((row) => displayWidth(row[index]));
  return Math.min(60, Math.max(8, displayWidth(header), ...sample) + 2);
}

/**
 * The table as a workbook of one sheet: a bold header row that stays in view and filters, and
 * values as values (text stays text, never a formula).
 */
export function toWorkbook(WorkbookClass: typeof Workbook, table: ExportTable, title: string): Workbook {
  const workbook = new WorkbookClass();
  const sheet = workbook.addWorksheet(sheetName(title), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.headers.map((header, index) => ({ header, width: columnWidth(header, table.rows, index) }));
  sheet.addRows(table.rows);
  sheet.getRow(1).font = { bold: true };
  if (table.headers.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  return workbook;
}

/** `人员-2026-05-01`: what is in the file and when it was taken, without characters a file system refuses. */
export function exportFileName(label: string, day: string): string {
  return `${label.replace(/[\\/:*?"<>|]/g, ' ').trim()}-${day}`;
}
