/**
 * The import's steps as one state machine: read the file (in a worker) → preview against the stored
 * data (the API writes nothing) → commit all rows in one request, or cancel. A newer file or a
 * cancel makes the answers of older requests stale, so they are ignored rather than shown.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { commitImport, previewImport } from '../../api/imports';
import { invalidateAfterWrite } from '../../api/indicators';
import { previewRows, type ImportCommitResponse, type ImportPreview } from '../../domain/import-contract';
import type { ImportIndicator, ParseOptions } from '../../domain/import/parse-sheet';
import type { Bilingual } from '../../domain/indicator';
import { parseFile, type FileParsed } from './parse-file';

export type Flow =
  | { readonly step: 'idle' }
  | { readonly step: 'reading'; readonly fileName: string }
  | {
      readonly step: 'failed';
      readonly message: Bilingual;
      /** A workbook's sheets, when it opened but the chosen sheet cannot be imported: another may be. */
      readonly sheets?: readonly string[];
      readonly sheet?: string;
    }
  | { readonly step: 'previewing'; readonly file: FileParsed }
  | { readonly step: 'previewed'; readonly file: FileParsed; readonly preview: ImportPreview }
  | { readonly step: 'committing'; readonly file: FileParsed; readonly preview: ImportPreview }
  | { readonly step: 'done'; readonly result: ImportCommitResponse }
  | {
      readonly step: 'commit-failed';
      readonly file: FileParsed;
      readonly preview: ImportPreview;
      readonly message: Bilingual;
    };

const EMPTY_PREVIEW: ImportPreview = { add: [], change: [], unchanged: [], rejected: [], warnings: [] };

const BROKEN_PREVIEW: Bilingual = {
  zh: '服务返回的预览与文件不符，请重试',
  en: 'The preview does not match the file; try again',
};

function messageOf(error: unknown): Bilingual {
  if (error instanceof ApiError) return error.text;
  return { zh: '读取文件时出错', en: 'The file could not be read' };
}

export interface ImportFlow {
  readonly flow: Flow;
  /** Reads a file (or another sheet of the file already chosen) and previews it. */
  readonly choose: (file: File, options: ParseOptions, sheet?: string) => void;
  readonly commit: (reason: string) => void;
  readonly cancel: () => void;
}

export function useImportFlow(catalogue: readonly ImportIndicator[]): ImportFlow {
  const queryClient = useQueryClient();
  const [flow, setFlow] = useState<Flow>({ step: 'idle' });
  // Each choice and cancel starts a new generation; answers of an older one are dropped.
  const generation = useRef(0);

  const choose = useCallback(
    (file: File, options: ParseOptions, sheet?: string) => {
      const mine = ++generation.current;
      const current = () => generation.current === mine;
      setFlow({ step: 'reading', fileName: file.name });
      void (async () => {
        try {
          const answer = await parseFile(file, catalogue, options, sheet);
          if (!current()) return;
          if (!answer.ok) {
            setFlow({ step: 'failed', message: answer.error, sheets: answer.sheets, sheet: answer.sheet });
            return;
          }
          setFlow({ step: 'previewing', file: answer });
          const { rows } = answer.parsed;
          const preview =
            rows.length === 0 ? EMPTY_PREVIEW : previewRows(rows, await previewImport({ rows, fileName: file.name }));
          if (!current()) return;
          setFlow(preview ? { step: 'previewed', file: answer, preview } : { step: 'failed', message: BROKEN_PREVIEW });
        } catch (error) {
          if (current()) setFlow({ step: 'failed', message: messageOf(error) });
        }
      })();
    },
    [catalogue],
  );

  const commit = useCallback(
    (reason: string) => {
      if (flow.step !== 'previewed' && flow.step !== 'commit-failed') return;
      const { file, preview } = flow;
      const mine = ++generation.current;
      setFlow({ step: 'committing', file, preview });
      void (async () => {
        try {
          const trimmed = reason.trim();
          const result = await commitImport({
            rows: file.parsed.rows,
            fileName: file.fileName,
            ...(trimmed === '' ? {} : { reason: trimmed }),
          });
          await invalidateAfterWrite(queryClient);
          if (generation.current === mine) setFlow({ step: 'done', result });
        } catch (error) {
          if (generation.current === mine) setFlow({ step: 'commit-failed', file, preview, message: messageOf(error) });
        }
      })();
    },
    [flow, queryClient],
  );

  const cancel = useCallback(() => {
    generation.current++;
    setFlow({ step: 'idle' });
  }, []);

  return { flow, choose, commit, cancel };
}
