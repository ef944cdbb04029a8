/** The `edtf` package ships no types; src/lib/dates.ts types the parts it reads. */
declare module 'edtf' {
  const edtf: (value: string) => unknown;
  export default edtf;
}
