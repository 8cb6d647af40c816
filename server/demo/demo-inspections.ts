/**
 * Demo inspections: plans, assignments in every stage and everything each stage has produced, for
 * the central leading group and the three provincial ones of demo-data.ts. All text is fictional.
 *
 * Every date is an offset from `today`, so the dataset reads the same whichever day it is loaded:
 * the years of the plans, the overdue items and the current leader grants all follow from it.
 * The content is drawn from a seeded generator, so two loads on the same day hold the same data
 * (except the intake tokens, which must be unguessable).
 */
import { randomBytes } from 'node:crypto';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Activity, WorkMethod } from '../modules/activity/activity.entity';
import { Assignment, AssignmentMember } from '../modules/assignment/assignment.entity';
import { Stage, STAGE_ORDER } from '../modules/assignment/stage';
import { BodyKind } from '../modules/body/body.enums';
import { Briefing } from '../modules/briefing/briefing.entity';
import { Finding } from '../modules/finding/finding.entity';
import { Decision, FindingCategory, FindingStatus, Severity, SUB_KINDS } from '../modules/finding/finding.enums';
import { LeaderGrant } from '../modules/grant/leader-grant.entity';
import { IntakeChannel, IntakeInformant, IntakeItem } from '../modules/intake/intake.entity';
import { MembershipRole } from '../modules/membership/membership-role';
import { RectificationItem, RectificationStatus } from '../modules/rectification/rectification-item.entity';
import { Report } from '../modules/report/report.entity';
import { draftText } from '../modules/report/report.service';
import { chineseNumeral } from '../documents/inspection-documents';
import { Round, RoundStatus, RoundTarget } from '../modules/round/round.entity';
import { SupervisionItem, SupervisionStatus } from '../modules/supervision/supervision-item.entity';
import { DEMO_ACCOUNTS, DEMO_BODIES, DEMO_MEMBERSHIPS, DEMO_PEOPLE, DEMO_POOL, type DemoBody } from './demo-data';

type Ref = { id: number; scopePath: string };

// ---------------------------------------------------------------------------------------------
// The plan of the dataset. `start` is the first day on site, in days from today.
// ---------------------------------------------------------------------------------------------

interface AssignmentSpec {
  team: string;
  target: string;
  stage: Stage;
  start: number;
  /** A follow-up inspection (巡视"回头看") of a body inspected before. */
  revisit?: boolean;
  /** Staff to put first (person keys); the rest is drawn from the team's own people. */
  staff?: string[];
  /** Leader from the pool (person key); otherwise drawn from the pool. */
  leader?: string;
  /** Reporting stage only: how far the report has got. */
  report?: 'none' | 'draft' | 'submitted';
  /** Preparation stage only: briefings still awaited, and whether the notice has gone out. */
  awaited?: number;
  notice?: boolean;
}

interface RoundSpec {
  group: string;
  /** A draft plan: named targets, no assignments. `created` is its offset from today. */
  draft?: { created: number; targets: string[] };
  assignments: AssignmentSpec[];
}

const { PREPARATION, INQUIRY, REPORTING, FEEDBACK, TRANSFER, CLOSED } = Stage;

