/**
 * The reporting tree and the people of a generated dataset: the central inspection system and the
 * provincial ones, each with its committee, leading group, office, teams and the departments that
 * brief teams and receive transferred matters, and below each province its departments, units,
 * cities and counties. People hold the roles the domain names; the rest are cadres of the bodies
 * that can be inspected, managed by the committee above them.
 */
import { Account } from '../modules/account/account.entity';
import { Body } from '../modules/body/body.entity';
import { BodyKind, BodyLevel } from '../modules/body/body.enums';
import { Membership } from '../modules/membership/membership.entity';
import { MembershipRole } from '../modules/membership/membership-role';
import { Person } from '../modules/person/person.entity';
import { CadreRank } from '../modules/person/person.enums';
import { PoolEntry } from '../modules/pool/pool-entry.entity';
import { childPath } from '../scope/paths';
import { seeded } from '../demo/demo-inspections';
import { chineseNumeral } from '../documents/inspection-documents';
import type { TableWriter } from './bulk-load';
import { addDays, type Clock } from './dates';
import { personName, placeNames, type PlaceName } from './names';
import type { Profile } from './profile';

type Rng = ReturnType<typeof seeded>;

export interface SeedBody {
  id: number;
  code: string;
  name: string;
  kind: BodyKind;
  scopePath: string;
}

export interface SeedPerson {
  id: number;
  scopePath: string;
}

/** A cadre whose conduct a finding may concern, and the committee that manages them (where matters about them go). */
export interface Cadre extends SeedPerson {
  managingCommittee: SeedBody;
}

/** A committee and its departments that receive transferred matters. */
export interface Committee {
  body: SeedBody;
  disciplineCommission: SeedBody;
  organisationDepartment: SeedBody;
}

export interface InspectionSystem {
  committee: Committee;
  auditOffice: SeedBody;
  petitionBureau: SeedBody;
  leadingGroup: SeedBody;
  office: SeedBody;
  teams: SeedBody[];
  /** What its leading group may send its teams to inspect. */
  targets: SeedBody[];
  /** Each team's roster, by team id; the first of each is always staffed. */
  teamMembers: Map<number, SeedPerson[]>;
  /** The team-leader pool (组长库). */
  pool: SeedPerson[];
  central: boolean;
}

/** Who the bench logins are, per inspection system. */
interface KeyPeople {
  leader: SeedPerson;
  admin: SeedPerson;
  analyst: SeedPerson;
  groupLeader: SeedPerson;
  coordinator: SeedPerson;
  teamMember: SeedPerson;
}

export interface SeedLogin {
  login: string;
  /** What the login demonstrates, in English. */
  role: string;
}

export interface Roster {
  systems: InspectionSystem[];
  /** Every committee with its receiving departments, by the committee's body id. */
  committees: Map<number, Committee>;
  /** Cadres employed by each body that can be inspected, by body id. */
  cadres: Map<number, Cadre[]>;
  logins: SeedLogin[];
}

export interface RosterTables {
  bodies: TableWriter<Body>;
  people: TableWriter<Person>;
  memberships: TableWriter<Membership>;
  accounts: TableWriter<Account>;
  pool: TableWriter<PoolEntry>;
}

