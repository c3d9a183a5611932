import { api } from "../api/trpc.ts";
import { useSession } from "../auth/SessionProvider.tsx";
import { createDepartmentList } from "../departments/createDepartmentList.ts";
import { useI18n } from "../i18n/index.ts";
import { createAction } from "../ui/createAction.ts";
import { createQuery } from "../ui/createQuery.ts";
import { Dialog } from "../ui/Dialog.tsx";
import { ProblemMessage } from "../ui/ProblemMessage.tsx";
import { ShareAddForm } from "./ShareAddForm.tsx";
import { ShareList } from "./ShareList.tsx";
import type {
  PrincipalType,
  ShareCandidate,
  ShareRole,
  ShareTarget,
} from "./shareTypes.ts";
import "./share.css";
import { unsharedCandidates } from "./unsharedCandidates.ts";

/** 共享: add members or departments at a role, change or remove current shares. */
export function ShareDialog(props: {
  document: { id: string; title: string };
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { me } = useSession();
  const shares = createQuery(() => api.documents.shares.query({ id: props.document.id }));
  const directory = createQuery(() => api.members.directory.query());
  const departments = createDepartmentList();

  // Adding and changing a role are the same call: a share per principal is replaced.
  const share = createAction(async (target: ShareTarget & { role: ShareRole }) => {
    await api.documents.share.mutate({ id: props.document.id, ...target });
    await shares.refresh();
    return true;
  });
  const unshare = createAction(async (target: ShareTarget) => {
    await api.documents.unshare.mutate({ id: props.document.id, ...target });
    await shares.refresh();
  });

  function candidates(kind: PrincipalType): ShareCandidate[] {
    return unsharedCandidates(everyone(kind), kind, shares.data() ?? []);
  }

  function everyone(kind: PrincipalType): ShareCandidate[] {
    if (kind === "department") {
      return (departments.data() ?? []).map((department) => ({
        id: department.id,
        label: `${"　".repeat(department.depth)}${department.name}`,
      }));
    }
    // Only the owner opens this dialog, and a document is never shared with its owner.
    return (directory.data() ?? [])
      .filter((member) => member.id !== me()?.member.id)
      .map((member) => ({ id: member.id, label: member.name }));
  }

  return (
    <Dialog
      title={t("documents.shareTitle", { title: props.document.title })}
      onClose={props.onClose}
      wide
      footer={
        <button type="button" class="button" onClick={() => props.onClose()}>
          {t("common.close")}
        </button>
      }
    >
      <ShareAddForm
        candidates={candidates}
        pending={share.pending()}
        onAdd={async (target) => (await share.run(target)) === true}
      />
      <ProblemMessage
        problem={share.problem() ?? unshare.problem() ?? shares.problem()}
      />
      <h3 class="section-title">{t("documents.shareCurrent")}</h3>
      <ShareList
        shares={shares.data() ?? []}
        onChangeRole={(target, role) => void share.run({ ...target, role })}
        onRemove={(target) => void unshare.run(target)}
      />
    </Dialog>
  );
}
