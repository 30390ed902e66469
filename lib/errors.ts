// One error type with a closed set of codes; the words a user sees are decided here.
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "INVALID_INPUT"
  | "CONFLICT"
  | "STALE"
  | "BLOCKED"
  | "THROTTLED"
  | "INTERNAL";

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: "Your session has ended. Sign in again.",
  FORBIDDEN: "Your role does not allow this. Ask an admin for editor rights.",
  NOT_FOUND: "This record no longer exists. Reload the page.",
  INVALID_INPUT: "Some fields need attention. Check the messages by each field.",
  CONFLICT: "This clashes with existing data.",
  STALE: "Someone else changed this while you were editing. Their version is shown: check it and save again.",
  BLOCKED: "This cannot be done yet.",
  THROTTLED: "Too many attempts. Wait a moment and try again.",
  INTERNAL: "Something went wrong on our side. Nothing was saved; try again.",
};

export class AppError extends Error {
  constructor(
    public code: ErrorCode,
    message?: string,
    public details?: { fieldErrors?: Record<string, string[]>; current?: unknown },
  ) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.name = "AppError";
  }
}

export function userMessage(code: ErrorCode): string {
  return DEFAULT_MESSAGES[code];
}
