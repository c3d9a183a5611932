import { normalizePhone, personNameSchema, phoneSchema } from "@xietong/shared";
import { createSignal, Show } from "solid-js";
import type { ApiProblem } from "../api/describeError.ts";
import type { DepartmentLine } from "../departments/flattenDepartments.ts";
import { type MessageKey, useI18n } from "../i18n/index.ts";
import { checkText } from "../ui/checkText.ts";
import { createFieldProblems } from "../ui/createFieldProblems.ts";
import { Dialog } from "../ui/Dialog.tsx";
import { ProblemMessage } from "../ui/ProblemMessage.tsx";
import { SelectField } from "../ui/SelectField.tsx";
import { TextField } from "../ui/TextField.tsx";

/** A member's role in the unit, as the API names it. */
export type MemberRole = "member" | "unit_admin";

/** What the member form edits; `phone` is fixed once the member exists. */
export interface MemberForm {
  name: string;
  phone: string;
  departmentId: string | null;
  role: MemberRole;
}

/** The longest name the API accepts. */
const maxNameLength = 50;

/** Creates a member (with phone) or edits one (phone shown, not editable). */
export function MemberDialog(props: {
  title: string;
  initial?: MemberForm;
  departments: readonly DepartmentLine[];
  pending: boolean;
  problem: ApiProblem | undefined;
  onSubmit: (form: MemberForm) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const editing = props.initial !== undefined;
  const [form, setForm] = createSignal<MemberForm>(
    props.initial ?? { name: "", phone: "", departmentId: null, role: "member" },
  );
  const [errors, setErrors] = createSignal<Partial<Record<keyof MemberForm, MessageKey>>>(
    {},
  );
  const serverErrors = createFieldProblems<keyof MemberForm>(() => props.problem);
  const set = (change: Partial<MemberForm>) => {
    setForm({ ...form(), ...change });
    for (const field of Object.keys(change) as (keyof MemberForm)[]) {
      serverErrors.edited(field);
      setErrors({ ...errors(), [field]: undefined });
    }
  };

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const name = form().name.trim();
    const phone = normalizePhone(form().phone);
    const found: Partial<Record<keyof MemberForm, MessageKey>> = {};
    const nameProblem = checkText(personNameSchema, name);
    if (nameProblem) found.name = nameProblem;
    const phoneProblem = editing ? undefined : checkText(phoneSchema, phone);
    if (phoneProblem) found.phone = phoneProblem;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    props.onSubmit({ ...form(), name, phone });
  }

  const fieldError = (field: keyof MemberForm) =>
    errors()[field] ?? serverErrors.error(field);

  return (
    <Dialog title={props.title} onClose={props.onClose}>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t("members.name")}
          value={form().name}
          maxLength={maxNameLength}
          onInput={(event) => set({ name: event.currentTarget.value })}
          error={fieldError("name")}
        />
        <TextField
          label={t("members.phone")}
          type="tel"
          inputMode="tel"
          value={form().phone}
          readOnly={editing}
          onInput={(event) => set({ phone: event.currentTarget.value })}
          error={fieldError("phone")}
        />
        <SelectField
          label={t("members.department")}
          value={form().departmentId ?? ""}
          options={[
            { value: "", label: t("departments.none") },
            ...props.departments.map((department) => ({
              value: department.id,
              label: `${"　".repeat(department.depth)}${department.name}`,
            })),
          ]}
          onChange={(event) => set({ departmentId: event.currentTarget.value || null })}
          error={fieldError("departmentId")}
        />
        <SelectField
          label={t("members.role")}
          value={form().role}
          options={[
            { value: "member", label: t("members.role.member") },
            { value: "unit_admin", label: t("members.role.unit_admin") },
          ]}
          onChange={(event) => set({ role: event.currentTarget.value as MemberRole })}
        />
        <ProblemMessage problem={props.problem} />
        <div class="dialog-footer">
          <button type="button" class="button" onClick={() => props.onClose()}>
            {t("common.cancel")}
          </button>
          <button type="submit" class="button button-primary" disabled={props.pending}>
            <Show when={editing} fallback={t("common.create")}>
              {t("common.save")}
            </Show>
          </button>
        </div>
      </form>
    </Dialog>
  );
}
