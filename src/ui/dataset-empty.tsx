import type { ReactNode } from 'react';
import { formatInteger } from '../format';
import './dataset-empty.css';
import { useLang, useT } from './i18n';

/**
 * The one explanation a screen shows instead of its figures when the active data set holds no rows, or no realised
 * gain: the chain starts from realised gains, so every figure would be 0 and every chart an empty axis.
 * `actions` are the ways out the screen can offer (open the import, switch data set).
 */
export function DatasetEmpty({
  reason,
  name,
  reports,
  rest,
  actions,
}: {
  reason: 'no-rows' | 'no-realised';
  name: string;
  reports: number;
  /** The screen's own content follows below (its rows, its tables): only the chain's figures are left out. */
  rest?: boolean;
  actions?: ReactNode;
}) {
  const t = useT();
  const { lang } = useLang();
  const n = formatInteger(reports, lang);
  return (
    <section
      className="banner banner-info dataset-empty"
      data-testid="dataset-empty"
      data-reason={reason}
      aria-labelledby="dataset-empty-title"
    >
      <h2 id="dataset-empty-title">
        {reason === 'no-rows'
          ? t({ da: `Datasættet «${name}» har ingen rækker`, en: `The data set “${name}” has no rows` })
          : t({ da: `Datasættet «${name}» har ingen realiserede gevinster`, en: `The data set “${name}” has no realised gains` })}
      </h2>
      <p>
        {reason === 'no-rows'
          ? t({ da: 'Der er ingen indberetninger at regne ud fra.', en: 'There are no reports to compute from.' })
          : t({
              da: `Dets ${n} rækker er forventede gevinster (eller realiserede, der summerer til 0 kr.). Beregningen går ud fra de realiserede gevinster.`,
              en: `Its ${n} rows are expected gains (or realised ones summing to DKK 0). The calculation starts from realised gains.`,
            })}
      </p>
      <p>
        {rest
          ? t({
              da: 'Derfor vises beregningens tal og diagrammer ikke; resten af siden følger nedenfor.',
              en: 'So the calculation’s figures and charts are not shown; the rest of this page follows below.',
            })
          : t({ da: 'Derfor vises her ingen tal og ingen diagrammer.', en: 'So no figures and no charts are shown here.' })}
      </p>
      <p>{t({ da: 'Sådan får du tal at se:', en: 'To see figures:' })}</p>
      <ul>
        <li>
          {t({
            da: 'importér en partners fil med realiserede gevinster (Importér data i toppen; vælg at tilføje den til dette datasæt eller lave et nyt),',
            en: 'import a partner’s file with realised gains (Import data in the header; add it to this data set or make a new one),',
          })}
        </li>
        <li>
          {t({
            da: 'står status i filen med partnerens egne ord (fx «Ja»/«Nej»), så importér den igen og oversæt værdierne i tilknytningstrinnet (realiseret/forventet),',
            en: 'if the file gives the status in the partner’s own words (e.g. “Ja”/“Nej”), import it again and map the values in the mapping step (realised/expected),',
          })}
        </li>
        <li>{t({ da: 'eller skift til et andet datasæt i toppen.', en: 'or switch to another data set in the header.' })}</li>
      </ul>
      {actions ? <div className="notice-actions">{actions}</div> : null}
    </section>
  );
}