const PLAN: RoundSpec[] = [
  // 中央巡视工作领导小组
  {
    group: 'C-LG',
    assignments: [
      { team: 'C-T01', target: 'P-YL-GOV', stage: CLOSED, start: -600 },
      { team: 'C-T02', target: 'P-DL-NPC', stage: CLOSED, start: -597 },
      { team: 'C-T03', target: 'C-LMU', stage: CLOSED, start: -594 },
    ],
  },
  {
    group: 'C-LG',
    assignments: [
      { team: 'C-T01', target: 'P-DL-GOV', stage: CLOSED, start: -470 },
      { team: 'C-T02', target: 'P-YL', stage: CLOSED, start: -468 },
      { team: 'C-T05', target: 'P-QC-CPPCC', stage: CLOSED, start: -465 },
    ],
  },
  {
    group: 'C-LG',
    assignments: [
      { team: 'C-T01', target: 'P-DL', stage: CLOSED, start: -360 },
      { team: 'C-T02', target: 'P-QC-NPC', stage: TRANSFER, start: -357 },
      { team: 'C-T03', target: 'P-YL-CPPCC', stage: TRANSFER, start: -354 },
    ],
  },
  {
    group: 'C-LG',
    assignments: [
      { team: 'C-T01', target: 'C-CYE', stage: TRANSFER, start: -250 },
      { team: 'C-T02', target: 'P-DL-CPPCC', stage: FEEDBACK, start: -247 },
      { team: 'C-T05', target: 'P-YL-NPC', stage: FEEDBACK, start: -244 },
    ],
  },
  {
    group: 'C-LG',
    assignments: [
      { team: 'C-T02', target: 'P-QC', stage: FEEDBACK, start: -140 },
      { team: 'C-T03', target: 'C-LMU', stage: REPORTING, start: -72, revisit: true, report: 'draft' },
      { team: 'C-T05', target: 'P-DL-GOV', stage: REPORTING, start: -80, revisit: true, report: 'submitted' },
    ],
  },
  {
    group: 'C-LG',
    assignments: [
      // The demo logins team1 and teamlead work on this one.
      {
        team: 'C-T01',
        target: 'P-QC-GOV',
        stage: INQUIRY,
        start: -30,
        staff: ['zhou.boyuan', 'shen.yiming', 'lv.jing'],
        leader: 'ouyang.zhengqing',
      },
      { team: 'C-T02', target: 'P-YL-GOV', stage: INQUIRY, start: -26, revisit: true },
      { team: 'C-T03', target: 'P-DL-NPC', stage: PREPARATION, start: 21, revisit: true, awaited: 1 },
      { team: 'C-T05', target: 'P-QC-CPPCC', stage: PREPARATION, start: 8, revisit: true, notice: true },
    ],
  },
  { group: 'C-LG', draft: { created: -8, targets: ['P-YL', 'P-DL', 'C-CYE'] }, assignments: [] },

  // 青川省委巡视工作领导小组
  {
    group: 'P-QC-LG',
    assignments: [
      { team: 'P-QC-T1', target: 'P-QC-LX', stage: CLOSED, start: -330 },
      { team: 'P-QC-T2', target: 'P-QC-WC-LT', stage: TRANSFER, start: -326 },
    ],
  },
  {
    group: 'P-QC-LG',
    assignments: [
      // The demo login liaison (of P-QC-GOV) follows its rectification items.
      { team: 'P-QC-T2', target: 'P-QC-GOV', stage: FEEDBACK, start: -160 },
      { team: 'P-QC-T1', target: 'P-QC-LX-SW', stage: INQUIRY, start: -25 },
    ],
  },

  // 云岭省委巡视工作领导小组
  {
    group: 'P-YL-LG',
    assignments: [{ team: 'P-YL-T1', target: 'P-YL-CP', stage: CLOSED, start: -350 }],
  },
  {
    group: 'P-YL-LG',
    assignments: [
      { team: 'P-YL-T1', target: 'P-YL-LS-SP', stage: FEEDBACK, start: -170 },
      { team: 'P-YL-T3', target: 'P-YL-CP-TW', stage: INQUIRY, start: -20 },
      { team: 'P-YL-T3', target: 'P-YL-LS', stage: PREPARATION, start: 30, awaited: 2 },
    ],
  },

  // 东澜省委巡视工作领导小组
  {
    group: 'P-DL-LG',
    assignments: [
      { team: 'P-DL-T2', target: 'P-DL-CW', stage: CLOSED, start: -340 },
      { team: 'P-DL-T2', target: 'P-DL-BF-YH', stage: TRANSFER, start: -336 },
    ],
  },
  {
    group: 'P-DL-LG',
    assignments: [
      { team: 'P-DL-T2', target: 'P-DL-BF', stage: REPORTING, start: -49, report: 'none' },
      { team: 'P-DL-T2', target: 'P-DL-NPC', stage: INQUIRY, start: -18 },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------

export const BRIEFING_TEXT: Partial<Record<BodyKind, string[]>> = {
  [BodyKind.DISCIPLINE_COMMISSION]: [
    '近五年共收到反映该单位领导班子成员的问题线索{a}件，已办结{b}件；{c}名班子成员曾接受谈话函询，均已了结，无立案审查记录。',
    '该单位领导班子成员中有1人曾因违规收受礼品礼金受到诫勉处理；近三年问题线索处置情况及党风廉政意见回复材料已一并提供。',
    '近三年该单位及下属单位共立案{a}件，给予党纪政务处分{b}人，主要涉及违规收送礼品礼金、违规发放津贴补贴等问题。',
  ],
  [BodyKind.ORGANISATION_DEPARTMENT]: [
    '领导班子共{a}人，结构基本合理；近三年提拔任用干部{b}名，个人有关事项报告抽查核实{c}人，发现漏报2人，已按规定处理。',
    '最近一次年度考核中领导班子评价等次为“好”；干部选拔任用工作“一报告两评议”满意度为{p}%。',
    '领导班子成员近三年调整{c}人次；存在个别岗位长期空缺、干部交流不够充分等情况。',
  ],
  [BodyKind.AUDIT_OFFICE]: [
    '最近一次主要领导干部经济责任审计发现专项资金使用不规范、政府采购程序不严等问题{a}项，已整改{b}项。',
    '审计发现部分工程项目未批先建、预算执行率偏低，涉及资金约{c}亿元；相关问题已移送主管部门处理。',
    '近两年审计共发现问题{a}个，主要集中在国有资产管理、债务风险防控和惠民资金发放等方面。',
  ],
  [BodyKind.PETITION_BUREAU]: [
    '近两年涉及该单位的信访事项{a}件次，主要集中在征地拆迁、工程建设和干部作风方面，其中重复信访{c}件。',
    '信访信息系统显示，涉及该单位领导干部的检举控告{a}件，已按程序转交有关部门办理，办结率{p}%。',
    '近两年群众来信来访反映的问题主要涉及社会保障、教育医疗和基层干部作风，信访总量同比下降。',
  ],
};

export const ACTIVITY_TEXT: Record<WorkMethod, { text: string[]; people: [number, number] }> = {
  [WorkMethod.HEARING_REPORTS]: {
    text: ['听取{t}领导班子工作汇报，以及纪检监察、组织人事、财务审计等专题汇报', '听取{t}落实全面从严治党主体责任情况专题汇报'],
    people: [20, 60],
  },
  [WorkMethod.ATTENDING_MEETINGS]: { text: ['列席{t}领导班子民主生活会', '列席{t}党委（党组）会议和领导干部述责述廉会'], people: [10, 25] },
  [WorkMethod.LETTERS_CALLS_VISITS]: {
    text: ['集中受理来信、来电、来访，接待来访群众并登记反映事项', '巡视组值班电话和邮政信箱集中受理信访举报，逐件登记分析'],
    people: [10, 45],
  },
  [WorkMethod.SYMPOSIUM]: {
    text: ['召开离退休老干部、基层党员代表座谈会，听取对领导班子的意见', '召开民主党派、无党派人士和群众代表座谈会'],
    people: [15, 40],
  },
  [WorkMethod.INDIVIDUAL_TALK]: {
    text: ['与{t}领导班子成员和内设机构主要负责人个别谈话', '与下属单位主要负责人和部分基层干部个别谈话'],
    people: [25, 120],
  },
  [WorkMethod.DOCUMENT_REVIEW]: {
    text: ['调阅党委（党组）会议记录、干部任免档案和财务凭证', '调阅“三重一大”事项决策材料和工程项目招投标档案'],
    people: [3, 10],
  },
  [WorkMethod.DEMOCRATIC_EVALUATION]: {
    text: ['组织对{t}领导班子和领导干部进行民主测评，并开展问卷调查', '开展选人用人工作民主评议和问卷调查'],
    people: [80, 320],
  },
  [WorkMethod.FIELD_VISIT]: {
    text: ['走访调研下属单位和基层站所，实地察看重点项目', '下沉走访县区和乡镇（街道），了解政策落实情况'],
    people: [10, 35],
  },
  [WorkMethod.EXPERT_ASSISTANCE]: {
    text: ['商请审计机关派员协助核查专项资金使用情况', '商请统计、自然资源部门协助核实有关数据'],
    people: [2, 8],
  },
};

export const INTAKE_TEXT = [
  '反映某处室负责人在工程项目招投标中违规打招呼，帮助特定企业中标。',
  '反映某单位公车私用问题突出，节假日常有公务车辆停放在餐饮娱乐场所。',
  '反映某街道干部在征地补偿款发放中优亲厚友，涉嫌截留挪用。',
  '反映某局领导干部违规收受管理服务对象礼金，数额较大。',
  '反映干部选拔中存在“带病提拔”问题，某干部任前公示期间的举报未经核实。',
  '反映某单位以开会、调研名义组织公款旅游。',
  '反映文件多、会议多、督查检查考核过多，基层负担较重。',
  '反映某领导干部配偶经商办企业，与其分管领域存在利益关联。',
  '反映某国有企业负责人违规向关联企业输送利益。',
  '反映某单位执行上级减负政策搞变通，“上有政策、下有对策”。',
  '反映换届选举中有人打电话拉票、请客送礼。',
  '反映某干部长期在私人会所吃喝，违规接受宴请。',
  '反映某单位违规发放津贴补贴和年终奖金。',
  '建议巡视组关注某开发区土地出让和招商引资中的问题。',
  '反映信访件层层转办、久拖不决，群众诉求得不到回应。',
  '反映某医院药品耗材采购存在回扣问题。',
  '反映某局执法人员吃拿卡要，对企业乱检查、乱罚款。',
  '反映某单位超职数配备干部，违规突击提拔。',
  '反映某领导干部生活作风问题，群众议论较多。',
  '反映某单位办公用房清理整改弄虚作假。',
  '反映某乡镇扶贫资金被挪作他用。',
  '反映某领导在公开场合发表与中央精神不一致的言论。',
  '反映某单位违规借调下属单位人员，长期占用编制。',
  '反映某干部利用职务便利为亲属子女就业提供便利。',
];

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '吴', '徐', '孙', '胡', '朱', '高', '何', '郭', '罗', '梁', '宋', '谢'];
const GIVEN_NAMES = [
  '建华',
  '秀英',
  '志强',
  '丽娟',
  '海涛',
  '春梅',
  '国庆',
  '晓燕',
  '立新',
  '玉兰',
  '文斌',
  '桂芳',
  '德明',
  '美玲',
  '振宇',
  '红霞',
  '永康',
  '淑贞',
];

export const FINDING_TEXT: Record<string, string[]> = {
  POWER_FOR_MONEY: [
    '有关领导干部利用审批权为特定企业谋取利益，收受对方所送财物，问题线索具体',
    '在土地出让和项目审批中涉嫌搞权钱交易，涉及企业{n}家',
  ],
  ABUSE_FOR_PRIVATE_GAIN: [
    '个别领导干部违规插手工程项目，为亲属经营活动提供便利',
    '利用职务影响为配偶经营的公司承揽业务，涉及合同金额约{n}百万元',
  ],
  EMBEZZLEMENT_BRIBERY: [
    '下属单位财务人员涉嫌挪用专项资金约{n}十万元',
    '某处室负责人涉嫌收受工程承包方礼金，数额较大',
    '通过虚列支出套取财政资金设立“小金库”',
  ],
  MORAL_DEGENERATION: ['个别领导干部生活腐化，长期出入私人会所', '有关干部违规收受礼品礼金，接受可能影响公正执行公务的宴请'],
  FORMALISM: ['贯彻落实上级决策部署停留在开会发文，文件照搬照抄，督查检查考核过多过频', '基层减负工作流于形式，各类报表数据重复填报'],
  BUREAUCRATISM: ['对群众反映强烈的问题推诿扯皮，信访事项办理超期率较高', '调查研究走过场，个别重大项目决策脱离实际造成损失'],
  HEDONISM: ['个别干部违规操办婚丧喜庆事宜，借机敛财', '公车私用、违规公款吃喝问题屡禁不止'],
  EXTRAVAGANCE: ['违规超标准配备办公用房，办公楼装修标准过高', '以培训名义到风景名胜区开会，变相公款旅游'],
  PUBLIC_OPPOSITION: [
    '个别领导干部在内部会议上公开发表与上级决策部署相违背的言论',
    '个别干部在网络群组中妄议大政方针，造成不良影响',
    '个别干部在学习研讨中发表与上级精神不一致的观点，未受到批评纠正',
  ],
  EVADING_POLICY: [
    '在执行生态环境保护政策中搞变通，对违规项目“明停暗建”',
    '执行减轻基层负担规定打折扣、搞变通，“上有政策、下有对策”',
    '对上级明令禁止的项目以“技改”名义继续推进，选择性执行政策',
  ],
  BUYING_SELLING_POSTS: ['个别干部在职务调整中向有关领导送钱送物，涉嫌买官卖官', '有干部通过“中间人”跑官要官，问题线索具体'],
  VOTE_BUYING: ['换届选举中有人拉票贿选，向代表发放购物卡', '村（社区）“两委”换届中存在拉票贿选问题'],
  IRREGULAR_PROMOTION: ['选人用人把关不严，存在“带病提拔”、超职数配备干部问题', '违规突击提拔调整干部，干部档案造假问题未有效查处'],
};

/** The methods through which each category usually comes to light. */
export const LIKELY_METHODS: Record<FindingCategory, WorkMethod[]> = {
  [FindingCategory.CORRUPTION]: [
    WorkMethod.LETTERS_CALLS_VISITS,
    WorkMethod.INDIVIDUAL_TALK,
    WorkMethod.DOCUMENT_REVIEW,
    WorkMethod.EXPERT_ASSISTANCE,
  ],
  [FindingCategory.WORK_STYLE]: [WorkMethod.FIELD_VISIT, WorkMethod.SYMPOSIUM, WorkMethod.DOCUMENT_REVIEW, WorkMethod.LETTERS_CALLS_VISITS],
  [FindingCategory.POLITICAL_DISCIPLINE]: [WorkMethod.ATTENDING_MEETINGS, WorkMethod.INDIVIDUAL_TALK, WorkMethod.HEARING_REPORTS],
  [FindingCategory.PERSONNEL]: [WorkMethod.DOCUMENT_REVIEW, WorkMethod.DEMOCRATIC_EVALUATION, WorkMethod.INDIVIDUAL_TALK],
};

export const DECISION_NOTES: Record<Decision, string[]> = {
  [Decision.TRANSFER]: ['问题线索具体，按照干部管理权限移交有关部门依规依纪依法处理。', '按照干部管理权限移交，并由巡视办跟踪督办。'],
  [Decision.RECTIFY]: [
    '责成被巡视党组织认真整改，列入整改清单，限期报告整改情况。',
    '作为巡视反馈问题，督促被巡视党组织举一反三、建章立制。',
  ],
  [Decision.NO_FURTHER_ACTION]: ['巡视期间已立行立改，不再作进一步处理。', '反映问题笼统，经研究暂存备查。'],
};

export const OUTCOMES: Partial<Record<BodyKind, string[]>> = {
  [BodyKind.DISCIPLINE_COMMISSION]: [
    '经初步核实，对相关人员立案审查调查，已给予党纪政务处分。',
    '经谈话函询，问题部分属实，对相关人员予以诫勉。',
    '经核查，反映问题不属实，予以了结澄清。',
    '已立案审查调查，涉嫌职务犯罪问题已移送检察机关依法审查起诉。',
  ],
  [BodyKind.ORGANISATION_DEPARTMENT]: [
    '已责令纠正违规提拔问题，对相关责任人作出组织调整。',
    '经核查，对选人用人把关不严问题予以通报批评，相关干部免去现职。',
  ],
};

export const RECTIFY_ACTIONS: Record<FindingCategory, string> = {
  [FindingCategory.CORRUPTION]: '健全权力运行监督制约机制，开展专项清查，追缴违规资金。',
  [FindingCategory.WORK_STYLE]: '开展作风建设专项整治，精简文件会议，建立长效机制。',
  [FindingCategory.POLITICAL_DISCIPLINE]: '召开专题民主生活会深入检视剖析，坚决纠正政策执行偏差。',
  [FindingCategory.PERSONNEL]: '全面排查近年选人用人情况，纠正违规提拔和超职数配备问题。',
};

export const GENERAL_RECTIFICATIONS = [
  '完善党委（党组）议事规则和“三重一大”决策制度，规范领导班子议事决策程序。',
  '建立巡视整改台账，实行清单化管理、销号式推进，按期报送整改进展。',
  '对巡视移交的信访件逐件办理，办理结果及时反馈巡视办。',
  '加强对“一把手”和领导班子的监督，压实全面从严治党主体责任。',
];

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** A small seeded generator (mulberry32), so the dataset is the same on every load. */
export function seeded(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  return { next, int, pick, shuffle };
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const minDay = (a: string, b: string) => (a < b ? a : b);
const maxDay = (a: string, b: string) => (a > b ? a : b);
export const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
const under = (path: string, prefix: string) => path.startsWith(prefix);

async function insertAll<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  rows: QueryDeepPartialEntity<T>[],
  chunk = 100,
): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += chunk) {
    const { identifiers } = await m.insert(entity, rows.slice(i, i + chunk));
    ids.push(...identifiers.map((x) => Number(x.id)));
  }
  if (ids.length !== rows.length || ids.some((id) => !Number.isInteger(id) || id <= 0)) {
    throw new Error('demo inspections: the database did not return the ids of the inserted rows');
  }
  return ids;
}

