import { describe, expect, it } from "vitest";
import { dayNumber, fromDayNumber, fromHijri, hijriMonthSpan, isoDay, parseAnchor, toHijri, weekday, weekStart } from "./calendar.js";

describe("calendar", () => {
  it("counts days and weekdays without a clock or a time zone", () => {
    const n = dayNumber(2020, 10, 10);
    expect(isoDay(n)).toBe("2020-10-10");
    expect(weekday(n)).toBe(6); // a Saturday
    expect(fromDayNumber(n + 1)).toEqual({ y: 2020, m: 10, d: 11 });
    expect(isoDay(weekStart(n))).toBe("2020-10-05"); // the Monday of its ISO week
  });

  it("keeps years below 100 literal", () => {
    expect(isoDay(dayNumber(50, 3, 1))).toBe("0050-03-01");
  });

  it("takes the calendar date of a publication date-time as written", () => {
    expect(parseAnchor("2020-10-10")).toBe(dayNumber(2020, 10, 10));
    expect(parseAnchor("2017-01-20T21:43:00+01:00")).toBe(dayNumber(2017, 1, 20));
    expect(parseAnchor("2017-02-30")).toBeNull();
    expect(parseAnchor("yesterday")).toBeNull();
    expect(parseAnchor(null)).toBeNull();
  });

  it("converts Umm al-Qura Hijri dates both ways", () => {
    expect(isoDay(fromHijri(1436, 9, 1) as number)).toBe("2015-06-18"); // 1 Ramadan 1436
    expect(toHijri(dayNumber(2015, 6, 18))).toEqual({ y: 1436, m: 9, d: 1 });
    const ramadan1438 = hijriMonthSpan(1438, 9) as [number, number];
    expect(isoDay(ramadan1438[0])).toBe("2017-05-27");
    expect(fromHijri(1436, 13, 1)).toBeNull();
  });
});
