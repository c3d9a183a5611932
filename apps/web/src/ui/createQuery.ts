import { type Accessor, createResource } from "solid-js";
import { type ApiProblem, describeError } from "../api/describeError.ts";
import { isSessionErrorId, notifySessionChanged } from "../api/sessionChanged.ts";

type Outcome<T> = { ok: true; value: T } | { ok: false; problem: ApiProblem };

/** A loaded API read for rendering: never throws into the component tree. */
export interface Query<T> {
  /** The value, `undefined` while loading for the first time or after a failure. */
  data: Accessor<T | undefined>;
  /** The translated failure of the latest load, if it failed. */
  problem: Accessor<ApiProblem | undefined>;
  loading: Accessor<boolean>;
  /** Loads again, e.g. after a change; resolves when done. */
  refresh(): Promise<void>;
}

async function settle<T>(load: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await load() };
  } catch (error) {
    const problem = describeError(error);
    if (isSessionErrorId(problem.errorId)) notifySessionChanged();
    return { ok: false, problem };
  }
}

/**
 * Loads an API read, and again whenever `source` changes (when given). A failure is kept
 * as a translated problem instead of being thrown, so a page shows it beside the content.
 */
export function createQuery<T>(load: () => Promise<T>): Query<T>;
export function createQuery<S, T>(
  source: Accessor<S>,
  load: (source: S) => Promise<T>,
): Query<T>;
export function createQuery<S, T>(
  sourceOrLoad: Accessor<S> | (() => Promise<T>),
  maybeLoad?: (source: S) => Promise<T>,
): Query<T> {
  const [outcome, { refetch }] = maybeLoad
    ? createResource(sourceOrLoad as Accessor<S>, (source) =>
        settle(() => maybeLoad(source)),
      )
    : createResource(() => settle(sourceOrLoad as () => Promise<T>));

  return {
    data: () => {
      const current = outcome.latest;
      return current?.ok ? current.value : undefined;
    },
    problem: () => {
      const current = outcome.latest;
      return current && !current.ok ? current.problem : undefined;
    },
    loading: () => outcome.loading,
    refresh: async () => {
      await refetch();
    },
  };
}