// ---------------------------------------------------------------------------------------------
// The loader
// ---------------------------------------------------------------------------------------------

interface Staged {
  spec: AssignmentSpec;
  roundIndex: number;
  start: string;
  end: string;
  /** The last day of fieldwork so far (the end on site, or today while still on site). */
  fieldworkUntil: string;
  reportDraftedOn: string;
  submittedOn: string;
  heardOn: string;
  feedbackOn: string;
  transferOn: string;
  closedOn: string | null;
}

interface FindingDraft {
  category: FindingCategory;
  subKind: string;
  sourceMethod: WorkMethod;
  severity: Severity;
  evidenceSummary: string;
  subject: string | null;
  recordedOn: string;
  urgentOn: string | null;
  decision: Decision | null;
  decidedOn: string | null;
  status: FindingStatus;
  recipient: string | null;
  routingOverride: string | null;
  transferredOn: string | null;
  outcome: string | null;
  outcomeOn: string | null;
}

/**
 * Inserts the demo inspections: rounds and their targets, assignments in every stage with their
 * staff, leader grants, briefings, activities, intake (some with informants), findings, reports,
 * rectification and supervision items. `bodies` and `people` map the codes and keys of demo-data.ts
 * to the inserted rows; `today` (YYYY-MM-DD) anchors every date.
 */
