/**
 * Field and input shorthands so that every enum is shown translated and every empty value as "—"
 * (a protected field the caller may not read arrives as null).
 */
import {
  DateField,
  ReferenceField,
  SelectArrayInput,
  SelectField,
  SelectInput,
  TextField,
  useLocaleState,
  useRecordContext,
  type DateFieldProps,
  type ReferenceFieldProps,
  type SelectArrayInputProps,
  type SelectFieldProps,
  type SelectInputProps,
  type TextFieldProps,
} from 'react-admin';
import { Typography } from '@mui/material';
import { enumChoices, type EnumName } from '../enums';
import { referenceName } from '../resources/names';

export const EMPTY = '—';

export function EnumField({ enumName, ...props }: Omit<SelectFieldProps, 'choices'> & { enumName: EnumName }) {
  return <SelectField emptyText={EMPTY} sx={{ whiteSpace: 'nowrap' }} {...props} choices={enumChoices(enumName)} />;
}

export function EnumInput({ enumName, ...props }: Omit<SelectInputProps, 'choices'> & { enumName: EnumName }) {
  return <SelectInput {...props} choices={enumChoices(enumName)} />;
}

export function EnumArrayInput({ enumName, ...props }: Omit<SelectArrayInputProps, 'choices'> & { enumName: EnumName }) {
  return <SelectArrayInput {...props} choices={enumChoices(enumName)} />;
}

/** A day (YYYY-MM-DD) shown as the API sends it: no time zone can shift it to the day before. */
export function DayField(props: TextFieldProps) {
  return <TextField emptyText={EMPTY} sx={{ whiteSpace: 'nowrap' }} {...props} />;
}

export function Text(props: TextFieldProps) {
  return <TextField emptyText={EMPTY} {...props} />;
}

/** The locale dates and times are written in, for the console's language. */
export function dateLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : 'zh-CN';
}

/** An ISO timestamp in the console's language. */
export function TimeField(props: DateFieldProps) {
  const [locale] = useLocaleState();
  return <DateField showTime emptyText={EMPTY} locales={dateLocale(locale)} {...props} />;
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
