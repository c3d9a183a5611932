import { type Accessor, createSignal } from "solid-js";
import { type ApiProblem, describeError } from "../api/describeError.ts";
import { isSessionErrorId, notifySessionChanged } from "../api/sessionChanged.ts";

/** A running API call's state for a form or a button. */
export interface Action<Args extends unknown[], Result> {
  /** Runs the call; resolves to its result, or `undefined` when it failed. */
  run(...args: Args): Promise<Result | undefined>;
  pending: Accessor<boolean>;
  problem: Accessor<ApiProblem | undefined>;
  clearProblem(): void;
}

/**
 * Wraps an API call so that the UI can show it pending and show its error translated.
 * A session refusal makes the app read the session again, so the route guard sends the
 * member to sign-in or to the password page.
 */
export function createAction<Args extends unknown[], Result>(
  call: (...args: Args) => Promise<Result>,
): Action<Args, Result> {
  const [pending, setPending] = createSignal(false);
  const [problem, setProblem] = createSignal<ApiProblem>();

  async function run(...args: Args): Promise<Result | undefined> {
    setPending(true);
    setProblem(undefined);
    try {
      return await call(...args);
    } catch (error) {
      const described = describeError(error);
      if (isSessionErrorId(described.errorId)) notifySessionChanged();
      setProblem(described);
      return undefined;
    } finally {
      setPending(false);
    }
  }

  return { run, pending, problem, clearProblem: () => setProblem(undefined) };
}
