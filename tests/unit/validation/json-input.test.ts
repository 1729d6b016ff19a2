import {
  jsonInputProblem,
  textProblem,
} from '../../../src/plugins/annual-report/shared/validation/json-input';

it('names NUL characters and lone surrogates, and accepts any well-formed text', () => {
  expect(textProblem('a\u0000b')).toMatch(/NUL/);
  expect(textProblem('\ud800x')).toMatch(/surrogate/);
  expect(textProblem('x\udc00')).toMatch(/surrogate/);
  expect(textProblem('政府信息公开 😀 \u3000')).toBeNull();
});

it('finds the path of the first bad text, in values and in keys', () => {
  expect(jsonInputProblem({ a: [1, { b: 'x\u0000' }] }, 10)).toEqual({
    path: ['a', 1, 'b'],
    message: expect.stringMatching(/NUL/),
  });
  expect(jsonInputProblem({ ['k\ud800']: 1 }, 10)?.path).toEqual(['k\ud800']);
});

it('stops at the depth limit without recursing, even 100,000 levels deep', () => {
  let deep: unknown = 1;
  for (let i = 0; i < 100_000; i += 1) deep = [deep];
  const problem = jsonInputProblem(deep, 32);
  expect(problem?.message).toMatch(/deeper than 32/);
  expect(problem?.path).toHaveLength(32);
  expect(jsonInputProblem([[[1]]], 3)).toBeNull();
  expect(jsonInputProblem([[[[1]]]], 3)).not.toBeNull();
});