const CENTRAL_DEPARTMENTS: ReadonlyArray<readonly [string, string]> = [
  ['财经事务协调', 'Financial Affairs Coordination'],
  ['公共资源监管', 'Public Resource Oversight'],
  ['区域发展统筹', 'Regional Development'],
  ['科技创新促进', 'Innovation Promotion'],
  ['生态安全督导', 'Ecological Security'],
  ['社会治理协调', 'Social Governance'],
  ['数字经济推进', 'Digital Economy'],
  ['民生保障协调', 'Livelihood Security'],
  ['国有资本监管', 'State Capital Oversight'],
  ['对外合作联络', 'External Cooperation'],
  ['文化传承促进', 'Cultural Heritage'],
  ['应急统筹协调', 'Emergency Coordination'],
];
const UNIT_KINDS: ReadonlyArray<readonly [string, string]> = [
  ['能源集团有限公司党组', 'Party Group of {en} Energy Group Co., Ltd.'],
  ['航运集团有限公司党组', 'Party Group of {en} Shipping Group Co., Ltd.'],
  ['投资控股集团党委', 'Party Committee of {en} Investment Holding Group'],
  ['理工大学党委', 'Party Committee of {en} University of Technology'],
  ['师范大学党委', 'Party Committee of {en} Normal University'],
  ['电子信息集团党组', 'Party Group of {en} Electronics and Information Group'],
  ['建设工程集团党委', 'Party Committee of {en} Construction Engineering Group'],
  ['医科大学党委', 'Party Committee of {en} Medical University'],
];
const PROVINCIAL_DEPARTMENTS: ReadonlyArray<readonly [string, string]> = [
  ['发展和改革委员会', 'Development and Reform Commission'],
  ['财政厅', 'Department of Finance'],
  ['交通运输厅', 'Department of Transport'],
  ['自然资源厅', 'Department of Natural Resources'],
  ['住房和城乡建设厅', 'Department of Housing and Urban-Rural Development'],
  ['教育厅', 'Department of Education'],
  ['卫生健康委员会', 'Health Commission'],
  ['农业农村厅', 'Department of Agriculture and Rural Affairs'],
  ['水利厅', 'Department of Water Resources'],
  ['商务厅', 'Department of Commerce'],
  ['民政厅', 'Department of Civil Affairs'],
  ['生态环境厅', 'Department of Ecology and Environment'],
];
const PROVINCIAL_UNITS: ReadonlyArray<readonly [string, string]> = [
  ['能源投资集团有限公司党委', 'Party Committee of {en} Energy Investment Group Co., Ltd.'],
  ['交通投资集团有限公司党委', 'Party Committee of {en} Transport Investment Group Co., Ltd.'],
  ['大学党委', 'Party Committee of {en} University'],
  ['农村信用社联合社党委', 'Party Committee of the {en} Rural Credit Union'],
  ['文化旅游投资集团党委', 'Party Committee of {en} Culture and Tourism Investment Group'],
  ['科技学院党委', 'Party Committee of {en} Institute of Technology'],
];

/** Positions and ranks of the cadres of an inspected body, by its level. */
const CADRE_POSTS: Record<BodyLevel, { positions: string[]; ranks: CadreRank[] }> = {
  [BodyLevel.CENTRAL]: {
    positions: ['党组书记', '党组成员、副主任', '司长', '副司长', '总经理', '副总经理', '党委书记', '副校长'],
    ranks: [CadreRank.DEPUTY_MINISTERIAL, CadreRank.BUREAU, CadreRank.DEPUTY_BUREAU],
  },
  [BodyLevel.PROVINCIAL]: {
    positions: ['党组书记、厅长', '党组成员、副厅长', '处长', '副处长', '董事长', '副总经理', '党委副书记'],
    ranks: [CadreRank.BUREAU, CadreRank.DEPUTY_BUREAU, CadreRank.DIVISION],
  },
  [BodyLevel.MUNICIPAL]: {
    positions: ['市委书记', '市长', '市委常委', '副市长', '市委秘书长'],
    ranks: [CadreRank.BUREAU, CadreRank.DEPUTY_BUREAU],
  },
  [BodyLevel.COUNTY]: {
    positions: ['县委书记', '县长', '县委常委', '副县长', '县委办公室主任'],
    ranks: [CadreRank.DIVISION, CadreRank.DEPUTY_DIVISION, CadreRank.SECTION],
  },
};

const fillName = (template: string, en: string) => template.replace('{en}', en);

type Names = readonly [zh: string, en: string];
interface SystemNames {
  committee: Names;
  disciplineCommission: Names;
  organisationDepartment: Names;
  auditOffice: Names;
  petitionBureau: Names;
  leadingGroup: Names;
  office: Names;
  team(n: number): Names;
}

