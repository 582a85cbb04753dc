import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['node_modules/**', '.next*/**', 'out*/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
  // `const { v: _v, ...rest } = x` drops a field on purpose: the named sibling is not an unused variable.
  { rules: { '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }] } },
];

export default config;
