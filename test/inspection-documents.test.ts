/**
 * The Word documents of an inspection, built from data without a database.
 *
 * @database-independent
 */
import JSZip from 'jszip';
import {
  chineseNumeral,
  feedbackLetterDocument,
  formatChineseDate,
  noticeDocument,
  reportDocument,
  type InspectionDocumentData,
} from '../server/documents/inspection-documents';

/** Fictional names only. */
const sample = (): InspectionDocumentData => ({
  committeeName: '中共中央',
  leadingGroupName: '中央巡视工作领导小组',
  teamName: '中央第一巡视组',
  targetName: '青川省人民政府党组',
  roundTitle: '2026年第九轮巡视',
  startsOn: '2026-09-01',
  endsOn: '2026-11-29',
  contactChannels: '联系电话：010-55550101\n邮政信箱：北京市A100号信箱',
  leaderName: '林远舟',
  reportSummary: '巡视组共开展个别谈话120人次。\n受理来信来电来访86件。',
  reportSuggestions: '建议加强对“一把手”的监督。\n建议完善选人用人制度。',
  reportSubmittedOn: '2026-12-05',
  findings: [
    { category: 'CORRUPTION', severity: 'SERIOUS', evidenceSummary: '个别领导干部违规插手工程项目', decision: 'TRANSFER' },
    { category: 'WORK_STYLE', severity: 'MINOR', evidenceSummary: '会议文件过多，文山会海问题仍然存在', decision: 'RECTIFY' },
    { category: 'POLITICAL_DISCIPLINE', severity: 'GRAVE', evidenceSummary: '落实重大决策部署打折扣、搞变通', decision: null },
    { category: 'PERSONNEL', severity: 'MINOR', evidenceSummary: '干部档案审核不严', decision: 'NO_FURTHER_ACTION' },
    { category: 'CORRUPTION', severity: 'MINOR', evidenceSummary: '公务用车管理不规范', decision: 'RECTIFY' },
  ],
  rectificationItems: [
    { description: '开展工程建设领域专项治理', deadline: '2027-03-31' },
    { description: '精简会议文件，改进文风会风', deadline: '2027-01-15' },
  ],
  issuedOn: '2026-12-10',
});

const ISSUED_ON_ZH = '2026年12月10日';

async function documentXml(buffer: Buffer): Promise<string> {
  expect(Buffer.isBuffer(buffer)).toBe(true);
  expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
  const zip = await JSZip.loadAsync(buffer);
  expect(zip.file('[Content_Types].xml')).not.toBeNull();
  const file = zip.file('word/document.xml');
  expect(file).not.toBeNull();
  return file!.async('string');
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of each paragraph, decoded from the XML. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1])).join(''),
  );
}

