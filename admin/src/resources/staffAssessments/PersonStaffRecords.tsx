/**
 * A person's staff records on their page (office duty 3): their service history (the inspections
 * they served on, as staff or as granted leader), their training and their assessments, as far as
 * the caller may read each. The office and the leading group see those of their group; the person
 * their own training and service; nobody else any of it.
 */
import { useQuery } from '@tanstack/react-query';
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { ReferenceTable } from '../../components/ResourceScreens';
import { canAccess, type AppAbility } from '../../providers/canAccess';
import { graphql } from '../../providers/graphqlClient';
import { LABEL, nameIn } from '../names';

interface ServiceEntry {
  role: string;
  assignmentId: number;
  stage: string;
  fromDay: string;
  untilDay: string;
  endedEarlyOn: string | null;
  assignmentLabel: { zh: string; en: string } | null;
  teamLabel: { zh: string; en: string } | null;
}

const SERVICE = `query($personId: Int!) { staffService(personId: $personId, page: { take: 100 }) { totalCount items { role assignmentId stage fromDay untilDay endedEarlyOn assignmentLabel ${LABEL} teamLabel ${LABEL} } } }`;

/**
 * May the caller see any staff record of this person? Those who keep or read them, and the person
 * (the server decides which). Asked of the rules without a record: the person on the page is not one.
 */
function useReads(resource: string): boolean {
  const { permissions } = usePermissions<AppAbility>();
  return canAccess(permissions, { action: 'list', resource });
}

export function useStaffRecordsAccess(): boolean {
  return useReads('trainingRecords');
}

function ServiceHistory({ personId }: { personId: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isError } = useQuery({
    queryKey: ['staffService', personId],
    queryFn: async () =>
      (await graphql<{ staffService: { totalCount: number; items: ServiceEntry[] } }>(SERVICE, { personId })).staffService,
    retry: false,
  });
  if (isError || !data) return null;
  return (
    <>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('app.staff_records.service')}
      </Typography>
      {data.items.length === 0 ? (
        <Typography variant="body2">{translate('app.staff_records.no_service')}</Typography>
      ) : (
        <Table size="small" data-testid="staff-service">
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.staff_records.inspection')}</TableCell>
              <TableCell>{translate('app.staff_records.team')}</TableCell>
              <TableCell>{translate('app.staff_records.role')}</TableCell>
              <TableCell>{translate('app.staff_records.from')}</TableCell>
              <TableCell>{translate('app.staff_records.until')}</TableCell>
              <TableCell>{translate('app.staff_records.ended_early')}</TableCell>
              <TableCell>{translate('app.staff_records.stage')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.items.map((entry) => (
              <TableRow key={`${entry.role}-${entry.assignmentId}-${entry.fromDay}`}>
                <TableCell>
                  <Link to={`/assignments/${entry.assignmentId}/show`}>
                    {nameIn(entry.assignmentLabel, locale) ?? `#${entry.assignmentId}`}
                  </Link>
                </TableCell>
                <TableCell>{nameIn(entry.teamLabel, locale) ?? ''}</TableCell>
                <TableCell>{translate(`enums.ServiceRole.${entry.role}`)}</TableCell>
                <TableCell>{entry.fromDay}</TableCell>
                <TableCell>{entry.untilDay}</TableCell>
                <TableCell>{entry.endedEarlyOn ?? '–'}</TableCell>
                <TableCell>{translate(`enums.Stage.${entry.stage}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}

export function PersonStaffRecords() {
  const person = useRecordContext();
  const translate = useTranslate();
  const assessments = useReads('staffAssessments');
  if (!person) return null;
  return (
    <>
      <ServiceHistory personId={Number(person.id)} />
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('resources.trainingRecords.name', { smart_count: 2 })}
      </Typography>
      <ReferenceTable
        reference="trainingRecords"
        target="personId"
        columns={['title', 'provider', 'startsOn', 'endsOn', 'hours', 'result']}
        sort={{ field: 'startsOn', order: 'DESC' }}
      />
      {assessments ? (
        <>
          <Typography variant="subtitle1" sx={{ mt: 2 }}>
            {translate('resources.staffAssessments.name', { smart_count: 2 })}
          </Typography>
          <ReferenceTable
            reference="staffAssessments"
            target="personId"
            columns={['assignmentId', 'servedAs', 'grade', 'assessedOn']}
            sort={{ field: 'assessedOn', order: 'DESC' }}
          />
        </>
      ) : null}
    </>
  );
}
