/**
 * The list without the spare room a growing array keeps: V8 gives a `push`ed array 17 slots at
 * its first push and half as many again at each growth. Syntax trees and models live as long as
 * a document is open and hold tens of thousands of short lists, so that room was a fifth of
 * their memory. For lists that are built once and then kept.
 */
export function exact<T>(list: T[]): T[] {
  return list.slice();
}

const EMPTY: readonly unknown[] = Object.freeze([]);

/**
 * One shared (frozen) empty list for the many model fields that are nearly always empty: an
 * empty array per indicator was 2 MB at 5,000 projects. Only for lists that are never pushed to.
 */
export function none<T>(): T[] {
  return EMPTY as unknown as T[];
}
