import { describe, expect, it } from "vitest";
import { duplicateKeys } from "@/lib/visits/json-keys";

describe("repeated keys in a visit file", () => {
  it("finds each repeated key with its path, at any depth", () => {
    const text = JSON.stringify({ visit: { title: "A" }, slots: [{ title: "x" }, { title: "y" }] })
      .replace('"title":"A"', '"title":"A","title":"B"')
      .replace('{"title":"y"}', '{"title":"y","start":"s","title":"z"}');
    expect(duplicateKeys(text)).toEqual([
      { path: "visit.title", key: "title" },
      { path: "slots[1].title", key: "title" },
    ]);
  });

  it("is not fooled by braces, commas and escaped quotes inside strings", () => {
    const text = '{"a": "x\\"}, \\"a\\": {", "b": [1, {"a": 1}, "a,b"], "c": {"a": 1, "b": 2}}';
    expect(JSON.parse(text)).toBeTruthy();
    expect(duplicateKeys(text)).toEqual([]);
    expect(duplicateKeys('{"k": [{"a": 1}, {"a": 2, "a": 3}]}')).toEqual([{ path: "k[1].a", key: "a" }]);
  });
});
