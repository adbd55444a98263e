/**
 * Formula-injection defence for cells a spreadsheet opens (OWASP "CSV Injection"): a text cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return (or their full-width forms, which some spreadsheets also accept)
 * is prefixed with `'`, so it is shown as text and never run. Plain numbers written as text ("-12,5") are data,
 * not formulas, and stay as they are; numeric cells are never touched.
 */
const TRIGGER = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)*([eE][+-]?\d+)?$/;

export function neutraliseFormula(text: string): string {
  return TRIGGER.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

export function isNeutralised(original: string, written: string): boolean {
  return written === original ? !TRIGGER.test(original) || PLAIN_NUMBER.test(original) : written === `'${original}`;
}
