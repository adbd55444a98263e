import type { Text } from './i18n';

/**
 * The Monte Carlo fan chart's title, reading guide and series names, shared by the Uncertainty screen and the
 * report, so the two never describe the same chart in different words.
 */
export function fanChartTexts(t: (text: Text) => string) {
  return {
    title: t({ da: 'Samfundsgevinst pr. år over tid: usikkerhedsvifte', en: 'Social gain per year over time: fan chart' }),
    description: t({
      da: 'Lyst bånd: 80 % af trækkene (P10–P90); mørkt bånd: de midterste 50 % (P25–P75); linje: medianen; stiplet: scenariets eget forløb.',
      en: 'Light band: 80% of draws (P10–P90); dark band: the middle 50% (P25–P75); line: the median; dashed: the scenario’s own path.',
    }),
    labels: {
      year: t({ da: 'År', en: 'Year' }),
      outer: 'P10–P90',
      inner: 'P25–P75',
      median: t({ da: 'Median', en: 'Median' }),
      point: t({ da: 'Scenariet', en: 'Scenario' }),
      p10: 'P10',
      p90: 'P90',
    },
  };
}
