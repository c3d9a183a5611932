import { type Accessor, createSignal } from "solid-js";
import { type ApiProblem, describeError } from "../api/describeError.ts";
import { notifySessionEnded } from "../api/sessionEnded.ts";

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
 * A refusal for want of a session ends the session in the UI, which sends it to sign-in.
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
      if (described.errorId === "auth.required") notifySessionEnded();
      setProblem(described);
      return undefined;
    } finally {
      setPending(false);
    }
  }

  return { run, pending, problem, clearProblem: () => setProblem(undefined) };
}
