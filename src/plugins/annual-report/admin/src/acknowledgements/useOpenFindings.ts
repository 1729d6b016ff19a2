import * as React from 'react';
import { useParams } from 'react-router-dom';
import type { Acknowledgement } from '../../../shared/contracts/acknowledgements';
import { findingFingerprint, type Finding } from '../../../shared/contracts/checks';
import { useAcknowledgements } from './useAcknowledgements';

export interface OpenFindings {
  documentId: string | undefined;
  /** Errors and the warnings nobody has marked 已核实. */
  open: Finding[];
  /** Warnings marked 已核实, listed apart and counted apart. */
  verified: Finding[];
  marks: Map<string, Acknowledgement>;
}

/** The live findings split by the report's 已核实 marks: the panel and the preview show the same. */
export function useOpenFindings(findings: Finding[]): OpenFindings {
  const { id } = useParams<{ id?: string }>();
  const documentId = id && id !== 'create' ? id : undefined;
  const marks = useAcknowledgements(documentId);
  return React.useMemo(() => {
    const isVerified = (finding: Finding) =>
      finding.severity === 'warning' && marks.has(findingFingerprint(finding));
    return {
      documentId,
      open: findings.filter((finding) => !isVerified(finding)),
      verified: findings.filter(isVerified),
      marks,
    };
  }, [documentId, findings, marks]);
}
