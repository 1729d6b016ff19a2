import { AsyncLocalStorage } from 'node:async_hooks';
import { findingFingerprint, type Finding } from '../../../shared/contracts/checks';

/**
 * The one-shot authorisation an audited override gives the publication it runs: bound to the
 * async context of that one call (no other request sees it), to one document, to the errors it
 * named, and spent by the first publication check that reads it.
 */
interface Grant {
  documentId: string;
  fingerprints: ReadonlySet<string>;
  spent: boolean;
}

const grants = new AsyncLocalStorage<Grant>();

export function withOverride<T>(
  documentId: string,
  fingerprints: ReadonlySet<string>,
  work: () => Promise<T>,
): Promise<T> {
  return grants.run({ documentId, fingerprints, spent: false }, work);
}

/** The findings a publication is judged on: without the errors this call's override names. */
export function errorsLeft(documentId: string, findings: Finding[]): Finding[] {
  const grant = grants.getStore();
  if (!grant || grant.spent || grant.documentId !== documentId) return findings;
  grant.spent = true;
  return findings.filter(
    (finding) =>
      finding.severity !== 'error' || !grant.fingerprints.has(findingFingerprint(finding)),
  );
}
