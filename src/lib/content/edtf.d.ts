/** The `edtf` package ships no types; src/lib/content/dates.ts types the parts it reads. */
declare module 'edtf' {
  const edtf: (value: string) => unknown;
  export default edtf;
}
