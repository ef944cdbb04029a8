/**
 * Every word a reader sees, per edition: the dictionary, evidence-status and kind labels.
 */
export * from './en.ts';
