import type { Handout, HandoutBlock, HandoutSection } from './handout-content';

function Block({ block }: { readonly block: HandoutBlock }) {
  return (
    <div>
      {block.title === undefined ? null : <h3>{block.title}</h3>}
      {block.paragraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
      {block.list === undefined ? null : (
        <ul className="print-plain-list">
          {block.list.map((text) => (
            <li key={text} className="print-item">
              {text}
            </li>
          ))}
        </ul>
      )}
      {block.entries === undefined || block.compact !== true ? null : (
        <ul className="print-compact-list">
          {block.entries.map((entry) => (
            <li key={entry.title} className="print-item">
              <strong>{entry.title}.</strong> {entry.lines.map((line) => line.text).join(' ')}
            </li>
          ))}
        </ul>
      )}
      {block.entries === undefined || block.compact === true ? null : (
        <ul className="print-list">
          {block.entries.map((entry) => (
            <li key={entry.title} className="print-item">
              <p className="print-item__title">{entry.title}</p>
              {entry.lines.map((line) => (
                <p key={line.text}>
                  {line.label === undefined ? null : <strong>{line.label}: </strong>}
                  {line.text}
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Section({ section }: { readonly section: HandoutSection }) {
  const id = `handout-${section.id}`;
  return (
    <section className={`print-section print-section--${section.id}`} aria-labelledby={id}>
      <h2 id={id}>{section.title}</h2>
      {section.blocks.map((block, index) => (
        <Block key={block.title ?? String(index)} block={block} />
      ))}
    </section>
  );
}

/** The patient handout: laid out from buildHandout's words, nothing added here. */
export function HandoutDocument({
  handout,
  givenName,
}: {
  readonly handout: Handout;
  readonly givenName: string;
}) {
  return (
    <>
      <h1 id="print-title" className="print-title" tabIndex={-1}>
        Your care plan, {givenName}
      </h1>
      {handout.sections.map((section) => (
        <Section key={section.id} section={section} />
      ))}
    </>
  );
}
