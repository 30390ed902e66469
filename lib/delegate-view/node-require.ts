import { createRequire } from "node:module";
import path from "node:path";

// Node's own require from the project folder, for modules Next's server bundler must not
// touch: react-dom/server (refused in route handlers, which the delegate page renders
// without React's client runtime on purpose) and Tailwind's compiler (native code).
// The id is not a literal, so the bundler leaves the call to Node at run time.
export function nodeRequire<T>(...id: string[]): T {
  return createRequire(path.join(process.cwd(), "package.json"))(id.join("/")) as T;
}
