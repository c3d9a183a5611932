/** Who a document can be shared with. */
export type PrincipalType = "member" | "department";

/** The rights a share can give; "owner" is never given by sharing. */
export type ShareRole = "editor" | "commenter" | "viewer";

/** The share roles, strongest first, as the role selects list them. */
export const shareRoles: readonly ShareRole[] = ["editor", "commenter", "viewer"];

/** A member or department a share names. */
export interface ShareTarget {
  principalType: PrincipalType;
  principalId: string;
}

/** Someone a document may be shared with, as the principal select shows them. */
export interface ShareCandidate {
  id: string;
  label: string;
}