const CENTRAL_NAMES: SystemNames = {
  committee: ['中共中央', 'Central Committee of the Communist Party of China'],
  disciplineCommission: ['中央纪律检查委员会', 'Central Commission for Discipline Inspection'],
  organisationDepartment: ['中央组织部', 'Organisation Department of the Central Committee'],
  auditOffice: ['审计署', 'National Audit Office'],
  petitionBureau: ['国家信访局', 'National Public Complaints and Proposals Administration'],
  leadingGroup: ['中央巡视工作领导小组', 'Central Inspection Work Leading Group'],
  office: ['中央巡视工作领导小组办公室', 'Office of the Central Inspection Work Leading Group'],
  team: (n) => [`中央第${chineseNumeral(n)}巡视组`, `Central Inspection Team No. ${n}`],
};

function provincialNames({ zh, en }: PlaceName): SystemNames {
  return {
    committee: [`中共${zh}省委`, `${en} Provincial Party Committee`],
    disciplineCommission: [`中共${zh}省纪律检查委员会`, `${en} Provincial Commission for Discipline Inspection`],
    organisationDepartment: [`中共${zh}省委组织部`, `Organisation Department of the ${en} Provincial Party Committee`],
    auditOffice: [`${zh}省审计厅`, `${en} Provincial Audit Office`],
    petitionBureau: [`${zh}省信访局`, `${en} Provincial Petition Bureau`],
    leadingGroup: [`${zh}省委巡视工作领导小组`, `${en} Provincial Inspection Work Leading Group`],
    office: [`${zh}省委巡视工作领导小组办公室`, `Office of the ${en} Provincial Inspection Work Leading Group`],
    team: (n) => [`${zh}省委第${chineseNumeral(n)}巡视组`, `${en} Provincial Inspection Team No. ${n}`],
  };
}

