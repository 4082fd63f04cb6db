/**
 * The web twin of form.ts, swapped in by the web build: the multipart body of an audience upload by file, built as
 * bytes (no form-data, no Node.js stream). An array of IDs or a Uint8Array works; a Node.js Readable does not exist
 * there.
 *
 * @internal
 */
import { LineValidationError } from '../errors';
import { concatBytes, randomUUID } from '../platform';
import { validateRecipients } from '../validate';
import { API_LIMITS } from './args';

/** Default timeout of audience uploads by file (up to 1,500,000 IDs): 10 minutes. */
export const FILE_UPLOAD_TIMEOUT = 600_000;

/** The multipart body: bytes with the form's headers, as form.ts's form-data object offers them. */
export type MultipartBody = Uint8Array & { getHeaders(): Record<string, string> };

/** Builds the multipart body of an audience upload by file: the given text fields, then `file` as `text/plain`. */
export function audienceForm(fields: Record<string, string | undefined>, input: unknown, argument: string): MultipartBody {
  let file: Uint8Array;
  if (Array.isArray(input)) {
    validateRecipients(input, argument, undefined, 'IDs');
    if (input.length > API_LIMITS.audienceFileIds) {
      throw new LineValidationError(
        argument,
        `${input.length} IDs is over LINE's limit of ${API_LIMITS.audienceFileIds} per file`,
        `1-${API_LIMITS.audienceFileIds} IDs`,
        input.length,
      );
    }
    for (let i = 0; i < input.length; i++) {
      if (/[\r\n]/.test(input[i])) throw new LineValidationError(`${argument}[${i}]`, 'an ID cannot contain a line break');
    }
    file = concatBytes([input.join('\n')]);
  } else if (input instanceof Uint8Array) {
    if (input.length === 0) throw new LineValidationError(argument, 'the file is empty', '1 or more IDs', 0);
    file = input;
  } else {
    throw new LineValidationError(argument, 'expected an array of IDs or a Uint8Array of a text file with one ID per line (the web build takes no Node.js Readable)');
  }
  const boundary = `----messaging-api-line-${randomUUID()}`;
  const parts: (string | Uint8Array)[] = [];
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined) parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  }
  parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="audience.txt"\r\nContent-Type: text/plain\r\n\r\n`, file, `\r\n--${boundary}--\r\n`);
  const body = concatBytes(parts) as unknown as MultipartBody;
  Object.defineProperty(body, 'getHeaders', { value: () => ({ 'content-type': `multipart/form-data; boundary=${boundary}` }) });
  return body;
}
