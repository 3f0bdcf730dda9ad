import { examItemElementId } from './exam-layout';

const CONTROLS = 'input:not([type="hidden"]), select, textarea';

/** The symptomatic side as the form shows it, read from the page so callers need no form. */
function symptomaticSide(doc: Document): string | undefined {
  const checked = doc.querySelector<HTMLInputElement>('input[name="symptomatic-side"]:checked');
  return checked?.value;
}

function scrollIntoView(element: Element): void {
  // jsdom has no layout, so scrollIntoView is missing there; browsers always have it.
  if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'center' });
}

/**
 * Scrolls to an exam item and focuses its first control: for a sided test, the chosen result (or
 * the first radio) of the symptomatic side, so the clinician can press P or N straight away.
 */
export function focusExamItem(itemId: string): void {
  const container = document.getElementById(examItemElementId(itemId));
  if (container === null) return;
  const side = symptomaticSide(document);
  const sideScope =
    side === 'left' || side === 'right' ? container.querySelector(`[data-side="${side}"]`) : null;
  const scope = sideScope ?? container;
  const control =
    scope.querySelector<HTMLElement>('input[type="radio"]:checked') ??
    scope.querySelector<HTMLElement>(CONTROLS);
  scrollIntoView(container);
  control?.focus({ preventScroll: true });
}

/** Moves to a section from the jump links: scrolls it into view and focuses its heading. */
export function focusExamSection(elementId: string): void {
  const section = document.getElementById(elementId);
  if (section === null) return;
  scrollIntoView(section);
  section.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
}
