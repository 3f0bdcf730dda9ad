import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { MAX_COMPARED, parseComparisonOptions } from '../../clinical/index.ts';
import type { ComparisonOptionId, ParsedOptions } from '../../clinical/index.ts';
import { Notice } from '../../ui/notice';
import { PageHeader } from '../../ui/page-header';
import { optionList, optionsParam } from './compare-search';
import { CompareSubject } from './compare-subject';
import { ComparisonSection } from './comparison-section';
import { optionLabel } from './option-labels';
import { OptionPicker } from './option-picker';
import { SubjectPanel } from './subject-panel';
import './compare.css';

const route = getRouteApi('/compare');

function SelectionNotices({ parsed }: { readonly parsed: ParsedOptions }) {
  return (
    <>
      {parsed.unknown.length > 0 ? (
        <Notice
          tone="warning"
          live={false}
          title="Some options in the address are not in the knowledge base and are left out."
        >
          <p>Not found: {parsed.unknown.join(', ')}.</p>
        </Notice>
      ) : null}
      {parsed.beyondLimit.length > 0 ? (
        <Notice
          tone="warning"
          live={false}
          title={`At most ${MAX_COMPARED} options fit side by side.`}
        >
          <p>Left out: {parsed.beyondLimit.map(optionLabel).join(', ')}.</p>
        </Notice>
      ) : null}
    </>
  );
}

/**
 * Compare: two to four treatments or whole tiers side by side, with a chart, judged for a patient
 * when the address names one. The address holds the whole selection, so a comparison can be
 * bookmarked, reopened and shared within the clinic.
 */
export function ComparePage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const parsed = useMemo(
    () => parseComparisonOptions(optionList(search.options)),
    [search.options],
  );
  const choose = (ids: readonly ComparisonOptionId[]) => {
    const options = optionsParam(ids);
    void navigate({
      search: (prev) => ({
        ...(options === undefined ? {} : { options }),
        ...(prev.patient === undefined ? {} : { patient: prev.patient }),
        ...(prev.visit === undefined ? {} : { visit: prev.visit }),
      }),
      replace: true,
    });
  };
  return (
    <div className="compare-page">
      <PageHeader
        title="Compare treatments"
        actions={
          <button
            type="button"
            className="button"
            onClick={() => {
              window.print();
            }}
          >
            Print comparison
          </button>
        }
      >
        <p>
          Two to four treatments or whole tiers side by side. The address keeps the choice: bookmark
          it or share it within the clinic.
        </p>
      </PageHeader>
      <CompareSubject search={search}>
        {(subject) => (
          <>
            <SubjectPanel subject={subject} />
            <SelectionNotices parsed={parsed} />
            <OptionPicker selected={parsed.ids} onChange={choose} />
            <ComparisonSection ids={parsed.ids} subject={subject} />
          </>
        )}
      </CompareSubject>
    </div>
  );
}
