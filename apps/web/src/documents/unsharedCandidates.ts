import type { PrincipalType, ShareCandidate, ShareTarget } from "./shareTypes.ts";

/**
 * The candidates of one kind that have no share yet: a principal already shared is
 * changed in the list of current shares, not added a second time.
 */
export function unsharedCandidates(
  candidates: readonly ShareCandidate[],
  kind: PrincipalType,
  shares: readonly ShareTarget[],
): ShareCandidate[] {
  const shared = new Set(
    shares
      .filter((share) => share.principalType === kind)
      .map((share) => share.principalId),
  );
  return candidates.filter((candidate) => !shared.has(candidate.id));
}
