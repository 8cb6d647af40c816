/**
 * Field and input shorthands so that every enum is shown translated and every empty value as "—"
 * (a protected field the caller may not read arrives as null).
 */
import {
  FunctionField,
  ReferenceField,
  SelectArrayInput,
  SelectField,
  SelectInput,
  TextField,
  useLocaleState,
  useRecordContext,
  type ReferenceFieldProps,
  type SelectArrayInputProps,
  type SelectFieldProps,
  type SelectInputProps,
  type TextFieldProps,
} from 'react-admin';
import { Typography } from '@mui/material';
import { formatDay, formatTime } from '../dates';
import { enumChoices, type EnumName } from '../enums';
import { referenceName } from '../resources/names';

export const EMPTY = '—';

/** A field's value as text, for the fields that format it themselves. */
function valueOf(record: Record<string, unknown> | undefined, source: string | undefined): string | undefined {
  const value = source ? record?.[source] : undefined;
  return typeof value === 'string' ? value : undefined;
}

export function EnumField({ enumName, ...props }: Omit<SelectFieldProps, 'choices'> & { enumName: EnumName }) {
  return <SelectField emptyText={EMPTY} sx={{ whiteSpace: 'nowrap' }} {...props} choices={enumChoices(enumName)} />;
}

export function EnumInput({ enumName, ...props }: Omit<SelectInputProps, 'choices'> & { enumName: EnumName }) {
  return <SelectInput {...props} choices={enumChoices(enumName)} />;
}

export function EnumArrayInput({ enumName, ...props }: Omit<SelectArrayInputProps, 'choices'> & { enumName: EnumName }) {
  return <SelectArrayInput {...props} choices={enumChoices(enumName)} />;
}

/** A day (YYYY-MM-DD) in the console's one format for days (dates.ts): no time zone can shift it to the day before. */
export function DayField(props: TextFieldProps) {
  const [locale] = useLocaleState();
  return (
    <FunctionField
      sx={{ whiteSpace: 'nowrap' }}
      {...props}
      render={(record) => formatDay(valueOf(record, props.source), locale) || EMPTY}
    />
  );
}

export function Text(props: TextFieldProps) {
  return <TextField emptyText={EMPTY} {...props} />;
}

/** The locale dates and times are written in, for the console's language. */
export function dateLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : 'zh-CN';
}

/** An ISO timestamp in the console's one format for times (dates.ts). */
export function TimeField(props: TextFieldProps) {
  const [locale] = useLocaleState();
  return (
    <FunctionField
      sx={{ whiteSpace: 'nowrap' }}
      {...props}
      render={(record) => formatTime(valueOf(record, props.source), locale) || EMPTY}
    />
  );
}

/**
 * A reference shown by its name, linked to its page when the caller may read it. The name is the
 * label the API sends beside the reference (`assignmentLabel` beside `assignmentId`), so that it
 * reads the same whether or not the caller may read the record itself; a reference without a label
 * is shown by its record representation.
 */
export function Ref(props: Omit<ReferenceFieldProps, 'link'>) {
  const record = useRecordContext(props);
  const [locale] = useLocaleState();
  const name = referenceName(record, props.source, locale);
  if (name === undefined) return <ReferenceField link="show" emptyText={EMPTY} {...props} />;
  const shown = (
    <Typography component="span" variant="body2">
      {name}
    </Typography>
  );
  return (
    <ReferenceField link="show" {...props} empty={shown}>
      {shown}
    </ReferenceField>
  );
}
