/**
 * Demo dataset: the central inspection system and three provinces with their own inspection systems.
 * Pure data, read by the demo seeder. All provinces, cities, units and people are FICTIONAL
 * (invented place and person names); only the institution names from the source text are real.
 * Identity numbers use the non-existent region prefix 99 and belong to nobody.
 * Codes: `parent`, `hostedBy`, `employer`, `managedBy`, `body`, `leadingGroup` and `team` are body
 * codes; `person` is a person key. Bodies are listed parents (and hosts) before children.
 */
import { BodyKind, BodyLevel } from '../modules/body/body.enums';
import { CadreRank } from '../modules/person/person.enums';
import { MembershipRole } from '../modules/membership/membership-role';

export interface DemoBody {
  code: string;
  name: string;
  nameEn: string;
  kind: BodyKind;
  level: BodyLevel;
  parent: string | null;
  hostedBy?: string;
}

export interface DemoPerson {
  key: string;
  name: string;
  position: string;
  rank: CadreRank;
  employer: string;
  managedBy: string;
  idNumber: string;
}

export interface DemoMembership {
  person: string;
  body: string;
  role: MembershipRole;
  since: string;
  until?: string;
}

/** A membership proposed by a roster administrator (by login), waiting for a leading-group leader. */
export interface DemoProposal extends DemoMembership {
  proposedBy: string;
}

export interface DemoAccount {
  login: string;
  person: string;
  /** One-line description in English of what this login demonstrates. */
  role: string;
}

export interface DemoPoolEntry {
  person: string;
  leadingGroup: string;
  since: string;
  note: string;
}


/** Password of every demo account. */
export const DEMO_PASSWORD = 'demo-password-2026';

