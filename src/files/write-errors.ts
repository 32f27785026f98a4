// Why a write failed, in words: "no space left on device" reads better than ENOSPC.

const REASONS = new Map([
  ['ENOSPC', 'no space left on device'],
  ['EDQUOT', 'disk quota exceeded'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'operation not permitted'],
  ['EROFS', 'the file system is read-only'],
  ['ENOTDIR', 'a part of the path is not a folder'],
  ['EISDIR', 'it is a folder'],
  ['EEXIST', 'a file of that name appeared meanwhile'],
  ['ENOENT', 'a folder on the way does not exist or cannot hold files'],
  ['ENAMETOOLONG', 'the name is too long for the file system'],
  ['ELOOP', 'too many levels of symbolic links'],
]);

/** The reason of a failed write, in words: "no space left on device". */
export function describeWriteError(error: NodeJS.ErrnoException): string {
  // Node's own message names the temporary file (`EIO: i/o error, write '/x/.a.1f2e.tmp'`): keep its words only.
  return (error.code !== undefined && REASONS.get(error.code)) || error.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*$/s, '');
}
