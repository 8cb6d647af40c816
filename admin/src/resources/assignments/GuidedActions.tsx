import SendIcon from '@mui/icons-material/Send';
import QrCode2Icon from '@mui/icons-material/QrCode2';
import { Box, Dialog, DialogActions, DialogContent, DialogTitle, Link, Button as MuiButton, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { WorkflowButton } from '../../components/ActionButtons';

/**
 * Records the notice as sent to the target today. The API allows it to whoever may edit the
 * inspection, once; the button is offered while it has not been sent.
 */
export function SendNoticeButton() {
  return (
    <WorkflowButton
      verb="update"
      action="sendAssignmentNotice"
      label="guide.send_notice"
      successMessage="guide.notice_sent"
      when={(record) => record.stage === 'PREPARATION' && !record.noticeSentOn}
      icon={<SendIcon />}
      testId="send-notice"
    />
  );
}

/** The QR code as a PNG for printing, drawn from the server's SVG (as data, which the page's policy allows). */
async function pngOf(svgUrl: string, size = 1024): Promise<string> {
  const svg = await (await fetch(svgUrl)).text();
  const image = new Image();
  await new Promise((resolve, reject) => {
    image.onload = resolve;
    image.onerror = reject;
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d')!;
  context.imageSmoothingEnabled = false;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, size, size);
  context.drawImage(image, 0, 0, size, size);
  return canvas.toDataURL('image/png');
}

function download(href: string, name: string): void {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = name;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
}

/**
 * The public intake link of an inspection in inquiry, for those the API gives it to (the office
 * and the team): the full link, its QR code from the server, and the code to download for printing.
 */
export function IntakeLinkButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const path = (record?.publicIntakePath as string | null | undefined) ?? '';
  // The server names the link as people reach it (its public address), which the QR code holds too.
  const { data: link = new URL(path, window.location.origin).href } = useQuery({
    queryKey: ['intakeLink', path],
    enabled: open && path !== '',
    queryFn: async () => {
      const response = await fetch(`${path}/link`);
      if (!response.ok) throw new Error(`intake link: ${response.status}`);
      return (await response.text()).trim();
    },
  });
  if (!record || !path) return null;
  const qr = `${path}/qr.svg`;
  const fileName = `intake-${String(record.id)}`;
  return (
    <>
      <Button label={translate('guide.intake.publish')} onClick={() => setOpen(true)} data-testid="intake-link">
        <QrCode2Icon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="xs" fullWidth>
        <DialogTitle>{translate('guide.intake.title')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {translate('guide.intake.explain')}
          </Typography>
          <Link href={link} target="_blank" rel="noopener" sx={{ wordBreak: 'break-all' }} data-testid="intake-url">
            {link}
          </Link>
          <Box sx={{ display: 'flex', justifyContent: 'center', mt: 2 }}>
            <img src={qr} alt={translate('guide.intake.qr_alt')} width={240} height={240} data-testid="intake-qr" />
          </Box>
        </DialogContent>
        <DialogActions>
          <MuiButton href={qr} download={`${fileName}.svg`} data-testid="intake-qr-svg">
            {translate('guide.intake.download_svg')}
          </MuiButton>
          <MuiButton onClick={async () => download(await pngOf(qr), `${fileName}.png`)} data-testid="intake-qr-png">
            {translate('guide.intake.download_png')}
          </MuiButton>
          <MuiButton onClick={() => setOpen(false)}>{translate('guide.intake.close')}</MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}
