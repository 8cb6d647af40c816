/**
 * Word documents (.docx) for an inspection, laid out in the usual form of Chinese official
 * documents (公文格式, after GB/T 9704): A4 page with the standard margins, centred bold title,
 * addressee line (主送), numbered sections 一、二、三、, and the sender and the date at the bottom
 * right. Pure functions: data in, Buffer out. Text goes into runs as-is; docx escapes it.
 */
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IFontAttributesProperties,
} from 'docx';

/** Printed where the document would name something its reader may not read (a plan, a body, a person). */
export const NOT_VISIBLE = '（无权查看）';

export type FindingCategory = 'CORRUPTION' | 'WORK_STYLE' | 'POLITICAL_DISCIPLINE' | 'PERSONNEL';
export type FindingSeverity = 'MINOR' | 'SERIOUS' | 'GRAVE';
export type FindingDecision = 'TRANSFER' | 'RECTIFY' | 'NO_FURTHER_ACTION';

export interface DocumentFinding {
  category: FindingCategory;
  severity: FindingSeverity;
  evidenceSummary: string;
  decision: FindingDecision | null;
}

/** A finding of the inspection a follow-up (回头看) returns to, with how far its rectification went. */
export interface DocumentEarlierFinding {
  category: FindingCategory;
  /** The heading of its sub-kind, e.g. 形式主义. */
  title: string;
  severity: FindingSeverity;
  status: FindingStatus;
  rectification: { total: number; open: number; submitted: number; closed: number; overdue: number };
}

export type FindingStatus = 'RECORDED' | 'DECIDED' | 'TRANSFERRED' | 'CONCLUDED';

export interface DocumentRectificationItem {
  description: string;
  /** YYYY-MM-DD */
  deadline: string;
}

export interface InspectionDocumentData {
  /** The committee running the inspection, e.g. 中共中央. */
  committeeName: string;
  /** e.g. 中央巡视工作领导小组 */
  leadingGroupName: string;
  /** e.g. 中央第一巡视组 */
  teamName: string;
  /** The inspected organisation, e.g. 青川省人民政府党组. */
  targetName: string;
  /** e.g. 2026年第九轮巡视 */
  roundTitle: string;
  /** YYYY-MM-DD */
  startsOn: string;
  /** YYYY-MM-DD */
  endsOn: string;
  contactChannels: string;
  leaderName: string | null;
  reportSummary: string | null;
  reportSuggestions: string | null;
  reportSubmittedOn: string | null;
  findings: DocumentFinding[];
  rectificationItems: DocumentRectificationItem[];
  /** The tallies of its closed evaluations, a line each (modules/evaluation/evaluation.document.ts); absent or empty when none. */
  evaluationLines?: string[];
  /** For a follow-up (回头看): the earlier inspection's findings the reader may see; absent otherwise. */
  earlierFindings?: DocumentEarlierFinding[];
  /** YYYY-MM-DD, the date printed on the document. */
  issuedOn: string;
}

/** Headings of the four focus areas, in the order they appear in a document. */
export const CATEGORY_HEADINGS: Readonly<Record<FindingCategory, string>> = {
  CORRUPTION: '关于廉洁自律和反腐败方面',
  WORK_STYLE: '关于落实中央八项规定精神和作风建设方面',
  POLITICAL_DISCIPLINE: '关于遵守政治纪律方面',
  PERSONNEL: '关于选人用人方面',
};

/** The four focus areas in the order of the domain model. */
const CATEGORY_ORDER: readonly FindingCategory[] = ['CORRUPTION', 'WORK_STYLE', 'POLITICAL_DISCIPLINE', 'PERSONNEL'];

const SEVERITY_LABELS: Readonly<Record<FindingSeverity, string>> = {
  MINOR: '一般',
  SERIOUS: '严重',
  GRAVE: '特别严重',
};

const DECISION_LABELS: Readonly<Record<FindingDecision, string>> = {
  TRANSFER: '移交有关部门处理',
  RECTIFY: '责成整改',
  NO_FURTHER_ACTION: '不再作进一步处理',
};

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/** Formats YYYY-MM-DD as a Chinese date with Arabic digits: 2026-09-01 → 2026年9月1日. */
export function formatChineseDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(isoDate)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`no such date: ${isoDate}`);
  }
  return `${year}年${month}月${day}日`;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numeral for 1–99, as used in section numbers: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`section number out of range: ${n}`);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** Splits multi-line text into its non-empty lines (one paragraph each). */
