/**
 * The catalogue of messages (shared/messages.ts) against the code that uses it: every key the server
 * throws with is in it, in English and Chinese, both languages name the same parameters, the Chinese
 * has no English words, and the labels its parameters are shown by exist in the console.
 *
 * @database-independent
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ACTIONS } from '../shared/actions';
import { MESSAGES, paramKind, renderMessage, templateParams, type MessageKey } from '../shared/messages';
import { GOVERNANCE_RULES } from '../server/permissions/delegation';
import { STAGE_CONDITIONS } from '../server/modules/assignment/stage-conditions';
import { MESSAGES as CONSOLE_MESSAGES } from '../admin/src/providers/i18nProvider';
import { labelsFrom, lookupIn, wordError } from '../admin/src/providers/errorMessages';
import { SUBJECTS } from '../server/permissions/roles';

const LATIN_WORD = /[A-Za-z]{2,}/;

const KEYS = Object.keys(MESSAGES) as MessageKey[];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * The keys the server names, read from its source: the key argument of each helper that makes an
 * AppError (`badInput(field, 'key'`, `new AppError(code, 'key'`, `tooManyRequests('key'`, …), and the
 * `key: '…'` of a message listed inside another (stage conditions, recusal grounds) or sent as is.
 */
function keysUsedByTheServer(): Array<{ file: string; key: string }> {
  const root = join(__dirname, '..', 'server');
  const patterns = [
    /\bbadInput\(\s*[^,()]+,\s*'([^']+)'/g,
    /\bnew AppError\(\s*'[A-Z_]+',\s*'([^']+)'/g,
    /\b(?:tooManyRequests|unauthenticated|invalidIdempotencyKey)\(\s*'([^']+)'/g,
    /\bmessageKey: '([^']+)'/g,
  ];
  // Messages listed inside another (`{ key: 'stage.noStaff' }`), in the files that make such lists.
  const listed = /\bkey: '([^']+)'/g;
  return filesUnder(root).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const own = text.includes('shared/messages') ? [...patterns, listed] : patterns;
    return own.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => ({ file: file.slice(root.length + 1), key: m[1] })));
  });
}

describe('the catalogue of messages', () => {
  it('has every key the server throws with', () => {
    const used = keysUsedByTheServer();
    // The scan itself must find the call sites, or this test would pass on nothing.
    expect(used.length).toBeGreaterThan(120);
    expect(used.filter(({ key }) => !Object.hasOwn(MESSAGES, key))).toEqual([]);
  });

  it.each(KEYS)('words %s in both languages with the same parameters', (key) => {
    const { en, zh } = MESSAGES[key] as { en: string; zh: string };
    expect(en.trim()).not.toBe('');
    expect(zh.trim()).not.toBe('');
    // Technical details of a library (a parser's words) are English only: the Chinese leaves them out.
    const shared = (template: string) => templateParams(template).filter((name) => paramKind(key, name) !== 'detail');
    expect(shared(zh).sort()).toEqual(shared(en).sort());
  });

  it('declares kinds only for parameters its templates use', () => {
    const stray = KEYS.flatMap((key) => {
      const kinds = (MESSAGES[key] as { kinds?: Record<string, string> }).kinds ?? {};
      const used = templateParams(MESSAGES[key].en);
      return Object.keys(kinds)
        .filter((name) => !used.includes(name))
        .map((name) => `${key}: ${name}`);
    });
    expect(stray).toEqual([]);
  });

  it('has no English word in a Chinese template', () => {
    const english = KEYS.filter((key) => /[A-Za-z]{2,}/.test(MESSAGES[key].zh.replace(/\{\w+\}/g, '')));
    expect(english).toEqual([]);
  });

  it('words each governance rule as server/permissions/delegation.ts states it', () => {
    for (const [rule, text] of Object.entries(GOVERNANCE_RULES)) expect(renderMessage(`rule.${rule}`)).toBe(text);
  });

  it('words each stage condition as server/modules/assignment/stage-conditions.ts states it', () => {
    for (const condition of Object.values(STAGE_CONDITIONS).flat()) expect(renderMessage(condition.key)).toBe(condition.unmet);
  });

  it('shows every enum a parameter names by a label of the console, in both languages', () => {
    const enums = new Set(
      KEYS.flatMap((key) => Object.values((MESSAGES[key] as { kinds?: Record<string, string> }).kinds ?? {}))
        .filter((kind) => kind.startsWith('enum'))
        .map((kind) => kind.slice(kind.indexOf(':') + 1)),
    );
    expect(enums.size).toBeGreaterThan(0);
    for (const language of ['zh', 'en'] as const) {
      const tree = CONSOLE_MESSAGES[language] as unknown as { enums: Record<string, unknown> };
      expect([...enums].filter((name) => typeof tree.enums[name] !== 'object')).toEqual([]);
    }
  });
});

describe('an error worded for the console', () => {
  const zh = lookupIn(CONSOLE_MESSAGES.zh);
  const en = lookupIn(CONSOLE_MESSAGES.en);
  const stageRefusal = {
    code: 'BAD_USER_INPUT',
    message: 'stage: cannot move to INQUIRY: the notice has not been sent to the target',
    messageKey: 'stage.unmet',
    params: { stage: 'INQUIRY', conditions: [{ key: 'stage.noticeNotSent' }, { key: 'stage.noStaff' }] },
    field: 'stage',
  };

  it('shows enum values and conditions by their labels, with no English in Chinese', () => {
    const worded = wordError(stageRefusal, 'zh', zh, 'assignments');
    expect(worded.text).toBe('无法进入“巡视了解”阶段：巡视通知尚未送达被巡视单位；尚未配备任何人员');
    expect(wordError(stageRefusal, 'en', en, 'assignments').text).not.toMatch(/INQUIRY/);
  });

  it('names the field of a general input message by its label', () => {
    const blank = { code: 'BAD_USER_INPUT', message: 'name: must not be blank', messageKey: 'input.blank', params: {}, field: 'name' };
    expect(wordError(blank, 'zh', zh, 'bodies')).toMatchObject({ text: '名称：不能为空', fieldText: '不能为空' });
  });

  it('shows record types and actions by their labels', () => {
    const refusal = {
      code: 'FORBIDDEN',
      message: 'You may not create this Round.',
      messageKey: 'forbidden.action',
      params: { action: 'create', subject: 'Round' },
    };
    expect(wordError(refusal, 'zh', zh).text).toBe('您无权对该巡视计划执行“新建”操作。');
  });

  it('has a Chinese label for every record type and every action a refusal can name', () => {
    const label = labelsFrom(zh);
    const shown = (kind: 'subject' | 'action', value: string) =>
      renderMessage(
        'forbidden.action',
        { action: kind === 'action' ? value : 'read', subject: kind === 'subject' ? value : 'Body' },
        'zh',
        label,
      )!;
    const unlabelled = [
      ...SUBJECTS.filter((subject) => LATIN_WORD.test(shown('subject', subject))),
      ...ACTIONS.filter((action) => LATIN_WORD.test(shown('action', action))),
    ];
    expect(unlabelled).toEqual([]);
  });

  it('falls back to the English words in English, and to a Chinese sentence with the code in Chinese', () => {
    const unknown = { code: 'CONFLICT', message: 'Something new went wrong', messageKey: 'not.a.key' };
    expect(wordError(unknown, 'en', en).text).toBe('Something new went wrong');
    const chinese = wordError(unknown, 'zh', zh).text;
    expect(chinese).toContain('CONFLICT');
    expect(chinese.replace('CONFLICT', '')).not.toMatch(/[A-Za-z]{2,}/);
  });
});
