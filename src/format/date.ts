import { INTL_TAG, normaliseSpaces, NOT_A_NUMBER, type Locale } from './locale';

export interface DateOptions {
  /** long: 3. maj 2017 / 3 May 2017 (default); short: 03.05.2017 / 03/05/2017; time adds hours and minutes. */
  style?: 'long' | 'short' | 'time';
  /**
   * Defaults to UTC: the data's dates are calendar dates ('2017-05-03' from the database), and formatting them in
   * the viewer's zone would move them a day west of Greenwich. Pass the user's zone for instants.
   */
  timeZone?: string;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, style: NonNullable<DateOptions['style']>, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${style}|${timeZone}`;
  let f = dateFormats.get(key);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions =
      style === 'long'
        ? { day: 'numeric', month: 'long', year: 'numeric' }
        : style === 'short'
          ? { day: '2-digit', month: '2-digit', year: 'numeric' }
          : { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false };
    f = new Intl.DateTimeFormat(INTL_TAG[locale], { ...opts, timeZone });
    dateFormats.set(key, f);
  }
  return f;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function toDate(value: Date | string | number): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? new Date(value) : null;
  const m = DATE_ONLY.exec(value.trim());
  if (!m) {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  const [y, mo, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(y, mo - 1, day));
  // Date.UTC rolls 2017-13-45 over into 2018; a calendar date that does not exist is not a date.
  return d.getUTCFullYear() === y && d.getUTCMonth() === mo - 1 && d.getUTCDate() === day ? d : null;
}

/** A date (Date, ISO string, or epoch milliseconds). Unparsable input gives "–", never a throw. */
export function formatDate(value: Date | string | number, locale: Locale, options: DateOptions = {}): string {
  const d = toDate(value);
  if (!d) return NOT_A_NUMBER;
  return normaliseSpaces(dateFormat(locale, options.style ?? 'long', options.timeZone ?? 'UTC').format(d));
}
