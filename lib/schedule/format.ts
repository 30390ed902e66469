// Moved: dates and times to lib/schedule/time.ts, labels to lib/i18n/labels.ts (the message
// catalogue). These re-exports keep the PDF and delegate-page code compiling until their
// rewrite imports from there; new code must not import this file.
export { dateRange, longDate, timeRange, type Locale } from "./time";
export { HONORIFICS, KIND_LABELS, ROLE_LABELS, nameWithHonorific } from "@/lib/i18n/labels";
