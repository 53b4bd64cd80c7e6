// A date written without its year («إلى يوم 9 مارس») takes the year of a full date written earlier in the
// same sentence («هجوم يوم 7 مارس 2016 ... إلى يوم 9 مارس»): the sentence's reference time, which in a
// story about the past is not the publication year.
import type { Sem } from "./recognize.js";

/** The Gregorian year a day or month phrase writes out, if it does. */
export function explicitYear(sem: Sem): number | null {
  if (sem.k === "day" && sem.ref.k === "abs" && !sem.ref.hijri && sem.ref.y !== undefined) return sem.ref.y;
  if (sem.k === "day" && sem.ref.k === "rel" && sem.ref.date?.k === "abs" && sem.ref.date.y !== undefined && !sem.ref.date.hijri) return sem.ref.date.y;
  if (sem.k === "month" && !sem.hijri && sem.y !== undefined) return sem.y;
  return null;
}

/** A yearless Gregorian date or month with no direction word, given the year `y`. */
export function withYear(sem: Sem, y: number): Sem {
  if (sem.k === "day" && sem.ref.k === "abs" && !sem.ref.hijri && sem.ref.m !== undefined && sem.ref.y === undefined &&
    sem.ref.yOff === undefined && sem.ref.dir === undefined && sem.ref.dow === undefined) {
    return { ...sem, ref: { ...sem.ref, y } };
  }
  if (sem.k === "month" && !sem.hijri && sem.y === undefined && sem.yOff === undefined && sem.dir === undefined) return { ...sem, y };
  return sem;
}
