import { DEFAULT_TIME_ZONE, dayIn } from '../../shared/calendar-day';

/**
 * Today as the API counts days: the calendar day in the server's default zone (Asia/Shanghai), with
 * the server's own function, so that a day the console proposes or compares with (a membership that
 * ended today, a form's default date) is the day the server would write.
 */
export function today(now: Date = new Date()): string {
  return dayIn(DEFAULT_TIME_ZONE, now);
}
