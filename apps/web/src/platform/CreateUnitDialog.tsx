import {
  normalizePhone,
  orgNameSchema,
  personNameSchema,
  phoneSchema,
} from "@xietong/shared";
import { createSignal } from "solid-js";
import type { ApiProblem } from "../api/describeError.ts";
import { type MessageKey, useI18n } from "../i18n/index.ts";
import { checkText } from "../ui/checkText.ts";
import { createFieldProblems } from "../ui/createFieldProblems.ts";
import { Dialog } from "../ui/Dialog.tsx";
import { ProblemMessage } from "../ui/ProblemMessage.tsx";
import { TextField } from "../ui/TextField.tsx";

/** The input of `platform.units.create`. */
export interface NewUnit {
  name: string;
  admin: { phone: string; name: string };
}

type Field = "name" | "adminName" | "adminPhone";

/** 新建单位: the unit's name and its first unit admin. */
export function CreateUnitDialog(props: {
  pending: boolean;
  problem: ApiProblem | undefined;
  onSubmit: (unit: NewUnit) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [values, setValues] = createSignal<Record<Field, string>>({
    name: "",
    adminName: "",
    adminPhone: "",
  });
  const [errors, setErrors] = createSignal<Partial<Record<Field, MessageKey>>>({});
  // zod flattens the nested admin object's errors under "admin".
  const serverErrors = createFieldProblems<Field>(
    () => props.problem,
    (field) => (field === "name" ? "name" : "admin"),
  );
  const bind = (field: Field) => ({
    value: values()[field],
    onInput: (event: { currentTarget: HTMLInputElement }) => {
      setValues({ ...values(), [field]: event.currentTarget.value });
      setErrors({ ...errors(), [field]: undefined });
      serverErrors.edited(field);
    },
    error: errors()[field] ?? serverErrors.error(field),
  });

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const name = values().name.trim();
    const adminName = values().adminName.trim();
    const adminPhone = normalizePhone(values().adminPhone);
    const found: Partial<Record<Field, MessageKey>> = {
      name: checkText(orgNameSchema, name),
      adminName: checkText(personNameSchema, adminName),
      adminPhone: checkText(phoneSchema, adminPhone),
    };
    for (const field of Object.keys(found) as Field[]) {
      if (!found[field]) delete found[field];
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    props.onSubmit({ name, admin: { name: adminName, phone: adminPhone } });
  }

  return (
    <Dialog title={t("platform.newUnit")} onClose={props.onClose}>
      <form onSubmit={submit} noValidate>
        <TextField label={t("platform.unitName")} maxLength={100} {...bind("name")} />
        <fieldset class="fieldset">
          <legend class="field-label">{t("platform.firstAdmin")}</legend>
          <TextField
            label={t("platform.adminName")}
            maxLength={50}
            {...bind("adminName")}
          />
          <TextField
            label={t("platform.adminPhone")}
            type="tel"
            inputMode="tel"
            {...bind("adminPhone")}
          />
        </fieldset>
        <ProblemMessage problem={props.problem} />
        <div class="dialog-footer">
          <button type="button" class="button" onClick={() => props.onClose()}>
            {t("common.cancel")}
          </button>
          <button type="submit" class="button button-primary" disabled={props.pending}>
            {t("common.create")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
