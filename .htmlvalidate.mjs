// html-validate configuration for the built pages (tests/e2e/build-output.spec.ts).
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // HTML allows ids that start with a digit; timeline anchors are event ids (`/#2025-08-06-…`),
    // which start with their date by design.
    'valid-id': ['error', { relaxed: true }],
    // Page titles carry the full event headline and the site name, as journalists cite them; the
    // rule's 70-character limit is a search-engine display heuristic, not validity.
    'long-title': 'off',
  },
};
