// JSON.parse lets a repeated key silently win ({"title": "A", "title": "B"} is "B"). A visit
// file written by hand or by a macro should not lose data that way: this scanner walks text
// that JSON.parse has already accepted and reports every repeated key with its path.

export type DuplicateKey = { path: string; key: string };

export function duplicateKeys(text: string, limit = 20): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  // One frame per open object or array: the keys seen so far, or the next index.
  type Frame = { kind: "object"; keys: Set<string>; key: string | null; path: string } | { kind: "array"; index: number; path: string };
  const stack: Frame[] = [];
  let expectKey = false;
  const childPath = () => {
    const top = stack.at(-1);
    if (!top) return "";
    return top.kind === "array" ? `${top.path}[${top.index}]` : `${top.path ? `${top.path}.` : ""}${top.key}`;
  };
  for (let i = 0; i < text.length && found.length < limit; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      const top = stack.at(-1);
      if (expectKey && top?.kind === "object") {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.keys.has(key)) found.push({ path: `${top.path ? `${top.path}.` : ""}${key}`, key });
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      i = j;
    } else if (c === "{") {
      stack.push({ kind: "object", keys: new Set(), key: null, path: childPath() });
      expectKey = true;
    } else if (c === "[") {
      stack.push({ kind: "array", index: 0, path: childPath() });
    } else if (c === "}" || c === "]") {
      stack.pop();
    } else if (c === ",") {
      const top = stack.at(-1);
      if (top?.kind === "array") top.index++;
      else expectKey = true;
    }
  }
  return found;
}
