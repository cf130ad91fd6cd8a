/**
 * Reads a document from a write request: a multipart upload (`file`, and
 * optionally `docId`), or JSON `{ docId?, text }` / `{ docId?, html }`.
 * Anything else is a 415 that names the accepted types.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import { describeAcceptedTypes, parseUploadFormat } from '../ingest/formats/document-formats.js';
import type { DocumentUpload } from '../store/document-manager.js';
import { describeZodError } from './error-response.js';

const jsonDocumentSchema = z
  .object({
    docId: z.string().min(1).max(80).optional(),
    text: z.string().min(1).optional(),
    html: z.string().min(1).optional(),
    /** For `text`: `markdown` keeps Markdown handling. */
    format: z.enum(['text', 'markdown']).optional(),
  })
  .refine((body) => (body.text === undefined) !== (body.html === undefined), {
    message: 'send exactly one of "text" or "html"',
  });

export async function readDocumentUpload(c: Context, maxBytes: number): Promise<DocumentUpload> {
  const type = c.req.header('content-type') ?? '';
  if (/^multipart\/form-data/iu.test(type)) {
    const form = await c.req.parseBody().catch((error: unknown) => {
      throw new AppError('bad_request', 'The multipart body could not be read.', { cause: error });
    });
    const file = form.file;
    if (!(file instanceof File))
      throw new AppError('bad_request', 'Send the document in a multipart field named "file".');
    if (file.size > maxBytes) throw tooLarge(maxBytes);
    const format = parseUploadFormat({ name: file.name, mediaType: file.type });
    const docId = typeof form.docId === 'string' && form.docId !== '' ? form.docId : undefined;
    return {
      bytes: new Uint8Array(await file.arrayBuffer()),
      format,
      fileName: file.name,
      ...(docId ? { docId } : {}),
    };
  }
  if (/^application\/json/iu.test(type)) {
    let json: unknown;
    try {
      json = await c.req.json();
    } catch (error) {
      throw new AppError('bad_request', 'Malformed JSON body.', { cause: error });
    }
    const parsed = jsonDocumentSchema.safeParse(json);
    if (!parsed.success) throw new AppError('bad_request', describeZodError(parsed.error));
    const { docId, text, html, format } = parsed.data;
    return {
      bytes: new TextEncoder().encode(text ?? html ?? ''),
      format: html !== undefined ? 'html' : (format ?? 'text'),
      ...(docId ? { docId } : {}),
    };
  }
  throw new AppError(
    'unsupported_media_type',
    `Send a multipart/form-data upload (field "file") or JSON { text } / { html }. Accepted document types: ${describeAcceptedTypes()}.`,
  );
}

export function tooLarge(maxBytes: number): AppError {
  return new AppError(
    'payload_too_large',
    `The document is larger than the limit of ${maxBytes} bytes (MAX_UPLOAD_BYTES).`,
  );
}
