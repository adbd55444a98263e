/**
 * English that a Danish report must not show, for the report's tests (component, .docx XML, PDF text): common
 * English words that are not Danish, the English side of the report's own labels, and raw ids (snake_case, choice
 * values). Titles of cited public documents are English by name and are taken out first.
 */
const CITED_TITLES = [
  'Additionality Guide',
  'HCA/English Partnerships',
  'Journal of Marketing Research',
  'Management Science',
  'Econometrica',
  'European Cluster Collaboration Platform',
  'MADE – Platform for future production systems',
  'Innovation Fund Denmark',
];

const ENGLISH = [
  'the',
  'and',
  'of',
  'with',
  'from',
  'which',
  'that',
  'this',
  'are',
  'were',
  'been',
  'has',
  'per year',
  'share',
  'reported',
  'social',
  'gain',
  'gains',
  'potential',
  'assumption',
  'assumptions',
  'value',
  'years',
  'bundled',
  'estimate',
  'scaled',
  'employees',
  'theme',
  'logistic',
  'programme',
  'changed',
  'figure',
  'mean',
  'draws',
  'seed',
  'threshold',
  'appendix',
  'method',
  'summary',
  'breakdowns',
  'realised',
  'expected',
  'present',
  'paid back',
  'horizon',
  'sources',
  'source',
  'data set',
  'report',
  'stamp',
  'deadweight',
  'displacement',
  'leakage',
  'transferability',
  'attribution',
  'funding',
  'weight',
  'whole',
  'industry',
  'size',
  'companies',
  'firms',
  'participants',
  'step',
  'factor',
  'chart',
  'table',
  'download',
];

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The English words found in a Danish text (empty when there are none). */
export function englishIn(text: string): string[] {
  let rest = text;
  // A title may break across lines in a PDF.
  for (const t of CITED_TITLES) rest = rest.replace(new RegExp(t.split(' ').map(escape).join('\\s+'), 'g'), ' ');
  const found = new Set<string>();
  for (const w of ENGLISH) if (new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'iu').test(rest)) found.add(w);
  for (const m of rest.matchAll(/\b[a-z]+_[a-z_]+\b/g)) found.add(m[0]);
  return [...found];
}
