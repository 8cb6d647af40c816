/**
 * The Word documents the server drafts from the records (GET /documents/…, server/http/documents.ts).
 * A plain link would send no Authorization header, so the file is fetched with the session's bearer
 * token and then handed to the browser to save, under the name the server gives it.
 */
import { useState } from 'react';
import DescriptionIcon from '@mui/icons-material/Description';
import { Button, useLogoutIfAccessDenied, useTranslate } from 'react-admin';
import type { MessageParams } from '../../../shared/messages';
import { inReadersLanguage } from '../providers/dataProvider';
import { ApiError, sessionStore } from '../providers/graphqlClient';
import { saveFile } from './download';
import { useNotifyRefusal } from './notices';

/** The name in `filename*=UTF-8''…`, which carries the Chinese title; the plain `filename` is ASCII only. */
function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (!encoded) return fallback;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return fallback;
  }
}

/** A refusal of the document route (`{ error, code, messageKey, params }`) as the API's refusals read. */
async function refusalOf(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as {
    error?: string;
    code?: string;
    messageKey?: string;
    params?: MessageParams;
  } | null;
  const message = body?.error ?? `${response.status} ${response.statusText}`;
  return inReadersLanguage(
    new ApiError(message, response.status, {
      code: body?.code ?? 'HTTP',
      serverMessage: message,
      ...(body?.messageKey ? { messageKey: body.messageKey, params: body.params ?? {} } : {}),
    }),
    {},
  ) as ApiError;
}

export async function fetchDocument(path: string, fallbackName: string): Promise<{ file: Blob; name: string }> {
  const token = sessionStore.token();
  const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw await refusalOf(response);
  return { file: await response.blob(), name: fileNameOf(response.headers.get('content-disposition'), fallbackName) };
}

/**
 * A button that downloads one document. Offered where the page's record is readable, which is what
 * the server asks too; it answers anything else as not found.
 */
export function DocumentButton({ path, label, fileName, testId }: { path: string; label: string; fileName: string; testId?: string }) {
  const translate = useTranslate();
  const notifyRefusal = useNotifyRefusal();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [pending, setPending] = useState(false);

  async function download() {
    setPending(true);
    try {
      const { file, name } = await fetchDocument(path, fileName);
      saveFile(file, name);
    } catch (error) {
      // An expired session signs out, as any other request of the console does.
      if (!(await logoutIfAccessDenied(error))) notifyRefusal(error);
    } finally {
      setPending(false);
    }
  }

  return (
    <Button label={translate(label)} onClick={download} disabled={pending} data-testid={testId}>
      <DescriptionIcon />
    </Button>
  );
}