export function generateRoster(profile: Profile, tables: RosterTables, clock: Clock, rng: Rng, passwordHash: string): Roster {
  const nextPlace = placeNames(rng);
  /** Memberships and pool entries began long before the first round, so every role held throughout. */
  const longAgo = () => addDays(clock.asOf, -(profile.years + 1) * 366 - rng.int(0, 400));

  const body = (
    parent: SeedBody | null,
    code: string,
    name: string,
    nameEn: string,
    kind: BodyKind,
    level: BodyLevel,
    hostedBy?: SeedBody,
  ): SeedBody => {
    const id = tables.bodies.nextId;
    const scopePath = childPath(parent?.scopePath ?? null, id);
    tables.bodies.add({
      ...clock.stamp(longAgo()),
      code,
      name,
      nameEn,
      kind,
      level,
      reportsToId: parent?.id ?? null,
      hostedById: hostedBy?.id ?? null,
      retiredOn: null,
      scopePath,
    });
    return { id, code, name, kind, scopePath };
  };

  const person = (
    employer: SeedBody,
    managedBy: SeedBody,
    position: string,
    rank: CadreRank,
    roles: Array<[MembershipRole, SeedBody]>,
  ): SeedPerson => {
    const id = tables.people.nextId;
    const since = longAgo();
    const birth = addDays('1960-01-01', rng.int(0, 30 * 365)).replaceAll('-', '');
    const idNumber = `99${String(employer.id % 10000).padStart(4, '0')}${birth}${String(id % 1000).padStart(3, '0')}${rng.int(0, 9)}`;
    tables.people.add({
      ...clock.stamp(since),
      name: personName(rng),
      position,
      rank,
      employerId: employer.id,
      managedById: managedBy.id,
      idNumber,
      retiredOn: null,
      scopePath: employer.scopePath,
    });
    for (const [role, at] of roles)
      tables.memberships.add({ ...clock.stamp(since), personId: id, bodyId: at.id, role, since, until: null, scopePath: at.scopePath });
    return { id, scopePath: employer.scopePath };
  };

  const systems: InspectionSystem[] = [];
  const committees: Committee[] = [];
  /** Cadres to place, with the committee whose organisation department manages them. */
  const inspectable: Array<{ body: SeedBody; level: BodyLevel; managedBy: Committee }> = [];

  /** The bodies every inspection system has: committee, the four that brief teams, leading group, office, teams. */
  const system = (parent: SeedBody | null, prefix: string, names: SystemNames, level: BodyLevel, teamCount: number, central: boolean) => {
    const committeeBody = body(parent, prefix, ...names.committee, BodyKind.PARTY_COMMITTEE, level);
    const cdi = body(committeeBody, `${prefix}-CDI`, ...names.disciplineCommission, BodyKind.DISCIPLINE_COMMISSION, level);
    const org = body(committeeBody, `${prefix}-ORG`, ...names.organisationDepartment, BodyKind.ORGANISATION_DEPARTMENT, level);
    const aud = body(committeeBody, `${prefix}-AUD`, ...names.auditOffice, BodyKind.AUDIT_OFFICE, level);
    const pet = body(committeeBody, `${prefix}-PET`, ...names.petitionBureau, BodyKind.PETITION_BUREAU, level);
    const lg = body(committeeBody, `${prefix}-LG`, ...names.leadingGroup, BodyKind.LEADING_GROUP, level);
    const office = body(lg, `${prefix}-LG-OFF`, ...names.office, BodyKind.OFFICE, level, cdi);
    const teams = Array.from({ length: teamCount }, (_, i) =>
      body(lg, `${prefix}-T${String(i + 1).padStart(central ? 2 : 1, '0')}`, ...names.team(i + 1), BodyKind.INSPECTION_TEAM, level),
    );
    const committee = { body: committeeBody, disciplineCommission: cdi, organisationDepartment: org };
    committees.push(committee);
    const s: InspectionSystem = {
      committee,
      auditOffice: aud,
      petitionBureau: pet,
      leadingGroup: lg,
      office,
      teams,
      targets: [],
      teamMembers: new Map(),
      pool: [],
      central,
    };
    systems.push(s);
    return s;
  };

  // ---- The tree ---------------------------------------------------------------------------------
  const centre = system(null, 'C', CENTRAL_NAMES, BodyLevel.CENTRAL, profile.centralTeams, true);
  const centralCommittee = centre.committee;
  for (let i = 0; i < profile.centralDepartments; i++) {
    const [zh, en] = CENTRAL_DEPARTMENTS[i % CENTRAL_DEPARTMENTS.length];
    const round = Math.floor(i / CENTRAL_DEPARTMENTS.length);
    const d = body(
      centralCommittee.body,
      `C-D${String(i + 1).padStart(2, '0')}`,
      `中央${zh}${round ? `第${chineseNumeral(round + 1)}` : ''}部`,
      `Central Department for ${en}${round ? ` ${round + 1}` : ''}`,
      BodyKind.FUNCTIONAL_DEPARTMENT,
      BodyLevel.CENTRAL,
    );
    inspectable.push({ body: d, level: BodyLevel.CENTRAL, managedBy: centralCommittee });
    centre.targets.push(d);
  }
  for (let i = 0; i < profile.centralUnits; i++) {
    const place = nextPlace();
    const [zh, en] = UNIT_KINDS[i % UNIT_KINDS.length];
    const u = body(
      centralCommittee.body,
      `C-U${String(i + 1).padStart(2, '0')}`,
      place.zh + zh,
      fillName(en, place.en),
      BodyKind.OTHER_UNIT,
      BodyLevel.CENTRAL,
    );
    inspectable.push({ body: u, level: BodyLevel.CENTRAL, managedBy: centralCommittee });
    centre.targets.push(u);
  }

  for (let p = 1; p <= profile.provinces; p++) {
    const place = nextPlace();
    const code = `P${String(p).padStart(2, '0')}`;
    const province = system(centralCommittee.body, code, provincialNames(place), BodyLevel.PROVINCIAL, profile.teamsPerProvince, false);
    const committee = province.committee.body;
    const groups = [
      body(
        committee,
        `${code}-GOV`,
        `${place.zh}省人民政府党组`,
        `Party Group of the ${place.en} Provincial People's Government`,
        BodyKind.GOVERNMENT_PARTY_GROUP,
        BodyLevel.PROVINCIAL,
      ),
      body(
        committee,
        `${code}-NPC`,
        `${place.zh}省人大常委会党组`,
        `Party Group of the Standing Committee of the ${place.en} Provincial People's Congress`,
        BodyKind.CONGRESS_PARTY_GROUP,
        BodyLevel.PROVINCIAL,
      ),
      body(
        committee,
        `${code}-CPPCC`,
        `政协${place.zh}省委员会党组`,
        `Party Group of the ${place.en} Provincial Committee of the CPPCC`,
        BodyKind.CPPCC_PARTY_GROUP,
        BodyLevel.PROVINCIAL,
      ),
    ];
    // The centre inspects the provincial committee and its three party groups; their leaders are centrally managed.
    for (const g of [committee, ...groups]) {
      centre.targets.push(g);
      inspectable.push({ body: g, level: BodyLevel.PROVINCIAL, managedBy: centralCommittee });
    }
    for (let i = 0; i < profile.provincialDepartments; i++) {
      const [dzh, den] = PROVINCIAL_DEPARTMENTS[i % PROVINCIAL_DEPARTMENTS.length];
      const d = body(
        committee,
        `${code}-D${String(i + 1).padStart(2, '0')}`,
        `${place.zh}省${dzh}党组`,
        `Party Group of the ${place.en} Provincial ${den}`,
        BodyKind.FUNCTIONAL_DEPARTMENT,
        BodyLevel.PROVINCIAL,
      );
      province.targets.push(d);
      inspectable.push({ body: d, level: BodyLevel.PROVINCIAL, managedBy: province.committee });
    }
    for (let i = 0; i < profile.provincialUnits; i++) {
      const [uzh, uen] = PROVINCIAL_UNITS[i % PROVINCIAL_UNITS.length];
      const u = body(
        committee,
        `${code}-U${i + 1}`,
        `${place.zh}${uzh}`,
        fillName(uen, place.en),
        BodyKind.OTHER_UNIT,
        BodyLevel.PROVINCIAL,
      );
      province.targets.push(u);
      inspectable.push({ body: u, level: BodyLevel.PROVINCIAL, managedBy: province.committee });
    }
    for (let c = 1; c <= profile.citiesPerProvince; c++) {
      const cityName = nextPlace();
      const cityCode = `${code}-C${c}`;
      const city = body(
        committee,
        cityCode,
        `中共${cityName.zh}市委`,
        `${cityName.en} Municipal Party Committee`,
        BodyKind.PARTY_COMMITTEE,
        BodyLevel.MUNICIPAL,
      );
      const cityCommittee: Committee = {
        body: city,
        disciplineCommission: body(
          city,
          `${cityCode}-CDI`,
          `中共${cityName.zh}市纪律检查委员会`,
          `${cityName.en} Municipal Commission for Discipline Inspection`,
          BodyKind.DISCIPLINE_COMMISSION,
          BodyLevel.MUNICIPAL,
        ),
        organisationDepartment: body(
          city,
          `${cityCode}-ORG`,
          `中共${cityName.zh}市委组织部`,
          `Organisation Department of the ${cityName.en} Municipal Party Committee`,
          BodyKind.ORGANISATION_DEPARTMENT,
          BodyLevel.MUNICIPAL,
        ),
      };
      committees.push(cityCommittee);
      province.targets.push(city);
      inspectable.push({ body: city, level: BodyLevel.MUNICIPAL, managedBy: province.committee });
      for (let k = 1; k <= profile.countiesPerCity; k++) {
        const countyName = nextPlace();
        const county = body(
          city,
          `${cityCode}-K${k}`,
          `中共${countyName.zh}县委`,
          `${countyName.en} County Party Committee`,
          BodyKind.PARTY_COMMITTEE,
          BodyLevel.COUNTY,
        );
        province.targets.push(county);
        // County leaders are managed by the city above them.
        inspectable.push({ body: county, level: BodyLevel.COUNTY, managedBy: cityCommittee });
      }
    }
  }

  // ---- People who hold the roles ------------------------------------------------------------------
  const R = MembershipRole;
  const keyPeople = new Map<InspectionSystem, KeyPeople>();
  for (const s of systems) {
    const { body: committee, disciplineCommission: cdi, organisationDepartment: manager } = s.committee;
    const top = s.central ? CadreRank.DEPUTY_NATIONAL : CadreRank.MINISTERIAL;
    // Members of a provincial committee are managed by the centre.
    const leaderManager = s.central ? manager : centralCommittee.organisationDepartment;
    const leader = person(committee, leaderManager, s.central ? '中央政治局委员' : '省委书记', top, [[R.COMMITTEE_LEADER, committee]]);
    for (let i = 0; i < 2; i++)
      person(committee, leaderManager, s.central ? '中央政治局委员' : '省委常委', CadreRank.DEPUTY_MINISTERIAL, [
        [R.COMMITTEE_LEADER, committee],
      ]);
    const admin = person(committee, manager, '干部名册管理员', CadreRank.DEPUTY_DIVISION, [[R.ROSTER_ADMIN, committee]]);
    const analyst = person(committee, manager, '综合分析处干部', CadreRank.DIVISION, [[R.ANALYST, committee]]);
    person(committee, manager, '综合分析处干部', CadreRank.DEPUTY_DIVISION, [[R.ANALYST, committee]]);
    const groupLeader = person(cdi, manager, '纪委书记、巡视工作领导小组组长', top, [[R.LEADING_GROUP_LEADER, s.leadingGroup]]);
    for (let i = 0; i < 3; i++)
      person(s.leadingGroup, manager, '巡视工作领导小组成员', CadreRank.DEPUTY_MINISTERIAL, [[R.LEADING_GROUP_MEMBER, s.leadingGroup]]);
    const coordinator = person(s.office, manager, '巡视办主任', CadreRank.BUREAU, [[R.OFFICE_COORDINATOR, s.office]]);
    for (let i = 0; i < 2; i++) person(s.office, manager, '巡视办干部', CadreRank.DIVISION, [[R.OFFICE_COORDINATOR, s.office]]);
    for (const team of s.teams) {
      const roster = Array.from({ length: profile.membersPerTeam }, (_, i) =>
        person(team, manager, i === 0 ? '巡视组副组长' : '巡视组组员', i === 0 ? CadreRank.BUREAU : CadreRank.DIVISION, [
          [R.TEAM_MEMBER, team],
        ]),
      );
      s.teamMembers.set(team.id, roster);
    }
    s.pool = Array.from({ length: 3 * s.teams.length }, () =>
      person(s.leadingGroup, manager, '巡视组组长库成员', s.central ? CadreRank.MINISTERIAL : CadreRank.BUREAU, [
        [R.STAFF, s.leadingGroup],
      ]),
    );
    for (const poolMember of s.pool) {
      const since = longAgo();
      tables.pool.add({
        ...clock.stamp(since),
        personId: poolMember.id,
        leadingGroupId: s.leadingGroup.id,
        since,
        note: '曾任领导职务，熟悉纪检监察和巡视业务',
        retiredOn: null,
        scopePath: s.leadingGroup.scopePath,
      });
    }
    person(s.auditOffice, manager, '经济责任审计处干部', CadreRank.DIVISION, [[R.STAFF, s.auditOffice]]);
    person(s.petitionBureau, manager, '来信办理处干部', CadreRank.DIVISION, [[R.STAFF, s.petitionBureau]]);
    keyPeople.set(s, { leader, admin, analyst, groupLeader, coordinator, teamMember: s.teamMembers.get(s.teams[0].id)![0] });
  }
  const receivers = new Map<number, SeedPerson>();
  for (const c of committees) {
    for (const department of [c.disciplineCommission, c.organisationDepartment]) {
      receivers.set(
        department.id,
        person(department, c.organisationDepartment, '审查调查室主任', CadreRank.DIVISION, [[R.RECEIVING_MEMBER, department]]),
      );
      person(department, c.organisationDepartment, '审查调查室干部', CadreRank.DEPUTY_DIVISION, [[R.RECEIVING_MEMBER, department]]);
    }
  }
  const liaisons = new Map<number, SeedPerson>();
  for (const { body: b, managedBy } of inspectable) {
    liaisons.set(b.id, person(b, managedBy.organisationDepartment, '办公室主任（巡视联络员）', CadreRank.DIVISION, [[R.LIAISON, b]]));
  }
  const firstProvince = systems[1];
  const leafTeam = firstProvince.teams[0];
  const leafAnalyst = person(leafTeam, firstProvince.committee.organisationDepartment, '巡视组综合分析员', CadreRank.DEPUTY_DIVISION, [
    [R.ANALYST, leafTeam],
  ]);

  // ---- Cadres of the inspected bodies, up to the profile's head count ------------------------------
  const cadres = new Map<number, Cadre[]>();
  const cadreCount = Math.max(inspectable.length, profile.people - (tables.people.nextId - 1));
  for (let i = 0; i < cadreCount; i++) {
    const { body: b, level, managedBy } = inspectable[i % inspectable.length];
    const posts = CADRE_POSTS[level];
    const p = person(b, managedBy.organisationDepartment, rng.pick(posts.positions), rng.pick(posts.ranks), [[R.STAFF, b]]);
    cadres.set(b.id, [...(cadres.get(b.id) ?? []), { ...p, managingCommittee: managedBy.body }]);
  }

  // ---- Logins for trying and measuring the system at every level ----------------------------------
  const firstCity = committees.find((c) => c.body.code === `${firstProvince.committee.body.code}-C1`)!;
  const firstCounty = firstProvince.targets.find((t) => t.code === `${firstCity.body.code}-K1`)!;
  const logins: SeedLogin[] = [];
  const account = (login: string, who: SeedPerson, role: string) => {
    tables.accounts.add({
      ...clock.stamp(addDays(clock.asOf, -30)),
      login,
      passwordHash,
      personId: who.id,
      active: true,
      lastLoginAt: null,
      scopePath: who.scopePath,
    });
    logins.push({ login, role });
  };
  for (const [s, prefix, where] of [
    [centre, '', 'the central committee'],
    [firstProvince, `${firstProvince.committee.body.code.toLowerCase()}.`, 'the first province'],
  ] as const) {
    const key = keyPeople.get(s)!;
    account(`${prefix}admin`, key.admin, `Roster administrator of ${where}`);
    account(`${prefix}analyst`, key.analyst, `Analyst of ${where}: every inspection record under it`);
    account(`${prefix}leader`, key.leader, `Committee leader of ${where}: its summaries only`);
    account(`${prefix}lg.leader`, key.groupLeader, `Leader of the leading group of ${where}`);
    account(`${prefix}office`, key.coordinator, `Office coordinator of the leading group of ${where}`);
    account(`${prefix}team`, key.teamMember, `Member of ${s.teams[0].code}, staffed on every inspection it makes`);
    account(
      `${prefix}receiver`,
      receivers.get(s.committee.disciplineCommission.id)!,
      `Receiving member of the discipline commission of ${where}`,
    );
  }
  account(
    `${firstProvince.committee.body.code.toLowerCase()}.liaison`,
    liaisons.get(firstCity.body.id)!,
    `Liaison of the city ${firstCity.body.code}`,
  );
  account('leaf.analyst', leafAnalyst, `Analyst of the single team ${leafTeam.code}: a scope of one body`);
  account('leaf.receiver', receivers.get(firstCity.disciplineCommission.id)!, `Receiving member of ${firstCity.disciplineCommission.code}`);
  account('leaf.liaison', liaisons.get(firstCounty.id)!, `Liaison of the county ${firstCounty.code}`);

  return { systems, committees: new Map(committees.map((c) => [c.body.id, c])), cadres, logins };
}
