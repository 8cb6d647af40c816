/**
 * How long a text input may be, checked with the rest of the input before anything is written, so
 * that a text too long for its column is refused as BAD_USER_INPUT naming the field instead of
 * reaching the database, where MariaDB refuses it as "Data too long" (an internal error) and
 * SQLite, which does not hold a VARCHAR to its length, keeps more than the column declares.
 *
 * Lengths are counted in UTF-16 code units, JavaScript's `length`, which is also what the
 * console's and the public form's `maxlength` count. A column of n characters holds any text of
 * at most n units (a character beyond the Basic Multilingual Plane, an emoji or a rare CJK
 * character, is one character and two units), and no unit takes more than 3 bytes of UTF-8 (such
 * a character takes 4 for its 2 units), so a TEXT column of 65,535 bytes holds 21,845 units,
 * whatever they are. class-validator's own Length/MaxLength count as validator.js does, where a
 * character followed by a variation selector counts once: 31 times 'a\uFE0F' passed a maximum of
 * 60 with 62 characters, which MariaDB refuses for a VARCHAR(60).
 */
import { ValidateBy, type ValidationArguments } from 'class-validator';

/** The name of the constraint in class-validator's metadata; its constraints are [min, max]. */
export const TEXT_LENGTH = 'textLength';

/** Bytes a TEXT column holds on MariaDB/MySQL, and the most UTF-8 bytes one UTF-16 unit takes. */
export const TEXT_COLUMN_BYTES = 65_535;
export const MAX_BYTES_PER_UNIT = 3;

/**
 * The longest free texts: the main text of a record. The audit trail keeps each change as a JSON
 * snapshot of the whole record in a TEXT column, so the texts of one record together stay within
 * 21,845 units: two of these and a short note, or one and shorter notes (NOTE_MAX).
 */
export const LONG_TEXT_MAX = 10_000;
/** A note beside a record's main text (a decision, an outcome, suggestions, a hearing). */
export const NOTE_MAX = 5_000;

/** "at most 60 characters", for descriptions and messages (written as the saved queries' own checks write it). */
export const atMost = (max: number) => `at most ${max} characters`;

/**
 * Control characters other than tab and line breaks: no text a person writes holds them, SQLite and
 * MariaDB compare a NUL differently, and JSON writes each as six bytes, which would let a text that
 * fits its column overflow the audit trail's copy of it.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: text holding one is refused
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * A string of `min` to `max` UTF-16 units. With a `format`, the format's message answers for any
 * value that does not fit, since the format itself fixes the length (a day, YYYY-MM-DD).
 */
export function TextLength(min: number, max: number, format?: { pattern: RegExp; message: string }): PropertyDecorator {
  return ValidateBy({
    name: TEXT_LENGTH,
    constraints: [min, max],
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' &&
        value.length >= min &&
        value.length <= max &&
        !CONTROL_CHARACTER.test(value) &&
        (!format || format.pattern.test(value)),
      defaultMessage: (args?: ValidationArguments) => {
        const value: unknown = args?.value;
        if (format) return format.message;
        if (typeof value !== 'string') return 'must be text';
        if (CONTROL_CHARACTER.test(value)) return 'must not contain control characters (only tabs and line breaks)';
        if (value.length > max) return `must be ${atMost(max)}, got ${value.length}`;
        return min === 1 ? 'must not be empty' : `must be at least ${min} characters, got ${value.length}`;
      },
    },
  });
}
