import { Fragment, type ReactNode } from 'react';
import type { Predicate } from '../../../clinical/index.ts';
import { FactLink } from './entry-parts';

function joined(parts: readonly Predicate[], word: string): ReactNode {
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index === 0 ? null : word}
      {clause(part, false)}
    </Fragment>
  ));
}

/** One clause; nested combinations are bracketed so "and" and "or" cannot be misread. */
function clause(predicate: Predicate, top: boolean): ReactNode {
  if ('fact' in predicate)
    return (
      <FactLink
        fact={predicate.fact}
        {...(predicate.side === undefined ? {} : { side: predicate.side })}
      />
    );
  if ('not' in predicate) return <>not {clause(predicate.not, false)}</>;
  const inner =
    'all' in predicate ? (
      joined(predicate.all, ' and ')
    ) : 'any' in predicate ? (
      joined(predicate.any, ' or ')
    ) : (
      <>
        at least {predicate.atLeast} of: {joined(predicate.of, ', ')}
      </>
    );
  return top ? inner : <>({inner})</>;
}

/** A rule over findings in words, each finding linked to its entry. */
export function PredicateText({ predicate }: { readonly predicate: Predicate }) {
  return <>{clause(predicate, true)}</>;
}