export const DEMO_BODIES: DemoBody[] = [
  // 中央
  { code: 'C', name: '中共中央', nameEn: 'Central Committee of the Communist Party of China', kind: BodyKind.PARTY_COMMITTEE, level: BodyLevel.CENTRAL, parent: null },
  { code: 'C-CDI', name: '中央纪律检查委员会', nameEn: 'Central Commission for Discipline Inspection', kind: BodyKind.DISCIPLINE_COMMISSION, level: BodyLevel.CENTRAL, parent: 'C' },
  { code: 'C-ORG', name: '中央组织部', nameEn: 'Organisation Department of the Central Committee', kind: BodyKind.ORGANISATION_DEPARTMENT, level: BodyLevel.CENTRAL, parent: 'C' },
  { code: 'C-AUD', name: '审计署', nameEn: 'National Audit Office', kind: BodyKind.AUDIT_OFFICE, level: BodyLevel.CENTRAL, parent: 'C' },
  { code: 'C-PET', name: '国家信访局', nameEn: 'National Public Complaints and Proposals Administration', kind: BodyKind.PETITION_BUREAU, level: BodyLevel.CENTRAL, parent: 'C' },
  { code: 'C-FIN', name: '中央财经事务协调部', nameEn: 'Central Department for Financial Affairs Coordination', kind: BodyKind.FUNCTIONAL_DEPARTMENT, level: BodyLevel.CENTRAL, parent: 'C' },
  { code: 'C-PUB', name: '中央公共资源监管部', nameEn: 'Central Department for Public Resource Oversight', kind: BodyKind.FUNCTIONAL_DEPARTMENT, level: BodyLevel.CENTRAL, parent: 'C' },
  { code: 'C-CYE', name: '澄岳能源集团有限公司党组', nameEn: 'Party Group of Chengyue Energy Group Co., Ltd.', kind: BodyKind.OTHER_UNIT, level: BodyLevel.CENTRAL, parent: 'C' },
  { code: 'C-LMU', name: '中共鹿鸣理工大学委员会', nameEn: 'Party Committee of Luming University of Technology', kind: BodyKind.OTHER_UNIT, level: BodyLevel.CENTRAL, parent: 'C' },
  { code: 'C-LG', name: '中央巡视工作领导小组', nameEn: 'Central Inspection Work Leading Group', kind: BodyKind.LEADING_GROUP, level: BodyLevel.CENTRAL, parent: 'C' },
  { code: 'C-LG-OFF', name: '中央巡视工作领导小组办公室', nameEn: 'Office of the Central Inspection Work Leading Group', kind: BodyKind.OFFICE, level: BodyLevel.CENTRAL, parent: 'C-LG', hostedBy: 'C-CDI' },
  { code: 'C-T01', name: '中央第一巡视组', nameEn: 'Central Inspection Team No. 1', kind: BodyKind.INSPECTION_TEAM, level: BodyLevel.CENTRAL, parent: 'C-LG' },
  { code: 'C-T02', name: '中央第二巡视组', nameEn: 'Central Inspection Team No. 2', kind: BodyKind.INSPECTION_TEAM, level: BodyLevel.CENTRAL, parent: 'C-LG' },
  { code: 'C-T03', name: '中央第三巡视组', nameEn: 'Central Inspection Team No. 3', kind: BodyKind.INSPECTION_TEAM, level: BodyLevel.CENTRAL, parent: 'C-LG' },
  { code: 'C-T04', name: '中央第四巡视组', nameEn: 'Central Inspection Team No. 4', kind: BodyKind.INSPECTION_TEAM, level: BodyLevel.CENTRAL, parent: 'C-LG' },
  { code: 'C-T05', name: '中央第五巡视组', nameEn: 'Central Inspection Team No. 5', kind: BodyKind.INSPECTION_TEAM, level: BodyLevel.CENTRAL, parent: 'C-LG' },
  { code: 'C-T06', name: '中央第六巡视组', nameEn: 'Central Inspection Team No. 6', kind: BodyKind.INSPECTION_TEAM, level: BodyLevel.CENTRAL, parent: 'C-LG' },
  { code: 'C-T07', name: '中央第七巡视组', nameEn: 'Central Inspection Team No. 7', kind: BodyKind.INSPECTION_TEAM, level: BodyLevel.CENTRAL, parent: 'C-LG' },
  { code: 'C-T08', name: '中央第八巡视组', nameEn: 'Central Inspection Team No. 8', kind: BodyKind.INSPECTION_TEAM, level: BodyLevel.CENTRAL, parent: 'C-LG' },
  { code: 'C-T09', name: '中央第九巡视组', nameEn: 'Central Inspection Team No. 9', kind: BodyKind.INSPECTION_TEAM, level: BodyLevel.CENTRAL, parent: 'C-LG' },
  { code: 'C-T10', name: '中央第十巡视组', nameEn: 'Central Inspection Team No. 10', kind: BodyKind.INSPECTION_TEAM, level: BodyLevel.CENTRAL, parent: 'C-LG' },
  { code: 'C-T11', name: '中央第十一巡视组', nameEn: 'Central Inspection Team No. 11', kind: BodyKind.INSPECTION_TEAM, level: BodyLevel.CENTRAL, parent: 'C-LG' },
  { code: 'C-T12', name: '中央第十二巡视组', nameEn: 'Central Inspection Team No. 12', kind: BodyKind.INSPECTION_TEAM, level: BodyLevel.CENTRAL, parent: 'C-LG' },

  // 青川省
  { code: 'P-QC', name: '中共青川省委', nameEn: 'Qingchuan Provincial Party Committee', kind: BodyKind.PARTY_COMMITTEE, level: BodyLevel.PROVINCIAL, parent: 'C' },
  { code: 'P-QC-CDI', name: '中共青川省纪律检查委员会', nameEn: 'Qingchuan Provincial Commission for Discipline Inspection', kind: BodyKind.DISCIPLINE_COMMISSION, level: BodyLevel.PROVINCIAL, parent: 'P-QC' },
  { code: 'P-QC-ORG', name: '中共青川省委组织部', nameEn: 'Organisation Department of the Qingchuan Provincial Party Committee', kind: BodyKind.ORGANISATION_DEPARTMENT, level: BodyLevel.PROVINCIAL, parent: 'P-QC' },
  { code: 'P-QC-AUD', name: '青川省审计厅', nameEn: 'Qingchuan Provincial Audit Office', kind: BodyKind.AUDIT_OFFICE, level: BodyLevel.PROVINCIAL, parent: 'P-QC' },
  { code: 'P-QC-GOV', name: '青川省人民政府党组', nameEn: "Party Group of the Qingchuan Provincial People's Government", kind: BodyKind.GOVERNMENT_PARTY_GROUP, level: BodyLevel.PROVINCIAL, parent: 'P-QC' },
  { code: 'P-QC-NPC', name: '青川省人大常委会党组', nameEn: "Party Group of the Standing Committee of the Qingchuan Provincial People's Congress", kind: BodyKind.CONGRESS_PARTY_GROUP, level: BodyLevel.PROVINCIAL, parent: 'P-QC' },
  { code: 'P-QC-CPPCC', name: '政协青川省委员会党组', nameEn: 'Party Group of the Qingchuan Provincial Committee of the CPPCC', kind: BodyKind.CPPCC_PARTY_GROUP, level: BodyLevel.PROVINCIAL, parent: 'P-QC' },
  { code: 'P-QC-LG', name: '青川省委巡视工作领导小组', nameEn: 'Qingchuan Provincial Inspection Work Leading Group', kind: BodyKind.LEADING_GROUP, level: BodyLevel.PROVINCIAL, parent: 'P-QC' },
  { code: 'P-QC-LG-OFF', name: '青川省委巡视工作领导小组办公室', nameEn: 'Office of the Qingchuan Provincial Inspection Work Leading Group', kind: BodyKind.OFFICE, level: BodyLevel.PROVINCIAL, parent: 'P-QC-LG', hostedBy: 'P-QC-CDI' },
  { code: 'P-QC-T1', name: '青川省委第一巡视组', nameEn: 'Qingchuan Provincial Inspection Team No. 1', kind: BodyKind.INSPECTION_TEAM, level: BodyLevel.PROVINCIAL, parent: 'P-QC-LG' },
  { code: 'P-QC-T2', name: '青川省委第二巡视组', nameEn: 'Qingchuan Provincial Inspection Team No. 2', kind: BodyKind.INSPECTION_TEAM, level: BodyLevel.PROVINCIAL, parent: 'P-QC-LG' },
  { code: 'P-QC-T3', name: '青川省委第三巡视组', nameEn: 'Qingchuan Provincial Inspection Team No. 3', kind: BodyKind.INSPECTION_TEAM, level: BodyLevel.PROVINCIAL, parent: 'P-QC-LG' },
  { code: 'P-QC-LX', name: '中共临溪市委', nameEn: 'Linxi Municipal Party Committee', kind: BodyKind.PARTY_COMMITTEE, level: BodyLevel.MUNICIPAL, parent: 'P-QC' },
  { code: 'P-QC-LX-SW', name: '中共石湾县委', nameEn: 'Shiwan County Party Committee', kind: BodyKind.PARTY_COMMITTEE, level: BodyLevel.COUNTY, parent: 'P-QC-LX' },
  { code: 'P-QC-WC', name: '中共望川市委', nameEn: 'Wangchuan Municipal Party Committee', kind: BodyKind.PARTY_COMMITTEE, level: BodyLevel.MUNICIPAL, parent: 'P-QC' },
  { code: 'P-QC-WC-LT', name: '中共柳塘县委', nameEn: 'Liutang County Party Committee', kind: BodyKind.PARTY_COMMITTEE, level: BodyLevel.COUNTY, parent: 'P-QC-WC' },

  // 云岭省
  { code: 'P-YL', name: '中共云岭省委', nameEn: 'Yunling Provincial Party Committee', kind: BodyKind.PARTY_COMMITTEE, level: BodyLevel.PROVINCIAL, parent: 'C' },
  { code: 'P-YL-CDI', name: '中共云岭省纪律检查委员会', nameEn: 'Yunling Provincial Commission for Discipline Inspection', kind: BodyKind.DISCIPLINE_COMMISSION, level: BodyLevel.PROVINCIAL, parent: 'P-YL' },
  { code: 'P-YL-ORG', name: '中共云岭省委组织部', nameEn: 'Organisation Department of the Yunling Provincial Party Committee', kind: BodyKind.ORGANISATION_DEPARTMENT, level: BodyLevel.PROVINCIAL, parent: 'P-YL' },
  { code: 'P-YL-AUD', name: '云岭省审计厅', nameEn: 'Yunling Provincial Audit Office', kind: BodyKind.AUDIT_OFFICE, level: BodyLevel.PROVINCIAL, parent: 'P-YL' },
  { code: 'P-YL-GOV', name: '云岭省人民政府党组', nameEn: "Party Group of the Yunling Provincial People's Government", kind: BodyKind.GOVERNMENT_PARTY_GROUP, level: BodyLevel.PROVINCIAL, parent: 'P-YL' },
  { code: 'P-YL-NPC', name: '云岭省人大常委会党组', nameEn: "Party Group of the Standing Committee of the Yunling Provincial People's Congress", kind: BodyKind.CONGRESS_PARTY_GROUP, level: BodyLevel.PROVINCIAL, parent: 'P-YL' },
  { code: 'P-YL-CPPCC', name: '政协云岭省委员会党组', nameEn: 'Party Group of the Yunling Provincial Committee of the CPPCC', kind: BodyKind.CPPCC_PARTY_GROUP, level: BodyLevel.PROVINCIAL, parent: 'P-YL' },
  { code: 'P-YL-LG', name: '云岭省委巡视工作领导小组', nameEn: 'Yunling Provincial Inspection Work Leading Group', kind: BodyKind.LEADING_GROUP, level: BodyLevel.PROVINCIAL, parent: 'P-YL' },
  { code: 'P-YL-LG-OFF', name: '云岭省委巡视工作领导小组办公室', nameEn: 'Office of the Yunling Provincial Inspection Work Leading Group', kind: BodyKind.OFFICE, level: BodyLevel.PROVINCIAL, parent: 'P-YL-LG', hostedBy: 'P-YL-CDI' },
  { code: 'P-YL-T1', name: '云岭省委第一巡视组', nameEn: 'Yunling Provincial Inspection Team No. 1', kind: BodyKind.INSPECTION_TEAM, level: BodyLevel.PROVINCIAL, parent: 'P-YL-LG' },
  { code: 'P-YL-T2', name: '云岭省委第二巡视组', nameEn: 'Yunling Provincial Inspection Team No. 2', kind: BodyKind.INSPECTION_TEAM, level: BodyLevel.PROVINCIAL, parent: 'P-YL-LG' },
  { code: 'P-YL-T3', name: '云岭省委第三巡视组', nameEn: 'Yunling Provincial Inspection Team No. 3', kind: BodyKind.INSPECTION_TEAM, level: BodyLevel.PROVINCIAL, parent: 'P-YL-LG' },
  { code: 'P-YL-CP', name: '中共苍屏市委', nameEn: 'Cangping Municipal Party Committee', kind: BodyKind.PARTY_COMMITTEE, level: BodyLevel.MUNICIPAL, parent: 'P-YL' },
  { code: 'P-YL-CP-TW', name: '中共桐雾县委', nameEn: 'Tongwu County Party Committee', kind: BodyKind.PARTY_COMMITTEE, level: BodyLevel.COUNTY, parent: 'P-YL-CP' },
  { code: 'P-YL-LS', name: '中共澜石市委', nameEn: 'Lanshi Municipal Party Committee', kind: BodyKind.PARTY_COMMITTEE, level: BodyLevel.MUNICIPAL, parent: 'P-YL' },
  { code: 'P-YL-LS-SP', name: '中共松坪县委', nameEn: 'Songping County Party Committee', kind: BodyKind.PARTY_COMMITTEE, level: BodyLevel.COUNTY, parent: 'P-YL-LS' },

  // 东澜省
  { code: 'P-DL', name: '中共东澜省委', nameEn: 'Donglan Provincial Party Committee', kind: BodyKind.PARTY_COMMITTEE, level: BodyLevel.PROVINCIAL, parent: 'C' },
  { code: 'P-DL-CDI', name: '中共东澜省纪律检查委员会', nameEn: 'Donglan Provincial Commission for Discipline Inspection', kind: BodyKind.DISCIPLINE_COMMISSION, level: BodyLevel.PROVINCIAL, parent: 'P-DL' },
  { code: 'P-DL-ORG', name: '中共东澜省委组织部', nameEn: 'Organisation Department of the Donglan Provincial Party Committee', kind: BodyKind.ORGANISATION_DEPARTMENT, level: BodyLevel.PROVINCIAL, parent: 'P-DL' },
  { code: 'P-DL-AUD', name: '东澜省审计厅', nameEn: 'Donglan Provincial Audit Office', kind: BodyKind.AUDIT_OFFICE, level: BodyLevel.PROVINCIAL, parent: 'P-DL' },
  { code: 'P-DL-GOV', name: '东澜省人民政府党组', nameEn: "Party Group of the Donglan Provincial People's Government", kind: BodyKind.GOVERNMENT_PARTY_GROUP, level: BodyLevel.PROVINCIAL, parent: 'P-DL' },
  { code: 'P-DL-NPC', name: '东澜省人大常委会党组', nameEn: "Party Group of the Standing Committee of the Donglan Provincial People's Congress", kind: BodyKind.CONGRESS_PARTY_GROUP, level: BodyLevel.PROVINCIAL, parent: 'P-DL' },
  { code: 'P-DL-CPPCC', name: '政协东澜省委员会党组', nameEn: 'Party Group of the Donglan Provincial Committee of the CPPCC', kind: BodyKind.CPPCC_PARTY_GROUP, level: BodyLevel.PROVINCIAL, parent: 'P-DL' },
  { code: 'P-DL-LG', name: '东澜省委巡视工作领导小组', nameEn: 'Donglan Provincial Inspection Work Leading Group', kind: BodyKind.LEADING_GROUP, level: BodyLevel.PROVINCIAL, parent: 'P-DL' },
  { code: 'P-DL-LG-OFF', name: '东澜省委巡视工作领导小组办公室', nameEn: 'Office of the Donglan Provincial Inspection Work Leading Group', kind: BodyKind.OFFICE, level: BodyLevel.PROVINCIAL, parent: 'P-DL-LG', hostedBy: 'P-DL-CDI' },
  { code: 'P-DL-T1', name: '东澜省委第一巡视组', nameEn: 'Donglan Provincial Inspection Team No. 1', kind: BodyKind.INSPECTION_TEAM, level: BodyLevel.PROVINCIAL, parent: 'P-DL-LG' },
  { code: 'P-DL-T2', name: '东澜省委第二巡视组', nameEn: 'Donglan Provincial Inspection Team No. 2', kind: BodyKind.INSPECTION_TEAM, level: BodyLevel.PROVINCIAL, parent: 'P-DL-LG' },
  { code: 'P-DL-T3', name: '东澜省委第三巡视组', nameEn: 'Donglan Provincial Inspection Team No. 3', kind: BodyKind.INSPECTION_TEAM, level: BodyLevel.PROVINCIAL, parent: 'P-DL-LG' },
  { code: 'P-DL-CW', name: '中共澄湾市委', nameEn: 'Chengwan Municipal Party Committee', kind: BodyKind.PARTY_COMMITTEE, level: BodyLevel.MUNICIPAL, parent: 'P-DL' },
  { code: 'P-DL-CW-CY', name: '中共潮音县委', nameEn: 'Chaoyin County Party Committee', kind: BodyKind.PARTY_COMMITTEE, level: BodyLevel.COUNTY, parent: 'P-DL-CW' },
  { code: 'P-DL-BF', name: '中共碧峰市委', nameEn: 'Bifeng Municipal Party Committee', kind: BodyKind.PARTY_COMMITTEE, level: BodyLevel.MUNICIPAL, parent: 'P-DL' },
  { code: 'P-DL-BF-YH', name: '中共雁回县委', nameEn: 'Yanhui County Party Committee', kind: BodyKind.PARTY_COMMITTEE, level: BodyLevel.COUNTY, parent: 'P-DL-BF' },
];

