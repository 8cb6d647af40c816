/**
 * Invented names for generated data. Place names pair two syllables chosen because they are rare in
 * real place names (no 山, 江, 州, 安 …), so that no generated province, city or county is a real one;
 * person names pair a common surname with rare given-name syllables.
 */
import { seeded } from '../demo/demo-inspections';

type Rng = ReturnType<typeof seeded>;

/** [hanzi, pinyin] */
const PLACE_SYLLABLES: ReadonlyArray<readonly [string, string]> = [
  ['澜', 'lan'],
  ['岫', 'xiu'],
  ['汀', 'ting'],
  ['沅', 'yuan'],
  ['芷', 'zhi'],
  ['棠', 'tang'],
  ['璃', 'li'],
  ['霁', 'ji'],
  ['翎', 'ling'],
  ['瑶', 'yao'],
  ['琅', 'lang'],
  ['玥', 'yue'],
  ['瀚', 'han'],
  ['溯', 'su'],
  ['岚', 'lan'],
  ['汐', 'xi'],
  ['渚', 'zhu'],
  ['霓', 'ni'],
  ['萱', 'xuan'],
  ['蘅', 'heng'],
  ['篁', 'huang'],
  ['筠', 'yun'],
  ['珩', 'heng'],
  ['瑾', 'jin'],
  ['琮', 'cong'],
  ['璋', 'zhang'],
  ['玠', 'jie'],
  ['珂', 'ke'],
  ['翊', 'yi'],
  ['翡', 'fei'],
  ['瑛', 'ying'],
  ['溟', 'ming'],
  ['沄', 'yun'],
  ['澈', 'che'],
  ['漪', 'yi'],
  ['濯', 'zhuo'],
  ['潆', 'ying'],
  ['泠', 'ling'],
  ['湄', 'mei'],
  ['桉', 'an'],
  ['槿', 'jin'],
  ['楝', 'lian'],
  ['椿', 'chun'],
  ['蔚', 'wei'],
  ['蓁', 'zhen'],
  ['苡', 'yi'],
  ['蘩', 'fan'],
  ['芊', 'qian'],
  ['璟', 'jing'],
  ['琛', 'chen'],
  ['瑜', 'yu'],
  ['珈', 'jia'],
  ['琰', 'yan'],
  ['瓒', 'zan'],
  ['翙', 'hui'],
  ['翮', 'he'],
  ['霏', 'fei'],
  ['雯', 'wen'],
  ['霭', 'ai'],
  ['渟', 'ting'],
  ['涟', 'lian'],
  ['淙', 'cong'],
  ['沚', 'zhi'],
  ['漱', 'shu'],
];

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
  '郭',
  '马',
  '罗',
  '梁',
  '宋',
  '郑',
  '谢',
  '韩',
  '唐',
  '冯',
  '于',
  '董',
  '萧',
  '程',
  '曹',
  '袁',
  '邓',
  '许',
  '傅',
  '沈',
  '曾',
  '彭',
  '吕',
];
const GIVEN_SYLLABLES = [
  '澜',
  '岫',
  '汀',
  '芷',
  '棠',
  '霁',
  '翎',
  '瑶',
  '玥',
  '瀚',
  '溯',
  '汐',
  '萱',
  '蘅',
  '筠',
  '珩',
  '瑾',
  '琮',
  '珂',
  '翊',
  '瑛',
  '澈',
  '漪',
  '泠',
  '槿',
  '蔚',
  '蓁',
  '璟',
  '琛',
  '瑜',
  '琰',
  '霏',
  '雯',
  '淙',
  '沚',
  '砚',
  '屹',
  '朔',
  '晗',
  '昀',
  '晟',
  '煦',
  '骞',
  '睿',
  '湛',
  '恪',
  '铎',
  '钺',
];

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface PlaceName {
  /** e.g. 澜岫 */
  zh: string;
  /** e.g. Lanxiu */
  en: string;
}

/** Hands out place names, each at most once, in a seeded order. */
export function placeNames(rng: Rng): () => PlaceName {
  const pairs: PlaceName[] = [];
  for (const [a, pa] of PLACE_SYLLABLES) {
    for (const [b, pb] of PLACE_SYLLABLES) if (a !== b) pairs.push({ zh: a + b, en: capitalised(pa + pb) });
  }
  const order = rng.shuffle(pairs);
  let next = 0;
  return () => {
    if (next >= order.length) throw new Error(`only ${order.length} distinct place names can be made`);
    return order[next++];
  };
}

export function personName(rng: Rng): string {
  const given = rng.next() < 0.3 ? rng.pick(GIVEN_SYLLABLES) : rng.pick(GIVEN_SYLLABLES) + rng.pick(GIVEN_SYLLABLES);
  return rng.pick(SURNAMES) + given;
}