describe('inspection documents', () => {
  it('formats dates and section numbers the Chinese way', () => {
    expect(formatChineseDate('2026-11-29')).toBe('2026年11月29日');
    expect(formatChineseDate('2026-09-01')).toBe('2026年9月1日');
    expect(() => formatChineseDate('2026-02-30')).toThrow(RangeError);
    expect(() => formatChineseDate('29.11.2026')).toThrow(RangeError);
    expect([1, 4, 10, 11, 20, 23].map(chineseNumeral)).toEqual(['一', '四', '十', '十一', '二十', '二十三']);
  });

  it('writes the notice to the target with dates and contact channels', async () => {
    const data = sample();
    const xml = await documentXml(await noticeDocument(data));
    const text = paragraphs(xml);
    expect(text[0]).toBe('关于中央第一巡视组对青川省人民政府党组开展巡视的通知');
    expect(text[1]).toBe('青川省人民政府党组：');
    expect(text.join('\n')).toContain('2026年9月1日至2026年11月29日');
    expect(text).toContain('联系电话：010-55550101');
    expect(text).toContain('邮政信箱：北京市A100号信箱');
    expect(text.join('\n')).toContain('林远舟');
    expect(text.some((p) => p.startsWith('一、'))).toBe(true);
    expect(text.some((p) => p.startsWith('四、'))).toBe(true);
    expect(text.slice(-2)).toEqual(['中央巡视工作领导小组', ISSUED_ON_ZH]);
  });

  it('writes the report to the leading group, findings grouped by focus area', async () => {
    const data = sample();
    const xml = await documentXml(await reportDocument(data));
    const text = paragraphs(xml);
    const all = text.join('\n');
    expect(text[0]).toBe('中央第一巡视组关于巡视青川省人民政府党组情况的报告');
    expect(text[1]).toBe('中央巡视工作领导小组：');
    expect(all).toContain('青川省人民政府党组');
    // Summary and suggestions: one paragraph per line.
    expect(text).toContain('巡视组共开展个别谈话120人次。');
    expect(text).toContain('受理来信来电来访86件。');
    expect(text).toContain('建议加强对“一把手”的监督。');
    for (const finding of data.findings) expect(all).toContain(finding.evidenceSummary);
    expect(text).toEqual(
      expect.arrayContaining([
        '（一）关于廉洁自律和反腐败方面',
        '（二）关于落实中央八项规定精神和作风建设方面',
        '（三）关于遵守政治纪律方面',
        '（四）关于选人用人方面',
      ]),
    );
    // Both corruption findings sit under the corruption heading, numbered.
    const corruption = text.indexOf('（一）关于廉洁自律和反腐败方面');
    expect(text[corruption + 1]).toMatch(/^1\. 个别领导干部违规插手工程项目/);
    expect(text[corruption + 2]).toMatch(/^2\. 公务用车管理不规范/);
    expect(text.slice(-2)).toEqual(['中央第一巡视组', ISSUED_ON_ZH]);
  });

  it('writes the feedback letter to the target with rectification items and deadlines', async () => {
    const data = sample();
    const xml = await documentXml(await feedbackLetterDocument(data));
    const text = paragraphs(xml);
    const all = text.join('\n');
    expect(text[0]).toBe('中央第一巡视组关于巡视青川省人民政府党组的反馈意见');
    expect(text[1]).toBe('青川省人民政府党组：');
    for (const finding of data.findings) expect(all).toContain(finding.evidenceSummary);
    expect(text).toContain('1. 开展工程建设领域专项治理（整改时限：2027年3月31日前）');
    expect(text).toContain('2. 精简会议文件，改进文风会风（整改时限：2027年1月15日前）');
    expect(text.slice(-2)).toEqual(['中央第一巡视组', ISSUED_ON_ZH]);
  });

  it('lays the page out as an official document', async () => {
    const xml = await documentXml(await reportDocument(sample()));
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/); // A4
    expect(xml).toMatch(/w:top="2098"/); // 37mm
    expect(xml).toMatch(/w:left="1587"/); // 28mm
    // Title: centred, bold, 22pt (44 half-points); body 16pt; headings in SimHei, body in SimSun.
    const titleParagraph = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/)![0];
    expect(titleParagraph).toContain('<w:jc w:val="center"/>');
    expect(titleParagraph).toMatch(/<w:b\/>/);
    expect(titleParagraph).toContain('<w:sz w:val="44"/>');
    expect(xml).toContain('<w:sz w:val="32"/>');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="宋体"');
    // Signature and date at the right.
    const paras = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    expect(paras[paras.length - 1]).toContain('<w:jc w:val="right"/>');
  });

  it('puts markup-like text in as text, escaped', async () => {
    const data = sample();
    data.targetName = 'A&B <b>党组</b>';
    data.findings = [{ category: 'WORK_STYLE', severity: 'MINOR', evidenceSummary: '<script>alert("x")</script> & 1 < 2', decision: null }];
    data.rectificationItems = [{ description: "整改 <w:t>注入</w:t> & 'quoted'", deadline: '2027-02-01' }];
    for (const make of [noticeDocument, reportDocument, feedbackLetterDocument]) {
      const xml = await documentXml(await make(data));
      expect(xml).not.toContain('<script>');
      expect(xml).not.toContain('<b>');
      expect(xml).not.toMatch(/& /);
      expect(xml).toContain('A&amp;B &lt;b&gt;党组&lt;/b&gt;');
      const all = paragraphs(xml).join('\n');
      expect(all).toContain('A&B <b>党组</b>');
      if (make !== noticeDocument) {
        expect(xml).toContain('&lt;script&gt;');
        expect(all).toContain('<script>alert("x")</script> & 1 < 2');
      }
      if (make === feedbackLetterDocument) {
        expect(xml).not.toContain('<w:t>注入</w:t>');
        expect(all).toContain("整改 <w:t>注入</w:t> & 'quoted'");
      }
    }
  });

  it('drops characters XML cannot carry and copes with empty sections', async () => {
    const data = sample();
    data.findings = [{ category: 'PERSONNEL', severity: 'MINOR', evidenceSummary: 'bad\u0001char\u0000s', decision: null }];
    data.rectificationItems = [];
    data.reportSummary = null;
    data.reportSuggestions = null;
    data.leaderName = null;
    const xml = await documentXml(await reportDocument(data));
    expect(xml).toContain('badchars');
    // eslint-disable-next-line no-control-regex -- asserts that no control character survived
    expect(xml).not.toMatch(/[\u0000-\u0008]/);
    const feedback = paragraphs(await documentXml(await feedbackLetterDocument(data)));
    expect(feedback).toContain('（无）');
    const notice = paragraphs(await documentXml(await noticeDocument(data)));
    expect(notice.join('\n')).not.toContain('组长');
  });
});