function lines(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/**
 * Removes characters that XML 1.0 cannot carry at all (C0 controls other than tab, lone
 * surrogates, U+FFFE/U+FFFF). This is not escaping: <, >, & and quotes are left to docx.
 */
function clean(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids are exactly what is removed
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

// ---------------------------------------------------------------------------------------------
// Layout (GB/T 9704-like)
// ---------------------------------------------------------------------------------------------

const font = (name: string, eastAsia: string): IFontAttributesProperties => ({ ascii: name, hAnsi: name, cs: name, eastAsia });
const SONG = font('SimSun', '宋体');
const HEI = font('SimHei', '黑体');
const KAI = font('KaiTi', '楷体');

/** Sizes in half-points. */
const SIZE_TITLE = 44; // 二号 22pt
const SIZE_BODY = 32; // 三号 16pt
const SIZE_PAGE_NUMBER = 28; // 四号 14pt

/** One character of 三号 text is 16pt = 320 twips. */
const CHAR = 320;
/** Fixed line height of 28pt, which gives the usual 22 lines a page. */
const BODY_SPACING = { line: 560, lineRule: LineRuleType.EXACT } as const;

/** Millimetres to twips (1/1440 inch), rounded: 210mm → 11906. */
const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

function run(text: string, options: { font?: IFontAttributesProperties; size?: number; bold?: boolean } = {}): TextRun {
  return new TextRun({ text: clean(text), font: options.font ?? SONG, size: options.size ?? SIZE_BODY, bold: options.bold });
}

function title(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 560, line: 700, lineRule: LineRuleType.EXACT },
    children: [run(text, { size: SIZE_TITLE, bold: true })],
  });
}

function addressee(name: string): Paragraph {
  return new Paragraph({ spacing: BODY_SPACING, children: [run(`${name}：`)] });
}

/** Body paragraph: first line indented by two characters. */
function body(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: BODY_SPACING,
    indent: { firstLine: 2 * CHAR },
    children: [run(text)],
  });
}

/** First-level heading 一、… in 黑体. */
function heading1(index: number, text: string): Paragraph {
  return new Paragraph({
    spacing: BODY_SPACING,
    indent: { firstLine: 2 * CHAR },
    keepNext: true,
    children: [run(`${chineseNumeral(index)}、${text}`, { font: HEI })],
  });
}

/** Second-level heading （一）… in 楷体, as GB/T 9704 practice has it. */
function heading2(index: number, text: string): Paragraph {
  return new Paragraph({
    spacing: BODY_SPACING,
    indent: { firstLine: 2 * CHAR },
    keepNext: true,
    children: [run(`（${chineseNumeral(index)}）${text}`, { font: KAI })],
  });
}

function blank(): Paragraph {
  return new Paragraph({ spacing: BODY_SPACING, children: [] });
}

/** Sender and date, bottom right, four characters in from the right margin. */
function signature(sender: string, isoDate: string): Paragraph[] {
  const right = (text: string) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: BODY_SPACING,
      indent: { right: 4 * CHAR },
      keepNext: true,
      children: [run(text)],
    });
  return [blank(), blank(), right(sender), right(formatChineseDate(isoDate))];
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: SONG, size: SIZE_PAGE_NUMBER })],
      }),
    ],
  });
}

