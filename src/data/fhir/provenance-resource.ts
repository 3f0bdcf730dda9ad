import type { Encounter, Extension, Provenance, Reference } from '@medplum/fhirtypes';
import type { Signature } from '../visits/visit.schema';
import { EXT } from './fhir-codes';
import type { ProvenanceInput } from './fhir-input.schema';
import {
  codeExtension,
  decimalExtension,
  nativeInstant,
  nativeString,
  present,
  stringExtension,
} from './fhir-primitives';
import {
  ImportProblem,
  findExtensions,
  nativeOr,
  partValue,
  requiredValue,
  storedOverrides,
} from './extension-reader';

type Leading = Signature['leading'][number];
type SignedRedFlag = Signature['redFlags'][number];

const leadingExtension = (condition: Leading): Extension => ({
  url: EXT.signedLeading,
  extension: [
    stringExtension('id', condition.id),
    stringExtension('name', condition.name),
    decimalExtension('probability', condition.probability),
  ],
});

const redFlagExtension = (flag: SignedRedFlag): Extension => ({
  url: EXT.signedRedFlag,
  extension: [
    stringExtension('id', flag.id),
    stringExtension('name', flag.name),
    codeExtension('urgency', flag.urgency),
  ],
});

/**
 * Signing as a Provenance of the Encounter: who signed, when, with which knowledge-base version,
 * and what the assessment said at that moment (leading conditions, red flags), exactly as signed.
 */
export function toProvenance(signature: Signature, target: Reference<Encounter>): Provenance {
  const recorded = nativeInstant('signedAt', signature.signedAt);
  const signedBy = nativeString('signedBy', signature.signedBy);
  return {
    resourceType: 'Provenance',
    extension: present(
      stringExtension(EXT.kbVersion, signature.kbVersion),
      ...signature.leading.map(leadingExtension),
      ...signature.redFlags.map(redFlagExtension),
      recorded.stored,
      signedBy.stored,
    ),
    target: [target],
    recorded: recorded.value,
    activity: { text: 'Signed the visit record' },
    agent: [{ who: { display: signedBy.value ?? 'Name not readable' } }],
  };
}

function parts(resource: ProvenanceInput, url: string, names: readonly string[]) {
  return findExtensions(resource.extension, url).map((extension, index) =>
    Object.fromEntries(
      names.map((name) => [name, partValue(extension, name, `${url}[${String(index)}]`)]),
    ),
  );
}

/** The visit's signature from its Provenance. */
export function readSignature(resource: ProvenanceInput): Record<string, unknown> {
  const overrides = storedOverrides(resource.extension);
  const signer = resource.agent[0]?.who.display;
  if (signer === undefined && !overrides.has('signedBy'))
    throw new ImportProblem('agent[0].who.display', 'is missing: who signed the visit');
  return {
    signedAt: nativeOr(overrides, 'signedAt', resource.recorded),
    signedBy: nativeOr(overrides, 'signedBy', signer),
    kbVersion: requiredValue(resource.extension, EXT.kbVersion, 'signature.kbVersion'),
    leading: parts(resource, EXT.signedLeading, ['id', 'name', 'probability']),
    redFlags: parts(resource, EXT.signedRedFlag, ['id', 'name', 'urgency']),
  };
}
