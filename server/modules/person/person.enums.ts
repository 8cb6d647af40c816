import { registerEnumType } from 'type-graphql';

/** Cadre rank (职级), highest first. */
export enum CadreRank {
  NATIONAL = 'NATIONAL',
  DEPUTY_NATIONAL = 'DEPUTY_NATIONAL',
  MINISTERIAL = 'MINISTERIAL',
  DEPUTY_MINISTERIAL = 'DEPUTY_MINISTERIAL',
  BUREAU = 'BUREAU',
  DEPUTY_BUREAU = 'DEPUTY_BUREAU',
  DIVISION = 'DIVISION',
  DEPUTY_DIVISION = 'DEPUTY_DIVISION',
  SECTION = 'SECTION',
  DEPUTY_SECTION = 'DEPUTY_SECTION',
  STAFF = 'STAFF',
}

registerEnumType(CadreRank, {
  name: 'CadreRank',
  description: 'Cadre rank (职级), highest first.',
  valuesConfig: {
    NATIONAL: { description: '正国级' },
    DEPUTY_NATIONAL: { description: '副国级' },
    MINISTERIAL: { description: '正部级 (省部级正职)' },
    DEPUTY_MINISTERIAL: { description: '副部级 (省部级副职)' },
    BUREAU: { description: '正厅级 (司局级正职)' },
    DEPUTY_BUREAU: { description: '副厅级 (司局级副职)' },
    DIVISION: { description: '正处级 (县处级正职)' },
    DEPUTY_DIVISION: { description: '副处级 (县处级副职)' },
    SECTION: { description: '正科级' },
    DEPUTY_SECTION: { description: '副科级' },
    STAFF: { description: '科员及以下' },
  },
});
