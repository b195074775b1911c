/** A file system error in words for a message: 'file not found', 'permission denied', ... */
export function fileProblem(e: unknown, kind: 'file' | 'folder'): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `${kind} not found`;
    case 'ENOTDIR':
      return kind === 'folder' ? 'is a file, not a folder' : 'a part of the path is not a folder';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return `could not be used (${e instanceof Error ? e.message : String(e)})`;
  }
}
