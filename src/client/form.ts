/**
 * Multipart bodies of audience uploads by file. form-data is loaded on the first upload, not when the package is
 * imported.
 *
 * @internal
 */
import type { Readable } from 'node:stream';
import { nodeStream } from '../lazyNode';
import type FormData from 'form-data';

import { LineValidationError } from '../errors';
import { validateRecipients } from '../validate';
import { API_LIMITS } from './args';

/** Default timeout of audience uploads by file (up to 1,500,000 IDs): 10 minutes. */
export const FILE_UPLOAD_TIMEOUT = 600_000;

/**
 * Builds the multipart body of an audience upload by file: the given text fields, then `file` as `text/plain`.
 * A `string[]` becomes one Buffer (one ID per line), a Buffer is sent as is and a Readable is streamed: nothing is
 * copied twice.
 */
export function audienceForm(fields: Record<string, string | undefined>, input: unknown, argument: string): FormData {
  let file: Buffer | Readable;
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
    file = Buffer.from(input.join('\n'), 'utf8');
  } else if (Buffer.isBuffer(input)) {
    if (input.length === 0) throw new LineValidationError(argument, 'the file is empty', '1 or more IDs', 0);
    file = input;
  } else if (input instanceof nodeStream().Readable || (input !== null && typeof input === 'object' && typeof (input as Readable).pipe === 'function')) {
    file = input as Readable;
  } else {
    throw new LineValidationError(argument, 'expected an array of IDs, a Buffer or a Readable of a text file with one ID per line');
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const FormDataClass = require('form-data') as typeof FormData;
  const form = new FormDataClass();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) form.append(name, value);
  form.append('file', file, Buffer.isBuffer(file) ? { filename: 'audience.txt', contentType: 'text/plain', knownLength: file.length } : { filename: 'audience.txt', contentType: 'text/plain' });
  return form;
}
