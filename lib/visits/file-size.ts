import { LIMITS, megabytes } from "@/lib/limits";

// The one message for a visit file over LIMITS.visitFileBytes: the import form says it before
// sending, the route handler with its 413, and the command line as the file's problem.
export const VISIT_FILE_TOO_LARGE = `The file is larger than ${megabytes(LIMITS.visitFileBytes)}, the most a visit file may hold: split the visit into smaller files.`;
