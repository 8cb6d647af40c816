/**
 * The workbench's words in Chinese and English, in the language chosen in the console's top bar
 * (react-admin keeps it in localStorage under `RaStore.locale`; Chinese until English is chosen).
 * The API's refusals are worded from the catalogue of messages (shared/messages.ts), as the console
 * words them.
 */
import { renderMessage, type Language } from '../../../shared/messages';
import type { ApiError } from '../providers/graphqlClient';

/** The console's language, read once when the workbench opens. */
export function workbenchLanguage(): Language {
  try {
    return JSON.parse(globalThis.localStorage?.getItem('RaStore.locale') ?? '"zh"') === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

const ZH = {
  language: 'zh' as Language,
  title: '巡视数据查询工作台',
  signInFirst: '请先在管理台登录，登录后再打开本页。',
  signIn: '前往登录',
  backToConsole: '返回管理台',
  unreachable: '无法连接服务器：',
  tryAgain: '重试',
  queries: '查询',
  panelTitle: '示例与我的查询',
  examples: '示例',
  load: '载入编辑器',
  savedQueries: '我的查询',
  name: '名称',
  saveAs: '另存为',
  noSavedQueries: '还没有保存的查询',
  update: '更新',
  replaceWithEditor: '用编辑器中的内容替换',
  delete: '删除',
  saved: (name: string) => `已保存“${name}”`,
  updated: (name: string) => `已更新“${name}”`,
  deleted: (name: string) => `已删除“${name}”`,
  updateNamed: (name: string) => `更新“${name}”`,
  deleteNamed: (name: string) => `删除“${name}”`,
  confirmDelete: (name: string) => `删除“${name}”？`,
  refused: (code: string) => `操作未能完成，服务器拒绝了该请求（代码 ${code}）。`,
  fields: { name: '名称', query: '查询', variables: '变量' } as Record<string, string>,
  welcome: `# 巡视数据查询工作台
#
# 在左侧“查询”面板中选择一个示例载入编辑器，按 ▶ 运行；
# 可把编辑器中的查询以自己的名称保存，只有您本人能看到。
# 字段说明见“文档”面板。
`,
};

const EN: typeof ZH = {
  language: 'en',
  title: 'Query workbench',
  signInFirst: 'Sign in via the console first, then open this page again.',
  signIn: 'Sign in',
  backToConsole: 'Console',
  unreachable: 'The server cannot be reached: ',
  tryAgain: 'Try again',
  queries: 'Queries',
  panelTitle: 'Examples and saved queries',
  examples: 'Examples',
  load: 'Load into the editor',
  savedQueries: 'My saved queries',
  name: 'Name',
  saveAs: 'Save as',
  noSavedQueries: 'No saved queries yet',
  update: 'Update',
  replaceWithEditor: "Replace with the editor's contents",
  delete: 'Delete',
  saved: (name) => `Saved “${name}”`,
  updated: (name) => `Updated “${name}”`,
  deleted: (name) => `Deleted “${name}”`,
  updateNamed: (name) => `Update “${name}”`,
  deleteNamed: (name) => `Delete “${name}”`,
  confirmDelete: (name) => `Delete “${name}”?`,
  refused: () => '',
  fields: { name: 'Name', query: 'Query', variables: 'Variables' },
  welcome: `# Query workbench
#
# Pick an example in the Queries panel on the left and press ▶ to run it.
# Save what you write under a name of your own: only you see your saved queries.
# The Docs panel describes every type and field.
`,
};

export type WorkbenchStrings = typeof ZH;

export const STRINGS: Record<Language, WorkbenchStrings> = { zh: ZH, en: EN };

/** An example's title in one language: the files title them `中文 / English`. */
export function exampleTitle(title: string, language: Language): string {
  const [zh, en] = title.split(' / ');
  return (language === 'en' ? en : zh)?.trim() || title;
}

/**
 * A refusal of the API in the workbench's language: the catalogue's words, the field's label first
 * for a general input message; an unknown key in English as the server said it, in Chinese as a
 * general sentence with the code.
 */
export function refusalText(error: unknown, language: Language): string {
  const { body, message } = (error ?? {}) as Partial<ApiError>;
  const strings = STRINGS[language];
  const key = body?.messageKey;
  const text = key
    ? renderMessage(key, body?.params ?? {}, language, (kind, value) => (kind === 'field' ? strings.fields[value] : undefined))
    : undefined;
  if (text === undefined) return language === 'en' ? (body?.serverMessage ?? message ?? '') : strings.refused(body?.code ?? 'HTTP');
  const label = body?.field ? strings.fields[body.field] : undefined;
  return key!.startsWith('input.') && label ? `${label}${language === 'en' ? ': ' : '：'}${text}` : text;
}
