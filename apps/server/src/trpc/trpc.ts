import { initTRPC, TRPCError } from "@trpc/server";
import { type ErrorId, isErrorId } from "@xietong/shared";
import { ZodError, z } from "zod";
import { appError, readErrorDetails, readErrorId } from "./appError.ts";
import { isOriginAllowed } from "./checkOrigin.ts";
import type { TrpcContext } from "./context.ts";

const defaultErrorIds: Partial<Record<TRPCError["code"], ErrorId>> = {
  UNAUTHORIZED: "auth.required",
  FORBIDDEN: "access.forbidden",
  NOT_FOUND: "access.notFound",
  BAD_REQUEST: "validation.failed",
  PARSE_ERROR: "validation.failed",
  PAYLOAD_TOO_LARGE: "validation.failed",
  TOO_MANY_REQUESTS: "auth.throttled",
};

const t = initTRPC.context<TrpcContext>().create({
  // The one place errors take their wire shape: a stable id the web app translates,
  // zod field errors for forms, and nothing about internals (no stack, no message)
  // when the error was not one we raised on purpose.
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    const ownId = readErrorId(error);
    const internal = error.code === "INTERNAL_SERVER_ERROR" && !ownId;
    const errorId: ErrorId = internal
      ? "internal"
      : zodError
        ? "validation.failed"
        : ownId && isErrorId(ownId)
          ? ownId
          : (defaultErrorIds[error.code] ?? "internal");

    return {
      message: internal ? "Internal error" : shape.message,
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        errorId,
        fieldErrors: zodError ? z.flattenError(zodError).fieldErrors : undefined,
        ...(internal ? {} : readErrorDetails(error)),
      },
    };
  },
});

/** Builds a router; each domain folder has one. */
export const router = t.router;

/** Merges routers side by side. */
export const mergeRouters = t.mergeRouters;

// Every mutation, signed in or not, must come from a page we serve: this is the CSRF
// defence alongside SameSite=Lax, and it covers sign-in (login CSRF) too.
const originGuard = t.middleware(({ ctx, type, next }) => {
  if (type === "mutation" && !isOriginAllowed(ctx.req.headers, ctx.allowedOrigins)) {
    throw appError(
      "FORBIDDEN",
      "auth.originRejected",
      `Origin "${ctx.req.headers.origin ?? ""}" may not change anything here`,
    );
  }
  return next();
});

/** Anyone may call it; mutations still need an allowed Origin. */
export const publicProcedure = t.procedure.use(originGuard);

/**
 * Signed in, even with a default password still to change. Only `auth.me`,
 * `auth.changePassword` and the sign-outs use it directly.
 */
export const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.auth) throw appError("UNAUTHORIZED", "auth.required", "Sign in first");
  return next({ ctx: { ...ctx, auth: ctx.auth } });
});

/** A signed-in member who has replaced their default password. */
export const memberProcedure = signedInProcedure.use(({ ctx, next }) => {
  if (ctx.auth.member.mustChangePassword) {
    throw appError(
      "FORBIDDEN",
      "auth.mustChangePassword",
      "Change the default password before anything else",
    );
  }
  return next();
});

/** A member who administers their own unit. */
export const unitAdminProcedure = memberProcedure.use(({ ctx, next }) => {
  if (ctx.auth.member.role !== "unit_admin") {
    throw appError("FORBIDDEN", "access.forbidden", "Only a unit admin may do this");
  }
  return next();
});

/** Operator staff who manage units across the platform. */
export const platformAdminProcedure = memberProcedure.use(({ ctx, next }) => {
  if (!ctx.auth.member.isPlatformAdmin) {
    throw appError("FORBIDDEN", "access.forbidden", "Only a platform admin may do this");
  }
  return next();
});

export { TRPCError };
