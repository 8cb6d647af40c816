/**
 * Export of the list on screen, as CSV or as an Excel workbook (see export.ts for what is written).
 */
import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import GridOnIcon from '@mui/icons-material/GridOn';
import {
  Button,
  useDataProvider,
  useListContext,
  useLocaleState,
  useNotify,
  useResourceDefinitions,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import {
  EXPORT_LIMIT,
  exportColumns,
  exportFileName,
  fetchForExport,
  fetchRelated,
  representation,
  toCsv,
  toExportTable,
  toWorkbook,
  type ExportFormat,
  type ExportTable,
} from './export';
import { formatTime } from '../dates';
import { saveFile } from './download';
import { today } from '../days';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type ExcelModule = typeof import('exceljs');

/** exceljs is large and only needed here: loaded on the first export to Excel, in a chunk of its own. */
async function loadWorkbookClass(): Promise<ExcelModule['Workbook']> {
  const module = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  // A CommonJS package: bundled, its classes arrive on the default export.
  return (module.default ?? module).Workbook;
}

async function toFile(format: ExportFormat, table: ExportTable, title: string): Promise<Blob> {
  if (format === 'csv') return new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' });
  const workbook = toWorkbook(await loadWorkbookClass(), table, title);
  return new Blob([await workbook.xlsx.writeBuffer()], { type: XLSX_TYPE });
}

export function ExportButton({ format }: { format: ExportFormat }) {
  const { resource, filter, filterValues, sort, total } = useListContext();
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const definitions = useResourceDefinitions();
  const [pending, setPending] = useState(false);

  async function exportList() {
    setPending(true);
    try {
      const columns = exportColumns(resource);
      // The permanent filter (the List's `filter` prop) wins over what the user chose, as on screen.
      const query = { filter: { ...filterValues, ...filter }, sort };
      const { records, total: matching, truncated } = await fetchForExport(dataProvider, resource, query);
      const table = toExportTable(columns, records, {
        resource,
        translate,
        related: await fetchRelated(dataProvider, columns, records),
        represent: (reference: string, record: RaRecord) => representation(definitions[reference]?.recordRepresentation, record),
        formatTime: (iso: string) => formatTime(iso, locale),
      });
      const title = translate(`resources.${resource}.name`, { smart_count: 2 });
      const file = await toFile(format, table, title);
      saveFile(file, `${exportFileName(title, today())}.${format}`);
      if (truncated) notify('app.export.truncated', { type: 'warning', messageArgs: { limit: EXPORT_LIMIT, total: matching } });
    } catch (error) {
      const message = (error as Error)?.message || 'ra.notification.http_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setPending(false);
    }
  }

  return (
    <Button label={`app.export.${format}`} onClick={exportList} disabled={pending || total === 0} data-testid={`export-${format}`}>
      {format === 'xlsx' ? <GridOnIcon /> : <DownloadIcon />}
    </Button>
  );
}
