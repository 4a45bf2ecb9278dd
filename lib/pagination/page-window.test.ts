import { describe, expect, it } from "vitest";
import { pageWindow } from "./page-window";

describe("pageWindow", () => {
  it("starts each page after the ones before it", () => {
    expect(pageWindow(120, 3, 50)).toEqual({ page: 3, pageCount: 3, skip: 100 });
  });

  it("answers the last page past the end, the first below it, and one page for nothing", () => {
    expect(pageWindow(120, 9, 50)).toEqual({ page: 3, pageCount: 3, skip: 100 });
    expect(pageWindow(120, 0, 50)).toEqual({ page: 1, pageCount: 3, skip: 0 });
    expect(pageWindow(0, 4, 50)).toEqual({ page: 1, pageCount: 1, skip: 0 });
  });
});
