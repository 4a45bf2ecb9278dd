import { EXIT, exitCodeForStatus, type ExitCode } from "./exit-codes";

/** An error the CLI reports as one line and an exit code, never as a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.error,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** The API answered an error envelope: its message, and the status's exit code. */
export class ApiError extends CliError {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message, exitCodeForStatus(status));
    this.name = "ApiError";
  }
}
