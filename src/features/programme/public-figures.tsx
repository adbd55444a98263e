import { useT, type Text } from '../../ui';

// The published figures the demo reproduces; data/PROVENANCE.md has the same list with the full references.
const FIGURES: readonly { figure: Text; source: string }[] = [
  {
    figure: {
      da: 'MADE SPIR: Innovationsfonden 64 mio. kr. af et samlet budget på 183,5 mio. kr., 2014–2018 (gearing 1,87)',
      en: 'MADE SPIR: Innovation Fund Denmark DKK 64m of a total budget of DKK 183.5m, 2014–2018 (leverage 1.87)',
    },
    source: 'Uddannelses- og Forskningsministeriet, SPIR-bevilling 2013',
  },
  {
    figure: {
      da: 'MADE, maj 2017: budget 24,2 mio. EUR = virksomheder 11,8 + Innovationsfonden 8,2 + fonde og foreninger 2,8 + universiteter 1,4; 109 medlemmer; 70 projekter (44 industriprojekter); 34 innovationsaktiviteter med 2.213 deltagere',
      en: 'MADE, May 2017: budget EUR 24.2m = companies 11.8 + Innovation Fund 8.2 + foundations and associations 2.8 + universities 1.4; 109 members; 70 projects (44 industrial); 34 innovation activities with 2,213 participants',
    },
    source: 'EU Digital Transformation Monitor, "Denmark: Manufacturing Academy of Denmark (MADE)", May 2017',
  },
  {
    figure: {
      da: '2019: 185 betalende medlemmer, heraf 162 virksomheder, ¾ med under 100 ansatte i Danmark; 35 demonstrationsprojekter støttet af Industriens Fond (op til 92.000 kr. hver)',
      en: '2019: 185 paying members, 162 of them companies, three quarters with fewer than 100 employees in Denmark; 35 demonstration projects funded by Industriens Fond (up to DKK 92,000 each)',
    },
    source: 'Industriens Fond, project page "Manufacturing Academy of Denmark"',
  },
  {
    figure: {
      da: 'Udpeget som national klynge for avanceret produktion (2020): 220 medlemmer',
      en: 'Designated national cluster for advanced production (2020): 220 members',
    },
    source: 'Danmarks Erhvervsfremmebestyrelse / Uddannelses- og Forskningsministeriet; MADE',
  },
];

export function PublicFigures() {
  const t = useT();
  return (
    <details data-testid="programme-public-figures">
      <summary>{t({ da: 'Offentlige tal, som demoen gengiver', en: 'Public figures the demo reproduces' })}</summary>
      <ul>
        {FIGURES.map((f, i) => (
          <li key={i}>
            {t(f.figure)} <span className="muted">({f.source})</span>
          </li>
        ))}
      </ul>
      <p className="muted">
        {t({
          da: 'Alt andet er syntetisk: medlemmernes typer, størrelser, regioner og år, aktiviteternes temaer, år, deltagere og omkostninger, og fordelingen mellem kontant og naturalier, hvor kun totalen er offentlig. Beløb i EUR er omregnet med 7,50 kr. pr. EUR.',
          en: 'Everything else is synthetic: members’ types, sizes, regions and years, activities’ themes, years, participants and costs, and the cash / in-kind split where only the total is public. EUR amounts are converted at DKK 7.50 per EUR.',
        })}
      </p>
    </details>
  );
}
