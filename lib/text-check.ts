// Characters PostgreSQL cannot store in text, found before they reach the database (which
// would otherwise answer "invalid byte sequence" or fail deep in the driver). Each problem
// says what to fix; `findTextProblems` walks any input and names where.

export const NUL_MESSAGE = "remove the NUL character (an invisible zero byte, often pasted from another program): it cannot be stored";
export const SURROGATE_MESSAGE = "remove the broken character (half of an emoji or symbol, a lone surrogate): type the symbol again";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function textProblem(s: string): string | null {
  if (s.includes("\u0000")) return NUL_MESSAGE;
  if (LONE_SURROGATE.test(s)) return SURROGATE_MESSAGE;
  return null;
}

export type TextProblem = { path: (string | number)[]; message: string };

/** Every string (and object key) in `value` that cannot be stored, with its path. */
export function findTextProblems(value: unknown, path: (string | number)[] = [], out: TextProblem[] = []): TextProblem[] {
  if (out.length >= 50) return out;
  if (typeof value === "string") {
    const message = textProblem(value);
    if (message) out.push({ path, message });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => findTextProblems(v, [...path, i], out));
  } else if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) {
      const keyMessage = textProblem(k);
      if (keyMessage) out.push({ path: [...path, k], message: `in this field's name: ${keyMessage}` });
      else findTextProblems(v, [...path, k], out);
    }
  }
  return out;
}
