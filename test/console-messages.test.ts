/**
 * The console's Chinese react-admin messages against the English pack of the react-admin version
 * installed: a key react-admin gains (or drops) in an upgrade fails here, not on a screen.
 *
 * @database-independent
 */
import englishMessages from 'ra-language-english';
import { raChinese } from '../admin/src/i18n/ra-zh';
import { MESSAGES } from '../admin/src/providers/i18nProvider';

/** Every leaf of a message tree as its dotted key. */
function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

const english = keysOf(englishMessages);
const chinese = keysOf(raChinese);

describe("react-admin's messages in Chinese", () => {
  it('have every key of ra-language-english', () => {
    expect(english.filter((key) => !chinese.includes(key))).toEqual([]);
  });

  it('have no key ra-language-english lacks', () => {
    expect(chinese.filter((key) => !english.includes(key))).toEqual([]);
  });

  it('give a counted message one form, the only one Polyglot reads in Chinese', () => {
    const leaves = chinese.map((key) => key.split('.').reduce<unknown>((tree, part) => (tree as Record<string, unknown>)[part], raChinese));
    expect(leaves.filter((text) => typeof text !== 'string' || text.includes('||||'))).toEqual([]);
    expect(MESSAGES.zh.ra.action.bulk_actions).toBe('已选中 %{smart_count} 项');
  });

  it('are what the console shows in Chinese, with its own wording over them', () => {
    expect(
      keysOf(MESSAGES.zh)
        .filter((key) => key.startsWith('ra.'))
        .sort(),
    ).toEqual([...english].sort());
    expect(MESSAGES.zh.ra.auth.username).toBe('登录名');
    expect(MESSAGES.en.ra.auth.username).toBe('Login');
  });
});
