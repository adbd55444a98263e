import { useLinkData } from '../../queries';
import { Notice, useT } from '../../ui';

/**
 * A shared link opened on other data than it was made on: which data set the link names, which one the figures
 * come from, and how to get the link's data — switch to it when this browser keeps it, else import its file.
 */
export function LinkDataNotice() {
  const t = useT();
  const { mismatch, pending, stored, switchToStored, dismiss } = useLinkData();
  if (pending)
    return (
      <Notice testId="link-data-checking">
        {t({
          da: `Linket blev lavet på datasættet «${pending.name}» (SHA-256 ${pending.hash}…); når databasen er startet, tjekkes det, om tallene her kommer fra de samme data.`,
          en: `The link was made on the data set “${pending.name}” (SHA-256 ${pending.hash}…); once the database has started, the app checks whether the figures here come from the same data.`,
        })}
      </Notice>
    );
  if (!mismatch) return null;
  const { link, active } = mismatch;
  const linkHash = `${link.hash}…`;
  const activeHash = `${active.hash.slice(0, link.hash.length)}…`;
  const files = link.files.map((f) => `${f}…`).join(', ');
  return (
    <section
      role="alert"
      className="banner banner-error link-data-mismatch"
      data-testid="link-data-mismatch"
      data-link-name={link.name}
      data-link-hash={link.hash}
      data-active-hash={active.hash}
      data-stored={stored?.datasetId ?? ''}
    >
      <strong>
        {t({
          da: 'Linket er lavet på andre data end dem, tallene her kommer fra.',
          en: 'This link was made on other data than the figures here come from.',
        })}
      </strong>
      <p>
        {t({
          da: `Linket blev lavet på datasættet «${link.name}» (SHA-256 ${linkHash}). Tallene her kommer fra «${active.name}» (SHA-256 ${activeHash}).`,
          en: `The link was made on the data set “${link.name}” (SHA-256 ${linkHash}). The figures here come from “${active.name}” (SHA-256 ${activeHash}).`,
        })}
      </p>
      <p>
        {stored
          ? t({
              da: `Datasættet «${stored.name}» i denne browser har linkets data: skift til det for at se linkets tal.`,
              en: `The data set “${stored.name}” in this browser holds the link’s data: switch to it to see the link’s figures.`,
            })
          : link.files.length > 1
            ? t({
                da: `Importér filerne med SHA-256 ${files}, som linket blev lavet på, for at se linkets tal: den første som nyt datasæt (Importér data i toppen), de næste tilføjet til det.`,
                en: `Import the files with SHA-256 ${files} that the link was made on to see the link’s figures: the first as a new data set (Import data in the header), the others added to it.`,
              })
            : files
              ? t({
                  da: `Importér filen med SHA-256 ${files}, som linket blev lavet på, med Importér data i toppen (som nyt datasæt) for at se linkets tal.`,
                  en: `Import the file with SHA-256 ${files} that the link was made on (Import data in the header, as a new data set) to see the link’s figures.`,
                })
              : t({
                  da: 'Bed afsenderen om filen, linket blev lavet på, og importér den (Importér data i toppen) for at se linkets tal.',
                  en: 'Ask the sender for the file the link was made on and import it (Import data in the header) to see the link’s figures.',
                })}
      </p>
      <div className="notice-actions">
        {stored ? (
          <button
            type="button"
            className="button button-primary"
            data-testid="link-data-switch"
            onClick={() => void switchToStored()}
          >
            {t({ da: `Skift til «${stored.name}»`, en: `Switch to “${stored.name}”` })}
          </button>
        ) : null}
        <button type="button" className="button" data-testid="link-data-dismiss" onClick={dismiss}>
          {t({ da: `Fortsæt med «${active.name}»`, en: `Continue with “${active.name}”` })}
        </button>
      </div>
    </section>
  );
}
