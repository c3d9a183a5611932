import { Show } from "solid-js";
import type { ApiProblem } from "../api/describeError.ts";
import { useI18n } from "../i18n/index.ts";

/** Shows an API error, translated, as an alert; nothing when there is none. */
export function ProblemMessage(props: { problem: ApiProblem | undefined }) {
  const { t } = useI18n();
  return (
    <Show when={props.problem}>
      {(problem) => (
        <p class="problem" role="alert">
          {t(problem().key, problem().params)}
        </p>
      )}
    </Show>
  );
}
