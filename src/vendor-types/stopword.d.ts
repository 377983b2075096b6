// The stopword package ships no types: each export is a list of stop words by ISO 639-3 code.
declare module 'stopword' {
  const lists: Record<string, string[]>
  export = lists
}
