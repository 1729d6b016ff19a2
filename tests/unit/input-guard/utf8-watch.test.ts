import { PassThrough } from 'stream';
import { gzipSync } from 'zlib';
import type { IncomingMessage } from 'http';
import { utf8Verdict, watchUtf8 } from '../../../src/input-guard/utf8-watch';

/** A request body arriving in chunks, as a body parser reads it. */
const requestOf = (chunks: Buffer[], headers: Record<string, string> = {}) => {
  const stream = new PassThrough() as PassThrough & { headers: Record<string, string> };
  stream.headers = headers;
  for (const chunk of chunks) stream.write(chunk);
  stream.end();
  return stream as unknown as IncomingMessage;
};

/** What a parser does: reads to the end. */
const readAll = async (req: IncomingMessage) => {
  for await (const chunk of req) void chunk;
};

const verdictOf = async (chunks: Buffer[], headers?: Record<string, string>, limit = 1e6) => {
  const req = requestOf(chunks, headers);
  watchUtf8(req, limit);
  await readAll(req);
  return utf8Verdict(req);
};

const text = Buffer.from('{"title":"淮安市人民政府"}');

it('valid UTF-8, a character split across chunks: valid', async () => {
  expect(await verdictOf([text.subarray(0, 12), text.subarray(12, 13), text.subarray(13)])).toBe(
    'valid',
  );
});

it.each([
  ['a byte that is never UTF-8', [Buffer.from('{"a":"'), Buffer.from([0xff]), Buffer.from('"}')]],
  ['an overlong encoding', [Buffer.from([0xc0, 0xaf])]],
  ['an encoded surrogate', [Buffer.from([0xed, 0xa0, 0x80])]],
  ['a character cut at the end', [text, Buffer.from([0xe6, 0xb7])]],
])('%s: invalid', async (_name, chunks) => {
  expect(await verdictOf(chunks)).toBe('invalid');
});

it('a compressed body is judged on its inflated bytes', async () => {
  expect(await verdictOf([gzipSync(text)], { 'content-encoding': 'gzip' })).toBe('valid');
  const bad = gzipSync(Buffer.concat([text, Buffer.from([0xff])]));
  expect(await verdictOf([bad], { 'content-encoding': 'gzip' })).toBe('invalid');
});

it('stops inflating beyond the limit (the parser refuses that body)', async () => {
  const bomb = gzipSync(Buffer.alloc(1_000_000, 0x61));
  expect(await verdictOf([bomb], { 'content-encoding': 'gzip' }, 10_000)).toBe('unchecked');
});

it('reads nothing itself: a body nobody reads is left as it is and not judged', async () => {
  const req = requestOf([Buffer.from([0xff])]);
  watchUtf8(req, 1e6);
  await new Promise((resolve) => setImmediate(resolve));
  expect(req.readableFlowing).toBeNull();
  expect(req.readableLength).toBe(1);
  expect(await utf8Verdict(req)).toBe('unchecked');
});

it('a body not watched is unchecked', async () => {
  const req = requestOf([Buffer.from([0xff])]);
  await readAll(req);
  expect(await utf8Verdict(req)).toBe('unchecked');
});
