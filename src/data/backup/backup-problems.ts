import type { BackupStore } from './backup-format';

/** A step into a JSON value: a property name or an array index. */
export type PathStep = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** A hostile file can hold a property name megabytes long: messages show its start only. */
const MAX_STEP_LENGTH = 60;

/** The start of a value from an untrusted file, for a message. */
export function shortText(value: string, max = MAX_STEP_LENGTH): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/** `records.visits[3].findings["hip-flexion"]`: where in the file, as a developer would write it. */
export function formatPath(path: readonly PathStep[]): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${String(step)}]`;
    else if (step.length > MAX_STEP_LENGTH) out += `[${JSON.stringify(shortText(step))}]`;
    else if (IDENTIFIER.test(step)) out += out === '' ? step : `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out === '' ? '(the whole file)' : out;
}

/** One thing wrong with a backup file, precise enough to find it in the file. */
export interface BackupProblem {
  /** Where in the file, e.g. `records.visits[3].findings.pain`. */
  readonly location: string;
  readonly message: string;
  /** When the problem is inside one record: which store, its position there and its id. */
  readonly record?: {
    readonly store: BackupStore;
    /** Zero-based position in `records.<store>`. */
    readonly index: number;
    readonly id: string;
    /** The field inside the record, e.g. `findings.pain`; empty for the record as a whole. */
    readonly field: string;
  };
}

/** Why a file cannot be restored. Whatever the kind, nothing on the device was changed. */
export type BackupFailure =
  | { readonly kind: 'too-large'; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'syntax';
      readonly line: number;
      readonly column: number;
      readonly offset: number;
      readonly message: string;
    }
  | {
      readonly kind: 'invalid';
      /** The first problems found, in file order. */
      readonly problems: readonly BackupProblem[];
      /** How many problems there are in all (more than `problems.length` when the list was cut). */
      readonly total: number;
    };

/** Collects problems up to a cap, counting the rest. */
export class ProblemList {
  readonly #limit: number;
  readonly #problems: BackupProblem[] = [];
  #total = 0;

  constructor(limit: number) {
    this.#limit = limit;
  }

  add(problem: BackupProblem): void {
    this.#total += 1;
    if (this.#problems.length < this.#limit) this.#problems.push(problem);
  }

  get total(): number {
    return this.#total;
  }

  get full(): boolean {
    return this.#problems.length >= this.#limit;
  }

  toFailure(): BackupFailure | undefined {
    return this.#total === 0
      ? undefined
      : { kind: 'invalid', problems: [...this.#problems], total: this.#total };
  }
}
