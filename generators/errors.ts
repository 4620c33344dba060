// The one error type readers throw for input a person must fix; the CLI prints its message as one line.
export class ApiReadError extends Error {
  constructor(reason: string) {
    super(reason.replace(/\s*\n\s*/g, ' '));
    this.name = 'ApiReadError';
  }
}
