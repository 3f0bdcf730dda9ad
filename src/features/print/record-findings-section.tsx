import type { FindingRow, FindingSection } from './record-findings';
import { useVocabulary } from './print-vocabulary';

function Row({ row }: { readonly row: FindingRow }) {
  const words = useVocabulary();
  return (
    <div className="print-finding">
      <dt>{row.label}</dt>
      <dd>
        {row.values.map((value, index) => (
          <span key={value.side ?? 'value'}>
            {index > 0 ? '; ' : ''}
            {value.side === undefined ? '' : `${words.side[value.side]}: `}
            {value.text}
            {value.invalid ? (
              <strong className="print-invalid"> (invalid entry, as typed; not used)</strong>
            ) : null}
          </span>
        ))}
      </dd>
    </div>
  );
}

/** The findings recorded at the visit, under the exam's headings; invalid entries marked in words. */
export function RecordFindingsSection({
  sections,
}: {
  readonly sections: readonly FindingSection[];
}) {
  return (
    <section className="print-section" aria-labelledby="record-findings">
      <h2 id="record-findings">Findings recorded</h2>
      {sections.length === 0 ? <p>No findings recorded.</p> : null}
      {sections.map((section) => (
        <section
          key={section.id}
          className="print-subsection"
          aria-labelledby={`record-findings-${section.id}`}
        >
          <h3 id={`record-findings-${section.id}`}>{section.title}</h3>
          {section.groups.map((group, index) => (
            <div key={group.title ?? `items-${String(index)}`} className="print-finding-group">
              {group.title === undefined ? null : <h4>{group.title}</h4>}
              <dl className="print-findings">
                {group.rows.map((row) => (
                  <Row key={row.id} row={row} />
                ))}
              </dl>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}