async function render(documentTitle: string, sender: string, children: Paragraph[]): Promise<Buffer> {
  const doc = new Document({
    title: clean(documentTitle),
    creator: clean(sender),
    lastModifiedBy: clean(sender),
    styles: {
      default: {
        document: { run: { font: SONG, size: SIZE_BODY }, paragraph: { spacing: BODY_SPACING } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) }, // A4
            // GB/T 9704: top 37mm, bottom 35mm, inside (left) 28mm, outside (right) 26mm.
            margin: {
              top: mm(37),
              bottom: mm(35),
              left: mm(28),
              right: mm(26),
              // Page number about 7mm below the text block.
              footer: mm(28),
            },
          },
        },
        footers: { default: pageNumberFooter() },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

// ---------------------------------------------------------------------------------------------
// Shared pieces of text
// ---------------------------------------------------------------------------------------------

function period(data: InspectionDocumentData): string {
  return `${formatChineseDate(data.startsOn)}至${formatChineseDate(data.endsOn)}`;
}

/** Findings grouped under the headings of their focus area; only areas with findings appear. */
function findingSections(findings: readonly DocumentFinding[], withAssessment: boolean): Paragraph[] {
  const out: Paragraph[] = [];
  let sub = 0;
  for (const category of CATEGORY_ORDER) {
    const inCategory = findings.filter((f) => f.category === category);
    if (inCategory.length === 0) continue;
    out.push(heading2(++sub, CATEGORY_HEADINGS[category]));
    inCategory.forEach((finding, i) => {
      let suffix = '';
      if (withAssessment) {
        const decision = finding.decision ? DECISION_LABELS[finding.decision] : '待领导小组研究决定';
        suffix = `（问题性质：${SEVERITY_LABELS[finding.severity]}；处理意见：${decision}）`;
      }
      out.push(...numbered(i + 1, finding.evidenceSummary, suffix));
    });
  }
  if (out.length === 0) out.push(body('巡视中未发现需要报告的问题。'));
  return out;
}

/** A numbered item `1. …`: its first line carries the number, further lines follow as paragraphs. */
function numbered(index: number, text: string, suffix = ''): Paragraph[] {
  const [first = '', ...rest] = lines(text);
  if (rest.length === 0) return [body(`${index}. ${first}${suffix}`)];
  return [body(`${index}. ${first}`), ...rest.slice(0, -1).map((line) => body(line)), body(`${rest[rest.length - 1]}${suffix}`)];
}

const FINDING_STATUS_LABELS: Readonly<Record<FindingStatus, string>> = {
  RECORDED: '已记录',
  DECIDED: '已决定',
  TRANSFERRED: '已移交',
  CONCLUDED: '已办结',
};

/** 上次巡视发现问题整改情况: each earlier finding with its status and the state of its rectification items. */
function earlierFindingLines(findings: readonly DocumentEarlierFinding[]): Paragraph[] {
  if (findings.length === 0) return [body('（无）')];
  return findings.map((f, i) => {
    const r = f.rectification;
    const progress =
      r.total === 0
        ? '未列整改事项'
        : `整改事项${r.total}项，已销号${r.closed}项，待核实${r.submitted}项，正在整改${r.open}项` +
          (r.overdue > 0 ? `，其中逾期${r.overdue}项` : '');
    return body(
      `${i + 1}. ${CATEGORY_HEADINGS[f.category]}：${f.title}（问题性质：${SEVERITY_LABELS[f.severity]}；办理状态：${FINDING_STATUS_LABELS[f.status]}）。${progress}。`,
    );
  });
}

// ---------------------------------------------------------------------------------------------
// The three documents
// ---------------------------------------------------------------------------------------------

/** 巡视通知: to the target, announcing the inspection, its dates and the contact channels. */
export async function noticeDocument(data: InspectionDocumentData): Promise<Buffer> {
  const documentTitle = `关于${data.teamName}对${data.targetName}开展巡视的通知`;
  const leader = data.leaderName ? `（组长：${data.leaderName}）` : '';
  const contact = lines(data.contactChannels);
  const children: Paragraph[] = [
    title(documentTitle),
    addressee(data.targetName),
    body(
      `根据${data.committeeName}关于${data.roundTitle}的统一部署，经${data.leadingGroupName}批准，` +
        `${data.teamName}${leader}将对${data.targetName}开展巡视。现将有关事项通知如下：`,
    ),
    heading1(1, '巡视时间'),
    body(`${period(data)}。`),
    heading1(2, '巡视任务'),
    body(
      '巡视组坚持发现问题、形成震慑，重点了解被巡视党组织领导班子及其成员遵守政治纪律、廉洁自律和反腐败、' +
        '落实中央八项规定精神和作风建设、选人用人等方面的情况，发现问题，如实报告。',
    ),
    heading1(3, '联系方式'),
    body('巡视期间，巡视组受理反映被巡视党组织领导班子及其成员问题的来信、来电、来访。联系方式如下：'),
    ...(contact.length > 0 ? contact.map((line) => body(line)) : [body('另行通知。')]),
    heading1(4, '有关要求'),
    body(`请${data.targetName}认真做好配合工作，如实提供有关情况和材料。巡视组不干预被巡视党组织的正常工作，不查办案件。`),
    ...signature(data.leadingGroupName, data.issuedOn),
  ];
  return render(documentTitle, data.leadingGroupName, children);
}

/** 巡视情况报告: to the leading group; summary, findings by focus area, suggestions. */
export async function reportDocument(data: InspectionDocumentData): Promise<Buffer> {
  const documentTitle = `${data.teamName}关于巡视${data.targetName}情况的报告`;
  const summary = lines(data.reportSummary);
  const suggestions = lines(data.reportSuggestions);
  const children: Paragraph[] = [
    title(documentTitle),
    addressee(data.leadingGroupName),
    body(
      `根据${data.committeeName}关于${data.roundTitle}的统一部署，${data.teamName}于${period(data)}` +
        `对${data.targetName}进行了巡视。现将巡视情况报告如下：`,
    ),
    heading1(1, '基本情况'),
    ...(summary.length > 0 ? summary.map((line) => body(line)) : [body('（无）')]),
    ...(data.evaluationLines ?? []).map((line) => body(line)),
    heading1(2, '发现的主要问题'),
    ...findingSections(data.findings, true),
    ...(data.earlierFindings ? [heading1(3, '上次巡视发现问题整改情况'), ...earlierFindingLines(data.earlierFindings)] : []),
    heading1(data.earlierFindings ? 4 : 3, '意见建议'),
    ...(suggestions.length > 0 ? suggestions.map((line) => body(line)) : [body('（无）')]),
    body('以上报告，请审议。'),
    ...signature(data.teamName, data.issuedOn),
  ];
  return render(documentTitle, data.teamName, children);
}

/** 巡视反馈意见: to the target; the findings and the rectification items with their deadlines. */
export async function feedbackLetterDocument(data: InspectionDocumentData): Promise<Buffer> {
  const documentTitle = `${data.teamName}关于巡视${data.targetName}的反馈意见`;
  const items = data.rectificationItems;
  const children: Paragraph[] = [
    title(documentTitle),
    addressee(data.targetName),
    body(
      `根据${data.committeeName}关于${data.roundTitle}的统一部署，${data.teamName}于${period(data)}` +
        `对${data.targetName}进行了巡视，并向${data.leadingGroupName}作了汇报。` +
        '现将巡视发现的主要问题和整改意见反馈如下：',
    ),
    heading1(1, '巡视发现的主要问题'),
    ...findingSections(data.findings, false),
    heading1(2, '整改意见'),
    ...(items.length > 0
      ? items.flatMap((item, i) => numbered(i + 1, item.description, `（整改时限：${formatChineseDate(item.deadline)}前）`))
      : [body('（无）')]),
    heading1(3, '整改要求'),
    body(
      `请${data.targetName}认真研究巡视反馈意见，逐项制定整改措施，明确责任、按期完成，` +
        `并将整改情况按规定报送${data.leadingGroupName}办公室。`,
    ),
    ...signature(data.teamName, data.issuedOn),
  ];
  return render(documentTitle, data.teamName, children);
}

// ---------------------------------------------------------------------------------------------
// 谈话记录: the record of one individual talk
// ---------------------------------------------------------------------------------------------

export interface TalkRecordData {
  teamName: string;
  targetName: string;
  /** YYYY-MM-DD */
  heldOn: string;
  talkerNames: string[];
  /** The interviewee's name and contact, or null for a reader who may not read them. */
  interviewee: { name: string; contact: string } | null;
  intervieweePost: string;
  /** The interviewee's category, in words (领导班子成员, …). */
  intervieweeCategory: string;
  matters: string;
}

/** 谈话记录: who talked with whom, when, and what was raised; the interviewee only for those who may read them. */
/** The data of a request for help's letter, read for the caller (modules/help-request/help-request-letter.ts). */
export interface HelpRequestLetterData {
  teamName: string;
  targetName: string;
  recipientName: string;
  matter: string;
  question: string;
  wantedBy: string;
  /** The day it was sent; null while a draft, which the letter then says it is. */
  askedOn: string | null;
  issuedOn: string;
}

/** 商请协助函: from the team to a functional department or professional body (work method 9). */
export async function helpRequestLetterDocument(data: HelpRequestLetterData): Promise<Buffer> {
  const documentTitle = `${data.teamName}关于商请协助了解有关情况的函`;
  const children: Paragraph[] = [
    title(data.askedOn ? documentTitle : `${documentTitle}（代拟稿）`),
    addressee(data.recipientName),
    body(`根据巡视工作需要，${data.teamName}在对${data.targetName}开展巡视期间，就下列专业性较强或者特别重要的问题，商请贵单位予以协助：`),
    heading1(1, '有关情况'),
    ...lines(data.matter).map((line) => body(line)),
    heading1(2, '商请协助事项'),
    ...lines(data.question).map((line) => body(line)),
    body(`请于${formatChineseDate(data.wantedBy)}前将有关情况函复${data.teamName}。`),
    ...signature(data.teamName, data.askedOn ?? data.issuedOn),
  ];
  return render(documentTitle, data.teamName, children);
}

export async function talkRecordDocument(data: TalkRecordData): Promise<Buffer> {
  const documentTitle = `${data.teamName}个别谈话记录`;
  const matters = lines(data.matters);
  const children: Paragraph[] = [
    title(documentTitle),
    body(`被巡视单位：${data.targetName}`),
    body(`谈话时间：${formatChineseDate(data.heldOn)}`),
    body(`谈话人：${data.talkerNames.length > 0 ? data.talkerNames.join('、') : NOT_VISIBLE}`),
    body(`谈话对象：${data.interviewee ? data.interviewee.name : NOT_VISIBLE}`),
    ...(data.interviewee?.contact ? [body(`联系方式：${data.interviewee.contact}`)] : []),
    body(`职务：${data.intervieweePost}（${data.intervieweeCategory}）`),
    heading1(1, '谈话反映的主要问题'),
    ...(matters.length > 0 ? matters.map((line) => body(line)) : [body('（无）')]),
    blank(),
    body('谈话人（签字）：                    谈话对象（签字）：'),
    ...signature(data.teamName, data.heldOn),
  ];
  return render(documentTitle, data.teamName, children);
}
