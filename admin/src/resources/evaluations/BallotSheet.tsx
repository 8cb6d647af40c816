import HowToVoteIcon from '@mui/icons-material/HowToVote';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { Button, useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { graphql } from '../../providers/graphqlClient';
import { useNotifyRefusal } from '../../components/notices';

interface Sheet {
  links: string[];
  codes: string[];
}

/** The links as people reach them: the server names its public address; the keys never go back to it. */
async function sheetOf(paths: string[]): Promise<Sheet> {
  const response = await fetch('/ballot');
  const base = response.ok ? (await response.text()).trim() : `${window.location.origin}/ballot/`;
  const links = paths.map((path) => base + path.slice('/ballot/'.length));
  const codes = await Promise.all(links.map((link) => QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 })));
  return { links, codes };
}

/** The printable sheet: one QR code and link per participant, shown this once. */
function PrintableSheet({ sheet, title }: { sheet: Sheet; title: string }) {
  const translate = useTranslate();
  return (
    <Box data-testid="ballot-sheet" className="ballot-sheet">
      <Alert severity="warning" sx={{ mb: 2 }} data-testid="ballot-sheet-warning">
        {translate('resources.evaluations.sheet.warning')}
      </Alert>
      <Typography variant="h6">{title}</Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: 2, mt: 1 }}>
        {sheet.links.map((link, i) => (
          <Box
            key={link}
            sx={{ border: '1px dashed #999', p: 1, breakInside: 'avoid', textAlign: 'center' }}
            data-testid="ballot-sheet-item"
          >
            <Typography variant="caption">{translate('resources.evaluations.sheet.item', { n: i + 1 })}</Typography>
            <img src={`data:image/svg+xml;utf8,${encodeURIComponent(sheet.codes[i])}`} alt="" width={150} height={150} />
            <Typography variant="caption" component="div" sx={{ wordBreak: 'break-all', fontSize: 9 }} data-testid="ballot-link">
              {link}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
}

export function IssueLinksButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const notifyRefusal = useNotifyRefusal();
  const refresh = useRefresh();
  const isOpen = record?.status === 'OPEN';
  const { canAccess } = useCanAccess({ action: 'update', resource: 'evaluations', record, enabled: !!record && isOpen });
  const [asking, setAsking] = useState(false);
  const [count, setCount] = useState('30');
  const [pending, setPending] = useState(false);
  const [sheet, setSheet] = useState<Sheet | null>(null);
  useEffect(() => {
    // The sheet is the only copy of the keys: keep it out of the page once it is closed.
    if (!sheet) return;
    const leave = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', leave);
    return () => window.removeEventListener('beforeunload', leave);
  }, [sheet]);
  if (!record || !isOpen || canAccess !== true) return null;
  const issue = async () => {
    setPending(true);
    try {
      const { issueBallotLinks } = await graphql<{ issueBallotLinks: { paths: string[] } }>(
        'mutation($input: IssueBallotLinksInput!) { issueBallotLinks(input: $input) { paths } }',
        { input: { evaluationId: record.id, count: Number(count) } },
      );
      setSheet(await sheetOf(issueBallotLinks.paths));
      setAsking(false);
      notify('resources.evaluations.notification.issued', { type: 'success', messageArgs: { count: issueBallotLinks.paths.length } });
      refresh();
    } catch (error) {
      notifyRefusal(error);
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button label={translate('resources.evaluations.action.issue')} onClick={() => setAsking(true)} data-testid="issue-links">
        <HowToVoteIcon />
      </Button>
      <Dialog open={asking} onClose={() => setAsking(false)} maxWidth="xs" fullWidth>
        <DialogTitle>{translate('resources.evaluations.action.issue')}</DialogTitle>
        <DialogContent>
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('resources.evaluations.sheet.warning')}
          </Alert>
          <TextField
            label={translate('resources.evaluations.sheet.count')}
            type="number"
            value={count}
            onChange={(e) => setCount(e.target.value)}
            slotProps={{ htmlInput: { min: 1, max: 500, 'data-testid': 'issue-links-count' } }}
            fullWidth
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setAsking(false)}>{translate('app.action.cancel')}</MuiButton>
          <MuiButton variant="contained" disabled={pending} onClick={issue} data-testid="issue-links-confirm">
            {translate('app.action.confirm')}
          </MuiButton>
        </DialogActions>
      </Dialog>
      <Dialog open={!!sheet} onClose={() => setSheet(null)} fullScreen>
        <DialogTitle>{translate('resources.evaluations.sheet.title')}</DialogTitle>
        <DialogContent>{sheet && <PrintableSheet sheet={sheet} title={String(record.title)} />}</DialogContent>
        <DialogActions>
          <MuiButton startIcon={<PrintIcon />} onClick={() => window.print()} data-testid="ballot-sheet-print">
            {translate('resources.evaluations.action.print')}
          </MuiButton>
          <MuiButton onClick={() => setSheet(null)} data-testid="ballot-sheet-close">
            {translate('ra.action.close')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}