export async function loadDemoInspections(
  m: EntityManager,
  bodies: Map<string, { id: number; scopePath: string }>,
  people: Map<string, { id: number; scopePath: string }>,
  today: string,
): Promise<void> {
  const rng = seeded(0x5eed2026);
  const day = (offset: number) => addDays(today, offset);
  const nowIso = new Date().toISOString();
  /** An instant on `d` (ISO-8601, UTC), never later than now. */
  const at = (d: string) => {
    const iso = `${d}T0${rng.int(1, 9)}:${String(rng.int(0, 59)).padStart(2, '0')}:00.000Z`;
    return iso > nowIso && d <= today ? nowIso : iso;
  };
  const stamp = (created: string, updated: string = created) => {
    const createdAt = at(created);
    const updatedAt = updated > created ? at(updated) : createdAt;
    return { version: 1, createdAt, updatedAt };
  };

  const body = (code: string): Ref => {
    const b = bodies.get(code);
    if (!b) throw new Error(`demo inspections name unknown body "${code}"`);
    return b;
  };
  const person = (key: string): Ref => {
    const p = people.get(key);
    if (!p) throw new Error(`demo inspections name unknown person "${key}"`);
    return p;
  };
  const demoBody = new Map<string, DemoBody>(DEMO_BODIES.map((b) => [b.code, b]));
  const info = (code: string): DemoBody => demoBody.get(code)!;
  const personInfo = new Map(DEMO_PEOPLE.map((p) => [p.key, p]));

  /** The nearest party committee on a body's reporting line, the body itself included. */
  const committeeOf = (code: string): string => {
    for (let c: string | null = code; c; c = info(c).parent) if (info(c).kind === BodyKind.PARTY_COMMITTEE) return c;
    throw new Error(`no committee above ${code}`);
  };
  const departmentOf = (committee: string, kind: BodyKind) =>
    DEMO_BODIES.find((b) => b.parent === committee && b.kind === kind)?.code ?? null;
  const sourcesFor = (group: string) => {
    const committee = committeeOf(group);
    return [
      departmentOf(committee, BodyKind.DISCIPLINE_COMMISSION)!,
      departmentOf(committee, BodyKind.ORGANISATION_DEPARTMENT)!,
      departmentOf(committee, BodyKind.AUDIT_OFFICE)!,
      departmentOf(committee, BodyKind.PETITION_BUREAU) ?? departmentOf('C', BodyKind.PETITION_BUREAU)!,
    ];
  };

  /**
   * Where a transferred finding goes: the department of the category's kind under the committee
   * holding cadre management authority over its subject (or the inspecting committee), as the
   * routing table does; where that committee has no such department registered, the office routes
   * it to the nearest committee above that has one, with a stated reason.
   */
  const route = (category: FindingCategory, subject: string | null, inspecting: string) => {
    const kind = category === FindingCategory.PERSONNEL ? BodyKind.ORGANISATION_DEPARTMENT : BodyKind.DISCIPLINE_COMMISSION;
    const committee = subject ? committeeOf(personInfo.get(subject)!.managedBy) : inspecting;
    const routed = departmentOf(committee, kind);
    if (routed) return { recipient: routed, override: null };
    let up = info(committee).parent ? committeeOf(info(committee).parent!) : inspecting;
    while (!departmentOf(up, kind) && info(up).parent) up = committeeOf(info(up).parent!);
    const recipient = departmentOf(up, kind) ?? departmentOf(inspecting, kind)!;
    return {
      recipient,
      override: `该干部由${info(committee).name}管理，其${kind === BodyKind.ORGANISATION_DEPARTMENT ? '组织部门' : '纪检监察机关'}未在系统中登记，经办公室研究移交${info(recipient).name}办理。`,
    };
  };

  // People: who may be staffed on a team's inspections, and whose conduct a finding may concern.
  const accountHolders = new Set(DEMO_ACCOUNTS.map((a) => a.person));
  const staffOf = (team: string, from: string, until: string, target: string): string[] => {
    const targetPath = body(target).scopePath;
    const employed = DEMO_PEOPLE.filter((p) => p.employer === team && !under(person(p.key).scopePath, targetPath)).map((p) => p.key);
    const memberships = (key: string) =>
      DEMO_MEMBERSHIPS.filter((x) => x.person === key && x.body === team && x.role === MembershipRole.TEAM_MEMBER);
    const onTeamThroughout = employed.filter((key) => memberships(key).some((x) => x.since <= from && (!x.until || x.until >= until)));
    const onTeamAtEnd = employed.filter((key) => memberships(key).some((x) => !x.until || x.until >= until));
    return onTeamThroughout.length >= 2 ? onTeamThroughout : onTeamAtEnd;
  };
  const EXCLUDED_SUBJECT_KINDS = [
    BodyKind.LEADING_GROUP,
    BodyKind.OFFICE,
    BodyKind.INSPECTION_TEAM,
    BodyKind.DISCIPLINE_COMMISSION,
    BodyKind.ORGANISATION_DEPARTMENT,
    BodyKind.AUDIT_OFFICE,
    BodyKind.PETITION_BUREAU,
  ];
  const subjectsUnder = (target: string) => {
    const targetPath = body(target).scopePath;
    return DEMO_PEOPLE.filter(
      (p) =>
        under(person(p.key).scopePath, targetPath) && !EXCLUDED_SUBJECT_KINDS.includes(info(p.employer).kind) && !accountHolders.has(p.key),
    ).map((p) => p.key);
  };

  // ---- Rounds: dates, years and numbers -------------------------------------------------------
  const onSiteDays = (group: string) => (group === 'C-LG' ? 60 : 45);
  const rounds = PLAN.map((r, index) => {
    const approvedOn = r.draft ? null : day(Math.min(...r.assignments.map((a) => a.start)) - 35);
    const createdOn = r.draft ? day(r.draft.created) : addDays(approvedOn!, -20);
    // An approved plan is for the year it was approved in; a draft is for the current year.
    const year = Number((approvedOn ?? today).slice(0, 4));
    const targets = r.draft ? r.draft.targets : [...new Set(r.assignments.map((a) => a.target))];
    return { index, spec: r, approvedOn, createdOn, year, number: 0, title: '', targets };
  });
  for (const group of new Set(rounds.map((r) => r.spec.group))) {
    const byYear = new Map<number, typeof rounds>();
    for (const r of rounds.filter((x) => x.spec.group === group)) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r]);
    for (const list of byYear.values()) {
      list.sort((a, b) => (a.approvedOn ?? '9999').localeCompare(b.approvedOn ?? '9999'));
      list.forEach((r, i) => {
        r.number = i + 1;
        r.title = `${r.year}年第${chineseNumeral(r.number)}轮巡视工作计划${r.spec.draft ? '（草案）' : ''}`;
      });
    }
  }
  for (const r of rounds) {
    for (const target of r.targets) {
      const kind = info(target).kind;
      if (
        [BodyKind.LEADING_GROUP, BodyKind.OFFICE, BodyKind.INSPECTION_TEAM].includes(kind) ||
        !under(body(target).scopePath, body(committeeOf(r.spec.group)).scopePath)
      ) {
        throw new Error(`demo inspections: ${target} is not a body ${r.spec.group} may inspect`);
      }
    }
  }

  const roundIds = await insertAll(
    m,
    Round,
    rounds.map((r) => ({
      ...stamp(r.createdOn, r.approvedOn ?? r.createdOn),
      leadingGroupId: body(r.spec.group).id,
      year: r.year,
      number: r.number,
      title: r.title,
      status: r.spec.draft ? RoundStatus.DRAFT : RoundStatus.APPROVED,
      approvedOn: r.approvedOn,
      scopePath: body(r.spec.group).scopePath,
    })),
  );
  await insertAll(
    m,
    RoundTarget,
    rounds.flatMap((r, i) =>
      r.targets.map((t) => ({ ...stamp(r.createdOn), roundId: roundIds[i], bodyId: body(t).id, scopePath: body(r.spec.group).scopePath })),
    ),
  );

  // ---- Assignments: the timeline of each ----------------------------------------------------
  const staged: Staged[] = rounds.flatMap((r) =>
    r.spec.assignments.map((spec) => {
      const start = day(spec.start);
      const end = addDays(start, onSiteDays(r.spec.group));
      const heardOn = addDays(end, 28);
      const feedbackOn = addDays(heardOn, 15);
      const s: Staged = {
        spec,
        roundIndex: r.index,
        start,
        end,
        fieldworkUntil: minDay(end, today),
        reportDraftedOn: addDays(end, 5),
        submittedOn: addDays(end, 12),
        heardOn,
        feedbackOn,
        transferOn: addDays(feedbackOn, 10),
        closedOn: spec.stage === CLOSED ? addDays(feedbackOn, 150) : null,
      };
      const reached = (st: Stage) => STAGE_ORDER.indexOf(spec.stage) >= STAGE_ORDER.indexOf(st);
      const fits =
        (spec.stage === PREPARATION ? start > today : start <= addDays(today, -14)) &&
        (spec.stage !== INQUIRY || end >= addDays(today, -3)) &&
        (!reached(REPORTING) || end < today) &&
        (spec.stage !== REPORTING ||
          (heardOn > today &&
            (spec.report !== 'submitted' || s.submittedOn <= today) &&
            (spec.report !== 'draft' || s.reportDraftedOn <= today))) &&
        (!reached(FEEDBACK) || feedbackOn <= today) &&
        (!reached(TRANSFER) || s.transferOn <= addDays(today, -30)) &&
        (!s.closedOn || s.closedOn <= addDays(today, -10));
      if (!fits) throw new Error(`demo inspections: the dates of ${spec.team} → ${spec.target} do not fit stage ${spec.stage}`);
      return s;
    }),
  );
  const past = (a: Staged, st: Stage) => STAGE_ORDER.indexOf(a.spec.stage) > STAGE_ORDER.indexOf(st);
  const reached = (a: Staged, st: Stage) => STAGE_ORDER.indexOf(a.spec.stage) >= STAGE_ORDER.indexOf(st);

  let channelNumber = 0;
  const assignmentRows = staged.map((a) => {
    const r = rounds[a.roundIndex];
    const lg = info(r.spec.group);
    const team = info(a.spec.team);
    const target = info(a.spec.target);
    const central = r.spec.group === 'C-LG';
    const noticeSent = past(a, PREPARATION) || a.spec.notice === true;
    channelNumber += 1;
    const n = String(channelNumber).padStart(2, '0');
    const stay = central ? '约2个月' : '约45天';
    const lastChange = a.closedOn ?? (noticeSent ? addDays(a.start, -10) : r.approvedOn!);
    return {
      ...stamp(addDays(r.approvedOn!, 3), lastChange),
      roundId: roundIds[a.roundIndex],
      teamId: body(a.spec.team).id,
      targetId: body(a.spec.target).id,
      stage: a.spec.stage,
      startsOn: a.start,
      endsOn: a.end,
      workPlan: a.spec.revisit
        ? `根据${lg.name}${r.title}部署，${team.name}对${target.name}开展巡视“回头看”，重点检查上轮巡视反馈问题整改落实情况、移交问题线索办理情况和长效机制建设情况，同时了解新发生的问题。进驻时间${stay}。`
        : `根据${lg.name}${r.title}部署，${team.name}对${target.name}开展常规巡视。巡视组进驻后，通过听取汇报、个别谈话、受理信访、调阅资料、民主测评、走访调研等方式，重点了解领导班子及其成员遵守政治纪律、落实中央八项规定精神、廉洁自律和选人用人等方面情况。进驻时间${stay}。`,
      noticeSentOn: noticeSent ? addDays(a.start, -10) : null,
      contactChannels: noticeSent
        ? central
          ? `值班电话：010-0000-01${n}（每日8:00—20:00）；邮政信箱：北京市0000-${n}号信箱；电子邮箱：xunshi${n}@example.org`
          : `值班电话：0000-6000-01${n}（每日8:00—20:00）；邮政信箱：0000-${n}号信箱（${team.name}收）；电子邮箱：xunshi${n}@example.org`
        : '',
      intakeToken: randomBytes(24).toString('base64url'),
      closedOn: a.closedOn,
      scopePath: body(a.spec.team).scopePath,
      targetPath: body(a.spec.target).scopePath,
    };
  });
  const assignmentIds = await insertAll(m, Assignment, assignmentRows);
  // A follow-up (回头看) returns to the latest earlier inspection of its target whose findings were fed back.
  for (const [i, a] of staged.entries()) {
    if (!a.spec.revisit) continue;
    const earlier = staged
      .map((b, j) => ({ b, j }))
      .filter(({ b }) => b.spec.target === a.spec.target && b.start < a.start && past(b, FEEDBACK))
      .sort((x, y) => (x.b.start < y.b.start ? -1 : 1))
      .pop();
    if (earlier) await m.update(Assignment, assignmentIds[i], { followsUpId: assignmentIds[earlier.j] });
  }

  // ---- Staff and leaders ------------------------------------------------------------------------
  // One leader per team and plan, drawn in turn from the leading group's pool, so that nobody holds
  // two grants whose windows overlap. A window runs from two weeks before the team arrives to two
  // months after the feedback (the planned feedback while the inspection is still on site), and
  // never past the close.
  const grantWindow = (a: Staged) => ({
    from: addDays(a.start, -15),
    until: minDay(addDays(a.feedbackOn, 60), a.closedOn ?? '9999-12-31'),
  });
  interface Slot {
    group: string;
    targetPaths: string[];
    from: string;
    until: string;
    leader?: string;
  }
  const slots = new Map<string, Slot>();
  const slotKey = (a: Staged) => `${a.roundIndex}:${a.spec.team}`;
  for (const a of staged) {
    if (a.spec.stage === PREPARATION) continue;
    const w = grantWindow(a);
    const slot = slots.get(slotKey(a)) ?? { group: rounds[a.roundIndex].spec.group, targetPaths: [], from: w.from, until: w.until };
    slot.targetPaths.push(body(a.spec.target).scopePath);
    slot.from = minDay(slot.from, w.from);
    slot.until = maxDay(slot.until, w.until);
    if (a.spec.leader) slot.leader = a.spec.leader;
    slots.set(slotKey(a), slot);
  }
  const held = new Map<string, { from: string; until: string }[]>();
  const free = (key: string, w: { from: string; until: string }) =>
    !(held.get(key) ?? []).some((h) => h.from <= w.until && w.from <= h.until);
  const hold = (key: string, slot: Slot) => {
    if (!DEMO_POOL.some((e) => e.leadingGroup === slot.group && e.person === key))
      throw new Error(`demo inspections: ${key} is not in the pool of ${slot.group}`);
    if (!free(key, slot)) throw new Error(`demo inspections: ${key} would lead two inspections at once`);
    held.set(key, [...(held.get(key) ?? []), { from: slot.from, until: slot.until }]);
  };
  for (const slot of slots.values()) if (slot.leader) hold(slot.leader, slot);
  const poolCursor = new Map<string, number>();
  for (const slot of slots.values()) {
    if (slot.leader) continue;
    const pool = DEMO_POOL.filter(
      (e) => e.leadingGroup === slot.group && slot.targetPaths.every((t) => !under(person(e.person).scopePath, t)),
    );
    const cursor = (poolCursor.get(slot.group) ?? 0) % Math.max(1, pool.length);
    const turn = [...pool.slice(cursor), ...pool.slice(0, cursor)];
    const choice = turn.find((e) => free(e.person, slot) && e.since <= slot.from) ?? turn.find((e) => free(e.person, slot));
    if (!choice) throw new Error(`demo inspections: the pool of ${slot.group} has nobody free to lead`);
    slot.leader = choice.person;
    hold(choice.person, slot);
    poolCursor.set(slot.group, cursor + 1);
  }

  const memberRows: QueryDeepPartialEntity<AssignmentMember>[] = [];
  const grantRows: QueryDeepPartialEntity<LeaderGrant>[] = [];
  const leaders: (string | null)[] = [];
  staged.forEach((a, i) => {
    const r = rounds[a.roundIndex];
    const teamPath = body(a.spec.team).scopePath;
    const targetPath = body(a.spec.target).scopePath;
    const eligible = staffOf(a.spec.team, a.start, a.closedOn ?? maxDay(a.end, today), a.spec.target);
    const first = (a.spec.staff ?? []).filter((k) => eligible.includes(k));
    const others = rng.shuffle(eligible.filter((k) => !first.includes(k)));
    const size = Math.max(first.length, Math.min(eligible.length, rng.int(2, 4)));
    const staff = [...first, ...others].slice(0, size);
    if (staff.length === 0) throw new Error(`demo inspections: nobody can be staffed on ${a.spec.team} → ${a.spec.target}`);
    for (const key of staff) {
      if (under(person(key).scopePath, targetPath)) throw new Error(`demo inspections: ${key} must recuse from ${a.spec.target}`);
      memberRows.push({
        ...stamp(addDays(r.approvedOn!, 5)),
        assignmentId: assignmentIds[i],
        personId: person(key).id,
        recusalException: null,
        scopePath: teamPath,
      });
    }

    const leader = a.spec.stage === PREPARATION ? null : slots.get(slotKey(a))!.leader!;
    leaders.push(leader);
    if (!leader) return;
    const { from: validFrom, until: validUntil } = grantWindow(a);
    grantRows.push({
      ...stamp(validFrom),
      personId: person(leader).id,
      teamId: body(a.spec.team).id,
      assignmentId: assignmentIds[i],
      validFrom,
      validUntil,
      revokedOn: null,
      scopePath: teamPath,
    });
  });
  await insertAll(m, AssignmentMember, memberRows);
  await insertAll(m, LeaderGrant, grantRows);

  // ---- Briefings --------------------------------------------------------------------------------
  const briefingRows: QueryDeepPartialEntity<Briefing>[] = [];
  staged.forEach((a, i) => {
    const r = rounds[a.roundIndex];
    const requestedOn = maxDay(addDays(a.start, -28), addDays(r.approvedOn!, 2));
    const sources = sourcesFor(r.spec.group);
    sources.forEach((source, k) => {
      const awaited = a.spec.stage === PREPARATION && k >= sources.length - (a.spec.awaited ?? 0);
      const receivedOn = awaited ? null : minDay(addDays(requestedOn, rng.int(5, 14)), today);
      const summary = awaited
        ? ''
        : fill(rng.pick(BRIEFING_TEXT[info(source).kind] ?? ['已提供有关背景材料。']), {
            a: rng.int(3, 18),
            b: rng.int(2, 9),
            c: rng.int(1, 4),
            p: rng.int(86, 97),
          });
      briefingRows.push({
        ...stamp(requestedOn, receivedOn ?? requestedOn),
        assignmentId: assignmentIds[i],
        sourceBodyId: body(source).id,
        requestedOn,
        receivedOn,
        summary,
        scopePath: body(a.spec.team).scopePath,
      });
    });
  });
  await insertAll(m, Briefing, briefingRows);

  // ---- Activities -------------------------------------------------------------------------------
  const activityRows: QueryDeepPartialEntity<Activity>[] = [];
  const activitiesOf = new Map<number, { method: WorkMethod; peopleReached: number }[]>();
  staged.forEach((a, i) => {
    if (a.spec.stage === PREPARATION) return;
    const all = Object.values(WorkMethod);
    const methods: WorkMethod[] =
      a.spec.stage === INQUIRY
        ? [
            WorkMethod.HEARING_REPORTS,
            WorkMethod.LETTERS_CALLS_VISITS,
            WorkMethod.INDIVIDUAL_TALK,
            ...rng
              .shuffle(
                all.filter((x) => ![WorkMethod.HEARING_REPORTS, WorkMethod.LETTERS_CALLS_VISITS, WorkMethod.INDIVIDUAL_TALK].includes(x)),
              )
              .slice(0, rng.int(2, 4)),
          ]
        : [...all, WorkMethod.INDIVIDUAL_TALK, ...rng.shuffle(all).slice(0, rng.int(0, 2))];
    const list: { method: WorkMethod; peopleReached: number }[] = [];
    for (const method of methods) {
      const t = ACTIVITY_TEXT[method];
      const heldOn =
        method === WorkMethod.HEARING_REPORTS && !list.some((x) => x.method === method)
          ? a.start
          : addDays(a.start, rng.int(1, Math.max(1, daysBetween(a.start, a.fieldworkUntil))));
      const row = {
        ...stamp(minDay(heldOn, today)),
        assignmentId: assignmentIds[i],
        method,
        heldOn: minDay(heldOn, today),
        description: fill(rng.pick(t.text), { t: info(a.spec.target).name }),
        peopleReached: rng.int(t.people[0], t.people[1]),
        scopePath: body(a.spec.team).scopePath,
      };
      activityRows.push(row);
      list.push({ method, peopleReached: row.peopleReached });
    }
    activitiesOf.set(i, list);
  });
  await insertAll(m, Activity, activityRows);

  // ---- Intake -----------------------------------------------------------------------------------
  const intakeRows: QueryDeepPartialEntity<IntakeItem>[] = [];
  const informants: { row: number; assignment: number; name: string; contact: string; on: string }[] = [];
  let phone = 0;
  staged.forEach((a, i) => {
    if (a.spec.stage === PREPARATION) return;
    const count = rng.int(6, 10);
    for (let k = 0; k < count; k++) {
      const channel = rng.pick([
        IntakeChannel.LETTER,
        IntakeChannel.LETTER,
        IntakeChannel.CALL,
        IntakeChannel.VISIT,
        IntakeChannel.ONLINE,
        IntakeChannel.ONLINE,
      ]);
      const receivedOn = addDays(a.start, rng.int(0, daysBetween(a.start, a.fieldworkUntil)));
      const named = channel === IntakeChannel.VISIT ? rng.next() < 0.8 : rng.next() < 0.3;
      intakeRows.push({
        ...stamp(receivedOn),
        assignmentId: assignmentIds[i],
        channel,
        receivedOn,
        content: rng.pick(INTAKE_TEXT),
        anonymous: !named,
        scopePath: body(a.spec.team).scopePath,
      });
      if (named) {
        phone += 1;
        const contact = rng.next() < 0.85 ? `139-0000-${String(phone).padStart(4, '0')}` : '';
        informants.push({
          row: intakeRows.length - 1,
          assignment: i,
          name: rng.pick(SURNAMES) + rng.pick(GIVEN_NAMES),
          contact,
          on: receivedOn,
        });
      }
    }
  });
  const intakeIds = await insertAll(m, IntakeItem, intakeRows);
  await insertAll(
    m,
    IntakeInformant,
    informants.map((x) => ({
      ...stamp(x.on),
      intakeItemId: intakeIds[x.row],
      assignmentId: assignmentIds[x.assignment],
      name: x.name,
      contact: x.contact,
      scopePath: body(staged[x.assignment].spec.team).scopePath,
    })),
  );

  // ---- Findings ---------------------------------------------------------------------------------
  const categories = Object.values(FindingCategory);
  const findingsOf = new Map<number, FindingDraft[]>();
  staged.forEach((a, i) => {
    if (a.spec.stage === PREPARATION) return;
    const r = rounds[a.roundIndex];
    const inspecting = committeeOf(r.spec.group);
    const count = a.spec.stage === INQUIRY ? rng.int(4, 6) : a.spec.stage === REPORTING ? rng.int(6, 8) : rng.int(6, 9);
    const available = (activitiesOf.get(i) ?? []).map((x) => x.method);
    const subjects = subjectsUnder(a.spec.target);
    const list: FindingDraft[] = [];
    let transfers = 0;
    const told = new Set<string>();
    for (let k = 0; k < count; k++) {
      // One of each category first, then mostly corruption and work style, while untold problems remain.
      const untold = (c: FindingCategory) => SUB_KINDS[c].some((kind) => FINDING_TEXT[kind].some((t) => !told.has(t)));
      const weighted = [...categories, FindingCategory.CORRUPTION, FindingCategory.WORK_STYLE].filter(untold);
      const category = k < categories.length ? categories[k] : rng.pick(weighted.length > 0 ? weighted : categories);
      // Each problem is told once per inspection.
      const fresh = SUB_KINDS[category].flatMap((kind) => FINDING_TEXT[kind].filter((t) => !told.has(t)).map((text) => ({ kind, text })));
      const { kind: subKind, text } = rng.pick(
        fresh.length > 0 ? fresh : SUB_KINDS[category].flatMap((kind) => FINDING_TEXT[kind].map((t) => ({ kind, text: t }))),
      );
      told.add(text);
      const likely = LIKELY_METHODS[category].filter((x) => available.includes(x));
      const sourceMethod = rng.pick(likely.length > 0 ? likely : available);
      const severity =
        k === 0
          ? rng.pick([Severity.GRAVE, Severity.SERIOUS])
          : rng.pick(
              category === FindingCategory.CORRUPTION
                ? [Severity.SERIOUS, Severity.GRAVE, Severity.MINOR]
                : [Severity.MINOR, Severity.MINOR, Severity.SERIOUS, Severity.GRAVE],
            );
      const subject =
        subjects.length > 0 && (category === FindingCategory.CORRUPTION || category === FindingCategory.PERSONNEL) && rng.next() < 0.55
          ? rng.pick(subjects)
          : null;
      const recordedOn = addDays(a.start, rng.int(5, Math.max(5, daysBetween(a.start, a.fieldworkUntil))));
      // Grave matters found on site are sometimes reported at once; every inquiry has one such.
      const urgent = (a.spec.stage === INQUIRY && k === 0) || (severity === Severity.GRAVE && rng.next() < 0.35);
      const urgentOn = urgent ? minDay(addDays(recordedOn, rng.int(0, 2)), a.fieldworkUntil) : null;

      let decision: Decision | null = null;
      if (reached(a, FEEDBACK) && !(a.spec.stage === FEEDBACK && k === count - 1)) {
        if (k === 0 || severity === Severity.GRAVE) decision = Decision.TRANSFER;
        else if (severity === Severity.SERIOUS)
          decision =
            category === FindingCategory.CORRUPTION || category === FindingCategory.PERSONNEL
              ? rng.pick([Decision.TRANSFER, Decision.RECTIFY])
              : Decision.RECTIFY;
        else decision = rng.next() < 0.75 ? Decision.RECTIFY : Decision.NO_FURTHER_ACTION;
      }
      const f: FindingDraft = {
        category,
        subKind,
        sourceMethod,
        severity,
        evidenceSummary: fill(text, { n: rng.int(2, 9) }),
        subject,
        recordedOn,
        urgentOn,
        decision,
        decidedOn: decision ? a.heardOn : null,
        status: decision ? FindingStatus.DECIDED : FindingStatus.RECORDED,
        recipient: null,
        routingOverride: null,
        transferredOn: null,
        outcome: null,
        outcomeOn: null,
      };
      if (decision === Decision.TRANSFER && reached(a, TRANSFER)) {
        const t = transfers++;
        // In transfer: most sent on, some concluded, now and then one still to send. Closed: all sent.
        const send = a.spec.stage === CLOSED || t % 3 !== 2;
        const conclude = a.spec.stage === CLOSED ? t % 4 !== 3 : t % 3 === 1;
        if (send) {
          const { recipient, override } = route(category, subject, inspecting);
          f.status = FindingStatus.TRANSFERRED;
          f.recipient = recipient;
          f.routingOverride = override;
          f.transferredOn = a.transferOn;
          if (conclude) {
            const latest = a.closedOn ? addDays(a.closedOn, -5) : addDays(today, -3);
            f.outcomeOn = minDay(addDays(a.transferOn, rng.int(30, 120)), latest);
            f.outcome = rng.pick(OUTCOMES[info(recipient).kind] ?? ['已按规定办理。']);
            f.status = FindingStatus.CONCLUDED;
          }
        }
      }
      list.push(f);
    }
    findingsOf.set(i, list);
  });
  const findingIndex: { assignment: number; k: number }[] = [];
  const findingRows: QueryDeepPartialEntity<Finding>[] = [];
  staged.forEach((a, i) => {
    (findingsOf.get(i) ?? []).forEach((f, k) => {
      findingIndex.push({ assignment: i, k });
      findingRows.push({
        ...stamp(
          f.recordedOn,
          [f.urgentOn, f.decidedOn, f.transferredOn, f.outcomeOn]
            .filter((x): x is string => !!x)
            .sort()
            .pop() ?? f.recordedOn,
        ),
        assignmentId: assignmentIds[i],
        targetId: body(a.spec.target).id,
        targetPath: body(a.spec.target).scopePath,
        subjectPersonId: f.subject ? person(f.subject).id : null,
        category: f.category,
        subKind: f.subKind,
        sourceMethod: f.sourceMethod,
        severity: f.severity,
        evidenceSummary: f.evidenceSummary,
        urgent: f.urgentOn !== null,
        urgentOn: f.urgentOn,
        status: f.status,
        decision: f.decision,
        decisionNote: f.decision ? rng.pick(DECISION_NOTES[f.decision]) : null,
        decidedOn: f.decidedOn,
        transferredToId: f.recipient ? body(f.recipient).id : null,
        transferredToPath: f.recipient ? body(f.recipient).scopePath : '',
        routingOverride: f.routingOverride,
        transferredOn: f.transferredOn,
        outcome: f.outcome,
        outcomeOn: f.outcomeOn,
        scopePath: body(a.spec.team).scopePath,
      });
    });
  });
  const findingIds = await insertAll(m, Finding, findingRows);
  const findingId = (assignment: number, k: number) => findingIds[findingIndex.findIndex((x) => x.assignment === assignment && x.k === k)];

  // ---- Reports ----------------------------------------------------------------------------------
  const reportRows: QueryDeepPartialEntity<Report>[] = [];
  staged.forEach((a, i) => {
    const report = a.spec.stage === REPORTING ? (a.spec.report ?? 'draft') : reached(a, FEEDBACK) ? 'heard' : 'none';
    if (report === 'none') return;
    const r = rounds[a.roundIndex];
    const target = info(a.spec.target);
    const { summary, suggestions } = draftText(target, activitiesOf.get(i) ?? [], findingsOf.get(i) ?? []);
    const submitted = report === 'submitted' || report === 'heard';
    const heard = report === 'heard';
    reportRows.push({
      ...stamp(a.reportDraftedOn, heard ? a.heardOn : submitted ? a.submittedOn : a.reportDraftedOn),
      assignmentId: assignmentIds[i],
      summary,
      suggestions,
      submittedOn: submitted ? a.submittedOn : null,
      submittedById: submitted ? person(leaders[i]!).id : null,
      heardOn: heard ? a.heardOn : null,
      hearingNote: heard
        ? `${info(r.spec.group).name}听取${info(a.spec.team).name}关于巡视${target.name}情况的汇报，原则同意巡视组提出的意见建议；要求按照干部管理权限移交问题线索，督促被巡视党组织切实履行整改主体责任。`
        : null,
      scopePath: body(a.spec.team).scopePath,
    });
  });
  await insertAll(m, Report, reportRows);

  // ---- Rectification (feedback onwards) -----------------------------------------------------------
  const DEADLINES = [30, 60, 90, 120, 180];
  const rectificationRows: QueryDeepPartialEntity<RectificationItem>[] = [];
  staged.forEach((a, i) => {
    if (!reached(a, FEEDBACK)) return;
    const findings = findingsOf.get(i) ?? [];
    const items: { findingK: number | null; description: string }[] = [
      ...findings
        .map((f, k) => ({ f, k }))
        .filter(({ f }) => f.decision === Decision.RECTIFY)
        .map(({ f, k }) => ({ findingK: k, description: `针对巡视反馈的“${f.evidenceSummary}”问题，${RECTIFY_ACTIONS[f.category]}` })),
      ...rng
        .shuffle(GENERAL_RECTIFICATIONS)
        .slice(0, rng.int(2, 3))
        .map((description) => ({ findingK: null, description })),
    ];
    let lapsed = 0;
    let pending = 0;
    items.forEach((item, n) => {
      const created = a.feedbackOn;
      const deadline = addDays(created, a.spec.stage === CLOSED ? DEADLINES[1 + (n % 3)] : DEADLINES[n % DEADLINES.length]);
      let status: RectificationStatus;
      let closedOn: string | null = null;
      let progress = '';
      let returnNote: string | null = null;
      if (a.spec.stage === CLOSED) {
        status = RectificationStatus.CLOSED;
      } else if (deadline < today) {
        status = [RectificationStatus.OPEN, RectificationStatus.SUBMITTED, RectificationStatus.CLOSED][lapsed++ % 3];
      } else {
        status = [RectificationStatus.OPEN, RectificationStatus.SUBMITTED][pending++ % 2];
      }
      if (status === RectificationStatus.CLOSED) {
        closedOn = maxDay(
          addDays(created, 10),
          minDay(addDays(deadline, -rng.int(0, 15)), minDay(a.closedOn ? addDays(a.closedOn, -3) : today, today)),
        );
        progress = '已制定整改方案并全部完成整改任务，相关制度已印发实施，整改佐证材料已报送巡视办。';
      } else if (status === RectificationStatus.SUBMITTED) {
        progress = '已完成整改任务，修订完善相关制度，整改情况报告和佐证材料已报送巡视办，请予核查。';
      } else if (deadline < today) {
        progress = rng.next() < 0.5 ? '正在推进，受项目审计进度影响暂未完成，预计延期一个月。' : '已完成部分整改任务，相关问题仍在清理中。';
        returnNote = rng.next() < 0.4 ? '整改佐证材料不充分，请补充完善后重新报送。' : null;
      }
      rectificationRows.push({
        ...stamp(created, closedOn ?? (status === RectificationStatus.OPEN ? created : minDay(deadline, today))),
        assignmentId: assignmentIds[i],
        findingId: item.findingK === null ? null : findingId(i, item.findingK),
        description: item.description,
        deadline,
        progress,
        status,
        closedOn,
        returnNote,
        targetPath: body(a.spec.target).scopePath,
        scopePath: body(a.spec.team).scopePath,
      });
    });
  });
  await insertAll(m, RectificationItem, rectificationRows);

  // ---- Supervision (transfer onwards) -----------------------------------------------------------
  const supervisionRows: QueryDeepPartialEntity<SupervisionItem>[] = [];
  staged.forEach((a, i) => {
    if (!reached(a, TRANSFER)) return;
    const target = info(a.spec.target);
    (findingsOf.get(i) ?? []).forEach((f, k) => {
      if (!f.recipient || !f.transferredOn) return;
      const deadline = addDays(f.transferredOn, 90);
      const done = f.status === FindingStatus.CONCLUDED;
      supervisionRows.push({
        ...stamp(f.transferredOn, f.outcomeOn ?? f.transferredOn),
        assignmentId: assignmentIds[i],
        findingId: findingId(i, k),
        matter: `督促${info(f.recipient).name}按照干部管理权限办理巡视${target.name}移交的问题线索：${f.evidenceSummary}`,
        responsibleBodyId: body(f.recipient).id,
        responsiblePath: body(f.recipient).scopePath,
        deadline,
        status: done ? SupervisionStatus.DONE : SupervisionStatus.OPEN,
        note: done
          ? '已办结，办理结果已报送领导小组办公室。'
          : deadline < today
            ? '已超过办理时限，办公室已发函催办。'
            : '已发督办函，正在跟踪办理进度。',
        doneOn: done ? f.outcomeOn : null,
        scopePath: body(a.spec.team).scopePath,
      });
    });
    const deadline = addDays(a.feedbackOn, 180);
    const done = a.spec.stage === CLOSED;
    const doneOn = done ? addDays(a.closedOn!, -3) : null;
    supervisionRows.push({
      ...stamp(a.transferOn, doneOn ?? a.transferOn),
      assignmentId: assignmentIds[i],
      findingId: null,
      matter: `督促${target.name}落实巡视反馈意见，按期完成整改任务并报送整改进展情况。`,
      responsibleBodyId: body(a.spec.target).id,
      responsiblePath: body(a.spec.target).scopePath,
      deadline,
      status: done ? SupervisionStatus.DONE : SupervisionStatus.OPEN,
      note: done
        ? '整改任务已全部完成，经巡视办核查同意销号。'
        : deadline < today
          ? '部分整改任务逾期未完成，已约谈被巡视党组织有关负责人。'
          : '已建立整改台账，按月调度整改进展。',
      doneOn,
      scopePath: body(a.spec.team).scopePath,
    });
  });
  await insertAll(m, SupervisionItem, supervisionRows);
}

function daysBetween(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000));
}
