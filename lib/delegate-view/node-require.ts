import { createRequire } from "node:module";
import path from "node:path";

// Node's own require from the project folder, for react-dom/server, which Next's server
// bundler refuses in route handlers (the delegate page renders markup without React's
// client runtime on purpose).
// The id is not a literal, so the bundler leaves the call to Node at run time.
export function nodeRequire<T>(...id: string[]): T {
  return createRequire(path.join(process.cwd(), "package.json"))(id.join("/")) as T;
}
