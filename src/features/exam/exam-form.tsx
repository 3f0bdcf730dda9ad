import type { SyntheticEvent } from 'react';
import type { ExamFormApi } from './exam-fields';
import { EXAM_LAYOUT } from './exam-layout';
import { ExamSection } from './exam-section';
import { focusExamSection } from './focus-exam-item';
import './exam-form.css';

export { focusExamItem } from './focus-exam-item';
export type { ExamFormApi } from './exam-fields';

function JumpNav() {
  return (
    <nav className="exam-nav" aria-labelledby="exam-nav-title">
      <p id="exam-nav-title" className="exam-nav__title">
        Jump to section
      </p>
      <ul className="exam-nav__list">
        {EXAM_LAYOUT.map((section) => (
          <li key={section.id}>
            <a
              href={`#${section.elementId}`}
              onClick={(event) => {
                // Move focus with the view; a hash change would also wake the router for nothing.
                event.preventDefault();
                focusExamSection(section.elementId);
              }}
            >
              {section.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Drafts autosave; Enter in a field must never submit or reload the page. */
function preventSubmit(event: SyntheticEvent) {
  event.preventDefault();
}

/**
 * The examination, generated from the knowledge base's exam items: every section in DESIGN.md
 * order, each control named for assistive technology and tests (see exam-fields.ts). The workspace
 * owns the form (resolver, defaults, autosave); this renders it. `readOnly` (a signed visit)
 * disables every control through one fieldset, keeping values and how-to text readable.
 */
export function ExamForm({
  form,
  readOnly = false,
}: {
  readonly form: ExamFormApi;
  readonly readOnly?: boolean;
}) {
  return (
    <form className="exam-form" aria-label="Examination" noValidate onSubmit={preventSubmit}>
      <JumpNav />
      {readOnly ? (
        <p className="exam-form__read-only">This visit is signed: the findings are read-only.</p>
      ) : null}
      <fieldset className="exam-form__controls" disabled={readOnly}>
        {EXAM_LAYOUT.map((section) => (
          <ExamSection key={section.id} form={form} section={section} />
        ))}
      </fieldset>
    </form>
  );
}
