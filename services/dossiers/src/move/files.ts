import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { attachmentPath } from '../files/routes';

/** sha256 of a stored file, or null when it is not there. */
export async function fileSha256(folder: string, id: string): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    await pipeline(createReadStream(attachmentPath(folder, id)), hash);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return hash.digest('hex');
}

/**
 * Copies one attachment's file unless the target already has it with the expected checksum. Written under a
 * temporary name and renamed, as uploads are: a crash never leaves a half file under a real id.
 */
export async function copyAttachmentFile(
  fromFolder: string,
  toFolder: string,
  id: string,
  sha256: string,
): Promise<boolean> {
  if ((await fileSha256(toFolder, id)) === sha256) return false;
  const target = attachmentPath(toFolder, id);
  await mkdir(dirname(target), { recursive: true });
  await copyFile(attachmentPath(fromFolder, id), `${target}.part`);
  await rename(`${target}.part`, target);
  return true;
}
