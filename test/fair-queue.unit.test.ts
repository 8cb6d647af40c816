/**
 * The line password hashes wait in: bounded, refused at once when full, one piece per key at a
 * time, keys served in turn.
 *
 * @database-independent
 */
import { FairQueue, type QueuePlace } from '../server/limits/rate-limit';

/** Work that ends when the test says so, recording when it started. */
function work(name: string, started: string[]) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { run: () => (started.push(name), done), finish };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

it('refuses a place at once beyond a key’s share or the whole line, and frees places as work ends', async () => {
  const queue = new FairQueue({ running: 1, waiting: 2, placesPerKey: 2 });
  const a1 = queue.enter('a') as QueuePlace;
  const a2 = queue.enter('a') as QueuePlace;
  expect(queue.enter('a')).toBe('share');
  const b1 = queue.enter('b') as QueuePlace;
  expect(queue.enter('c')).toBe('full');
  a2.leave();
  a2.leave();
  const c1 = queue.enter('c');
  expect(typeof c1).toBe('object');
  expect(queue.enter('d')).toBe('full');
  for (const place of [a1, b1, c1 as QueuePlace]) place.leave();
  expect(typeof queue.enter('d')).toBe('object');
});

it('runs one piece per key at a time and serves the keys waiting in turn', async () => {
  const queue = new FairQueue({ running: 2, waiting: 10, placesPerKey: 5 });
  const started: string[] = [];
  const pieces = ['a1', 'a2', 'a3', 'b1', 'c1'].map((name) => ({ name, ...work(name, started) }));
  const runs = pieces.map((p) => (queue.enter(p.name[0]) as QueuePlace).run(p.run));
  await settle();
  // One of a's pieces runs, and b's takes the other place although a has more waiting.
  expect(started).toEqual(['a1', 'b1']);
  pieces[0].finish();
  await settle();
  // c has waited its turn: it goes before a's next piece.
  expect(started).toEqual(['a1', 'b1', 'c1']);
  pieces[3].finish();
  await settle();
  expect(started).toEqual(['a1', 'b1', 'c1', 'a2']);
  for (const p of pieces) p.finish();
  await Promise.all(runs);
  expect(started).toEqual(['a1', 'b1', 'c1', 'a2', 'a3']);
});
