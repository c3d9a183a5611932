// What the integration global setup hands to every test file through vitest's provide/inject.
declare module "vitest" {
  export interface ProvidedContext {
    /** The prefix of this run's databases; `<run>_tmpl` is the migrated template. */
    testDatabaseRun: string;
  }
}

export {};
