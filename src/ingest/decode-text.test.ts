import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text.js";

const enc = (s: string) => new TextEncoder().encode(s);
const codeOf = (f: () => unknown) => { try { f(); return null; } catch (e) { return (e as { code?: string }).code; } };

describe("decodeText", () => {
  it("decodes UTF-8 Arabic and drops a BOM", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...enc("قالت وزارة الدفاع")]))).toBe("قالت وزارة الدفاع");
  });
  it("refuses empty and whitespace-only input", () => {
    expect(codeOf(() => decodeText(enc("")))).toBe("EMPTY_INPUT");
    expect(codeOf(() => decodeText(enc(" \n\t ")))).toBe("EMPTY_INPUT");
  });
  it("refuses binary input", () => {
    expect(codeOf(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])))).toBe("BINARY_INPUT");
  });
  it("refuses invalid UTF-8", () => {
    expect(codeOf(() => decodeText(new Uint8Array([0x61, 0xd8, 0x41, 0xff])))).toBe("INVALID_UTF8");
  });
  it("refuses input over the size limit", () => {
    expect(codeOf(() => decodeText(enc("مرحبا بكم"), { maxBytes: 4 }))).toBe("INPUT_TOO_LARGE");
  });
});