export const DEMO_PEOPLE: DemoPerson[] = [
  { key: 'zheng.huaiyuan', name: '郑怀远', position: '中央政治局委员、中央书记处书记', rank: CadreRank.DEPUTY_NATIONAL, employer: 'C', managedBy: 'C', idNumber: '990100196203271006' },
  { key: 'han.mingzhang', name: '韩铭章', position: '中央政治局委员', rank: CadreRank.DEPUTY_NATIONAL, employer: 'C', managedBy: 'C', idNumber: '990100195801051017' },
  { key: 'qin.liheng', name: '秦立衡', position: '中央纪委书记、中央巡视工作领导小组组长', rank: CadreRank.DEPUTY_NATIONAL, employer: 'C-CDI', managedBy: 'C', idNumber: '990100195810261024' },
  { key: 'cheng.yalan', name: '程雅岚', position: '中央组织部部长、中央巡视工作领导小组副组长', rank: CadreRank.DEPUTY_NATIONAL, employer: 'C-ORG', managedBy: 'C', idNumber: '990100195905051038' },
  { key: 'shao.zhenbang', name: '邵振邦', position: '中央纪委副书记', rank: CadreRank.MINISTERIAL, employer: 'C-CDI', managedBy: 'C-ORG', idNumber: '990100196311031042' },
  { key: 'ren.shuhan', name: '任书瀚', position: '中央组织部副部长', rank: CadreRank.MINISTERIAL, employer: 'C-ORG', managedBy: 'C-ORG', idNumber: '990100196311111050' },
  { key: 'he.qiming', name: '贺启明', position: '审计署副审计长', rank: CadreRank.DEPUTY_MINISTERIAL, employer: 'C-AUD', managedBy: 'C-ORG', idNumber: '990100196409011066' },
  { key: 'zhong.jingxing', name: '钟景行', position: '中央巡视工作领导小组办公室主任', rank: CadreRank.MINISTERIAL, employer: 'C-LG-OFF', managedBy: 'C-ORG', idNumber: '990100196307031074' },
  { key: 'fang.xiaolan', name: '方晓岚', position: '中央巡视办副主任', rank: CadreRank.DEPUTY_MINISTERIAL, employer: 'C-LG-OFF', managedBy: 'C-ORG', idNumber: '99010019640703108X' },
  { key: 'tang.yifan', name: '唐一凡', position: '中央巡视办综合室主任', rank: CadreRank.BUREAU, employer: 'C-LG-OFF', managedBy: 'C-CDI', idNumber: '990100196812281090' },
  { key: 'yao.siqi', name: '姚思琪', position: '中央巡视办督办室副主任', rank: CadreRank.DEPUTY_BUREAU, employer: 'C-LG-OFF', managedBy: 'C-CDI', idNumber: '990100197310021103' },
  { key: 'tian.siyuan', name: '田思远', position: '中央巡视办研究室一级调研员', rank: CadreRank.DIVISION, employer: 'C-LG-OFF', managedBy: 'C-CDI', idNumber: '990100198012201119' },
  { key: 'bao.yuning', name: '鲍雨宁', position: '中央巡视办综合室一级主任科员', rank: CadreRank.SECTION, employer: 'C-LG-OFF', managedBy: 'C-CDI', idNumber: '990100198911111125' },
  { key: 'jiang.weidong', name: '蒋卫东', position: '中央纪委第五监督检查室主任', rank: CadreRank.BUREAU, employer: 'C-CDI', managedBy: 'C-CDI', idNumber: '99010019670901113X' },
  { key: 'ke.jingyi', name: '柯静怡', position: '中央纪委案件监督管理室副主任', rank: CadreRank.DEPUTY_BUREAU, employer: 'C-CDI', managedBy: 'C-CDI', idNumber: '990100197405091147' },
  { key: 'wen.jia', name: '温嘉', position: '中央纪委研究室处长', rank: CadreRank.DIVISION, employer: 'C-CDI', managedBy: 'C-CDI', idNumber: '990100198001131151' },
  { key: 'kong.lingyu', name: '孔令宇', position: '中央纪委第八监督检查室副处长', rank: CadreRank.DEPUTY_DIVISION, employer: 'C-CDI', managedBy: 'C-CDI', idNumber: '990100198202221161' },
  { key: 'yuan.bowen', name: '袁博文', position: '中央组织部干部监督局局长', rank: CadreRank.BUREAU, employer: 'C-ORG', managedBy: 'C-ORG', idNumber: '990100196611231177' },
  { key: 'lin.qing', name: '林清', position: '中央组织部干部监督局处长', rank: CadreRank.DIVISION, employer: 'C-ORG', managedBy: 'C-ORG', idNumber: '990100197609171181' },
  { key: 'xu.wentao', name: '许文涛', position: '中央组织部干部信息管理处处长', rank: CadreRank.DIVISION, employer: 'C-ORG', managedBy: 'C-ORG', idNumber: '990100197802141195' },
  { key: 'guo.rui', name: '郭瑞', position: '中央组织部干部信息管理处副处长', rank: CadreRank.DEPUTY_DIVISION, employer: 'C-ORG', managedBy: 'C-ORG', idNumber: '990100198406141200' },
  { key: 'shi.hong', name: '施宏', position: '中央组织部干部二局处长', rank: CadreRank.DIVISION, employer: 'C-ORG', managedBy: 'C-ORG', idNumber: '990100197907151218' },
  { key: 'qiu.haining', name: '邱海宁', position: '审计署经济责任审计司司长', rank: CadreRank.BUREAU, employer: 'C-AUD', managedBy: 'C-AUD', idNumber: '99010019661224122X' },
  { key: 'fan.liping', name: '范丽萍', position: '国家信访局来访接待司副司长', rank: CadreRank.DEPUTY_BUREAU, employer: 'C-PET', managedBy: 'C-PET', idNumber: '990100197303191235' },
  { key: 'lu.chengzhi', name: '卢承志', position: '中央财经事务协调部监督司司长', rank: CadreRank.BUREAU, employer: 'C-FIN', managedBy: 'C-FIN', idNumber: '990100197004281249' },
  { key: 'peng.suyun', name: '彭素云', position: '中央公共资源监管部综合司副司长', rank: CadreRank.DEPUTY_BUREAU, employer: 'C-PUB', managedBy: 'C-PUB', idNumber: '990100197209171254' },
  { key: 'li.guodong', name: '黎国栋', position: '澄岳能源集团有限公司党组书记、董事长', rank: CadreRank.DEPUTY_MINISTERIAL, employer: 'C-CYE', managedBy: 'C-ORG', idNumber: '99010019670707126X' },
  { key: 'ge.xiaodong', name: '葛晓东', position: '澄岳能源集团有限公司党组办公室主任', rank: CadreRank.DEPUTY_BUREAU, employer: 'C-CYE', managedBy: 'C-CYE', idNumber: '990100197204161276' },
  { key: 'wen.ruoxi', name: '闻若溪', position: '中共鹿鸣理工大学委员会书记', rank: CadreRank.DEPUTY_MINISTERIAL, employer: 'C-LMU', managedBy: 'C-ORG', idNumber: '990100196608201284' },
  { key: 'zhou.boyuan', name: '周博远', position: '中央第一巡视组副组长', rank: CadreRank.BUREAU, employer: 'C-T01', managedBy: 'C-CDI', idNumber: '990100197003071290' },
  { key: 'shen.yiming', name: '沈一鸣', position: '中央第一巡视组处长', rank: CadreRank.DIVISION, employer: 'C-T01', managedBy: 'C-CDI', idNumber: '990100198002101309' },
  { key: 'lv.jing', name: '吕婧', position: '中央第一巡视组副处长', rank: CadreRank.DEPUTY_DIVISION, employer: 'C-T01', managedBy: 'C-CDI', idNumber: '990100198201251318' },
  { key: 'tao.ziang', name: '陶子昂', position: '中央第一巡视组一级主任科员', rank: CadreRank.SECTION, employer: 'C-T01', managedBy: 'C-CDI', idNumber: '990100198808121325' },
  { key: 'cao.yuhang', name: '曹宇航', position: '中央第二巡视组副组长', rank: CadreRank.BUREAU, employer: 'C-T02', managedBy: 'C-CDI', idNumber: '990100196610261331' },
  { key: 'ding.mengxi', name: '丁梦溪', position: '中央第二巡视组处长', rank: CadreRank.DIVISION, employer: 'C-T02', managedBy: 'C-CDI', idNumber: '990100197809211344' },
  { key: 'yan.kexin', name: '严可欣', position: '中央第二巡视组二级主任科员', rank: CadreRank.DEPUTY_SECTION, employer: 'C-T02', managedBy: 'C-CDI', idNumber: '990100199106221350' },
  { key: 'jia.liqun', name: '贾立群', position: '中央第三巡视组副组长', rank: CadreRank.BUREAU, employer: 'C-T03', managedBy: 'C-CDI', idNumber: '990100196808121369' },
  { key: 'song.jiayi', name: '宋佳怡', position: '中央第三巡视组副处长', rank: CadreRank.DEPUTY_DIVISION, employer: 'C-T03', managedBy: 'C-CDI', idNumber: '990100198512121377' },
  { key: 'ma.zhicheng', name: '马志诚', position: '中央第三巡视组原处长', rank: CadreRank.DIVISION, employer: 'C-T03', managedBy: 'C-CDI', idNumber: '990100197609091384' },
  { key: 'wei.changfeng', name: '魏长风', position: '中央第五巡视组副组长', rank: CadreRank.BUREAU, employer: 'C-T05', managedBy: 'C-CDI', idNumber: '990100196605131399' },
  { key: 'xia.muyang', name: '夏沐阳', position: '中央第五巡视组处长', rank: CadreRank.DIVISION, employer: 'C-T05', managedBy: 'C-CDI', idNumber: '990100197606181405' },
  { key: 'luo.wenxuan', name: '骆文轩', position: '中央第八巡视组副处长', rank: CadreRank.DEPUTY_DIVISION, employer: 'C-T08', managedBy: 'C-CDI', idNumber: '990100198205091411' },
  { key: 'ouyang.zhengqing', name: '欧阳正清', position: '中央巡视组组长（正部长级）', rank: CadreRank.MINISTERIAL, employer: 'C-LG', managedBy: 'C-ORG', idNumber: '990100196109251420' },
  { key: 'meng.dehou', name: '孟德厚', position: '中央巡视组组长（正部长级）', rank: CadreRank.MINISTERIAL, employer: 'C-LG', managedBy: 'C-ORG', idNumber: '990100196207231431' },
  { key: 'xue.lanzhi', name: '薛兰芝', position: '中央巡视组组长（正部长级）', rank: CadreRank.MINISTERIAL, employer: 'C-LG', managedBy: 'C-ORG', idNumber: '990100196011231448' },
  { key: 'qi.yuanshan', name: '祁远山', position: '中央巡视组组长（正部长级）', rank: CadreRank.MINISTERIAL, employer: 'C-LG', managedBy: 'C-ORG', idNumber: '990100196008161450' },
  { key: 'nie.huaijin', name: '聂怀瑾', position: '中央巡视专员（正部长级）', rank: CadreRank.MINISTERIAL, employer: 'C-LG', managedBy: 'C-ORG', idNumber: '990100196103151461' },
  { key: 'tan.jincheng', name: '谭锦程', position: '中央巡视专员（正部长级）', rank: CadreRank.MINISTERIAL, employer: 'C-LG', managedBy: 'C-ORG', idNumber: '99010019620804147X' },
  { key: 'huang.zhengdong', name: '黄正东', position: '中央巡视专员（副部长级）', rank: CadreRank.DEPUTY_MINISTERIAL, employer: 'C-LG', managedBy: 'C-ORG', idNumber: '990100196406021488' },
  { key: 'hou.jianping', name: '侯建平', position: '中央巡视专员（副部长级）', rank: CadreRank.DEPUTY_MINISTERIAL, employer: 'C-LG', managedBy: 'C-ORG', idNumber: '990100196403231498' },
  { key: 'lu.chengyu', name: '陆承宇', position: '中共青川省委书记', rank: CadreRank.MINISTERIAL, employer: 'P-QC', managedBy: 'C-ORG', idNumber: '990210196107191506' },
  { key: 'hua.zhensheng', name: '华振声', position: '青川省委副书记、省长', rank: CadreRank.MINISTERIAL, employer: 'P-QC-GOV', managedBy: 'C-ORG', idNumber: '990210196403191519' },
  { key: 'qi.hongfei', name: '齐鸿飞', position: '青川省委常委、省纪委书记、省委巡视工作领导小组组长', rank: CadreRank.DEPUTY_MINISTERIAL, employer: 'P-QC-CDI', managedBy: 'C-ORG', idNumber: '990210196305211520' },
  { key: 'bai.xuesong', name: '柏雪松', position: '青川省委常委、组织部部长、省委巡视工作领导小组副组长', rank: CadreRank.DEPUTY_MINISTERIAL, employer: 'P-QC-ORG', managedBy: 'C-ORG', idNumber: '990210196608041530' },
  { key: 'pei.qiushi', name: '裴秋实', position: '青川省人大常委会党组副书记、副主任', rank: CadreRank.DEPUTY_MINISTERIAL, employer: 'P-QC-NPC', managedBy: 'C-ORG', idNumber: '990210196604161543' },
  { key: 'zuo.lihua', name: '左丽华', position: '政协青川省委员会党组副书记、副主席', rank: CadreRank.DEPUTY_MINISTERIAL, employer: 'P-QC-CPPCC', managedBy: 'C-ORG', idNumber: '990210196504041552' },
  { key: 'pang.jianye', name: '庞建业', position: '青川省委巡视办主任', rank: CadreRank.BUREAU, employer: 'P-QC-LG-OFF', managedBy: 'P-QC-ORG', idNumber: '990210196905171569' },
  { key: 'teng.xiaowen', name: '滕晓雯', position: '青川省委巡视办副主任', rank: CadreRank.DEPUTY_BUREAU, employer: 'P-QC-LG-OFF', managedBy: 'P-QC-ORG', idNumber: '990210197404081578' },
  { key: 'huo.zimo', name: '霍子墨', position: '青川省委巡视办综合处处长', rank: CadreRank.DIVISION, employer: 'P-QC-LG-OFF', managedBy: 'P-QC-CDI', idNumber: '990210197610141586' },
  { key: 'xiang.wenjing', name: '项文静', position: '青川省委巡视办研究室一级调研员', rank: CadreRank.DIVISION, employer: 'P-QC-LG-OFF', managedBy: 'P-QC-CDI', idNumber: '990210197604201597' },
  { key: 'miao.jiahui', name: '苗佳慧', position: '青川省委组织部干部信息处处长', rank: CadreRank.DIVISION, employer: 'P-QC-ORG', managedBy: 'P-QC-ORG', idNumber: '990210197811111607' },
  { key: 'chu.tianxiang', name: '褚天翔', position: '青川省委第一巡视组副组长', rank: CadreRank.DEPUTY_BUREAU, employer: 'P-QC-T1', managedBy: 'P-QC-ORG', idNumber: '990210197410141610' },
  { key: 'shan.yuqing', name: '单雨晴', position: '青川省委第一巡视组四级调研员', rank: CadreRank.DEPUTY_DIVISION, employer: 'P-QC-T1', managedBy: 'P-QC-CDI', idNumber: '990210198202221629' },
  { key: 'gan.lu', name: '甘露', position: '青川省委第二巡视组副组长', rank: CadreRank.DEPUTY_BUREAU, employer: 'P-QC-T2', managedBy: 'P-QC-ORG', idNumber: '990210197106221632' },
  { key: 'ran.sicheng', name: '冉思成', position: '青川省委第二巡视组一级主任科员', rank: CadreRank.SECTION, employer: 'P-QC-T2', managedBy: 'P-QC-CDI', idNumber: '990210199001131648' },
  { key: 'fu.jianjun', name: '符建军', position: '青川省纪委监委第三监督检查室主任', rank: CadreRank.DIVISION, employer: 'P-QC-CDI', managedBy: 'P-QC-CDI', idNumber: '990210197709091654' },
  { key: 'qin.hui', name: '覃慧', position: '青川省委组织部干部监督处处长', rank: CadreRank.DIVISION, employer: 'P-QC-ORG', managedBy: 'P-QC-ORG', idNumber: '990210197605011664' },
  { key: 'sheng.guoliang', name: '盛国梁', position: '青川省审计厅厅长', rank: CadreRank.BUREAU, employer: 'P-QC-AUD', managedBy: 'P-QC-ORG', idNumber: '990210196906061679' },
  { key: 'xiao.huairen', name: '萧怀仁', position: '青川省人民政府副秘书长', rank: CadreRank.DEPUTY_BUREAU, employer: 'P-QC-GOV', managedBy: 'P-QC-ORG', idNumber: '990210197204241688' },
  { key: 'zhan.wei', name: '詹伟', position: '中共临溪市委书记', rank: CadreRank.BUREAU, employer: 'P-QC-LX', managedBy: 'P-QC-ORG', idNumber: '99021019700121169X' },
  { key: 'lu.minghui', name: '鲁明辉', position: '临溪市委常委、秘书长', rank: CadreRank.DEPUTY_BUREAU, employer: 'P-QC-LX', managedBy: 'P-QC-ORG', idNumber: '990210197405171700' },
  { key: 'ruan.shaohua', name: '阮少华', position: '中共石湾县委书记', rank: CadreRank.DIVISION, employer: 'P-QC-LX-SW', managedBy: 'P-QC-LX', idNumber: '990210198006261711' },
  { key: 'yu.chunsheng', name: '喻春生', position: '中共望川市委书记', rank: CadreRank.BUREAU, employer: 'P-QC-WC', managedBy: 'P-QC-ORG', idNumber: '990210196812161724' },
  { key: 'yue.jiahe', name: '岳嘉禾', position: '中共柳塘县委书记', rank: CadreRank.DIVISION, employer: 'P-QC-WC-LT', managedBy: 'P-QC-WC', idNumber: '990210197911031735' },
  { key: 'qi.zhenggang', name: '戚正纲', position: '青川省委巡视组组长（正厅级）', rank: CadreRank.BUREAU, employer: 'P-QC-LG', managedBy: 'P-QC-ORG', idNumber: '990210196806141743' },
  { key: 'luo.deming', name: '骆德明', position: '青川省委巡视专员（正厅级）', rank: CadreRank.BUREAU, employer: 'P-QC-LG', managedBy: 'P-QC-ORG', idNumber: '990210196603031755' },
  { key: 'zhuo.yunfei', name: '卓云飞', position: '青川省委巡视专员（正厅级）', rank: CadreRank.BUREAU, employer: 'P-QC-LG', managedBy: 'P-QC-ORG', idNumber: '990210196705091767' },
  { key: 'du.mingzhe', name: '杜明哲', position: '中共云岭省委书记', rank: CadreRank.MINISTERIAL, employer: 'P-YL', managedBy: 'C-ORG', idNumber: '990320196210101773' },
  { key: 'yin.qiulan', name: '尹秋澜', position: '云岭省委副书记、省长', rank: CadreRank.MINISTERIAL, employer: 'P-YL-GOV', managedBy: 'C-ORG', idNumber: '990320196201251788' },
  { key: 'jiang.yuanfan', name: '江远帆', position: '云岭省委常委、省纪委书记、省委巡视工作领导小组组长', rank: CadreRank.DEPUTY_MINISTERIAL, employer: 'P-YL-CDI', managedBy: 'C-ORG', idNumber: '990320196402061796' },
  { key: 'sima.jin', name: '司马瑾', position: '云岭省委常委、组织部部长、省委巡视工作领导小组副组长', rank: CadreRank.DEPUTY_MINISTERIAL, employer: 'P-YL-ORG', managedBy: 'C-ORG', idNumber: '990320196602101801' },
  { key: 'bao.haitao', name: '包海涛', position: '云岭省委巡视办主任', rank: CadreRank.BUREAU, employer: 'P-YL-LG-OFF', managedBy: 'P-YL-ORG', idNumber: '990320196811031811' },
  { key: 'gong.wenli', name: '龚文丽', position: '云岭省委巡视办副主任', rank: CadreRank.DEPUTY_BUREAU, employer: 'P-YL-LG-OFF', managedBy: 'P-YL-ORG', idNumber: '990320197109091827' },
  { key: 'lian.zhigang', name: '练志刚', position: '云岭省委组织部干部信息处处长', rank: CadreRank.DIVISION, employer: 'P-YL-ORG', managedBy: 'P-YL-ORG', idNumber: '99032019761107183X' },
  { key: 'zhi.yaqin', name: '植雅琴', position: '云岭省纪委监委研究室处长', rank: CadreRank.DIVISION, employer: 'P-YL-CDI', managedBy: 'P-YL-CDI', idNumber: '990320197912281849' },
  { key: 'che.junhao', name: '车俊豪', position: '云岭省委第一巡视组副组长', rank: CadreRank.DEPUTY_BUREAU, employer: 'P-YL-T1', managedBy: 'P-YL-ORG', idNumber: '99032019701216185X' },
  { key: 'wu.xiaolin', name: '巫晓琳', position: '云岭省委第三巡视组一级主任科员', rank: CadreRank.SECTION, employer: 'P-YL-T3', managedBy: 'P-YL-CDI', idNumber: '990320198907031866' },
  { key: 'kuang.zhiyuan', name: '邝志远', position: '云岭省纪委监委案件审理室主任', rank: CadreRank.DIVISION, employer: 'P-YL-CDI', managedBy: 'P-YL-CDI', idNumber: '990320197701131875' },
  { key: 'chai.wenbin', name: '柴文斌', position: '云岭省审计厅厅长', rank: CadreRank.BUREAU, employer: 'P-YL-AUD', managedBy: 'P-YL-ORG', idNumber: '990320197003031885' },
  { key: 'lan.ruoxi', name: '蓝若曦', position: '云岭省人民政府办公厅副主任', rank: CadreRank.DEPUTY_BUREAU, employer: 'P-YL-GOV', managedBy: 'P-YL-ORG', idNumber: '99032019730505189X' },
  { key: 'hong.qihang', name: '洪启航', position: '中共苍屏市委书记', rank: CadreRank.BUREAU, employer: 'P-YL-CP', managedBy: 'P-YL-ORG', idNumber: '990320196703151904' },
  { key: 'dai.jingbo', name: '戴静波', position: '苍屏市委常委、秘书长', rank: CadreRank.DEPUTY_BUREAU, employer: 'P-YL-CP', managedBy: 'P-YL-ORG', idNumber: '990320197110021914' },
  { key: 'fang.lixin', name: '房立新', position: '中共桐雾县委书记', rank: CadreRank.DIVISION, employer: 'P-YL-CP-TW', managedBy: 'P-YL-CP', idNumber: '990320197711271927' },
  { key: 'gui.mingyuan', name: '桂明远', position: '中共澜石市委书记', rank: CadreRank.BUREAU, employer: 'P-YL-LS', managedBy: 'P-YL-ORG', idNumber: '990320196908121936' },
  { key: 'wu.desheng', name: '伍德胜', position: '中共松坪县委书记', rank: CadreRank.DIVISION, employer: 'P-YL-LS-SP', managedBy: 'P-YL-LS', idNumber: '990320197709091943' },
  { key: 'su.tiecheng', name: '苏铁成', position: '云岭省委巡视组组长（正厅级）', rank: CadreRank.BUREAU, employer: 'P-YL-LG', managedBy: 'P-YL-ORG', idNumber: '990320196802261957' },
  { key: 'guan.hongmei', name: '管红梅', position: '云岭省委巡视专员（正厅级）', rank: CadreRank.BUREAU, employer: 'P-YL-LG', managedBy: 'P-YL-ORG', idNumber: '990320196705131966' },
  { key: 'ou.zhenhua', name: '欧振华', position: '中共东澜省委书记', rank: CadreRank.MINISTERIAL, employer: 'P-DL', managedBy: 'C-ORG', idNumber: '990430196410221970' },
  { key: 'feng.liyan', name: '封立言', position: '东澜省委副书记、省长', rank: CadreRank.MINISTERIAL, employer: 'P-DL-GOV', managedBy: 'C-ORG', idNumber: '990430196308241983' },
  { key: 'luo.jinan', name: '罗晋安', position: '东澜省委副书记、省委巡视工作领导小组组长', rank: CadreRank.DEPUTY_MINISTERIAL, employer: 'P-DL', managedBy: 'C-ORG', idNumber: '990430196311151997' },
  { key: 'qian.mubai', name: '钱慕白', position: '东澜省委常委、省纪委书记、省委巡视工作领导小组副组长', rank: CadreRank.DEPUTY_MINISTERIAL, employer: 'P-DL-CDI', managedBy: 'C-ORG', idNumber: '990430196502182008' },
  { key: 'yin.hongxia', name: '殷红霞', position: '东澜省委常委、组织部部长、省委巡视工作领导小组副组长', rank: CadreRank.DEPUTY_MINISTERIAL, employer: 'P-DL-ORG', managedBy: 'C-ORG', idNumber: '990430196505132014' },
  { key: 'wu.xuejun', name: '邬学军', position: '东澜省委巡视办主任', rank: CadreRank.BUREAU, employer: 'P-DL-LG-OFF', managedBy: 'P-DL-ORG', idNumber: '990430196906022027' },
  { key: 'pu.jiaqi', name: '蒲佳琪', position: '东澜省委巡视办督查处处长', rank: CadreRank.DIVISION, employer: 'P-DL-LG-OFF', managedBy: 'P-DL-CDI', idNumber: '990430197710182031' },
  { key: 'feng.haiyan', name: '冯海燕', position: '东澜省委组织部干部信息处处长', rank: CadreRank.DIVISION, employer: 'P-DL-ORG', managedBy: 'P-DL-ORG', idNumber: '990430197705052048' },
  { key: 'chou.lifeng', name: '仇立峰', position: '东澜省委第二巡视组副组长', rank: CadreRank.DEPUTY_BUREAU, employer: 'P-DL-T2', managedBy: 'P-DL-ORG', idNumber: '99043019710315205X' },
  { key: 'xing.yutong', name: '邢雨桐', position: '东澜省委第二巡视组四级调研员', rank: CadreRank.DEPUTY_DIVISION, employer: 'P-DL-T2', managedBy: 'P-DL-CDI', idNumber: '990430198311152067' },
  { key: 'sang.xiaofeng', name: '桑晓峰', position: '东澜省纪委监委第二监督检查室主任', rank: CadreRank.DIVISION, employer: 'P-DL-CDI', managedBy: 'P-DL-CDI', idNumber: '990430197601052078' },
  { key: 'jin.guoqiang', name: '靳国强', position: '东澜省委组织部干部监督处处长', rank: CadreRank.DIVISION, employer: 'P-DL-ORG', managedBy: 'P-DL-ORG', idNumber: '990430197703232088' },
  { key: 'jing.shumin', name: '景淑敏', position: '东澜省人大常委会办公厅副主任', rank: CadreRank.DEPUTY_BUREAU, employer: 'P-DL-NPC', managedBy: 'P-DL-ORG', idNumber: '990430197003112093' },
  { key: 'zhai.hongliang', name: '翟宏亮', position: '政协东澜省委员会办公厅副主任', rank: CadreRank.DEPUTY_BUREAU, employer: 'P-DL-CPPCC', managedBy: 'P-DL-ORG', idNumber: '990430197010262102' },
  { key: 'wei.zhengyang', name: '韦正阳', position: '中共澄湾市委书记', rank: CadreRank.BUREAU, employer: 'P-DL-CW', managedBy: 'P-DL-ORG', idNumber: '990430196811272111' },
  { key: 'chi.wenbo', name: '池文博', position: '中共潮音县委书记', rank: CadreRank.DIVISION, employer: 'P-DL-CW-CY', managedBy: 'P-DL-CW', idNumber: '990430197906262121' },
  { key: 'ming.jianhua', name: '明建华', position: '中共碧峰市委书记', rank: CadreRank.BUREAU, employer: 'P-DL-BF', managedBy: 'P-DL-ORG', idNumber: '990430197010062135' },
  { key: 'tang.yuxuan', name: '汤宇轩', position: '中共雁回县委书记', rank: CadreRank.DIVISION, employer: 'P-DL-BF-YH', managedBy: 'P-DL-BF', idNumber: '990430198003072145' },
  { key: 'yan.shouzheng', name: '阎守正', position: '东澜省委巡视组组长（正厅级）', rank: CadreRank.BUREAU, employer: 'P-DL-LG', managedBy: 'P-DL-ORG', idNumber: '990430196706182157' },
  { key: 'jin.yuxiu', name: '金毓秀', position: '东澜省委巡视专员（正厅级）', rank: CadreRank.BUREAU, employer: 'P-DL-LG', managedBy: 'P-DL-ORG', idNumber: '990430196812242168' },
];

