import { registerEnumType } from 'type-graphql';

export enum BodyKind {
  PARTY_COMMITTEE = 'PARTY_COMMITTEE',
  LEADING_GROUP = 'LEADING_GROUP',
  OFFICE = 'OFFICE',
  INSPECTION_TEAM = 'INSPECTION_TEAM',
  DISCIPLINE_COMMISSION = 'DISCIPLINE_COMMISSION',
  ORGANISATION_DEPARTMENT = 'ORGANISATION_DEPARTMENT',
  AUDIT_OFFICE = 'AUDIT_OFFICE',
  PETITION_BUREAU = 'PETITION_BUREAU',
  GOVERNMENT_PARTY_GROUP = 'GOVERNMENT_PARTY_GROUP',
  CONGRESS_PARTY_GROUP = 'CONGRESS_PARTY_GROUP',
  CPPCC_PARTY_GROUP = 'CPPCC_PARTY_GROUP',
  FUNCTIONAL_DEPARTMENT = 'FUNCTIONAL_DEPARTMENT',
  OTHER_UNIT = 'OTHER_UNIT',
}

registerEnumType(BodyKind, {
  name: 'BodyKind',
  description: 'What kind of organisation a body is.',
  valuesConfig: {
    PARTY_COMMITTEE: {
      description: 'Party committee (党委) that runs an inspection system, e.g. the Central Committee or a provincial committee.',
    },
    LEADING_GROUP: { description: 'Inspection work leading group (巡视工作领导小组); reports to its committee.' },
    OFFICE: { description: 'Leading-group office (领导小组办公室), hosted by the discipline commission.' },
    INSPECTION_TEAM: { description: 'Inspection team (巡视组); reports to the leading group.' },
    DISCIPLINE_COMMISSION: { description: 'Discipline inspection commission (纪委/监察部).' },
    ORGANISATION_DEPARTMENT: { description: 'Organisation department (组织部).' },
    AUDIT_OFFICE: { description: 'Audit office (审计署/审计厅).' },
    PETITION_BUREAU: { description: 'Petition bureau (信访局).' },
    GOVERNMENT_PARTY_GROUP: { description: 'Party group of a government (政府党组).' },
    CONGRESS_PARTY_GROUP: { description: "Party group of a people's congress standing committee (人大常委会党组)." },
    CPPCC_PARTY_GROUP: { description: 'Party group of a CPPCC committee (政协党组).' },
    FUNCTIONAL_DEPARTMENT: { description: 'Other functional department (职能部门) that may receive transferred matters.' },
    OTHER_UNIT: { description: 'Any other unit the committee names for inspection.' },
  },
});

export enum BodyLevel {
  CENTRAL = 'CENTRAL',
  PROVINCIAL = 'PROVINCIAL',
  MUNICIPAL = 'MUNICIPAL',
  COUNTY = 'COUNTY',
}

registerEnumType(BodyLevel, {
  name: 'BodyLevel',
  description: 'Administrative level of a body.',
  valuesConfig: {
    CENTRAL: { description: '中央' },
    PROVINCIAL: { description: '省级 (provinces, autonomous regions, municipalities)' },
    MUNICIPAL: { description: '地市级' },
    COUNTY: { description: '县级' },
  },
});
