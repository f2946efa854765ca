/**
 * A copy of `s` that shares no memory with the text it was cut from. V8 cuts a string of 13 or
 * more characters as a view into its parent, and so do the parser's values cut from a piece: a
 * cached piece kept every version of the document it was parsed in alive (typing in 15 places of
 * a 5,000-project draft kept 15 copies, 150 MB). Slicing a concatenation makes V8 flatten it first.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