export const DEMO_MEMBERSHIPS: DemoMembership[] = [
  { person: 'zheng.huaiyuan', body: 'C', role: MembershipRole.COMMITTEE_LEADER, since: '2022-10-23' },
  { person: 'han.mingzhang', body: 'C', role: MembershipRole.COMMITTEE_LEADER, since: '2022-10-23' },
  { person: 'xu.wentao', body: 'C', role: MembershipRole.ROSTER_ADMIN, since: '2021-03-01' },
  { person: 'guo.rui', body: 'C', role: MembershipRole.ROSTER_ADMIN, since: '2023-07-15' },
  { person: 'tian.siyuan', body: 'C', role: MembershipRole.ANALYST, since: '2022-04-01' },
  { person: 'wen.jia', body: 'C-LG', role: MembershipRole.ANALYST, since: '2024-02-19' },
  { person: 'qin.liheng', body: 'C-LG', role: MembershipRole.LEADING_GROUP_LEADER, since: '2022-11-01' },
  { person: 'cheng.yalan', body: 'C-LG', role: MembershipRole.LEADING_GROUP_MEMBER, since: '2022-11-01' },
  { person: 'shao.zhenbang', body: 'C-LG', role: MembershipRole.LEADING_GROUP_MEMBER, since: '2020-01-10' },
  { person: 'ren.shuhan', body: 'C-LG', role: MembershipRole.LEADING_GROUP_MEMBER, since: '2023-05-08' },
  { person: 'he.qiming', body: 'C-LG', role: MembershipRole.LEADING_GROUP_MEMBER, since: '2020-01-10', until: '2025-06-30' },
  { person: 'he.qiming', body: 'C-AUD', role: MembershipRole.STAFF, since: '2019-09-01' },
  { person: 'zhong.jingxing', body: 'C-LG', role: MembershipRole.LEADING_GROUP_MEMBER, since: '2021-06-01' },
  { person: 'zhong.jingxing', body: 'C-LG-OFF', role: MembershipRole.OFFICE_COORDINATOR, since: '2021-06-01' },
  { person: 'fang.xiaolan', body: 'C-LG-OFF', role: MembershipRole.OFFICE_COORDINATOR, since: '2022-03-14' },
  { person: 'tang.yifan', body: 'C-LG-OFF', role: MembershipRole.OFFICE_COORDINATOR, since: '2020-08-03' },
  { person: 'yao.siqi', body: 'C-LG-OFF', role: MembershipRole.OFFICE_COORDINATOR, since: '2024-09-02' },
  { person: 'bao.yuning', body: 'C-LG-OFF', role: MembershipRole.STAFF, since: '2025-07-01' },
  { person: 'jiang.weidong', body: 'C-CDI', role: MembershipRole.RECEIVING_MEMBER, since: '2021-02-22' },
  { person: 'ke.jingyi', body: 'C-CDI', role: MembershipRole.RECEIVING_MEMBER, since: '2023-03-06' },
  { person: 'kong.lingyu', body: 'C-CDI', role: MembershipRole.STAFF, since: '2022-07-11' },
  { person: 'kong.lingyu', body: 'C-T07', role: MembershipRole.TEAM_MEMBER, since: '2027-01-01' },
  { person: 'yuan.bowen', body: 'C-ORG', role: MembershipRole.RECEIVING_MEMBER, since: '2020-05-18' },
  { person: 'lin.qing', body: 'C-ORG', role: MembershipRole.RECEIVING_MEMBER, since: '2022-09-05' },
  { person: 'lu.chengzhi', body: 'C-FIN', role: MembershipRole.RECEIVING_MEMBER, since: '2023-01-09' },
  { person: 'peng.suyun', body: 'C-PUB', role: MembershipRole.RECEIVING_MEMBER, since: '2024-04-15' },
  { person: 'qiu.haining', body: 'C-AUD', role: MembershipRole.STAFF, since: '2021-11-01' },
  { person: 'fan.liping', body: 'C-PET', role: MembershipRole.STAFF, since: '2020-06-22' },
  { person: 'ge.xiaodong', body: 'C-CYE', role: MembershipRole.LIAISON, since: '2025-03-10' },
  { person: 'wen.ruoxi', body: 'C-LMU', role: MembershipRole.STAFF, since: '2023-08-28' },
  { person: 'zhou.boyuan', body: 'C-T01', role: MembershipRole.TEAM_MEMBER, since: '2023-02-20' },
  { person: 'shen.yiming', body: 'C-T01', role: MembershipRole.TEAM_MEMBER, since: '2023-02-20' },
  { person: 'lv.jing', body: 'C-T01', role: MembershipRole.TEAM_MEMBER, since: '2024-03-04' },
  { person: 'tao.ziang', body: 'C-T01', role: MembershipRole.TEAM_MEMBER, since: '2025-09-01' },
  { person: 'cao.yuhang', body: 'C-T02', role: MembershipRole.TEAM_MEMBER, since: '2022-06-13' },
  { person: 'ding.mengxi', body: 'C-T02', role: MembershipRole.TEAM_MEMBER, since: '2022-06-13' },
  { person: 'yan.kexin', body: 'C-T02', role: MembershipRole.TEAM_MEMBER, since: '2024-10-08' },
  { person: 'shi.hong', body: 'C-T02', role: MembershipRole.TEAM_MEMBER, since: '2026-03-02' },
  { person: 'jia.liqun', body: 'C-T03', role: MembershipRole.TEAM_MEMBER, since: '2021-09-06' },
  { person: 'song.jiayi', body: 'C-T03', role: MembershipRole.TEAM_MEMBER, since: '2023-04-17' },
  { person: 'ma.zhicheng', body: 'C-T03', role: MembershipRole.TEAM_MEMBER, since: '2019-11-04', until: '2025-01-31' },
  { person: 'wei.changfeng', body: 'C-T05', role: MembershipRole.TEAM_MEMBER, since: '2020-10-12' },
  { person: 'xia.muyang', body: 'C-T05', role: MembershipRole.TEAM_MEMBER, since: '2022-01-17' },
  { person: 'luo.wenxuan', body: 'C-T08', role: MembershipRole.TEAM_MEMBER, since: '2025-04-07' },
  { person: 'nie.huaijin', body: 'C-LG', role: MembershipRole.STAFF, since: '2023-06-01' },
  { person: 'tan.jincheng', body: 'C-LG', role: MembershipRole.STAFF, since: '2024-01-02' },
  { person: 'huang.zhengdong', body: 'C-LG', role: MembershipRole.STAFF, since: '2024-01-02' },
  { person: 'lu.chengyu', body: 'P-QC', role: MembershipRole.COMMITTEE_LEADER, since: '2021-12-03' },
  { person: 'hua.zhensheng', body: 'P-QC', role: MembershipRole.COMMITTEE_LEADER, since: '2023-01-16' },
  { person: 'miao.jiahui', body: 'P-QC', role: MembershipRole.ROSTER_ADMIN, since: '2022-05-09' },
  { person: 'xiang.wenjing', body: 'P-QC', role: MembershipRole.ANALYST, since: '2024-03-11' },
  { person: 'qi.hongfei', body: 'P-QC-LG', role: MembershipRole.LEADING_GROUP_LEADER, since: '2022-01-20' },
  { person: 'bai.xuesong', body: 'P-QC-LG', role: MembershipRole.LEADING_GROUP_MEMBER, since: '2022-01-20' },
  { person: 'pang.jianye', body: 'P-QC-LG', role: MembershipRole.LEADING_GROUP_MEMBER, since: '2021-04-06' },
  { person: 'pang.jianye', body: 'P-QC-LG-OFF', role: MembershipRole.OFFICE_COORDINATOR, since: '2021-04-06' },
  { person: 'teng.xiaowen', body: 'P-QC-LG-OFF', role: MembershipRole.OFFICE_COORDINATOR, since: '2023-08-21' },
  { person: 'huo.zimo', body: 'P-QC-LG-OFF', role: MembershipRole.OFFICE_COORDINATOR, since: '2024-12-02' },
  { person: 'chu.tianxiang', body: 'P-QC-T1', role: MembershipRole.TEAM_MEMBER, since: '2023-03-13' },
  { person: 'shan.yuqing', body: 'P-QC-T1', role: MembershipRole.TEAM_MEMBER, since: '2025-02-24' },
  { person: 'gan.lu', body: 'P-QC-T2', role: MembershipRole.TEAM_MEMBER, since: '2022-09-19' },
  { person: 'ran.sicheng', body: 'P-QC-T2', role: MembershipRole.TEAM_MEMBER, since: '2024-06-03' },
  { person: 'fu.jianjun', body: 'P-QC-CDI', role: MembershipRole.RECEIVING_MEMBER, since: '2022-02-14' },
  { person: 'qin.hui', body: 'P-QC-ORG', role: MembershipRole.RECEIVING_MEMBER, since: '2023-10-09' },
  { person: 'sheng.guoliang', body: 'P-QC-AUD', role: MembershipRole.STAFF, since: '2021-07-01' },
  { person: 'xiao.huairen', body: 'P-QC-GOV', role: MembershipRole.LIAISON, since: '2024-05-06' },
  { person: 'lu.minghui', body: 'P-QC-LX', role: MembershipRole.LIAISON, since: '2025-05-12' },
  { person: 'zhan.wei', body: 'P-QC-LX', role: MembershipRole.STAFF, since: '2021-10-25' },
  { person: 'qi.zhenggang', body: 'P-QC-LG', role: MembershipRole.STAFF, since: '2024-01-08' },
  { person: 'du.mingzhe', body: 'P-YL', role: MembershipRole.COMMITTEE_LEADER, since: '2020-11-30' },
  { person: 'yin.qiulan', body: 'P-YL', role: MembershipRole.COMMITTEE_LEADER, since: '2022-01-24' },
  { person: 'lian.zhigang', body: 'P-YL', role: MembershipRole.ROSTER_ADMIN, since: '2021-08-16' },
  { person: 'zhi.yaqin', body: 'P-YL', role: MembershipRole.ANALYST, since: '2025-04-21' },
  { person: 'jiang.yuanfan', body: 'P-YL-LG', role: MembershipRole.LEADING_GROUP_LEADER, since: '2021-03-22' },
  { person: 'sima.jin', body: 'P-YL-LG', role: MembershipRole.LEADING_GROUP_MEMBER, since: '2021-03-22' },
  { person: 'bao.haitao', body: 'P-YL-LG', role: MembershipRole.LEADING_GROUP_MEMBER, since: '2022-07-04' },
  { person: 'bao.haitao', body: 'P-YL-LG-OFF', role: MembershipRole.OFFICE_COORDINATOR, since: '2022-07-04' },
  { person: 'gong.wenli', body: 'P-YL-LG-OFF', role: MembershipRole.OFFICE_COORDINATOR, since: '2023-11-13' },
  { person: 'che.junhao', body: 'P-YL-T1', role: MembershipRole.TEAM_MEMBER, since: '2022-10-10' },
  { person: 'wu.xiaolin', body: 'P-YL-T3', role: MembershipRole.TEAM_MEMBER, since: '2025-03-03' },
  { person: 'kuang.zhiyuan', body: 'P-YL-CDI', role: MembershipRole.RECEIVING_MEMBER, since: '2023-06-19' },
  { person: 'chai.wenbin', body: 'P-YL-AUD', role: MembershipRole.STAFF, since: '2022-12-05' },
  { person: 'lan.ruoxi', body: 'P-YL-GOV', role: MembershipRole.LIAISON, since: '2024-08-26' },
  { person: 'dai.jingbo', body: 'P-YL-CP', role: MembershipRole.LIAISON, since: '2025-06-16' },
  { person: 'hong.qihang', body: 'P-YL-CP', role: MembershipRole.STAFF, since: '2022-03-28' },
  { person: 'ou.zhenhua', body: 'P-DL', role: MembershipRole.COMMITTEE_LEADER, since: '2021-05-17' },
  { person: 'feng.liyan', body: 'P-DL', role: MembershipRole.COMMITTEE_LEADER, since: '2023-02-06' },
  { person: 'feng.haiyan', body: 'P-DL', role: MembershipRole.ROSTER_ADMIN, since: '2020-09-14' },
  { person: 'luo.jinan', body: 'P-DL-LG', role: MembershipRole.LEADING_GROUP_LEADER, since: '2022-04-11' },
  { person: 'qian.mubai', body: 'P-DL-LG', role: MembershipRole.LEADING_GROUP_MEMBER, since: '2023-09-25' },
  { person: 'yin.hongxia', body: 'P-DL-LG', role: MembershipRole.LEADING_GROUP_MEMBER, since: '2022-04-11' },
  { person: 'wu.xuejun', body: 'P-DL-LG', role: MembershipRole.LEADING_GROUP_MEMBER, since: '2021-01-18' },
  { person: 'wu.xuejun', body: 'P-DL-LG-OFF', role: MembershipRole.OFFICE_COORDINATOR, since: '2021-01-18' },
  { person: 'pu.jiaqi', body: 'P-DL-LG-OFF', role: MembershipRole.OFFICE_COORDINATOR, since: '2024-07-08' },
  { person: 'chou.lifeng', body: 'P-DL-T2', role: MembershipRole.TEAM_MEMBER, since: '2023-05-22' },
  { person: 'xing.yutong', body: 'P-DL-T2', role: MembershipRole.TEAM_MEMBER, since: '2025-08-18' },
  { person: 'sang.xiaofeng', body: 'P-DL-CDI', role: MembershipRole.RECEIVING_MEMBER, since: '2022-11-07' },
  { person: 'jin.guoqiang', body: 'P-DL-ORG', role: MembershipRole.RECEIVING_MEMBER, since: '2024-02-26' },
  { person: 'jing.shumin', body: 'P-DL-NPC', role: MembershipRole.LIAISON, since: '2025-01-13' },
  { person: 'zhai.hongliang', body: 'P-DL-CPPCC', role: MembershipRole.LIAISON, since: '2025-01-13' },
  { person: 'wei.zhengyang', body: 'P-DL-CW', role: MembershipRole.STAFF, since: '2023-12-18' },
];

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { login: 'admin', person: 'xu.wentao', role: 'Roster administrator of the central committee (sees everything on the rosters, no inspection records)' },
  { login: 'qc.admin', person: 'miao.jiahui', role: 'Roster administrator of the Qingchuan provincial committee (Qingchuan rosters only)' },
  { login: 'yl.admin', person: 'lian.zhigang', role: 'Roster administrator of the Yunling provincial committee (cannot see Qingchuan or Donglan)' },
  { login: 'analyst', person: 'tian.siyuan', role: 'Analyst of the central committee (read-only queries and summaries everywhere, no informant identity)' },
  { login: 'qc.analyst', person: 'xiang.wenjing', role: 'Analyst of the Qingchuan provincial committee (read-only, Qingchuan only)' },
  { login: 'leader', person: 'zheng.huaiyuan', role: 'Committee leader of the central committee (reads summaries only)' },
  { login: 'qc.leader', person: 'lu.chengyu', role: 'Committee leader of the Qingchuan provincial committee (Qingchuan summaries only)' },
  { login: 'lg.leader', person: 'qin.liheng', role: 'Leader of the central inspection leading group (all inspection records, approves plans, hears reports)' },
  { login: 'lg.member', person: 'cheng.yalan', role: 'Member (deputy leader) of the central inspection leading group' },
  { login: 'office', person: 'fang.xiaolan', role: 'Office coordinator in the central leading-group office (runs rounds and assignments)' },
  { login: 'team1', person: 'zhou.boyuan', role: 'Team member of central inspection team 1 (works on its open assignments)' },
  { login: 'qc.team', person: 'chu.tianxiang', role: 'Team member of Qingchuan provincial inspection team 1' },
  { login: 'teamlead', person: 'ouyang.zhengqing', role: "Team leader by grant only (一次一授权): leads central team 1's open inspection of the Qingchuan government party group, no team membership" },
  { login: 'liaison', person: 'xiao.huairen', role: 'Liaison of the Qingchuan provincial government party group (feedback and rectification addressed to it)' },
  { login: 'receiver', person: 'jiang.weidong', role: 'Receiving member of the central discipline commission (matters transferred to it)' },
  { login: 'staff', person: 'fan.liping', role: 'Staff of the national petition bureau (sees only its own reporting line)' },
  { login: 'future', person: 'kong.lingyu', role: 'Discipline-commission staff whose membership of central team 7 starts on 2027-01-01' },
  { login: 'expired', person: 'ma.zhicheng', role: 'Former member of central team 3 whose only membership ended on 2025-01-31 (no current role)' },
];

