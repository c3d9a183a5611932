import { versionsRouter } from "../versions/versionsRouter.ts";
import { authRouter } from "./auth/authRouter.ts";
import { departmentsRouter } from "./departments/departmentsRouter.ts";
import { documentsRouter } from "./documents/documentsRouter.ts";
import { membersRouter } from "./members/membersRouter.ts";
import { platformRouter } from "./platform/platformRouter.ts";
import { router } from "./trpc.ts";
import { unitsRouter } from "./units/unitsRouter.ts";

/** Every procedure of the API, one domain router a key (`documents.list`, …). */
export const appRouter = router({
  auth: authRouter,
  units: unitsRouter,
  platform: platformRouter,
  departments: departmentsRouter,
  members: membersRouter,
  documents: documentsRouter,
  versions: versionsRouter,
});

/** The API's type; the web app imports only this. */
export type AppRouter = typeof appRouter;