/** Proposals waiting for a decision: roles that read inspection records wait for a leading-group leader. */
export const DEMO_PROPOSALS: DemoProposal[] = [
  { person: 'hou.jianping', body: 'C-T02', role: MembershipRole.TEAM_MEMBER, since: '2026-11-16', proposedBy: 'admin' },
  { person: 'zhuo.yunfei', body: 'P-QC-T2', role: MembershipRole.TEAM_MEMBER, since: '2026-11-23', proposedBy: 'qc.admin' },
];

/** Team-leader pools (组长库) of the leading groups. */
export const DEMO_POOL: DemoPoolEntry[] = [
  { person: 'ouyang.zhengqing', leadingGroup: 'C-LG', since: '2024-01-02', note: '曾任省级党委专职副书记，长期从事纪检监察工作，熟悉巡视业务' },
  { person: 'meng.dehou', leadingGroup: 'C-LG', since: '2019-06-03', note: '曾任中央国家机关部门党组书记，多次担任中央巡视组组长' },
  { person: 'xue.lanzhi', leadingGroup: 'C-LG', since: '2021-09-01', note: '曾任省级纪委书记，熟悉干部监督和选人用人专项检查' },
  { person: 'qi.yuanshan', leadingGroup: 'C-LG', since: '2020-03-16', note: '曾任副省长，熟悉经济、金融领域，适合带队巡视中管金融企业' },
  { person: 'nie.huaijin', leadingGroup: 'C-LG', since: '2023-06-01', note: '曾任省级人大常委会党组书记，熟悉地方治理和人大工作' },
  { person: 'tan.jincheng', leadingGroup: 'C-LG', since: '2024-01-02', note: '曾任中央纪委副书记，审查调查和案件审理经验丰富' },
  { person: 'huang.zhengdong', leadingGroup: 'C-LG', since: '2024-01-02', note: '曾任审计署副审计长，擅长经济责任审计和国有企业监督' },
  { person: 'hou.jianping', leadingGroup: 'C-LG', since: '2022-05-09', note: '曾任中央组织部副部长，熟悉干部选拔任用和基层党建' },
  { person: 'qi.zhenggang', leadingGroup: 'P-QC-LG', since: '2024-01-08', note: '曾任设区市市委书记，熟悉基层党建和市县治理' },
  { person: 'luo.deming', leadingGroup: 'P-QC-LG', since: '2022-03-01', note: '曾任省纪委副书记，熟悉纪检监察业务' },
  { person: 'zhuo.yunfei', leadingGroup: 'P-QC-LG', since: '2025-02-17', note: '曾任省审计厅厅长，擅长财经领域监督' },
  { person: 'su.tiecheng', leadingGroup: 'P-YL-LG', since: '2021-04-12', note: '曾任省委组织部常务副部长，熟悉干部工作' },
  { person: 'guan.hongmei', leadingGroup: 'P-YL-LG', since: '2023-07-03', note: '曾任省直机关工委书记，熟悉机关党建和作风建设' },
  { person: 'yan.shouzheng', leadingGroup: 'P-DL-LG', since: '2022-06-20', note: '曾任设区市市委书记，多次担任省委巡视组组长' },
  { person: 'jin.yuxiu', leadingGroup: 'P-DL-LG', since: '2024-09-09', note: '曾任省审计厅副厅长，熟悉国有企业和财政资金监督' },
];

